"""Reading-time settings: defaults, per-language speeds, and clear errors."""

from __future__ import annotations

import pytest
from conftest import ROOT
from pelican.plugins.reading_time.settings import SETTINGS, load
from pelican_masthead.labels import labels_for
from pelican_masthead.settings import SettingsError


def test_defaults():
    config = load({})
    assert config.base.words_per_minute == 238
    assert config.base.characters_per_minute == 500
    assert config.base.code_words_per_minute == 120
    assert labels_for({}, None).counted("reading_time", 4) == "4 min read"


@pytest.mark.parametrize(
    ("lang", "wpm", "cpm"),
    [
        ("en", 238, 500),
        (None, 238, 500),
        ("zh", 238, 439),
        ("zh-Hant-TW", 238, 439),  # falls back to "zh"
        ("ZH_cn", 238, 439),
        ("ja", 238, 653),
        ("ko", 202, 500),
        ("ur", 238, 500),  # no published figure: the site-wide speed
    ],
)
def test_speed_for_a_language(lang, wpm, cpm):
    speed = load({}).speed_for(lang)
    assert (speed.words_per_minute, speed.characters_per_minute) == (wpm, cpm)


def test_site_languages_merge_over_the_defaults():
    config = load(
        {
            "READING_TIME_WPM": 250,
            "READING_TIME_LANGUAGES": {
                "ur": {"wpm": 180},
                "zh": {"wpm": 150},
                "pt": {"wpm": 220},
                "pt-BR": {"cpm": 400},
            },
        }
    )
    assert config.speed_for("ur").words_per_minute == 180
    # A site's figure for Chinese words keeps the default for its characters.
    chinese = config.speed_for("zh")
    assert (chinese.words_per_minute, chinese.characters_per_minute) == (150, 439)
    brazil = config.speed_for("pt-br")
    assert (brazil.words_per_minute, brazil.characters_per_minute) == (220, 400)
    assert config.speed_for("fr").words_per_minute == 250


@pytest.mark.parametrize(
    ("settings", "named", "detail"),
    [
        ({"READING_TIME_WPM": -200}, "READING_TIME_WPM", "from 1 to"),
        ({"READING_TIME_WPM": 0}, "READING_TIME_WPM", "from 1 to"),
        ({"READING_TIME_WPM": "238"}, "READING_TIME_WPM", "a whole number"),
        ({"READING_TIME_WPM": True}, "READING_TIME_WPM", "number"),
        ({"READING_TIME_WPM": float("inf")}, "READING_TIME_WPM", "from 1 to"),
        ({"READING_TIME_CPM": None}, "READING_TIME_CPM", "None"),
        ({"READING_TIME_CODE_WPM": -1}, "READING_TIME_CODE_WPM", "from 1 to"),
        ({"READING_TIME_LANGUAGES": ["zh"]}, "READING_TIME_LANGUAGES", "a dict"),
        (
            {"READING_TIME_LANGUAGES": {"zh": {"wmp": 300}}},
            "READING_TIME_LANGUAGES",
            "'wmp'",
        ),
        (
            {"READING_TIME_LANGUAGES": {"zh": 439}},
            "READING_TIME_LANGUAGES",
            "'zh'",
        ),
        (
            {"READING_TIME_LANGUAGES": {"ur": {"wpm": -180}}},
            "READING_TIME_LANGUAGES",
            "'ur' 'wpm'",
        ),
        (
            {"READING_TIME_LANGUAGES": {"ur": {"wpm": "fast"}}},
            "READING_TIME_LANGUAGES",
            "'fast'",
        ),
        (
            {"READING_TIME_LANGUAGES": {"Urdu language": {"wpm": 180}}},
            "READING_TIME_LANGUAGES",
            "language code",
        ),
        (
            {"READING_TIME_IMAGE_SECONDS": -12},
            "READING_TIME_IMAGE_SECONDS",
            "from 0 to",
        ),
        # Speeds so small, or image times so long, that the estimate overflows.
        ({"READING_TIME_WPM": 5e-324}, "READING_TIME_WPM", "from 1 to"),
        ({"READING_TIME_CPM": 0.5}, "READING_TIME_CPM", "from 1 to"),
        (
            {"READING_TIME_LANGUAGES": {"ur": {"wpm": 5e-324}}},
            "READING_TIME_LANGUAGES",
            "'ur' 'wpm'",
        ),
        (
            {"READING_TIME_IMAGE_SECONDS": 1e308},
            "READING_TIME_IMAGE_SECONDS",
            "from 0 to",
        ),
        (
            {"READING_TIME_IMAGE_SECONDS": 5, "READING_TIME_IMAGE_MIN_SECONDS": 8},
            "READING_TIME_IMAGE_MIN_SECONDS",
            "cannot exceed",
        ),
        (
            {"MASTHEAD_LABELS": {"reading_time": "a quick read"}},
            "MASTHEAD_LABELS",
            "{minutes}",
        ),
        (
            {"MASTHEAD_LABELS": {"reading_time": "{mins} min read"}},
            "MASTHEAD_LABELS",
            "{mins}",
        ),
        (
            {"MASTHEAD_LABELS": {"reading_time": "{minutes} min {"}},
            "MASTHEAD_LABELS",
            "cannot be filled in",
        ),
    ],
)
def test_invalid_settings_name_the_setting(settings, named, detail):
    with pytest.raises(SettingsError) as raised:
        load(settings)
    message = str(raised.value)
    assert message.startswith(named)
    assert detail in message


def test_translated_label():
    settings = {"MASTHEAD_LABELS": {"reading_time": "{minutes} منٹ پڑھنے کے لیے"}}
    load(settings)
    assert labels_for(settings, None).counted("reading_time", 3) == (
        "3 منٹ پڑھنے کے لیے"
    )


def test_the_docs_give_every_setting_with_its_default():
    # The settings reference (docs/settings.md), which reading_time.md links to.
    docs = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    for setting in SETTINGS:
        assert f"| `{setting.name}` | `{setting.default!r}` |" in docs, setting.name
