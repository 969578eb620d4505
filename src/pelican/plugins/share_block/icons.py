"""Small line drawings for the share links, inline so they cost no request.

They are simple shapes suggesting each network (drawn in networks.py, one
per entry) or action, made for this plugin, not the networks' logos. Every
icon is decorative (``aria-hidden``): the link's text names the network.
"""

from __future__ import annotations

from functools import cache

from markupsafe import Markup

# The buttons' icons; each network's icon is drawn in its entry in networks.py.
ACTION_SHAPES = {
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
def icon(shape: str) -> Markup:
    """An icon drawn with ``shape`` (SVG elements in a 24 x 24 box), as an
    inline SVG element."""
    return Markup(
        '<svg class="masthead-share-icon" viewBox="0 0 24 24" width="20" height="20" '
        'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" '
        'stroke-linejoin="round" aria-hidden="true">' + shape + "</svg>"
    )
