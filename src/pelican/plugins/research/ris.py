"""An article as an RIS record (a web page, ``ELEC``), in UTF-8.

RIS has no escaping: a value is whatever follows ``XX  - `` up to the end
of its line. So every value is put on one line, with control characters
turned into spaces; quotes, ampersands and any script need nothing.
"""

from __future__ import annotations

from .styles import CitedWork

_CONTROL = {c: " " for c in [*range(0x20), 0x7F, 0x85, 0x2028, 0x2029]}


def _line(tag: str, value: str) -> str:
    return f"{tag}  - {' '.join(value.translate(_CONTROL).split())}\r\n"


def ris_record(work: CitedWork, lang: str = "") -> str:
    lines = [_line("TY", "ELEC")]
    for name in work.authors:
        lines.append(_line("AU", name.family if name.whole else name.inverted))
    lines.append(_line("TI", work.title))
    if work.published:
        day = work.published
        lines.append(_line("PY", str(day.year)))
        lines.append(_line("DA", f"{day.year:04d}/{day.month:02d}/{day.day:02d}/"))
    if work.publisher:
        lines.append(_line("PB", work.publisher))
    lines.append(_line("UR", work.url))
    if lang:
        lines.append(_line("LA", lang))
    lines.append("ER  - \r\n")
    return "".join(lines)
