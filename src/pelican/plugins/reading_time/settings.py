"""Settings of the reading_time plugin: each one declared once, here."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from typing import Any

from pelican_masthead.labels import labels
from pelican_masthead.settings import Setting, SettingsError, resolve

from .estimate import Speed

LABEL = "reading_time"

# Published figures (see docs/reading_time.md): Chinese and Japanese are read
# at different speeds, in characters; Korean by words, a little slower than
# English.
LANGUAGE_SPEEDS = {
    "zh": {"cpm": 439},
    "ja": {"cpm": 653},
    "ko": {"wpm": 202},
}
_LANGUAGE_KEYS = {"wpm": "words per minute", "cpm": "characters per minute"}
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*")


# Speeds a reader could have, words or characters a minute. Outside them an
# estimate means nothing, and near 0 (5e-324) dividing by the speed overflows.
FASTEST = 100_000
# Longest time an image may take, in seconds; a larger figure (1e308) would
# overflow once multiplied by the images of an article.
LONGEST_IMAGE = 3600


def _bad_rate(value: Any) -> str:
    # bool is an int to Python; `True` words a minute is a slip, not a speed.
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"must be a number, not {value!r}"
    if not (math.isfinite(value) and 1 <= value <= FASTEST):
        return f"must be a number from 1 to {FASTEST}, not {value!r}"
    return ""


def _rate(value: Any) -> str:
    problem = _bad_rate(value)
    return f"{problem}." if problem else ""


def _seconds(value: Any) -> str:
    if isinstance(value, bool) or not (
        math.isfinite(value) and 0 <= value <= LONGEST_IMAGE
    ):
        return f"must be a number of seconds from 0 to {LONGEST_IMAGE}, not {value!r}."
    return ""


def _languages(value: dict) -> str:
    for tag, speeds in value.items():
        if not isinstance(tag, str) or not _LANGUAGE_TAG.fullmatch(tag):
            return f"{tag!r} is not a language code like 'ur', 'zh' or 'pt-BR'."
        if not isinstance(speeds, dict):
            return (
                f"the value for {tag!r} must be a dict like {{'wpm': 180}}, "
                f"not {speeds!r}."
            )
        unknown = sorted(map(repr, set(speeds) - set(_LANGUAGE_KEYS)))
        if unknown:
            return (
                f"{tag!r} has unknown key {', '.join(unknown)}; the keys are "
                "'wpm' (words per minute) and 'cpm' (characters per minute)."
            )
        for key, rate in speeds.items():
            problem = _bad_rate(rate)
            if problem:
                return f"{tag!r} {key!r} ({_LANGUAGE_KEYS[key]}) {problem}."
    return ""


SETTINGS = (
    Setting(
        "READING_TIME_WPM",
        238,
        "Words a minute for text written with spaces between words (English, "
        "Urdu, Arabic, Persian, Hindi...), unless READING_TIME_LANGUAGES gives "
        "the article's language its own figure.",
        types=(int, float),
        check=_rate,
    ),
    Setting(
        "READING_TIME_CPM",
        500,
        "Characters a minute for Chinese and Japanese text, unless "
        "READING_TIME_LANGUAGES gives the article's language its own figure.",
        types=(int, float),
        check=_rate,
    ),
    Setting(
        "READING_TIME_CODE_WPM",
        120,
        "Words a minute inside code blocks (`<pre>`), which are read more "
        "slowly than prose.",
        types=(int, float),
        check=_rate,
    ),
    Setting(
        "READING_TIME_LANGUAGES",
        LANGUAGE_SPEEDS,
        "Speeds per language, by the article's `Lang` (or DEFAULT_LANG): "
        "language code -> {'wpm': words a minute, 'cpm': characters a minute}, "
        "either key optional. Merged over the defaults; 'pt-BR' falls back to "
        "'pt', then to READING_TIME_WPM / READING_TIME_CPM.",
        check=_languages,
    ),
    Setting(
        "READING_TIME_IMAGE_SECONDS",
        12,
        "Seconds for the first image; each next image takes one second less.",
        types=(int, float),
        check=_seconds,
    ),
    Setting(
        "READING_TIME_IMAGE_MIN_SECONDS",
        3,
        "Seconds an image takes at least, however many come before it. "
        "Not more than READING_TIME_IMAGE_SECONDS.",
        types=(int, float),
        check=_seconds,
    ),
)


@dataclass(frozen=True)
class ReadingTimeConfig:
    base: Speed
    languages: dict[str, dict[str, float]] = field(default_factory=dict)

    def speed_for(self, lang: str | None) -> Speed:
        """The speed for a language code, most specific figure first."""
        tag = (lang or "").replace("_", "-").lower()
        speeds: dict[str, float] = {}
        parts = tag.split("-")
        # "zh-hant-tw", then "zh-hant", then "zh": a figure for the wider
        # language fills what the narrower one leaves out.
        for end in range(1, len(parts) + 1):
            speeds.update(self.languages.get("-".join(parts[:end]), {}))
        if not speeds:
            return self.base
        return replace(
            self.base,
            words_per_minute=speeds.get("wpm", self.base.words_per_minute),
            characters_per_minute=speeds.get("cpm", self.base.characters_per_minute),
        )


def _merged_languages(value: dict) -> dict[str, dict[str, float]]:
    merged = {tag: dict(speeds) for tag, speeds in LANGUAGE_SPEEDS.items()}
    for tag, speeds in value.items():
        key = tag.replace("_", "-").lower()
        merged[key] = {**merged.get(key, {}), **speeds}
    return merged


def load(settings: dict) -> ReadingTimeConfig:
    """Read and check every setting; stops the build naming a bad one."""
    values = resolve(SETTINGS, settings)
    # The label's words are checked with the other labels, per language.
    labels(settings)
    first = values["READING_TIME_IMAGE_SECONDS"]
    least = values["READING_TIME_IMAGE_MIN_SECONDS"]
    if least > first:
        raise SettingsError(
            f"READING_TIME_IMAGE_MIN_SECONDS ({least}) is more than "
            f"READING_TIME_IMAGE_SECONDS ({first}); the least an image takes "
            "cannot exceed what the first one takes."
        )
    return ReadingTimeConfig(
        base=Speed(
            words_per_minute=values["READING_TIME_WPM"],
            characters_per_minute=values["READING_TIME_CPM"],
            code_words_per_minute=values["READING_TIME_CODE_WPM"],
            first_image_seconds=first,
            least_image_seconds=least,
        ),
        languages=_merged_languages(values["READING_TIME_LANGUAGES"]),
    )
