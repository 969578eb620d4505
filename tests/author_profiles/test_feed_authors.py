"""Every author in every feed entry, read back with a real feed parser, and
every person's own feed listing what they co-wrote."""

from __future__ import annotations

import feedparser
import pytest
from conftest import THEME

NAMES = ["Ana Ruiz", "Bo Lin", "Cy Moss"]
SLUGS = ["ana-ruiz", "bo-lin", "cy-moss"]
FEEDS = {
    "FEED_ALL_ATOM": "feeds/all.atom.xml",
    "FEED_ALL_RSS": "feeds/all.rss.xml",
    "AUTHOR_FEED_ATOM": "feeds/people/{slug}.atom.xml",
    "AUTHOR_FEED_RSS": "feeds/people/{slug}.rss.xml",
}


@pytest.fixture
def feeds_site(site):
    for name in NAMES:
        site.write(f"people/{name.split()[0].lower()}.md", f"Title: {name}\n\nBio.\n")
    site.write(
        "three.md",
        "Title: Three of us\nDate: 2025-01-01\nAuthors: Ana Ruiz; Bo Lin; Cy Moss\n"
        "\nText.\n",
    )
    site.write("solo.md", "Title: Solo\nDate: 2025-01-02\nAuthor: Bo Lin\n\nText.\n")
    return site


def parsed(site, path: str):
    feed = feedparser.parse((site.output / path).read_bytes())
    assert not feed.bozo, feed.bozo_exception
    return feed


def entry(feed, title: str):
    [found] = [e for e in feed.entries if e.title == title]
    return found


def test_the_site_feeds_name_every_author_in_byline_order(feeds_site):
    feeds_site.build(THEME="notmyidea", **FEEDS)
    atom = entry(parsed(feeds_site, "feeds/all.atom.xml"), "Three of us")
    assert [a.name for a in atom.authors] == NAMES
    assert [a.href for a in atom.authors] == [
        f"https://example.org/author/{slug}.html" for slug in SLUGS
    ]
    rss = parsed(feeds_site, "feeds/all.rss.xml")
    assert [a.name for a in entry(rss, "Three of us").authors] == NAMES
    # An article by one person has that one.
    assert [a.name for a in entry(rss, "Solo").authors] == ["Bo Lin"]


@pytest.mark.parametrize("slug", SLUGS)
def test_each_persons_feeds_list_what_they_co_wrote_with_every_author(feeds_site, slug):
    feeds_site.build(THEME="notmyidea", **FEEDS)
    for kind in ("atom", "rss"):
        feed = parsed(feeds_site, f"feeds/people/{slug}.{kind}.xml")
        assert [a.name for a in entry(feed, "Three of us").authors] == NAMES
    titles = [
        e.title for e in parsed(feeds_site, f"feeds/people/{slug}.atom.xml").entries
    ]
    assert titles == (["Solo", "Three of us"] if slug == "bo-lin" else ["Three of us"])


@pytest.mark.parametrize("theme", ["notmyidea", "simple", str(THEME)])
def test_a_profile_page_links_its_feed_in_its_head_once(feeds_site, theme):
    feeds_site.build(THEME=theme, **FEEDS)
    head = feeds_site.page("author/cy-moss.html").head
    links = [
        link["href"]
        for link in head.select('link[rel="alternate"][type="application/atom+xml"]')
    ]
    assert links.count("https://example.org/feeds/people/cy-moss.atom.xml") == 1


def test_without_author_feeds_a_profile_links_none(feeds_site):
    feeds_site.build(THEME="notmyidea")
    assert (
        feeds_site.page("author/cy-moss.html").select_one(
            '[data-masthead="author-feed"]'
        )
        is None
    )


def test_articles_are_indexed_by_address_once_for_all_the_feeds(
    feeds_site, monkeypatch
):
    # Eight feeds here, hundreds on a real site: asking every article its
    # address again for each feed made feeds the largest cost of a build.
    from pelican.plugins.author_profiles import wiring

    indexed = []
    real = wiring.by_address

    def counting(articles):
        indexed.append(len(articles))
        return real(articles)

    monkeypatch.setattr(wiring, "by_address", counting)
    feeds_site.build(THEME="notmyidea", **FEEDS)
    assert indexed == [2]
    rss = parsed(feeds_site, "feeds/people/cy-moss.rss.xml")
    assert [a.name for a in entry(rss, "Three of us").authors] == NAMES
