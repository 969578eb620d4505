"""Gives one article or page its reading time."""

from __future__ import annotations

from pelican_masthead.labels import Labels
from pelican_masthead.problems import report
from pelican_masthead.text import text_of

from .counting import tally
from .estimate import iso_duration, reading_seconds, whole_minutes
from .override import FIELD, writer_minutes
from .settings import LABEL, ReadingTimeConfig


def annotate(content, config: ReadingTimeConfig, labels: Labels) -> None:
    """Set ``word_count``, ``reading_time``, ``reading_time_label`` and
    ``reading_time_iso`` on a content object; ``labels`` are those of its
    language."""
    counted = tally(text_of(content))
    speed = config.speed_for(getattr(content, "lang", None))
    minutes = _chosen_minutes(content, whole_minutes(reading_seconds(counted, speed)))
    content.word_count = counted.word_count
    content.reading_time = minutes
    content.reading_time_label = labels.counted(LABEL, minutes)
    content.reading_time_iso = iso_duration(minutes)


def _chosen_minutes(content, estimate: int) -> int:
    # Read from the metadata, not the attribute: the attribute of the same
    # name is overwritten with the result, and a cached object is seen again.
    metadata = getattr(content, "metadata", None) or {}
    if "reading_time" not in metadata:
        return estimate
    given = metadata["reading_time"]
    minutes = writer_minutes(given)
    if minutes is None:
        source = getattr(content, "relative_source_path", "") or content
        report(
            f"{source}: '{FIELD}' must be a whole number of minutes, at least 1, "
            f"not {given!r}; the estimate ({estimate} min) is used."
        )
        return estimate
    return minutes


def reading_properties(content, siteurl: str) -> dict:
    """Article part for JSON-LD: ``wordCount`` and ``timeRequired``."""
    minutes = getattr(content, "reading_time_iso", "")
    return {
        "wordCount": getattr(content, "word_count", None),
        "timeRequired": minutes,
    }
