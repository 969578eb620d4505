"""An article's corrections, clarifications and updates, read from one field.

A writer adds a ``Corrections:`` field, one note a line::

    Corrections: 2025-03-02 correction: The chart's units were litres.
        2025-03-09 update: Figures for 2024 added.

Markdown gives the lines of a field continued on indented lines as a list,
reST a field body as text with its line breaks, YAML metadata a list (whose
items YAML may have read as ``{"2025-03-02 correction": "The ..."}``) or a
block of text: all become lines here. A line that does not read as a date, a
kind and a text is reported and still shown on the article, as written, so
nothing a writer wrote disappears; only dated notes reach the corrections page,
the feeds, the modified date and the structured data.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pelican_masthead.problems import report

FIELD = "corrections"
# The kinds a note may be, in the order the docs list them.
KINDS = ("correction", "clarification", "update")
# JSON-LD: corrections and clarifications set the record straight; an update
# adds to an article that was right, so it moves only its modified date.
CORRECTING_KINDS = frozenset({"correction", "clarification"})

# "2025-03-02 correction: text". Anchored, no nested repetition: linear.
_NOTE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})[ \t]+([A-Za-z]+)[ \t]*:[ \t]*(.*)")


@dataclass(frozen=True)
class Note:
    """One note. ``date`` and ``kind`` are None for a line that did not read
    as a note; ``text`` is then the whole line as written."""

    date: datetime.date | None
    kind: str | None
    text: str
    line: int  # the note's number in the field, from 1

    @property
    def dated(self) -> bool:
        return self.date is not None


def field_lines(value) -> list[str]:
    """The lines of a ``Corrections`` value, whatever reader gave it."""
    if value is None:
        return []
    if isinstance(value, str):
        items: Iterable = [value]
    elif isinstance(value, Mapping):
        items = [value]
    elif isinstance(value, Iterable):
        items = value
    else:
        items = [value]
    lines = []
    for item in items:
        if isinstance(item, Mapping):
            # YAML read "2025-03-02 correction: text" as a one-key mapping.
            lines.extend(f"{_plain(k)}: {_plain(v)}" for k, v in item.items())
        else:
            lines.extend(_plain(item).splitlines())
    return [" ".join(line.split()) for line in lines if line.strip()]


def _plain(value) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    return "" if value is None else str(value)


def read_notes(value, source: str) -> list[Note]:
    """The notes of one article, in the order written; problems reported
    naming ``source`` (the file), the field and the line."""
    notes = []
    for number, line in enumerate(field_lines(value), start=1):
        note, problem = _note(line, number)
        if problem:
            report(
                f"{source}: 'Corrections', line {number} ({line!r}): {problem} "
                "It is shown on the article as written, and left out of the "
                "corrections page, the feeds and the modified date until it "
                "reads like '2025-03-02 correction: The chart's units were "
                "litres.' (the kind is correction, clarification or update)."
            )
        notes.append(note)
    return notes


def _note(line: str, number: int) -> tuple[Note, str]:
    undated = Note(None, None, line, number)
    match = _NOTE.fullmatch(line)
    if not match:
        return undated, "it does not start with a date (YYYY-MM-DD) and a kind."
    year, month, day, kind, text = match.groups()
    try:
        date = datetime.date(int(year), int(month), int(day))
    except ValueError:
        return undated, f"{year}-{month}-{day} is not a date."
    kind = kind.lower()
    if kind not in KINDS:
        return undated, f"{kind!r} is not a kind of note."
    if not text.strip():
        return undated, "the note has no text."
    return Note(date, kind, text.strip(), number), ""


def latest(notes: Iterable[Note]) -> Note | None:
    """The newest dated note (the last written of one day), or None."""
    dated = [note for note in notes if note.dated]
    return max(dated, key=lambda note: (note.date, note.line), default=None)


def newest_first(notes: Iterable[Note]) -> list[Note]:
    return sorted(
        (n for n in notes if n.dated), key=lambda n: (n.date, n.line), reverse=True
    )
