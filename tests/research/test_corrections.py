"""Corrections and updates on an article: read from Markdown, reST and YAML
metadata, shown at the top and after the text in any theme, and carried into
the modified date, the feeds and the structured data."""

from __future__ import annotations

import datetime
import json

import pytest
from conftest import THEME
from pelican.plugins.research.corrections import field_lines, read_notes

PLUGINS = ["pelican.plugins.author_profiles", "pelican.plugins.research"]
WITH_JSON_LD = [*PLUGINS, "pelican.plugins.share_block"]

MARKDOWN = """\
Title: Rivers & "Rain"
Date: 2025-02-20 10:00
Author: Ana Ruiz
Corrections: 2025-03-02 correction: The chart's units were <b>litres</b>.
    2025-03-09 update: Figures for 2024 added.

The text of the article.
"""


def notes_text(page) -> list[str]:
    return [
        " ".join(li.get_text(" ").split())
        for li in page.select(".masthead-corrections__note")
    ]


def json_ld(page) -> dict:
    [script] = page.select('script[type="application/ld+json"]')
    return json.loads(script.string)


# -- reading the field -------------------------------------------------------


def test_each_reader_gives_the_same_lines():
    expected = [
        "2025-03-02 correction: The chart's units were litres.",
        "2025-03-09 update: More data.",
    ]
    # Markdown: the first line and the indented ones, as a list (an empty
    # first value when the writer starts on the next line).
    assert field_lines(["", *expected]) == expected
    # reST: the field body's text, its line breaks kept.
    assert field_lines("\n".join(expected)) == expected
    # YAML: "date kind: text" items read as one-key mappings, or plain text.
    yaml_items = [
        {"2025-03-02 correction": "The chart's units were litres."},
        "2025-03-09 update: More data.",
    ]
    assert field_lines(yaml_items) == expected
    assert field_lines({datetime.date(2025, 3, 2): "x"}) == ["2025-03-02: x"]


def test_a_line_that_is_not_a_note_is_kept_and_reported(warnings_logged):
    notes = read_notes(
        [
            "2025-03-02 Correction: Units.",
            "Fixed a typo",
            "2025-02-31 update: No such day.",
            "2025-03-04 erratum: Unknown kind.",
            "2025-03-05 update:",
        ],
        "a.md",
    )
    assert [(n.date, n.kind, n.text) for n in notes] == [
        (datetime.date(2025, 3, 2), "correction", "Units."),
        (None, None, "Fixed a typo"),
        (None, None, "2025-02-31 update: No such day."),
        (None, None, "2025-03-04 erratum: Unknown kind."),
        (None, None, "2025-03-05 update:"),
    ]
    messages = warnings_logged()
    assert len(messages) == 4
    for line, message in zip((2, 3, 4, 5), messages, strict=True):
        assert message.startswith(f"a.md: 'Corrections', line {line} (")
    assert "'erratum' is not a kind" in messages[2]


# -- on the article ----------------------------------------------------------


def test_notes_show_at_the_top_and_after_the_text_in_notmyidea(site):
    site.write("a.md", MARKDOWN)
    site.build(PLUGINS=PLUGINS, THEME="notmyidea")
    html = (site.output / "rivers-rain.html").read_text()
    page = site.page("rivers-rain.html")
    notice = page.select_one('[data-masthead="corrected"]')
    # The newest note names the notice; it links to the notes.
    assert notice.get_text(" ", strip=True) == "Updated on Sun 09 March 2025"
    assert notice.a["href"] == "#masthead-corrections"
    assert notice.time["datetime"] == "2025-03-09"
    assert notes_text(page) == [
        "Correction , Sun 02 March 2025 : The chart's units were <b>litres</b>.",
        "Update , Sun 09 March 2025 : Figures for 2024 added.",
    ]
    # Title and byline first, then the notice, the text, the notes.
    title = html.index("<h1")
    text = html.index("<p>The text of the article.")
    assert title < html.index('data-masthead="corrected"') < text
    assert text < html.index('data-masthead="corrections"')
    assert page.select_one("#masthead-corrections h2").get_text() == (
        "Corrections and updates"
    )


def test_our_theme_includes_both_blocks_once(site):
    site.write("a.md", MARKDOWN)
    site.build(PLUGINS=PLUGINS, THEME=str(THEME))
    page = site.page("rivers-rain.html")
    assert len(page.select('[data-masthead="corrected"]')) == 1
    assert len(page.select('[data-masthead="corrections"]')) == 1
    # Inside the article's header, beside the date.
    assert page.select_one(".article__header [data-masthead='corrected']")
    # The theme's own "Updated" date follows the newest note.
    assert page.select_one("time.dt-updated")["datetime"].startswith("2025-03-09")


def test_restructuredtext_field_lists_give_notes(site):
    site.write(
        "b.rst",
        """\
        Lakes
        #####

        :date: 2025-01-01
        :corrections: 2025-01-05 clarification: The lake is in the north.
            2025-01-07 correction: Its depth is 40 m.

        Body.
        """,
    )
    site.build(PLUGINS=PLUGINS, THEME="notmyidea")
    page = site.page("lakes.html")
    assert notes_text(page) == [
        "Clarification , Sun 05 January 2025 : The lake is in the north.",
        "Correction , Tue 07 January 2025 : Its depth is 40 m.",
    ]
    assert "Corrected on" in page.select_one('[data-masthead="corrected"]').text


@pytest.fixture
def yaml_metadata_plugin():
    from pelican import signals
    from pelican.plugins import yaml_metadata

    yield "pelican.plugins.yaml_metadata"
    signals.readers_init.disconnect(yaml_metadata.add_reader)


def test_yaml_metadata_lists_give_notes(site, yaml_metadata_plugin, warnings_logged):
    site.write(
        "c.md",
        """\
        ---
        title: Canals
        date: 2025-01-01
        corrections:
          - 2025-01-05 correction: The canal is 12 km long.
          - "2025-01-06 update: A map was added."
        ---
        Body.
        """,
    )
    site.build(PLUGINS=[*PLUGINS, yaml_metadata_plugin], THEME="notmyidea")
    assert notes_text(site.page("canals.html")) == [
        "Correction , Sun 05 January 2025 : The canal is 12 km long.",
        "Update , Mon 06 January 2025 : A map was added.",
    ]
    assert not [m for m in warnings_logged() if "Corrections" in m]


def test_a_malformed_line_is_shown_as_written_and_named(site, warnings_logged):
    site.write(
        "a.md",
        "Title: A\nDate: 2025-01-01\nCorrections: fixed the <map>\n\nBody.\n",
    )
    site.build(PLUGINS=PLUGINS, THEME="notmyidea")
    page = site.page("a.html")
    assert notes_text(page) == ["Note : fixed the <map>"]
    # No dated note: no notice, no modified date.
    assert page.select_one('[data-masthead="corrected"]') is None
    assert [m for m in warnings_logged() if m.startswith("a.md: 'Corrections'")]


# -- modified date, feeds, structured data ------------------------------------


def test_the_newest_note_is_the_modified_date_in_page_feed_and_json_ld(site):
    site.write("a.md", MARKDOWN)
    site.build(PLUGINS=WITH_JSON_LD, THEME="notmyidea", FEED_ALL_ATOM="all.atom.xml")
    data = json_ld(site.page("rivers-rain.html"))
    assert data["datePublished"] == "2025-02-20T10:00:00+00:00"
    assert data["dateModified"] == "2025-03-09T00:00:00+00:00"
    # Corrections and clarifications; an update only moves the date.
    assert data["correction"] == [
        {
            "@type": "CorrectionComment",
            "text": "The chart's units were <b>litres</b>.",
            "datePublished": "2025-03-02",
        }
    ]
    feed = (site.output / "all.atom.xml").read_text()
    assert "<updated>2025-03-09T00:00:00+00:00</updated>" in feed


def test_modified_given_by_the_writer_wins(site):
    site.write("a.md", MARKDOWN.replace("Author:", "Modified: 2025-04-01\nAuthor:"))
    site.build(PLUGINS=WITH_JSON_LD, THEME="notmyidea")
    data = json_ld(site.page("rivers-rain.html"))
    assert data["dateModified"].startswith("2025-04-01")


def test_a_note_of_the_publication_day_does_not_date_the_article_earlier(site):
    site.write(
        "a.md",
        "Title: A\nDate: 2025-01-01 15:00\n"
        "Corrections: 2025-01-01 correction: Typo.\n\nBody.\n",
    )
    site.build(PLUGINS=WITH_JSON_LD, THEME="notmyidea")
    data = json_ld(site.page("a.html"))
    assert data["dateModified"] == data["datePublished"]


def test_an_article_without_notes_has_no_blocks(site):
    site.write("a.md", "Title: A\nDate: 2025-01-01\n\nBody.\n")
    site.build(PLUGINS=WITH_JSON_LD, THEME="notmyidea")
    page = site.page("a.html")
    assert page.select_one('[data-masthead^="correct"]') is None
    assert "correction" not in json_ld(page)
