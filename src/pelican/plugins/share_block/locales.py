"""The Open Graph locale of a page, from the language it is written in.

Open Graph wants ``language_TERRITORY`` ("ur_PK"), while Pelican's ``Lang``
is usually the language alone ("ur"). A language written with its region
("pt-PT", "en_GB") keeps that region; a language alone takes the territory
below, or the site's ``SOCIAL_LOCALES``; a language with neither has no
``og:locale`` (a guessed territory would be worse than none, and previews
then read the page as ``en_US``, the Open Graph default).
"""

from __future__ import annotations

import re

# The territory where most of each language's readers are, as Facebook's own
# list of locales spells them (Arabic is "ar_AR" there).
DEFAULT_LOCALES = {
    "ar": "ar_AR",
    "bn": "bn_IN",
    "de": "de_DE",
    "en": "en_US",
    "es": "es_ES",
    "fa": "fa_IR",
    "fr": "fr_FR",
    "he": "he_IL",
    "hi": "hi_IN",
    "id": "id_ID",
    "it": "it_IT",
    "ja": "ja_JP",
    "ko": "ko_KR",
    "nl": "nl_NL",
    "pl": "pl_PL",
    "pt": "pt_BR",
    "ru": "ru_RU",
    "sw": "sw_KE",
    "tr": "tr_TR",
    "uk": "uk_UA",
    "ur": "ur_PK",
    "zh": "zh_CN",
}

# A code with a region: "pt-PT", "en_gb", "zh-Hans-CN" (script ignored).
_WITH_REGION = re.compile(r"([a-z]{2,3})(?:[-_][a-z]{4})?[-_]([a-z]{2})", re.I)
LOCALE = re.compile(r"[a-z]{2,3}_[A-Z]{2}")


def og_locale(lang: str, overrides: dict[str, str]) -> str:
    """``lang`` as an Open Graph locale, or "" when its territory is unknown.

    ``overrides``: ``SOCIAL_LOCALES``, by language code as the site writes it.
    """
    lang = str(lang or "").strip()
    if not lang:
        return ""
    if lang in overrides:
        return overrides[lang]
    regional = _WITH_REGION.fullmatch(lang)
    if regional:
        return f"{regional.group(1).lower()}_{regional.group(2).upper()}"
    primary = lang.lower().replace("_", "-").split("-")[0]
    return overrides.get(primary) or DEFAULT_LOCALES.get(primary, "")


def locale_tags(
    lang: str, alternates: list[str], overrides: dict[str, str]
) -> list[tuple[str, str]]:
    """``og:locale`` for ``lang`` and one ``og:locale:alternate`` for each of
    the languages the page also exists in."""
    locale = og_locale(lang, overrides)
    if not locale:
        return []
    tags = [("og:locale", locale)]
    for other in alternates:
        alternate = og_locale(other, overrides)
        tag = ("og:locale:alternate", alternate)
        if alternate and alternate != locale and tag not in tags:
            tags.append(tag)
    return tags


def check_locales(value: dict) -> str:
    """The check of ``SOCIAL_LOCALES``."""
    wrong = [
        f"{k!r}: {v!r}"
        for k, v in value.items()
        if not isinstance(k, str) or not isinstance(v, str) or not LOCALE.fullmatch(v)
    ]
    if wrong:
        return (
            f"{', '.join(wrong)}: each language code must map to a locale "
            "written like 'ur_PK' (language, underscore, territory)."
        )
    return ""
