"""Comparing and abbreviating people's names in any script."""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[\W_]+")


def name_key(name: str) -> str:
    """A form of ``name`` that ignores case, accents and punctuation.

    "José  Núñez", "jose nunez" and "JOSE NUNEZ." give the same key. Letters of
    scripts without case (Arabic, Chinese) are kept as they are.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", bare.casefold()).strip()


def initials(name: str) -> str:
    """Up to two initials: first and last word (one for a single word)."""
    words = [w for w in _NOT_WORD.split(name) if w]
    if not words:
        return "?"
    picked = [words[0]] if len(words) == 1 else [words[0], words[-1]]
    # Scripts without case (Chinese, Arabic) take the first character as is.
    return "".join(w[0].upper() for w in picked)
