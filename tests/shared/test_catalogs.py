"""The shipped translations: every label, in every language, with the
placeholders of its English text, in the plural forms of its language."""

from __future__ import annotations

import gettext
import shutil
import subprocess
import sys
from string import Formatter

import pytest
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po
from conftest import ROOT
from pelican_masthead.catalogs import LOCALE, catalog_path, shipped
from pelican_masthead.labels import COUNTED, DEFAULT_LABELS, PLACEHOLDERS

SHIPPED = ["ur", "ar", "fr", "es", "pt", "de", "zh"]
SCRIPT = ROOT / "scripts" / "catalogs"


def fields(text: str) -> set[str]:
    return {field for _, field, _, _ in Formatter().parse(text) if field is not None}


def read(lang: str):
    with catalog_path(lang).open("rb") as file:
        return read_po(file, locale=lang)


@pytest.mark.parametrize("lang", SHIPPED)
def test_each_catalog_translates_every_label_with_its_placeholders(lang):
    catalog = read(lang)
    by_key = {message.context: message for message in catalog if message.context}
    assert set(DEFAULT_LABELS) <= set(by_key), set(DEFAULT_LABELS) - set(by_key)
    rule = get_plural(lang)
    for key in DEFAULT_LABELS:
        message = by_key[key]
        assert not message.fuzzy, (lang, key)
        if key in COUNTED:
            forms = list(message.string)
            assert len(forms) == rule.num_plurals, (lang, key)
            # Only a form the language uses for the number 1 or 2 alone
            # ("دقيقتان", two minutes) may say its number in words.
            worded = {i for i, form in enumerate(forms) if COUNTED[key] not in form}
            for index in worded:
                numbers = [n for n in range(200) if _form(rule, n) == index]
                assert len(numbers) == 1, (lang, key, forms[index], numbers)
            forms = [f for i, f in enumerate(forms) if i not in worded]
        else:
            assert isinstance(message.string, str), (lang, key)
            forms = [message.string]
        for form in forms:
            assert form, (lang, key)
            assert fields(form) == PLACEHOLDERS[key], (lang, key, form)


def _form(rule, n: int) -> int:
    return gettext.c2py(rule.plural_expr)(n)


def test_the_catalogs_follow_babels_plural_rules():
    # Arabic has six plural forms, French three, Urdu and German two, Chinese one.
    counts = {lang: read(lang).num_plurals for lang in SHIPPED}
    assert counts == {lang: get_plural(lang).num_plurals for lang in SHIPPED}
    assert (counts["ar"], counts["ur"], counts["zh"]) == (6, 2, 1)


def run_check(locale) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--check", "--locale", str(locale)],
        capture_output=True,
        text=True,
    )


def test_the_check_passes_on_the_shipped_catalogs():
    result = run_check(LOCALE)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("old", "new", "complaint"),
    [
        ('msgstr "Par"', 'msgstr ""', "fr: by: not translated"),
        (
            'msgstr "Portrait de {name}"',
            'msgstr "Portrait de {nom}"',
            "fr: photo_alt: 'Portrait de {nom}': placeholders must be {name}",
        ),
        (
            'msgstr "Profil complet"',
            'msgstr "Profil complet {name}"',
            "fr: full_profile: 'Profil complet {name}': placeholders must be none",
        ),
        (
            'msgctxt "by"',
            '#, fuzzy\nmsgctxt "by"',
            "fr: by: fuzzy",
        ),
        (
            'msgstr[2] "{minutes} min de lecture"',
            'msgstr[2] "min de lecture"',
            "fr: reading_time: 'min de lecture': placeholders must be {minutes}",
        ),
    ],
)
def test_the_check_names_language_label_and_fault(tmp_path, old, new, complaint):
    locale = tmp_path / "locale"
    shutil.copytree(LOCALE, locale)
    po = locale / "fr" / "LC_MESSAGES" / "masthead.po"
    text = po.read_text(encoding="utf-8")
    assert old in text
    po.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = run_check(locale)
    assert result.returncode != 0
    assert complaint in result.stderr


def test_the_check_notices_a_label_the_catalogs_lack(tmp_path):
    locale = tmp_path / "locale"
    shutil.copytree(LOCALE, locale)
    po = locale / "de" / "LC_MESSAGES" / "masthead.po"
    text = po.read_text(encoding="utf-8")
    start = text.index('msgctxt "feed"')
    end = text.index("\n\n", start)
    po.write_text(text[:start] + text[end + 2 :], encoding="utf-8")
    result = run_check(locale)
    assert "de: feed: missing" in result.stderr


def run_update(locale) -> None:
    subprocess.run(
        [sys.executable, str(SCRIPT), "--locale", str(locale)],
        check=True,
        capture_output=True,
    )


def test_an_update_keeps_a_changed_labels_translation_for_review(tmp_path):
    locale = tmp_path / "locale"
    shutil.copytree(LOCALE, locale)
    po = locale / "fr" / "LC_MESSAGES" / "masthead.po"
    text = po.read_text(encoding="utf-8")
    # As if the English of "full_profile" had been "Whole profile" when the
    # French was written.
    po.write_text(
        text.replace('msgid "Full profile"', 'msgid "Whole profile"'), encoding="utf-8"
    )
    run_update(locale)
    [message] = [m for m in read_from(po, "fr") if m.context == "full_profile"]
    assert (message.id, message.string) == ("Full profile", "Profil complet")
    assert message.fuzzy
    # The English the French translated stays beside it for the translator.
    assert '#| msgid "Whole profile"\nmsgctxt "full_profile"' in po.read_text()
    assert "fr: full_profile: fuzzy" in run_check(locale).stderr


def test_an_update_adds_a_new_label_untranslated_never_guessed(tmp_path):
    locale = tmp_path / "locale"
    shutil.copytree(LOCALE, locale)
    po = locale / "de" / "LC_MESSAGES" / "masthead.po"
    text = po.read_text(encoding="utf-8")
    start = text.index('msgctxt "corrections_empty"')
    po.write_text(text[:start] + text[text.index("\n\n", start) + 2 :])
    run_update(locale)
    [message] = [m for m in read_from(po, "de") if m.context == "corrections_empty"]
    # Babel alone would offer the German of a look-alike label, marked fuzzy.
    assert message.string == ""
    assert not message.fuzzy
    assert "de: corrections_empty: not translated" in run_check(locale).stderr


def read_from(path, lang):
    with path.open("rb") as file:
        return read_po(file, locale=lang)


def test_the_seven_languages_ship_and_no_other_goes_unchecked():
    assert sorted(shipped().values()) == sorted(SHIPPED)
