"""MASTHEAD_LABELS: every translated label is checked against the
placeholders its default text has, before any page is built."""

from __future__ import annotations

import pytest
from conftest import ALL_PLUGINS
from jinja2 import Environment
from pelican_masthead.labels import (
    DEFAULT_LABELS,
    LABELS_SETTING,
    PLACEHOLDERS,
    labels_for,
)
from pelican_masthead.settings import SettingsError


@pytest.mark.parametrize(
    ("labels", "words"),
    [
        ({"articles_by": "{nope}"}, ["'articles_by'", "{nope}", "{name}"]),
        ({"photo_alt": "Portrait de {nom}"}, ["'photo_alt'", "{nom}", "{name}"]),
        ({"by": "Von {name}"}, ["'by'", "{name}", "no placeholder"]),
        ({"work_heading": "{label} {name} {site}"}, ["'work_heading'", "{site}"]),
        ({"articles_by": "{name.__class__}"}, ["'articles_by'", "{name.__class__}"]),
        ({"articles_by": "{0}"}, ["'articles_by'", "{0}"]),
        ({"articles_by": "Articles {"}, ["'articles_by'", "cannot be filled in"]),
        ({"articles_by": "{name!x}"}, ["'articles_by'", "cannot be filled in"]),
        ({"staff_page_description": "{site:d}"}, ["'staff_page_description'"]),
    ],
)
def test_a_label_that_cannot_be_filled_in_is_named(labels, words):
    with pytest.raises(SettingsError) as raised:
        LABELS_SETTING.read({"MASTHEAD_LABELS": labels})
    message = str(raised.value)
    assert message.startswith("MASTHEAD_LABELS:")
    assert all(word in message for word in words), message


def test_every_default_label_passes_its_own_check():
    assert LABELS_SETTING.read({"MASTHEAD_LABELS": dict(DEFAULT_LABELS)})
    assert PLACEHOLDERS["work_heading"] == {"label", "name"}
    assert PLACEHOLDERS["by"] == set()


def test_a_translation_may_leave_a_placeholder_out_or_escape_a_brace():
    labels = {"articles_by": "Artículos", "by": "Por {{sic}}"}
    assert LABELS_SETTING.read({"MASTHEAD_LABELS": labels}) == labels


def test_a_site_with_an_unknown_placeholder_stops_naming_the_setting(site):
    site.write("a.md", "Title: A\nDate: 2024-01-01\nAuthor: Ana Ruiz\n\nText.\n")
    with pytest.raises(SettingsError, match=r"MASTHEAD_LABELS: .*'articles_by'"):
        site.build(PLUGINS=ALL_PLUGINS, MASTHEAD_LABELS={"articles_by": "{nope}"})


# -- labels in each language ---------------------------------------------------


def test_a_flat_dict_is_the_sites_words_for_every_language_without_its_own():
    settings = {"DEFAULT_LANG": "en", "MASTHEAD_LABELS": {"by": "Written by"}}
    assert labels_for(settings, "en")["by"] == "Written by"
    assert labels_for(settings, None)["by"] == "Written by"
    # Italian has no words of its own: the site's stand in, and say so.
    italian = labels_for(settings, "it")
    assert (italian["by"], italian.lang) == ("Written by", "en")
    # Urdu has shipped words, which a flat dict does not replace.
    urdu = labels_for(settings, "ur")
    assert (urdu["by"], urdu.lang, urdu.dir) == ("از", "ur", "rtl")


def test_a_flat_dict_wins_over_the_shipped_words_of_the_sites_language():
    settings = {"DEFAULT_LANG": "fr", "MASTHEAD_LABELS": {"by": "Rédigé par"}}
    words = labels_for(settings, "fr")
    assert words["by"] == "Rédigé par"
    assert words["about_author"] == "À propos de l’auteur"


def test_labels_under_a_language_code_are_that_languages():
    settings = {
        "DEFAULT_LANG": "en",
        "MASTHEAD_LABELS": {
            "by": "Written by",
            "ur": {"by": "تحریر"},
            "pt-BR": {"share_copy": "Copiar o link"},
            "it": {"by": "Di"},
        },
    }
    assert labels_for(settings, "ur")["by"] == "تحریر"
    assert labels_for(settings, "ur")["share_copy"] == "لنک کاپی کریں"
    assert labels_for(settings, "en")["by"] == "Written by"
    brazil = labels_for(settings, "pt_BR")
    assert (brazil["share_copy"], brazil["by"]) == ("Copiar o link", "Por")
    assert labels_for(settings, "pt")["share_copy"] == "Copiar link"
    # A language with only some labels of its own borrows the site's others.
    italian = labels_for(settings, "it")
    assert (italian["by"], italian["about_author"], italian.lang) == (
        "Di",
        "About the author",
        "it",
    )


def test_english_content_on_a_site_in_another_language_reads_english():
    settings = {"DEFAULT_LANG": "de", "MASTHEAD_LABELS": {"by": "Verfasst von"}}
    assert labels_for(settings, "de")["by"] == "Verfasst von"
    assert labels_for(settings, "en")["by"] == "By"


def test_a_subsites_own_settings_give_its_words():
    # pelican-i18n-subsites builds each subsite with the main settings
    # updated by I18N_SUBSITES[lang], and DEFAULT_LANG set to lang.
    main = {
        "DEFAULT_LANG": "en",
        "MASTHEAD_LABELS": {"by": "Written by"},
        "I18N_SUBSITES": {"ur": {"MASTHEAD_LABELS": {"by": "تحریر"}}},
    }
    subsite = {**main, **main["I18N_SUBSITES"]["ur"], "DEFAULT_LANG": "ur"}
    assert labels_for(subsite, None)["by"] == "تحریر"
    assert labels_for(subsite, None)["about_author"] == "مصنف کے بارے میں"
    assert labels_for(subsite, "en")["by"] == "By"
    assert labels_for(main, None)["by"] == "Written by"


def test_each_language_is_resolved_once_per_build():
    settings = {"DEFAULT_LANG": "en"}
    assert labels_for(settings, "ur") is labels_for(settings, "UR")
    assert labels_for(settings, "it") is labels_for(settings, None)


@pytest.mark.parametrize(
    ("lang", "counts"),
    [
        ("en", {1: "1 min read", 2: "2 min read"}),
        ("ur", {1: "ایک منٹ کا مطالعہ", 2: "2 منٹ کا مطالعہ"}),
        (
            "ar",
            {
                1: "وقت القراءة: دقيقة واحدة",
                2: "وقت القراءة: دقيقتان",
                3: "وقت القراءة: 3 دقائق",
                11: "وقت القراءة: 11 دقيقة",
                100: "وقت القراءة: 100 دقيقة",
            },
        ),
        # CLDR writes Arabic in Egypt with Arabic-Indic digits, Urdu in India
        # with Eastern Arabic-Indic ones; "ar" and "ur" with Latin ones.
        ("ar-EG", {3: "وقت القراءة: ٣ دقائق", 1: "وقت القراءة: دقيقة واحدة"}),
        ("ur-IN", {12: "۱۲ منٹ کا مطالعہ"}),
        ("fr", {1: "1 min de lecture", 1500: "1\u202f500 min de lecture"}),
        ("zh", {1: "阅读时间 1 分钟", 7: "阅读时间 7 分钟"}),
    ],
)
def test_a_count_takes_the_plural_form_and_digits_of_its_language(lang, counts):
    words = labels_for({"DEFAULT_LANG": "en"}, lang)
    for count, text in counts.items():
        assert words.counted("reading_time", count) == text


def test_a_site_may_give_a_counted_label_by_plural_category():
    settings = {
        "MASTHEAD_LABELS": {
            "reading_time": {"one": "a minute's read", "other": "{minutes} minutes"},
            "pl": {
                "reading_time": {
                    "one": "minuta czytania",
                    "few": "{minutes} minuty czytania",
                    "many": "{minutes} minut czytania",
                    "other": "{minutes} minuty czytania",
                }
            },
        }
    }
    english = labels_for(settings, "en")
    assert english.counted("reading_time", 1) == "a minute's read"
    assert english.counted("reading_time", 3) == "3 minutes"
    polish = labels_for(settings, "pl")
    assert [polish.counted("reading_time", n) for n in (1, 3, 5, 22)] == [
        "minuta czytania",
        "3 minuty czytania",
        "5 minut czytania",
        "22 minuty czytania",
    ]


@pytest.mark.parametrize(
    ("labels", "words"),
    [
        ({"fr": {"byline": "Par"}}, ["unknown label 'byline' in 'fr'"]),
        ({"fr": {"photo_alt": "De {nom}"}}, ["'photo_alt'", "{nom}", "(for 'fr')"]),
        ({"français": {"by": "Par"}}, ["'français'", "language code"]),
        ({"reading_time": {"un": "{minutes}"}}, ["'reading_time'", "'other'"]),
        ({"reading_time": {"one": "a minute", "other": "soon"}}, ["{minutes}"]),
        ({"ur": {"reading_time": "ایک منٹ"}}, ["{minutes}", "(for 'ur')"]),
        ({"by": {"one": "By"}}, ["every label must be a string"]),
    ],
)
def test_a_language_or_plural_form_that_cannot_be_used_is_named(labels, words):
    with pytest.raises(SettingsError) as raised:
        LABELS_SETTING.read({"MASTHEAD_LABELS": labels})
    message = str(raised.value)
    assert all(word in message for word in words), message


def test_no_label_is_hidden_by_an_attribute_of_the_labels():
    # Templates write masthead_labels.by; Jinja tries an attribute first, so a
    # label named like one ("lang", "items") would never be printed.
    words = labels_for({}, "en")
    env = Environment()
    hidden = [
        key
        for key in DEFAULT_LABELS
        if env.from_string(f"{{{{ words.{key} }}}}").render(words=words) != words[key]
    ]
    assert not hidden, f"labels shadowed by Labels attributes: {hidden}"
