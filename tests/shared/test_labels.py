"""MASTHEAD_LABELS: every translated label is checked against the
placeholders its default text has, before any page is built."""

from __future__ import annotations

import pytest
from conftest import ALL_PLUGINS
from pelican_masthead.labels import DEFAULT_LABELS, LABELS_SETTING, PLACEHOLDERS
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
