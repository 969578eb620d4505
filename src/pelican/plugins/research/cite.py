"""The "Cite this" of one article or page: who wrote it, and how to cite it.

Only the authors are cited, in byline order: editors, reviewers and
translators are credited elsewhere and never named here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from markupsafe import Markup
from pelican_masthead.choices import yes_or_no
from pelican_masthead.problems import report
from pelican_masthead.structured_data import content_address

from .bibtex import bibtex_entry
from .files import BIBTEX, RIS, CitationFile, addresses
from .names import CitedName, organization_name, split_name
from .ris import ris_record
from .settings import ResearchConfig
from .styles import CitedWork, Formatted, apa, chicago


@dataclass(frozen=True)
class CitationStyle:
    """One style of the block: its key, its label and the citation."""

    key: str  # "apa", "chicago"
    label: str
    citation: Formatted


@dataclass(frozen=True)
class Citation:
    """What the "Cite this" snippet shows for one article or page."""

    work: CitedWork
    styles: tuple[CitationStyle, ...]
    files: tuple[CitationFile, ...] = ()
    # The copy buttons' script, as a path from the site's root ("": none).
    script_url: str = ""


def wants_citation(content, config: ResearchConfig, is_article: bool) -> bool:
    """Whether ``content`` shows a "Cite this" block.

    ``Cite:`` on the article or page decides; without it, articles follow
    CITATION_ARTICLES and pages have none.
    """
    value = content.metadata.get("cite")
    if value is not None:
        choice = yes_or_no(value)
        if choice is not None:
            return choice
        report(
            f"{content.relative_source_path}: 'Cite' is {value!r}, but must be "
            "yes or no; "
            + ("the site's choice is followed." if is_article else "none is shown.")
        )
    if not is_article:
        return False
    if config.cited_categories is None:
        return True
    category = getattr(content, "category", None)
    name = " ".join(str(category or "").split()).casefold()
    return bool(name) and name in config.cited_categories


def cited_authors(content, config: ResearchConfig, is_person) -> tuple[CitedName, ...]:
    """The authors, in byline order, each split into family and given names.

    ``is_person(name)`` tells whether the site's AUTHOR (filled in by Pelican
    where the writer named nobody) names a person; when it does not, it is
    cited whole, as an organisation. With no author at all, the publisher is
    the author.
    """
    byline = getattr(content, "byline", None) or []
    if byline:
        authors = [entry.author for entry in byline]
    else:
        # Pelican's own authors: the AUTHOR setting where the writer named
        # nobody, which author_profiles leaves out of the byline when it is
        # no person (an organisation's name).
        authors = list(getattr(content, "authors", None) or [])
    names = tuple(_cited_name(author, config, is_person) for author in authors)
    if not names and config.publisher:
        return (organization_name(config.publisher),)
    return names


def _cited_name(author, config: ResearchConfig, is_person) -> CitedName:
    name = " ".join(str(author.name).split())
    organization = name == config.publisher or (
        name == config.default_author and not is_person(name)
    )
    if organization and not getattr(author, "has_profile", False):
        return organization_name(name)
    return split_name(name, str(getattr(author, "family_name", "") or ""))


def title_of(content) -> str:
    """The title as the page shows it: Pelican's titles are HTML (themes
    print them with ``striptags``), so ``AT&amp;T`` reads "AT&T"."""
    return Markup(str(getattr(content, "title", "") or "")).striptags()


def _date(content) -> date | None:
    # Pages need no date; an article always has one.
    value = getattr(content, "date", None)
    return value.date() if isinstance(value, datetime) else None


def citation_of(
    content, config: ResearchConfig, is_person, words: Mapping[str, str] | None = None
) -> Citation:
    """The citation of ``content``, its style and file names in ``words``
    (the labels of its language; the site's when None)."""
    work = CitedWork(
        authors=cited_authors(content, config, is_person),
        title=title_of(content),
        publisher=config.publisher,
        published=_date(content),
        url=content_address(config.siteurl, content),
    )
    words = config.labels if words is None else words
    return Citation(
        work=work,
        styles=(
            CitationStyle("apa", words["cite_apa"], apa(work)),
            CitationStyle("chicago", words["cite_chicago"], chicago(work)),
        ),
        files=tuple(_files(content, config, work, words)),
        script_url=config.script_url,
    )


def _files(content, config: ResearchConfig, work: CitedWork, words):
    slug = str(getattr(content, "slug", "") or "")
    lang = str(getattr(content, "lang", "") or "")
    texts = {
        BIBTEX: lambda: bibtex_entry(work, slug),
        RIS: lambda: ris_record(work, lang),
    }
    for kind, text in texts.items():
        where = addresses(kind, *config.files[kind.key], content)
        if where is not None:
            label = words[f"cite_{kind.key}"]
            yield CitationFile(kind, label, where[0], where[1], text())
