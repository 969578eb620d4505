"""What Babel (CLDR's data) knows of a language that labels need: which
plural category a count falls in, and how the language writes numbers.

Babel is imported on first use, so a site that never counts in another
language than English pays nothing for it.
"""

from __future__ import annotations

from functools import cache, lru_cache

from .languages import language_key, primary

# The zero digit of each numbering system CLDR names as some locale's
# default; the other nine follow it in Unicode. Babel gives the system's
# name and separators, but writes Latin digits whatever the system.
ZERO_DIGITS = {
    "latn": "0",
    "arab": "\u0660",  # Arabic-Indic: ٠١٢٣
    "arabext": "\u06f0",  # Extended (Eastern) Arabic-Indic: ۰۱۲۳
    "beng": "\u09e6",
    "deva": "\u0966",
    "mymr": "\u1040",
    "tibt": "\u0f20",
    "olck": "\u1c50",
    "mtei": "\uabf0",
    "nkoo": "\u07c0",
    "adlm": "\U0001e950",
    "cakm": "\U00011136",
    "hmnp": "\U0001e140",
}


@cache
def _locale(lang: str):
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language_key(lang) or "en", sep="-")
    except (ValueError, TypeError, UnknownLocaleError):
        return None


def plural_category(lang: str, count: int) -> str:
    """CLDR's plural category of ``count`` in ``lang``: "one", "few"..."""
    locale = _locale(lang)
    if locale is None:
        return "one" if count == 1 else "other"
    return locale.plural_form(count)


@lru_cache(maxsize=4096)
def format_number(count: float, lang: str, fraction_digits: int = 0) -> str:
    """``count`` in the digits and grouping of ``lang``'s default numbering
    system, with ``fraction_digits`` digits after the language's decimal
    mark ("1.4" in English, "1,4" in French). CLDR gives Latin digits to "ar"
    and "ur" (as most of their readers use online), Arabic-Indic ones to
    "ar-EG" and "ar-SA", Eastern Arabic-Indic ones to "ur-IN" and "fa"."""
    if primary(lang or "en") == "en":
        # English writes numbers as Python does; a site in English then never
        # imports Babel (about 0.1 s).
        return f"{count:,.{fraction_digits}f}"
    locale = _locale(lang)
    if locale is None:
        return f"{count:.{fraction_digits}f}" if fraction_digits else str(count)
    from babel.numbers import format_decimal

    pattern = "#,##0." + "0" * fraction_digits if fraction_digits else None
    text = format_decimal(
        count, format=pattern, locale=locale, numbering_system="default"
    )
    zero = ZERO_DIGITS.get(locale.default_numbering_system, "0")
    if zero == "0":
        return text
    return text.translate({ord("0") + i: chr(ord(zero) + i) for i in range(10)})
