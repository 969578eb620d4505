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
from dataclasses import dataclass

# Patterns match lowercase tag names only: case-insensitive matching makes them
# several times slower, and `_lowercase_tag_names` brings the rare raw `<P>`
# or `<IMG>` into line first.
_UPPERCASE_TAG = re.compile(r"</?[a-z0-9]*[A-Z]")
_TAG_NAME = re.compile(r"</?[A-Za-z][A-Za-z0-9]*")

# Content never read as running text: comments, scripts, styles, templates,
# fallbacks for readers without scripts (they repeat what is already there) and
# ruby annotations (the pronunciation printed over a word is not read twice).
_HIDDEN = re.compile(
    r"<!--.*?-->|<(script|style|template|noscript|rt|rp)\b[^>]*>.*?</\1\s*>",
    re.DOTALL,
)
_CODE_BLOCK = re.compile(r"<pre\b[^>]*>(.*?)</pre\s*>", re.DOTALL)
_IMAGE = re.compile(r"<img\b")
# A tag, with quoted attribute values skipped whole: raw HTML in Markdown may
# hold `alt="a > b"`, which a plain `<[^>]*>` would cut in two. A `<` not
# followed by a letter, `/`, `!` or `?` is text ("a <3 b"), not a tag.
_TAG_BODY = r"[^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*>"
# Block-level boundaries become spaces so "</p><p>" does not glue two words;
# inline tags vanish, so "<em>rivers</em>." stays "rivers.".
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|table|thead|tbody"
    r"|tfoot|caption|tr|td|th|figure|figcaption|section|article|aside|header"
    r"|footer|nav|main|details|summary|address|img|video|audio|iframe)\b" + _TAG_BODY
)
_TAG = re.compile(r"<[a-zA-Z/!?]" + _TAG_BODY)


@dataclass(frozen=True)
class ExtractedText:
    prose: str  # readable text outside code blocks, whitespace collapsed
    code: str  # text inside <pre> blocks, whitespace collapsed
    images: int  # number of <img> elements

    @property
    def all_text(self) -> str:
        return f"{self.prose} {self.code}".strip()


def _lowercase_tag_names(markup: str) -> str:
    if _UPPERCASE_TAG.search(markup) is None:
        return markup
    return _TAG_NAME.sub(lambda match: match.group().lower(), markup)


def _to_text(fragment: str) -> str:
    spaced = _BLOCK_TAG.sub(" ", fragment)
    # split/join collapses Unicode whitespace like `\s+` would, much faster.
    return " ".join(html.unescape(_TAG.sub("", spaced)).split())


def _hide(match: re.Match) -> str:
    # A ruby annotation sits inside a word; anything else may separate two.
    return "" if match.group(1) in ("rt", "rp") else " "


def extract(markup: str) -> ExtractedText:
    """Split HTML into prose, code and an image count."""
    visible = _HIDDEN.sub(_hide, _lowercase_tag_names(markup or ""))
    code_parts: list[str] = []

    def take_code(match: re.Match) -> str:
        code_parts.append(match.group(1))
        return " "

    prose = _CODE_BLOCK.sub(take_code, visible)
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
