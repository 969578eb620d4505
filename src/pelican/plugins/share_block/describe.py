"""Descriptions and preview images of pages, as link previews show them."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from pelican_masthead.problems import report
from pelican_masthead.structured_data import absolute_url
from pelican_masthead.text import extract, text_of

_SRC = re.compile(r'src="([^"]*)"')
# Pelican's markers for links to other files: {static}, {attach}, |filename|…
_INTRASITE = re.compile(r"^[{|]\w+[}|]")
_TRAILING = " ,;:–—-"


def trim(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a word when it can be.

    Scripts written without spaces (Chinese, Japanese) are cut at ``limit``.
    """
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(_TRAILING) + "…"


def description_of(content, limit: int) -> str:
    """The writer's ``Summary:``, else the start of the text, as plain text."""
    summary = content.metadata.get("summary")
    text = extract(str(summary)).prose if summary else text_of(content).prose
    return trim(text, limit)


def image_problem(address: str) -> str:
    """Why ``address`` cannot be a preview image, or "" when it can.

    Only web addresses and paths on the site are: ``file:`` or ``javascript:``
    must not reach a reader's link preview, and ``//host/x.jpg`` (another
    server, for a browser; ``\\`` counts as ``/`` there) is neither.
    """
    if not address:
        return ""
    if address.startswith(("//", "/\\", "\\")):
        return "is an address without http: or https: in front"
    try:
        scheme = urlsplit(address).scheme.lower()
    except ValueError:
        return "is not a valid address"
    if scheme and scheme not in ("http", "https"):
        return f"is a {scheme}: address"
    if scheme and not urlsplit(address).hostname:
        return "names no server"
    return ""


IMAGE_FORMS = "an http(s) address or a path on the site, like /images/card.png"


def image_of(content, siteurl: str, default: str) -> str:
    """Absolute address of the content's ``Image:``, else of ``default``."""
    value = str(content.metadata.get("image") or "").strip()
    if value and _INTRASITE.match(value):
        value = _resolve_intrasite(content, value, siteurl)
    problem = image_problem(value)
    if problem:
        instead = "the default image is used" if default else "no image is shown"
        report(
            f"{content.relative_source_path}: 'Image' {value!r} {problem}; it must "
            f"be {IMAGE_FORMS}, so {instead}."
        )
        value = ""
    return absolute_url(siteurl, value or default)


def _resolve_intrasite(content, value: str, siteurl: str) -> str:
    # Pelican resolves {static} and {attach} only inside the body and the
    # summary; its own replacer gives the image the address it has there.
    markup = content._update_content(
        f'<img src="{html.escape(value, quote=True)}">', siteurl
    )
    match = _SRC.search(markup)
    resolved = html.unescape(match.group(1)) if match else ""
    # Pelican has already warned about a file it cannot find.
    return "" if _INTRASITE.match(resolved) else resolved
