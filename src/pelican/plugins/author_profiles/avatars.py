"""Initials avatars, drawn as inline SVG so they cost no request."""

from __future__ import annotations

import hashlib
from functools import lru_cache

from markupsafe import Markup, escape
from pelican_masthead.names import initials

# Background colours dark enough for white text at WCAG AA (4.5:1 or more).
_COLOURS = ("#1f4e79", "#7a2e2e", "#2f5d3a", "#5b3b7a", "#7a4b00", "#2b5b66", "#6b2d5c")


# Every page that names a person without a portrait draws the same avatar.
@lru_cache(maxsize=4096)
def initials_svg(name: str, size: int, label: str) -> Markup:
    """A square SVG with up to two initials on a colour picked from the name."""
    colour = _COLOURS[hashlib.sha1(name.encode()).digest()[0] % len(_COLOURS)]
    text = initials(name)
    font = round(size * (0.42 if len(text) < 2 else 0.36))
    return Markup(
        '<svg class="masthead-avatar masthead-avatar-initials" role="img" '
        f'aria-label="{escape(label)}" '
        f'width="{size}" height="{size}" viewBox="0 0 {size} {size}" '
        f'xmlns="http://www.w3.org/2000/svg">'
        f'<rect width="{size}" height="{size}" fill="{colour}"/>'
        f'<text x="50%" y="50%" dy=".35em" text-anchor="middle" fill="#fff" '
        f'font-family="system-ui, sans-serif" font-size="{font}">{escape(text)}</text>'
        f"</svg>"
    )
