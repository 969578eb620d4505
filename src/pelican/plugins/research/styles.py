"""An article cited in APA (7th edition) and Chicago author-date (18th).

Each style is written out directly, as a web page on a site: a CSL processor
gives the same text (tests/research/test_citation_styles.py compares them)
but costs milliseconds an article. Both are English-language styles, so
their month names and joining words are English whatever the site's
language; the title is kept as the writer wrote it (turning it into APA's
sentence case would lower proper nouns).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

from .names import CitedName

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# APA lists up to 20 authors, then the first 19, an ellipsis and the last.
APA_MOST_AUTHORS = 20
# Chicago lists up to six, then the first three and "et al.".
CHICAGO_MOST_AUTHORS = 6
CHICAGO_FIRST_AUTHORS = 3
_ENDS_SENTENCE = (".", "?", "!")


@dataclass(frozen=True)
class CitedWork:
    """What both styles need of an article, as plain text."""

    authors: tuple[CitedName, ...]
    title: str
    publisher: str  # the site, or the organisation that publishes it
    published: date | None  # None: "n.d." (a page without a date)
    url: str


@dataclass(frozen=True)
class Formatted:
    """A citation as HTML (italics kept) and as plain text (to copy)."""

    html: Markup
    text: str


class _Parts:
    """Text pieces, some in an element, joined into HTML and plain text.

    A title goes in ``<bdi>`` (inside ``<i>`` in APA): one in Arabic or Urdu
    then keeps its own direction without reordering the punctuation and
    dates around it.
    """

    def __init__(self) -> None:
        self.pieces: list[tuple[str, tuple[str, ...]]] = []

    def add(self, text: str, *elements: str) -> _Parts:
        if text:
            self.pieces.append((text, elements))
        return self

    def text(self) -> str:
        return "".join(text for text, _ in self.pieces)

    def formatted(self) -> Formatted:
        html = Markup("")
        for text, elements in self.pieces:
            opening = "".join(f"<{name}>" for name in elements)
            closing = "".join(f"</{name}>" for name in reversed(elements))
            html += Markup(opening) + escape(text) + Markup(closing)
        return Formatted(html, self.text())


def _period_after(text: str) -> str:
    """The period that closes ``text``, unless it already ends a sentence."""
    return "" if text.rstrip().endswith(_ENDS_SENTENCE) else "."


def _add_names(
    parts: _Parts, names: list[str], last_joiner: str, end: str = ""
) -> None:
    """The names, each isolated (one in Urdu keeps its own direction), then
    ``end`` and the period that closes the list, and a space."""
    for i, name in enumerate(names):
        if i:
            parts.add(last_joiner if i == len(names) - 1 else ", ")
        parts.add(name, "bdi")
    closing = end or names[-1]
    parts.add(end + _period_after(closing) + " ")


# -- APA 7 ------------------------------------------------------------------


def _apa_name(name: CitedName) -> str:
    if name.whole or not name.initials:
        return name.family
    return f"{name.family}, {name.initials}"


def _add_apa_authors(parts: _Parts, authors: tuple[CitedName, ...]) -> None:
    names = [_apa_name(a) for a in authors]
    if len(names) > APA_MOST_AUTHORS:
        _add_names(parts, names[: APA_MOST_AUTHORS - 1] + names[-1:], ", . . . ")
    elif names:
        _add_names(parts, names, ", & ")


def _is_only_author(work: CitedWork) -> bool:
    return len(work.authors) == 1 and work.authors[0].full == work.publisher


def apa(work: CitedWork) -> Formatted:
    """Author, A. A., & Author, B. B. (2022, February 15). *Title*. Site. URL"""
    day = work.published
    parts = _Parts()
    _add_apa_authors(parts, work.authors)
    parts.add(
        f"({day.year}, {MONTHS[day.month - 1]} {day.day}). " if day else "(n.d.). "
    )
    parts.add(work.title, "i", "bdi").add(_period_after(work.title))
    # APA names the site only when it is not already the author.
    if work.publisher and not _is_only_author(work):
        parts.add(" " + work.publisher + _period_after(work.publisher))
    parts.add(" " + work.url)
    return parts.formatted()


# -- Chicago author-date, 18th edition -------------------------------------


def _add_chicago_authors(parts: _Parts, authors: tuple[CitedName, ...]) -> None:
    if not authors:
        return
    names = [authors[0].inverted] + [a.full for a in authors[1:]]
    if len(names) > CHICAGO_MOST_AUTHORS:
        _add_names(parts, names[:CHICAGO_FIRST_AUTHORS], ", ", end=", et al.")
    else:
        _add_names(parts, names, ", and ")


# Inside the title's double quotes, its own double quotes become single.
_INNER_QUOTES = str.maketrans({"\u201c": "\u2018", "\u201d": "\u2019"})


def _quoted(title: str) -> str:
    """The title to put in quotes, with the closing period inside, as
    American usage puts it."""
    title = title.translate(_INNER_QUOTES)
    pieces = title.split('"')
    # Straight quotes in pairs: opening, then closing.
    inner = pieces[0] + "".join(
        ("\u2018" if i % 2 else "\u2019") + piece
        for i, piece in enumerate(pieces[1:], start=1)
    )
    return inner + _period_after(title)


def chicago(work: CitedWork) -> Formatted:
    """Author, A., B. Author. 2022. “Title.” Site, February 15. URL."""
    day = work.published
    parts = _Parts()
    _add_chicago_authors(parts, work.authors)
    parts.add(f"{day.year}. " if day else "n.d. ")
    parts.add("\u201c").add(_quoted(work.title), "bdi").add("\u201d ")
    when = f"{MONTHS[day.month - 1]} {day.day}" if day else ""
    place = ", ".join(part for part in (work.publisher, when) if part)
    parts.add(place + ". " if place else "")
    parts.add(work.url + _period_after(work.url))
    return parts.formatted()
