"""From what an article holds to whole minutes of reading.

    seconds = 60 * (prose words / wpm
                    + Chinese and Japanese characters / characters per minute
                    + words in code blocks / code wpm)
              + image time
    minutes = seconds / 60 rounded to the nearest whole minute (halves up),
              never less than 1

Image time follows Medium and Ghost: 12 s for the first image, one second less
for each next one, never under 3 s.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .counting import Tally


@dataclass(frozen=True)
class Speed:
    """How fast one reader reads one language."""

    words_per_minute: float
    characters_per_minute: float
    code_words_per_minute: float
    first_image_seconds: float
    least_image_seconds: float


def image_seconds(images: int, first: float, least: float) -> float:
    """Time spent on ``images`` pictures: ``first``, one second less each, down
    to ``least``."""
    # The first `steps` images take first, first - 1, ... (an arithmetic
    # series); every later one takes `least`.
    steps = min(images, max(0, math.ceil(first - least)))
    return steps * first - steps * (steps - 1) / 2 + (images - steps) * least


def reading_seconds(counted: Tally, speed: Speed) -> float:
    minutes = (
        counted.prose.words / speed.words_per_minute
        + counted.prose.characters / speed.characters_per_minute
        + counted.code.total / speed.code_words_per_minute
    )
    images = image_seconds(
        counted.images, speed.first_image_seconds, speed.least_image_seconds
    )
    return 60 * minutes + images


def whole_minutes(seconds: float) -> int:
    """Nearest whole minute, halves rounded up, at least one."""
    # Rounded to the microsecond first, so that float noise (89.99999999 s)
    # cannot move an article that takes exactly a minute and a half.
    return max(1, math.floor(round(seconds, 6) / 60 + 0.5))


def iso_duration(minutes: int) -> str:
    """ISO 8601 duration for ``timeRequired`` and ``<time datetime>``: PT1H5M."""
    hours, rest = divmod(minutes, 60)
    hours_part = f"{hours}H" if hours else ""
    minutes_part = f"{rest}M" if rest or not hours else ""
    return f"PT{hours_part}{minutes_part}"
