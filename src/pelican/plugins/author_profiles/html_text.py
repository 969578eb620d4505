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
# Tags Markdown and reST make for formatting a line of text.
_INLINE = ("a", "abbr", "b", "cite", "code", "del", "em", "i", "ins", "kbd")
_FORMATTING = _BLOCKS | {*_INLINE, "mark", "q", "s", "small", "span", "strong"}
_NAME_ENDS = " \t\n\r\f/>"


def html_text(fragment: str, keep_other_tags: bool = False) -> str:
    """The text of an HTML fragment, whitespace collapsed.

    With ``keep_other_tags``, only formatting tags (emphasis, paragraphs,
    links) are taken away: any other markup stays as the text the writer
    typed. A field that is plain text (a profile's ``Summary``) is formatted
    by Pelican's reader all the same; what a writer typed there must not
    disappear, and is escaped where it is printed.
    """
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
            # An unclosed tag runs to the end: nothing after it is text.
            if keep_other_tags:
                parts.append(fragment[opening:])
            break
        name = _tag_name(fragment, opening)
        if keep_other_tags and name not in _FORMATTING:
            parts.append(fragment[opening : closing + 1])
        else:
            parts.append(" " if name in _BLOCKS else "")
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
