"""Every address a site had still answers once the plugins are installed."""

from __future__ import annotations

import shutil

from bs4 import BeautifulSoup
from conftest import ALL_PLUGINS

FEEDS = {
    "AUTHOR_FEED_ATOM": "feeds/{slug}.atom.xml",
    "AUTHOR_FEED_RSS": "feeds/{slug}.rss.xml",
    "FEED_ALL_ATOM": "feeds/all.atom.xml",
}


def written(output) -> set[str]:
    return {p.relative_to(output).as_posix() for p in output.rglob("*") if p.is_file()}


def test_a_people_file_spelling_a_name_differently_keeps_the_old_addresses(site):
    site.write(
        "a.md", "Title: A\nDate: 2024-01-01\nAuthors: Jane Doe; Ben Osei\n\nText.\n"
    )
    site.write("b.md", "Title: B\nDate: 2024-02-01\nAuthor: J. Doe\n\nText.\n")
    before = written(site.build(PLUGINS=[], **FEEDS))
    assert {"author/jane-doe.html", "author/j-doe.html"} <= before
    shutil.rmtree(site.output)

    site.write(
        "people/jane-doe.md",
        "Title: Jane A. Doe\nAliases: Jane Doe, J. Doe\n\nJane studies rivers.\n",
    )
    output = site.build(PLUGINS=ALL_PLUGINS, **FEEDS)
    after = written(output)
    assert before <= after, sorted(before - after)

    profile = "https://example.org/author/jane-a-doe.html"
    assert "Jane A. Doe" in site.page("author/jane-a-doe.html").get_text()
    for old in ("jane-doe", "j-doe"):
        page = BeautifulSoup(
            (output / f"author/{old}.html").read_text(encoding="utf-8"), "html.parser"
        )
        assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
        assert page.find("link", rel="canonical")["href"] == profile
        assert page.find("a")["href"] == profile
        # Feed readers do not follow HTML: the feed is written at both places.
        old_feed = (output / f"feeds/{old}.atom.xml").read_text(encoding="utf-8")
        assert old_feed == (output / "feeds/jane-a-doe.atom.xml").read_text(
            encoding="utf-8"
        )
    redirects = (output / "people-redirects.txt").read_text(encoding="utf-8")
    assert redirects.splitlines() == [
        "/author/j-doe.html /author/jane-a-doe.html 301",
        "/author/jane-doe.html /author/jane-a-doe.html 301",
    ]
    # Ben, with no people file, keeps his page where it was.
    assert "ben-osei" not in redirects


def test_no_redirect_map_when_nothing_moved(site):
    site.write("people/ana-kova.md", "Title: Ana Kova\n\nBio.\n")
    site.write("a.md", "Title: A\nDate: 2024-01-01\nAuthor: Ana Kova\n\nText.\n")
    output = site.build(PLUGINS=ALL_PLUGINS, **FEEDS)
    assert not (output / "people-redirects.txt").exists()


def test_an_old_author_listing_keeps_every_page_of_it(site):
    # A real site's "Bob" had author/bob.html, bob2.html, bob3.html: all
    # still answer once a people file names him "Bob Marsh", each sending
    # readers to the same page of his new listing.
    for day in range(1, 6):
        site.write(
            f"a{day}.md", f"Title: A{day}\nDate: 2024-01-0{day}\nAuthor: Bob\n\nText.\n"
        )
    paging = {"DEFAULT_PAGINATION": 2}
    before = written(site.build(PLUGINS=[], **paging))
    assert {"author/bob2.html", "author/bob3.html"} <= before
    shutil.rmtree(site.output)

    site.write("people/bob-marsh.md", "Title: Bob Marsh\nAliases: Bob\n\nBio.\n")
    output = site.build(PLUGINS=ALL_PLUGINS, **paging)
    assert before <= written(output), sorted(before - written(output))
    for old, new in [("bob2", "bob-marsh2"), ("bob3", "bob-marsh3")]:
        page = BeautifulSoup(
            (output / f"author/{old}.html").read_text(encoding="utf-8"), "html.parser"
        )
        target = f"https://example.org/author/{new}.html"
        assert page.find("link", rel="canonical")["href"] == target
        assert (output / f"author/{new}.html").exists()
    assert not (output / "author/bob4.html").exists()
    assert (output / "people-redirects.txt").read_text(
        encoding="utf-8"
    ).splitlines() == [
        "/author/bob.html /author/bob-marsh.html 301",
        "/author/bob2.html /author/bob-marsh2.html 301",
        "/author/bob3.html /author/bob-marsh3.html 301",
    ]
