"""The corrections page: every note of every article, newest first, linked to
the note on its article, in any theme, with an Atom (and an RSS) feed."""

from __future__ import annotations

import feedparser
import pytest
from conftest import THEME

PLUGINS = ["pelican.plugins.author_profiles", "pelican.plugins.research"]


@pytest.fixture
def corrected_site(site):
    site.write(
        "rivers.md",
        """\
        Title: Rivers & "Rain"
        Date: 2025-02-20 10:00
        Author: Ana Ruiz
        Corrections: 2025-03-02 correction: The chart's units were litres.
            2025-03-09 update: Figures for 2024 added.

        Text.
        """,
    )
    site.write(
        "lakes.md",
        """\
        Title: Lakes
        Date: 2025-01-01
        Author: Bo Lin
        Corrections: 2025-03-05 clarification: The lake is in the north.
            no date here

        Text.
        """,
    )
    site.write("plain.md", "Title: Plain\nDate: 2025-01-02\n\nText.\n")
    site.write(
        "draft.md",
        "Title: Draft\nDate: 2025-01-03\nStatus: draft\n"
        "Corrections: 2025-04-01 correction: Not public.\n\nText.\n",
    )
    return site


def listed(page) -> list[tuple[str, str, str]]:
    return [
        (li.time["datetime"], li.a["href"], li.select_one("span").get_text())
        for li in page.select(".masthead-corrections-list__item")
    ]


EXPECTED = [
    (
        "2025-03-09",
        "https://example.org/rivers-rain.html#masthead-correction-2",
        "Figures for 2024 added.",
    ),
    (
        "2025-03-05",
        "https://example.org/lakes.html#masthead-correction-1",
        "The lake is in the north.",
    ),
    (
        "2025-03-02",
        "https://example.org/rivers-rain.html#masthead-correction-1",
        "The chart's units were litres.",
    ),
]


@pytest.mark.parametrize("theme", ["notmyidea", "simple", str(THEME)])
def test_every_published_note_newest_first_in_any_theme(corrected_site, theme):
    corrected_site.build(PLUGINS=PLUGINS, THEME=theme)
    page = corrected_site.page("corrections/index.html")
    assert listed(page) == EXPECTED
    # The theme's own page, titled as the corrections page.
    assert "Corrections and updates" in page.title.get_text()
    headings = [h.get_text(strip=True) for h in page.select("h1, h2")]
    assert "Corrections and updates" in headings
    # The page's Atom feed, for readers and for feed readers.
    feed = "https://example.org/feeds/corrections.atom.xml"
    assert page.select_one(".masthead-corrections-page__feed a")["href"] == feed
    links = page.select('head link[rel="alternate"][type="application/atom+xml"]')
    assert [link["href"] for link in links].count(feed) == 1
    # Each link lands on its note.
    article = corrected_site.page("rivers-rain.html")
    assert (
        article.select_one("#masthead-correction-2")
        .get_text()
        .endswith("Figures for 2024 added.")
    )


def test_the_atom_feed_has_one_entry_a_note(corrected_site):
    corrected_site.build(PLUGINS=PLUGINS, THEME="notmyidea")
    feed = feedparser.parse(
        (corrected_site.output / "feeds/corrections.atom.xml").read_bytes()
    )
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "Test Centre - Corrections and updates"
    assert [(e.title, e.link) for e in feed.entries] == [
        ('Update: Rivers & "Rain"', EXPECTED[0][1]),
        ("Clarification: Lakes", EXPECTED[1][1]),
        ('Correction: Rivers & "Rain"', EXPECTED[2][1]),
    ]
    assert feed.entries[0].published.startswith("2025-03-09")
    assert "Figures for 2024 added." in feed.entries[0].content[0].value
    assert len({e.id for e in feed.entries}) == 3


def test_addresses_follow_the_settings_and_rss_is_written_when_asked(corrected_site):
    corrected_site.build(
        PLUGINS=PLUGINS,
        THEME="notmyidea",
        CORRECTIONS_URL="errata.html",
        CORRECTIONS_SAVE_AS="errata.html",
        CORRECTIONS_FEED_ATOM="feeds/errata.xml",
        CORRECTIONS_FEED_RSS="feeds/errata.rss",
    )
    assert listed(corrected_site.page("errata.html")) == EXPECTED
    assert not (corrected_site.output / "corrections").exists()
    rss = feedparser.parse((corrected_site.output / "feeds/errata.rss").read_bytes())
    assert [e.link for e in rss.entries] == [link for _d, link, _t in EXPECTED]


def test_empty_save_as_writes_no_page_and_no_feed_when_none_is_set(corrected_site):
    corrected_site.build(
        PLUGINS=PLUGINS,
        THEME="notmyidea",
        CORRECTIONS_SAVE_AS="",
        CORRECTIONS_FEED_ATOM=None,
    )
    assert not (corrected_site.output / "corrections").exists()
    assert not (corrected_site.output / "feeds/corrections.atom.xml").exists()
    # The notes stay on their articles.
    assert corrected_site.page("lakes.html").select_one("#masthead-corrections")


def test_a_site_without_corrections_says_so(site):
    site.write("plain.md", "Title: Plain\nDate: 2025-01-02\n\nText.\n")
    site.build(PLUGINS=PLUGINS, THEME="notmyidea")
    page = site.page("corrections/index.html")
    assert page.select_one(".masthead-corrections-page__empty").get_text() == (
        "No article has been corrected."
    )
    feed = feedparser.parse((site.output / "feeds/corrections.atom.xml").read_bytes())
    assert feed.entries == []
