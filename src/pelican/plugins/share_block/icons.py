"""Small line drawings for the share links, inline so they cost no request.

They are simple shapes suggesting each network, drawn for this plugin, not
the networks' logos. Every icon is decorative (``aria-hidden``): the link's
text names the network.
"""

from __future__ import annotations

from functools import cache

from markupsafe import Markup

_SHAPES = {
    "x": '<path d="M5 4l14 16M19 4L5 20"/>',
    "facebook": '<path d="M15 4h-2a3 3 0 0 0-3 3v13M7 11h7"/>',
    "linkedin": (
        '<rect x="3" y="3" width="18" height="18" rx="3"/>'
        '<path d="M8 10v7M8 7v.01M12 17v-7M12 13a3 3 0 0 1 6 0v4"/>'
    ),
    "whatsapp": '<path d="M4 20l1.5-4A8 8 0 1 1 8 18.5z"/>',
    "telegram": '<path d="M3 11l18-7-4 16-6-5zM11 15l-1 5 3-3"/>',
    "reddit": (
        '<ellipse cx="12" cy="14" rx="8" ry="6"/>'
        '<path d="M12 8l2-4 4 1M9 13v.01M15 13v.01M9.5 16.5q2.5 1.5 5 0"/>'
    ),
    "hackernews": (
        '<rect x="3" y="3" width="18" height="18" rx="2"/>'
        '<path d="M8 7l4 5 4-5M12 12v5"/>'
    ),
    "bluesky": (
        '<path d="M12 11C9 6 4 4 4 8s3 5 6 4c-3 2-2 6 2 3 4 3 5-1 2-3'
        ' 3 1 6 0 6-4s-5-2-8 3z"/>'
    ),
    "mastodon": (
        '<path d="M5 8a4 4 0 0 1 4-4h6a4 4 0 0 1 4 4v5a4 4 0 0 1-4 4h-4l-3 3v-3'
        'a3 3 0 0 1-3-3z"/><path d="M9 13V9.5a1.5 1.5 0 0 1 3 0V12v-2.5a1.5 1.5 0 0 1'
        ' 3 0V13"/>'
    ),
    "threads": (
        '<path d="M17 12a5 5 0 1 1-1.5-3.5M17 12v1.5a2.5 2.5 0 0 0 5 0V12a10 10 0 1 0-4'
        ' 8"/>'
    ),
    "email": (
        '<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>'
    ),
    "copy": (
        '<rect x="8" y="8" width="12" height="12" rx="2"/>'
        '<path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2"/>'
    ),
    "native": (
        '<path d="M12 3v12M7 8l5-5 5 5M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6"/>'
    ),
}


# One string per icon for the whole build, shared by every page's block.
# The presentation attributes stay, so the icons look right in a theme without
# our CSS; no xmlns (the HTML parser puts <svg> in the SVG namespace) and no
# focusable="false" (only Internet Explorer needed it).
@cache
def icon(key: str) -> Markup:
    """The icon for a network or action, as an inline SVG element."""
    return Markup(
        '<svg class="masthead-share-icon" viewBox="0 0 24 24" width="20" height="20" '
        'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" '
        'stroke-linejoin="round" aria-hidden="true">' + _SHAPES[key] + "</svg>"
    )
