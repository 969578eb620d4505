"""The reading-time formula, checked by hand at its boundaries (pure)."""

from __future__ import annotations

import pytest
from pelican.plugins.reading_time.counting import Counts, Tally
from pelican.plugins.reading_time.estimate import (
    Speed,
    image_seconds,
    iso_duration,
    reading_seconds,
    whole_minutes,
)

DEFAULT = Speed(
    words_per_minute=238,
    characters_per_minute=500,
    code_words_per_minute=120,
    first_image_seconds=12,
    least_image_seconds=3,
)
CHINESE = Speed(238, 439, 120, 12, 3)


def minutes(words=0, characters=0, code=0, images=0, speed=DEFAULT) -> int:
    counted = Tally(Counts(words, characters), Counts(code, 0), images)
    return whole_minutes(reading_seconds(counted, speed))


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (0, 1),  # never "0 min read"
        (1, 1),
        (356, 1),  # 356 / 238 = 1.496 min
        (357, 2),  # 357 / 238 = 1.5 min exactly: halves round up
        (594, 2),  # 2.496 min
        (595, 3),  # 2.5 min
        (2380, 10),
    ],
)
def test_words_round_to_the_nearest_minute(words, expected):
    assert minutes(words=words) == expected


@pytest.mark.parametrize(
    ("characters", "expected"),
    [
        (749, 1),  # 749 / 500 = 1.498 min
        (750, 2),  # 1.5 min
    ],
)
def test_chinese_and_japanese_characters_at_their_own_rate(characters, expected):
    assert minutes(characters=characters) == expected


def test_per_language_character_rate():
    # 700 characters: 1.59 min at Chinese speed (439 a minute), 1.4 at 500.
    assert minutes(characters=700, speed=CHINESE) == 2
    assert minutes(characters=700) == 1


def test_mixed_text_adds_words_and_characters():
    # 238 words (1 min) + 500 characters (1 min) = 2 min; read as 738 words
    # it would be 3.1 min.
    assert minutes(words=238, characters=500) == 2


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (179, 1),  # 179 / 120 = 1.49 min
        (180, 2),  # 1.5 min; as prose it would be 0.76 min
    ],
)
def test_code_is_read_more_slowly(code, expected):
    assert minutes(code=code) == expected


@pytest.mark.parametrize(
    ("images", "seconds"),
    [
        (0, 0),
        (1, 12),
        (2, 12 + 11),
        (10, 75),  # 12 + 11 + ... + 3
        (11, 78),  # the 11th image is at the 3 s floor
        (20, 105),  # 75 + 10 * 3
    ],
)
def test_image_seconds(images, seconds):
    assert image_seconds(images, 12, 3) == seconds


def test_image_seconds_with_fractions_and_no_time():
    assert image_seconds(3, 2.5, 1) == 2.5 + 1.5 + 1
    assert image_seconds(5, 0, 0) == 0


def test_images_add_to_text():
    # 20 images: 105 s = 1.75 min -> 2; 10 images (75 s) + 119 words (30 s)
    # = 105 s as well.
    assert minutes(images=20) == 2
    assert minutes(words=119, images=10) == 2
    assert minutes(words=119, images=1) == 1  # 30 s + 12 s = 0.7 min


@pytest.mark.parametrize(
    ("minutes_", "duration"),
    [(1, "PT1M"), (4, "PT4M"), (59, "PT59M"), (60, "PT1H"), (61, "PT1H1M")],
)
def test_iso_duration(minutes_, duration):
    assert iso_duration(minutes_) == duration


def test_worked_example_of_the_docs():
    # docs/reading_time.md: 1,190 words (300 s) + 90 code words (45 s)
    # + 3 images (12 + 11 + 10 = 33 s) = 378 s = 6.3 min -> 6.
    brief = Tally(Counts(1190, 0), Counts(90, 0), 3)
    assert reading_seconds(brief, DEFAULT) == 378
    assert whole_minutes(reading_seconds(brief, DEFAULT)) == 6
    # Its Chinese translation: 2,195 characters at 439 (300 s), 40 English
    # words (10.08 s), the same code and images: 388.08 s = 6.47 min -> 6.
    translation = Tally(Counts(40, 2195), Counts(90, 0), 3)
    assert reading_seconds(translation, CHINESE) == pytest.approx(388.084, abs=1e-3)
    assert whole_minutes(reading_seconds(translation, CHINESE)) == 6
