"""An article as a BibTeX entry (``@online``, read by biblatex, Zotero and
JabRef), in UTF-8: letters of any script stay as they are, and only the
characters BibTeX and LaTeX give a meaning are escaped."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from .names import CitedName
from .styles import CitedWork

_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "#": r"\#",
    "$": r"\$",
    "%": r"\%",
    "&": r"\&",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_SPECIAL_CHARACTERS = re.compile(r"[\\{}#$%&_~^]")
_MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
# "and" between names separates authors: a name holding it, or a comma, is
# kept whole in braces.
_SEPARATOR = re.compile(r",|\band\b", re.IGNORECASE)
_NOT_KEY = re.compile(r"[^a-z0-9]+")


def escaped(text: str) -> str:
    """``text`` as the value of a BibTeX field, on one line."""
    text = " ".join(text.split())
    return _SPECIAL_CHARACTERS.sub(lambda m: _SPECIAL[m.group(0)], text)


def _part(text: str) -> str:
    value = escaped(text)
    return "{" + value + "}" if _SEPARATOR.search(text) else value


def bibtex_name(name: CitedName) -> str:
    """ "Castellane, Ewan"; an organisation whole, in braces."""
    if name.whole or not name.given:
        return "{" + escaped(name.family) + "}"
    return f"{_part(name.family)}, {_part(name.given)}"


def _ascii_word(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_KEY.sub("", plain.lower())


def citation_key(work: CitedWork, slug: str) -> str:
    """ "castellane2022sponge": the first author's family name, the year and
    the title's first word, in ASCII letters; the article's slug where
    those have none (a name in Urdu)."""
    family = _ascii_word(work.authors[0].family.split()[-1]) if work.authors else ""
    words = [w for w in (_ascii_word(w) for w in work.title.split()) if w]
    year = str(work.published.year) if work.published else ""
    if family and words:
        return f"{family}{year}{words[0]}"
    return (_NOT_KEY.sub("-", _ascii_word(slug) or "article") + year).strip("-")


def _url(url: str) -> str:
    # biblatex reads url verbatim: characters that would end the field or
    # the entry are percent-encoded rather than escaped.
    return quote(url, safe=":/?#[]@!$&'()*+,;=%~-._")


def bibtex_entry(work: CitedWork, slug: str) -> str:
    fields = []
    if work.authors:
        names = " and ".join(bibtex_name(a) for a in work.authors)
        fields.append(("author", names))
    # Double braces keep the title's capitals as written.
    fields.append(("title", "{" + escaped(work.title) + "}"))
    if work.published:
        day = work.published
        fields += [
            ("date", day.isoformat()),
            ("year", str(day.year)),
        ]
    if work.publisher:
        fields.append(("organization", escaped(work.publisher)))
    fields.append(("url", _url(work.url)))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    month = (
        f",\n  month = {_MONTHS[work.published.month - 1]}" if work.published else ""
    )
    return f"@online{{{citation_key(work, slug)},\n{body}{month}\n}}\n"
