"""Counting words and characters in every script (pure, no Pelican)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pelican.plugins.reading_time.counting import Counts, count, tally
from pelican_masthead.text import ExtractedText


@pytest.mark.parametrize(
    ("text", "words", "characters"),
    [
        # English: punctuation, numbers and hyphenated words.
        ("The delta's levees held in 2024 — mostly.", 7, 0),
        ("Well-known gauges (three) failed.", 4, 0),
        # Punctuation alone is not a word.
        ("... — !! ?", 0, 0),
        # Urdu, in Arabic script: 11 words.
        ("شہر کے دریا میں پانی کی سطح ہر سال بدلتی ہے", 11, 0),
        # Arabic: 5 words.
        ("ارتفع منسوب المياه هذا العام", 5, 0),
        # Persian: the zero-width non-joiner inside "می‌خواهم" keeps it one word.
        ("می\u200cخواهم کتاب بخوانم", 3, 0),
        # Hindi, in Devanagari, whose vowel signs are not letters to a naive
        # pattern: 7 words, not 0.
        ("नदी का पानी हर साल बदलता है", 7, 0),
        # Korean has spaces between words: 3 words.
        ("강물은 매년 변한다", 3, 0),
        # Chinese: 10 characters; the full stop is not one.
        ("河流每年都在慢慢变化。", 0, 10),
        # Japanese: kanji, hiragana, katakana and the long-vowel mark count;
        # the digits between them make one word.
        ("東京タワーは333メートル", 1, 10),
        # Mixed in one sentence: English words and Chinese characters.
        ("The 河流 report, 2 pages", 4, 2),
    ],
)
def test_count(text, words, characters):
    assert count(text) == Counts(words=words, characters=characters)


def test_empty_text_counts_nothing():
    assert count("") == Counts(0, 0)


def test_tally_keeps_prose_code_and_images_apart():
    counted = tally(ExtractedText(prose="Rain fell 河流", code="x = read(y)", images=3))
    assert counted.prose == Counts(words=2, characters=2)
    # "=" is no word; "read(y)" is one.
    assert counted.code == Counts(words=2, characters=0)
    assert counted.images == 3
    assert counted.word_count == 6


# Ideographs and kana, and their neighbours that are not counted as characters
# (Hangul, CJK punctuation, the katakana middle dot).
COUNTED_ONE_BY_ONE = "河流変わるタワーメートル々"
ALPHABET = (
    "ab Z09_-—.,'()…"  # Latin, digits, punctuation
    " \t\n\u00a0\u3000"  # spaces, including no-break and ideographic ones
    "شہرکےدریا\u200c"  # Arabic script, zero-width non-joiner
    "नदीकापानी"  # Devanagari with vowel signs
    "강물은"  # Hangul
    "。、「」・" + COUNTED_ONE_BY_ONE
)


def reference_count(text: str) -> Counts:
    """The definition, character by character: slow but plain."""
    characters = sum(ch in COUNTED_ONE_BY_ONE for ch in text)
    spaced = "".join(" " if ch in COUNTED_ONE_BY_ONE else ch for ch in text)
    words = sum(any(ch.isalnum() for ch in run) for run in spaced.split())
    return Counts(words=words, characters=characters)


@given(st.text(alphabet=ALPHABET, max_size=80))
def test_count_matches_its_definition(text):
    assert count(text) == reference_count(text)
