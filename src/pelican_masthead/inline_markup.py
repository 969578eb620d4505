"""A line of text from a content field, with Markdown's inline marks, as safe HTML.

Fields such as a disclosure are one sentence or two, where a writer may want
*emphasis*, **strong**, `code` or a [link](https://example.org). Only these
become HTML; everything else, any HTML the writer typed included, is escaped
and shows as typed. A link must go to an http(s) address: any other (a
``javascript:`` one) stays text.

The pattern reads each character a bounded number of times: every repeated
part stops at a character that could close it or start another mark, so a
field of unclosed marks costs no more than one of plain text.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from markupsafe import Markup, escape

_MARKS = re.compile(
    r"\*\*(?P<strong>[^*\n]+)\*\*"
    r"|\*(?P<em>[^*\n]+)\*"
    r"|`(?P<code>[^`\n]+)`"
    r"|\[(?P<label>[^\[\]\n]+)\]\((?P<href>[^()\s]+)\)"
)


def inline_html(text: str) -> Markup:
    """``text`` as HTML, with its inline Markdown marks as elements."""
    parts: list[str] = []
    at = 0
    for match in _MARKS.finditer(text):
        parts.append(escape(text[at : match.start()]))
        parts.append(_element(match))
        at = match.end()
    parts.append(escape(text[at:]))
    return Markup("".join(parts))


def _element(match: re.Match) -> str:
    for tag in ("strong", "em", "code"):
        inner = match.group(tag)
        if inner is not None:
            return f"<{tag}>{escape(inner)}</{tag}>"
    href = match.group("href")
    if not _is_web_address(href):
        return escape(match.group(0))
    return f'<a href="{escape(href)}">{escape(match.group("label"))}</a>'


def _is_web_address(href: str) -> bool:
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
