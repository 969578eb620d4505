"""A writer's own reading time, given as ``Reading_time:`` metadata."""

from __future__ import annotations

import re

FIELD = "Reading_time"
_WHOLE_NUMBER = re.compile(r"\s*\d+\s*")


def writer_minutes(value: object) -> int | None:
    """Whole minutes from a metadata value, or ``None`` when it is not one.

    Only a whole number of at least one minute is taken: "about 5" or "5.5"
    would be shown to readers as something the site cannot vouch for.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        minutes = value
    elif isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value):
        minutes = int(value)
    else:
        return None
    return minutes if minutes >= 1 else None
