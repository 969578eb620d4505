"""og:locale from the language a page is written in."""

from __future__ import annotations

import pytest
from pelican.plugins.share_block.locales import og_locale
from pelican_masthead.settings import SettingsError

SHARE = {"PLUGINS": ["pelican.plugins.share_block"]}


@pytest.mark.parametrize(
    ("lang", "locale"),
    [
        ("ur", "ur_PK"),
        ("en", "en_US"),
        ("ar", "ar_AR"),
        ("pt-PT", "pt_PT"),
        ("en_gb", "en_GB"),
        ("zh-Hans-TW", "zh_TW"),
        ("UR", "ur_PK"),
        ("tlh", ""),
        ("", ""),
    ],
)
def test_a_language_gets_its_locale_or_none(lang, locale):
    assert og_locale(lang, {}) == locale


def test_the_site_setting_overrides_a_language():
    assert og_locale("en", {"en": "en_GB"}) == "en_GB"
    assert og_locale("tlh", {"tlh": "tlh_QO"}) == "tlh_QO"


def og(page, key: str) -> list[str]:
    return [m["content"] for m in page.select(f'head meta[property="{key}"]')]


def test_a_translated_article_names_its_locale_and_its_translations(site):
    site.write("a.md", "Title: Water\nSlug: water\nDate: 2024-01-01\n\nText.\n")
    site.write(
        "a.fr.md", "Title: Eau\nSlug: water\nLang: fr\nDate: 2024-01-01\n\nTexte.\n"
    )
    site.write("b.md", "Title: Other\nLang: xx\nDate: 2024-01-01\n\nText.\n")
    site.build(**SHARE, SOCIAL_LOCALES={"en": "en_GB"})
    english = site.page("water.html")
    assert og(english, "og:locale") == ["en_GB"]
    assert og(english, "og:locale:alternate") == ["fr_FR"]
    french = site.page("water-fr.html")
    assert og(french, "og:locale") == ["fr_FR"]
    assert og(french, "og:locale:alternate") == ["en_GB"]
    assert og(site.page("other-xx.html"), "og:locale") == []


def test_a_locale_setting_written_wrong_stops_the_build(site):
    site.write("a.md", "Title: Water\nDate: 2024-01-01\n\nText.\n")
    with pytest.raises(SettingsError, match=r"SOCIAL_LOCALES.*'ur-PK'.*ur_PK"):
        site.build(**SHARE, SOCIAL_LOCALES={"ur": "ur-PK"})
