"""Language codes: comparing them, their direction, their names.

Codes are compared as Pelican's ``Lang`` values are written in practice:
"pt_BR", "pt-br" and "pt-BR" are one language; "ur-PK" is also "ur" when
nothing closer is known.
"""

from __future__ import annotations

import re

# A language code as Pelican sites write it ("ur", "pt_BR", "zh-Hant-TW"):
# each part is followed by a character no part holds, so a fullmatch is
# linear.
LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*")

# Written right to left, by primary subtag (as the theme's _macros.html).
RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi"}
)

# Each language's name in itself, for links that switch language: a reader
# looks for their own language in their own script. Unknown codes show as
# written.
NATIVE_NAMES = {
    "ar": "العربية",
    "bn": "বাংলা",
    "de": "Deutsch",
    "en": "English",
    "es": "Español",
    "fa": "فارسی",
    "fr": "Français",
    "he": "עברית",
    "hi": "हिन्दी",
    "id": "Bahasa Indonesia",
    "it": "Italiano",
    "ja": "日本語",
    "ko": "한국어",
    "nl": "Nederlands",
    "pa": "ਪੰਜਾਬੀ",
    "pl": "Polski",
    "ps": "پښتو",
    "pt": "Português",
    "ru": "Русский",
    "sw": "Kiswahili",
    "tr": "Türkçe",
    "uk": "Українська",
    "ur": "اردو",
    "zh": "中文",
}


def language_key(lang: str) -> str:
    """A code in one spelling: "pt_BR" -> "pt-br"."""
    return str(lang or "").strip().lower().replace("_", "-")


def primary(lang: str) -> str:
    """The language without its region or script: "ur-PK" -> "ur"."""
    return language_key(lang).split("-")[0]


def same_language(one: str, other: str) -> bool:
    return language_key(one) == language_key(other)


def direction(lang: str) -> str:
    """ "rtl" or "ltr"."""
    return "rtl" if primary(lang) in RTL_LANGUAGES else "ltr"


def native_name(lang: str) -> str:
    """The language's name in itself ("اردو" for "ur"), or the code."""
    return (
        NATIVE_NAMES.get(language_key(lang))
        or NATIVE_NAMES.get(primary(lang))
        or str(lang)
    )


def widening(lang: str) -> list[str]:
    """The code and the wider codes it falls back on, widest first:
    "zh-Hant-TW" -> ["zh", "zh-hant", "zh-hant-tw"]."""
    parts = language_key(lang).split("-")
    return ["-".join(parts[:end]) for end in range(1, len(parts) + 1)]
