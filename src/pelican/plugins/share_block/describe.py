"""Descriptions and preview images of pages, as link previews show them."""

from __future__ import annotations

import html
import re

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


def image_of(content, siteurl: str, default: str) -> str:
    """Absolute address of the content's ``Image:``, else of ``default``."""
    value = str(content.metadata.get("image") or "").strip()
    if value and _INTRASITE.match(value):
        value = _resolve_intrasite(content, value, siteurl)
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
