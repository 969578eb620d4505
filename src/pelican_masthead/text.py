"""Plain text of an article's final HTML, extracted once and shared.

Reading time, share descriptions and structured data all need the text of an
article. Extraction runs once per content object; every plugin asks
``text_of(content)`` and gets the same cached result.

A compiled regular expression is used instead of an HTML parser: Pelican's own
Markdown output is well formed, and on 7 KB bodies the regex is about 20 times
faster than BeautifulSoup (see shared field notes), which keeps the plugins'
share of a build small.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

# Patterns match lowercase tag names only: case-insensitive matching makes them
# several times slower, and `_lowercase_tag_names` brings the rare raw `<P>`
# or `<IMG>` into line first.
_UPPERCASE_TAG = re.compile(r"</?[a-z0-9]*[A-Z]")
_TAG_NAME = re.compile(r"</?[A-Za-z][A-Za-z0-9]*")

# Every pattern here runs on content, so none may backtrack: an article of
# 40,000 unclosed `<style>` tags took a lazy `<style>.*?</style>` pattern
# tens of seconds, each opening tag searching to the end of the text anew.
# Elements with a closing tag are paired by `_replace_elements` instead, which
# searches for each kind of closing tag at most once past any point, and a tag
# or quoted value left open runs to the end of the text (as in a browser)
# rather than sending the search back to try every later `<`.

# A tag's rest after its name, with quoted attribute values skipped whole: raw
# HTML in Markdown may hold `alt="a > b"`, which a plain `[^>]*>` would cut in
# two.
_TAG_BODY = r"[^>\"']*(?:(?:\"[^\"]*(?:\"|\Z)|'[^']*(?:'|\Z))[^>\"']*)*(?:>|\Z)"
_TAG_REST = re.compile(_TAG_BODY)

# Content never read as running text: comments, scripts, styles, templates,
# fallbacks for readers without scripts (they repeat what is already there) and
# ruby annotations (the pronunciation printed over a word is not read twice),
# and the "¶" permalinks Markdown's `toc` extension adds to every heading
# (`<a class="headerlink" ...>`): a description must not read "Findings¶".
_HIDDEN_OPENING = re.compile(r"<(!--|(?:script|style|template|noscript|rt|rp|a)\b)")
_PERMALINK_CLASS = "headerlink"
_CODE_OPENING = re.compile(r"<(pre)\b")
_CLOSING = {
    "!--": re.compile(r"-->"),
    **{
        name: re.compile(rf"</{name}\s*>")
        for name in ("script", "style", "template", "noscript", "rt", "rp", "pre", "a")
    },
}
_IMAGE = re.compile(r"<img\b")
# Block-level boundaries become spaces so "</p><p>" does not glue two words;
# inline tags vanish, so "<em>rivers</em>." stays "rivers.".
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|table|thead|tbody"
    r"|tfoot|caption|tr|td|th|figure|figcaption|section|article|aside|header"
    r"|footer|nav|main|details|summary|address|img|video|audio|iframe)\b" + _TAG_BODY
)
# A `<` not followed by a letter, `/`, `!` or `?` is text ("a <3 b"), not a tag.
_TAG = re.compile(r"<[a-zA-Z/!?]" + _TAG_BODY)


@dataclass(frozen=True)
class ExtractedText:
    prose: str  # readable text outside code blocks, whitespace collapsed
    code: str  # text inside <pre> blocks, whitespace collapsed
    images: int  # number of <img> elements


def _lowercase_tag_names(markup: str) -> str:
    if _UPPERCASE_TAG.search(markup) is None:
        return markup
    return _TAG_NAME.sub(lambda match: match.group().lower(), markup)


def _to_text(fragment: str) -> str:
    spaced = _BLOCK_TAG.sub(" ", fragment)
    # split/join collapses Unicode whitespace like `\s+` would, much faster.
    return " ".join(html.unescape(_TAG.sub("", spaced)).split())


def _replace_elements(
    markup: str,
    opening: re.Pattern,
    replace: Callable[[str, str], str],
    select: Callable[[str, str], bool] = lambda name, attributes: True,
) -> str:
    """``markup`` with each element ``opening`` finds, from its opening tag to
    its closing tag, replaced by ``replace(name, inner markup)``; ``select``
    sees the name and the attributes and may pass an element over.

    An element never closed is left in place, its inside read on. Where one
    kind of closing tag is known to be missing from a point on, it is not
    searched for again, so no part of the text is searched twice for one kind.
    """
    pieces: list[str] = []
    copied = position = 0
    # name -> the position from which that closing tag is known to be absent
    absent_from: dict[str, int] = {}
    while (start := opening.search(markup, position)) is not None:
        name = start.group(1)
        inner = start.end()
        if name != "!--":
            inner = _TAG_REST.match(markup, inner).end()
            if not select(name, markup[start.end() : inner]):
                position = inner
                continue
        closing = None
        if inner < absent_from.get(name, len(markup) + 1):
            closing = _CLOSING[name].search(markup, inner)
            if closing is None:
                absent_from[name] = inner
        if closing is None:
            position = inner
            continue
        pieces.append(markup[copied : start.start()])
        pieces.append(replace(name, markup[inner : closing.start()]))
        copied = position = closing.end()
    pieces.append(markup[copied:])
    return "".join(pieces)


def _is_hidden(name: str, attributes: str) -> bool:
    return name != "a" or _PERMALINK_CLASS in attributes


def _hide(name: str, inner: str) -> str:
    # A ruby annotation sits inside a word, a permalink at a heading's end;
    # anything else may separate two words.
    return "" if name in ("rt", "rp", "a") else " "


def extract(markup: str) -> ExtractedText:
    """Split HTML into prose, code and an image count."""
    visible = _replace_elements(
        _lowercase_tag_names(markup or ""), _HIDDEN_OPENING, _hide, _is_hidden
    )
    code_parts: list[str] = []

    def take_code(name: str, inner: str) -> str:
        code_parts.append(inner)
        return " "

    prose = _replace_elements(visible, _CODE_OPENING, take_code)
    return ExtractedText(
        prose=_to_text(prose),
        code=_to_text(" ".join(code_parts)),
        images=len(_IMAGE.findall(visible)),
    )


_CACHE_ATTRIBUTE = "_masthead_text"


def _final_html(content) -> str:
    # Pelican's `content` property rewrites {filename} links and memoizes the
    # result: asked for before the linked file is read (articles are measured
    # before pages are read), it would keep that link broken for good. The
    # rewrite only touches attribute values, which extraction drops anyway, so
    # the text of `_content` (the HTML after every reader, jinja2content and
    # typogrify) is the text the reader sees.
    try:
        return content._content
    except AttributeError:
        return content.content


def text_of(content) -> ExtractedText:
    """The extracted text of a Pelican content object, computed once.

    It is computed again only if a plugin replaced the object's HTML since.
    """
    source = _final_html(content)
    cached = content.__dict__.get(_CACHE_ATTRIBUTE)
    if cached is not None and cached[0] is source:
        return cached[1]
    extracted = extract(source)
    content.__dict__[_CACHE_ATTRIBUTE] = (source, extracted)
    return extracted
