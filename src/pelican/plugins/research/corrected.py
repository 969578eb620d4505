"""What an article's notes change on the article: what readers see, its
modified date, and its structured data.

``article.corrections`` is ``None`` for an article without the field, else a
``Corrections`` record the snippets print. The modified date is the newest
note's (Pelican's own feeds and the theme's "Updated" then follow), unless
the writer gave ``Modified:``, which always wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from pelican.utils import SafeDatetime
from pelican_masthead.problems import as_written

from .corrections import CORRECTING_KINDS, FIELD, Note, latest, read_notes


@dataclass(frozen=True)
class ShownNote:
    """A note as the article shows it."""

    note: Note
    date_text: str  # the date in the article's date format, "" when undated

    @property
    def date(self):
        return self.note.date

    @property
    def kind(self) -> str:
        return self.note.kind or ""

    @property
    def text(self) -> str:
        return self.note.text

    @property
    def line(self) -> int:
        return self.note.line

    @property
    def anchor(self) -> str:
        """The note's id on the article page."""
        return f"masthead-correction-{self.note.line}"

    @property
    def iso_date(self) -> str:
        return self.note.date.isoformat() if self.note.date else ""


@dataclass(frozen=True)
class Corrections:
    notes: tuple[ShownNote, ...]  # in the order written
    latest: ShownNote | None  # the newest dated note, for the notice at the top


def attach_corrections(article) -> None:
    """Read an article's ``Corrections`` and set what they change."""
    article.corrections = None
    value = (getattr(article, "metadata", None) or {}).get(FIELD)
    if value is None:
        return
    source = as_written(getattr(article, "relative_source_path", "") or "")
    notes = read_notes(value, source)
    if not notes:
        return
    shown = tuple(ShownNote(n, _date_text(article, n)) for n in notes)
    newest = latest(notes)
    article.corrections = Corrections(
        shown, next((s for s in shown if s.note == newest), None)
    )
    if newest is not None and "modified" not in article.metadata:
        _set_modified(article, newest)


def _date_text(article, note: Note) -> str:
    if note.date is None:
        return ""
    return midnight(article, note.date).strftime(article.date_format)


def midnight(article, date) -> SafeDatetime:
    """The start of ``date`` in the article's time zone."""
    tz = getattr(article, "timezone", None)
    return SafeDatetime(date.year, date.month, date.day, tzinfo=tz)


def _set_modified(article, note: Note) -> None:
    # A note of the publication day is not later than the article itself.
    modified = max(midnight(article, note.date), article.date)
    article.modified = modified
    article.locale_modified = modified.strftime(article.date_format)


def dated_notes(article) -> list[ShownNote]:
    corrections = getattr(article, "corrections", None)
    return [s for s in corrections.notes if s.note.dated] if corrections else []


def correction_properties(article, siteurl: str) -> dict:
    """Article part for JSON-LD: one ``CorrectionComment`` per correction or
    clarification (updates change only ``dateModified``)."""
    comments = [
        {
            "@type": "CorrectionComment",
            "text": shown.text,
            "datePublished": shown.iso_date,
        }
        for shown in dated_notes(article)
        if shown.kind in CORRECTING_KINDS
    ]
    return {"correction": comments} if comments else {}
