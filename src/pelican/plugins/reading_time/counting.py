"""Counting what a reader reads: words, and characters of scripts without spaces.

Chinese and Japanese are written without spaces between words, so splitting on
spaces would make a whole sentence one word; their ideographs and kana are
counted one by one instead. Every other script (Latin, Arabic, Devanagari,
Hangul...) separates words with spaces and is counted by words. A word is any
run of text between spaces holding at least one letter or digit, whatever its
script: Urdu, Persian and Hindi words stay whole, where a pattern of ASCII
letters (or one that takes Devanagari vowel signs for word breaks) would find
none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pelican_masthead.text import ExtractedText

# Characters read one at a time. Hangul is left out on purpose: Korean puts
# spaces between words and is counted by words.
CHARACTER_SCRIPTS = (
    "\u3005-\u3007"  # iteration mark, closing mark, ideographic zero
    "\u3041-\u3096\u309d-\u309f"  # hiragana
    "\u30a1-\u30fa\u30fc-\u30ff"  # katakana, without the middle dot
    "\u31f0-\u31ff"  # katakana phonetic extensions
    "\u3400-\u4dbf"  # CJK ideographs, extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\uff66-\uff9f"  # halfwidth katakana
    "\U00020000-\U000323af"  # CJK ideographs, extensions B to H
)
_CHARACTER = re.compile(f"[{CHARACTER_SCRIPTS}]")
# A run between single spaces with no letter or digit ("—", "...", "。") is no
# word. The leading space lets the regex engine jump from space to space
# instead of testing every character, which is several times faster.
_NOT_A_WORD = re.compile(r" (?:[^\w ]|_)+(?= |$)")


@dataclass(frozen=True)
class Counts:
    words: int = 0
    characters: int = 0  # Chinese and Japanese characters

    @property
    def total(self) -> int:
        return self.words + self.characters


@dataclass(frozen=True)
class Tally:
    """Everything in an article that takes time to read."""

    prose: Counts
    code: Counts
    images: int

    @property
    def word_count(self) -> int:
        # Characters are the unit of Chinese and Japanese, so they stand in
        # for words here, as structured data's `wordCount` expects one number.
        return self.prose.total + self.code.total


def count(text: str) -> Counts:
    """Words and Chinese/Japanese characters in plain text."""
    return _count_collapsed(" ".join(text.split()))


def _count_collapsed(text: str) -> Counts:
    # ``text`` holds single spaces only, as extracted text does: its words are
    # then its spaces plus one, with no list of words built (a third of the
    # time counting took).
    if not text:
        return Counts()
    # An ASCII text (most English) holds none; the check costs almost nothing
    # next to scanning for them.
    characters = 0 if text.isascii() else len(_CHARACTER.findall(text))
    if characters:
        # Each character stands alone, so "タワーは333メートル" holds one word.
        text = " ".join(_CHARACTER.sub(" ", text).split())
        if not text:
            return Counts(characters=characters)
    # Spaces know no script, so Urdu and Hindi words stay whole; only runs of
    # punctuation are then taken out.
    words = text.count(" ") + 1 - len(_NOT_A_WORD.findall(" " + text))
    return Counts(words=words, characters=characters)


def tally(extracted: ExtractedText) -> Tally:
    return Tally(
        prose=_count_collapsed(extracted.prose),
        code=_count_collapsed(extracted.code),
        images=extracted.images,
    )
