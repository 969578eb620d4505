"""Plain text of the small HTML fragments a people file gives (a summary,
the first paragraph of a bio).

Written with ``str.find`` rather than regular expressions or Python's HTML
parser: the fragments come from content, and both a pattern such as
``<p[^>]*>(.*?)</p>`` and ``html.parser`` take quadratic time on a bio full
of unclosed ``<p``. Each character is looked at a bounded number of times.
"""

from __future__ import annotations

import html

# Tags that separate words; inline ones (<em>, <a>) vanish, so
# "<em>rivers</em>." stays "rivers.".
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    ]
)
_NAME_ENDS = " \t\n\r\f/>"


def html_text(fragment: str) -> str:
    """The text of an HTML fragment, whitespace collapsed."""
    parts: list[str] = []
    position = 0
    while True:
        opening = fragment.find("<", position)
        if opening < 0:
            parts.append(fragment[position:])
            break
        parts.append(fragment[position:opening])
        following = fragment[opening + 1 : opening + 2]
        if not (following.isalpha() or following in "/!?") or not following:
            parts.append("<")  # "a <3 b" is text
            position = opening + 1
            continue
        closing = fragment.find(">", opening)
        if closing < 0:
            break  # an unclosed tag runs to the end: nothing after it is text
        parts.append(" " if _tag_name(fragment, opening) in _BLOCKS else "")
        position = closing + 1
    return " ".join(html.unescape("".join(parts)).split())


def _tag_name(fragment: str, opening: int) -> str:
    start = opening + 2 if fragment.startswith("</", opening) else opening + 1
    end = start
    while end < len(fragment) and fragment[end] not in _NAME_ENDS:
        end += 1
    return fragment[start:end].lower()


def first_paragraph(markup: str) -> str:
    """The text of the first ``<p>`` element of ``markup``, or ""."""
    start = 0
    while True:
        opening = markup.find("<p", start)
        if opening < 0:
            return ""
        if markup[opening + 2 : opening + 3] in (">", " ", "\t", "\n", "\r", "/"):
            break
        start = opening + 2  # "<pre", "<path": not a paragraph
    body = markup.find(">", opening)
    end = markup.find("</p>", body)
    if body < 0 or end < 0:
        return ""
    return html_text(markup[body + 1 : end])
