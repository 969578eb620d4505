"""Characters XML 1.0 and HTML do not allow, in any field of an article, a
page or a people file: replaced, named with the file and field, and never
written into a feed or a page."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import pytest
from conftest import ALL_PLUGINS, THEME, Site, masthead_messages
from pelican_masthead.control_characters import printable

# What no output file may hold (tab, line feed and return are fine).
FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\U0001fffe]"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    site = Site(tmp_path_factory.mktemp("forbidden"))
    site.write(
        "people/ines-varga.md",
        "Title: Ines\ufffeVarga\nRoles: Data\ufdd0Editor\n\n"
        "Ines maps\x00 floods\x1b[31m and droughts.\n",
    )
    site.write(
        "floods.md",
        "Title: Flood\ufdd0maps\nDate: 2024-02-01\nAuthor: Jon\uffffBrasco\n"
        "Tags: rain\U0001fffefall\nSubtitle: A\x85note\n\nThe rivers\x1b rose.\n",
    )
    site.write(
        "maps.md",
        "Title: Maps\nDate: 2024-02-02\nAuthor: Ines Varga\n\nDrawn by hand.\n",
    )
    site.write("pages/about.md", "Title: About\ufffe us\n\nWho\x00 we are.\n")
    with masthead_messages() as messages:
        site.build(
            PLUGINS=ALL_PLUGINS,
            THEME=str(THEME),
            FEED_ALL_ATOM="feeds/all.atom.xml",
            FEED_ALL_RSS="feeds/all.rss.xml",
            AUTHOR_FEED_ATOM="feeds/authors/{slug}.atom.xml",
            TAG_FEED_ATOM="feeds/tags/{slug}.atom.xml",
        )
    return site, messages


def test_every_feed_is_well_formed_xml(built):
    site, _messages = built
    feeds = sorted(site.output.glob("feeds/**/*.xml"))
    assert len(feeds) >= 4
    for feed in feeds:
        ElementTree.parse(feed)  # raises on a malformed feed
    assert "Jon Brasco" in (site.output / "feeds/all.atom.xml").read_text()


def test_no_page_holds_a_forbidden_character(built):
    site, _messages = built
    pages = sorted(site.output.glob("**/*.html"))
    assert len(pages) > 4
    for page in pages:
        assert not FORBIDDEN.search(page.read_text(encoding="utf-8")), page
    profile = " ".join(site.page("author/ines-varga.html").get_text().split())
    assert "Ines Varga" in profile and "Ines maps floods [31m and droughts." in profile


@pytest.mark.parametrize(
    ("source", "fields"),
    [
        ("floods.md", ["'Title'", "'Author'", "'Tags'", "'Subtitle'", "the text"]),
        ("pages/about.md", ["'Title'", "the text"]),
        ("people/ines-varga.md", ["'Title'"]),
        ("people/ines-varga.md", ["'Roles'"]),
        ("people/ines-varga.md", ["the biography"]),
    ],
)
def test_each_is_reported_with_its_file_and_field(built, source, fields):
    _site, messages = built
    assert [
        m
        for m in messages
        if m.startswith(f"{source}:") and all(f in m for f in fields) and "U+FFFF" in m
    ], "\n".join(messages)


def test_clean_text_is_returned_as_it_is():
    text = "Tab\tand new\nline, 漢字, emoji 🎉"
    assert printable(text) is text
    assert printable("a\ud800b") == "a b"


@pytest.mark.parametrize(
    "plugins",
    [["pelican.plugins.reading_time"], ["pelican.plugins.share_block"]],
)
def test_any_one_masthead_plugin_brings_the_cleaning(tmp_path, plugins):
    site = Site(tmp_path)
    site.write("a.md", "Title: Rain\uffffgauge\nDate: 2024-01-01\n\nText.\n")
    site.build(PLUGINS=plugins, FEED_ALL_ATOM="feeds/all.atom.xml")
    ElementTree.parse(site.output / "feeds/all.atom.xml")


def test_a_build_without_masthead_plugins_is_left_alone(
    tmp_path, warnings_logged, caplog
):
    # Receivers connected by an earlier build in this process stay connected.
    site = Site(tmp_path)
    site.write("a.md", "Title: Rain\uffffgauge\nDate: 2024-01-01\n\nText.\n")
    site.build(PLUGINS=["pelican.plugins.reading_time"])
    assert [m for m in warnings_logged() if "U+FFFF" in m and "a.md" in m]
    caplog.clear()
    site.build(PLUGINS=[])
    assert not [m for m in warnings_logged() if "U+FFFF" in m and "a.md" in m]
