"""The theme, as a reader meets it: sites built with it, pages read back."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ALL_PLUGINS, THEME, Site
from PIL import Image

QUOTED_TITLE = 'Rivers & "Roads": Who Pays?'
QUOTED_CATEGORY = 'Data & "Methods"'


def write_newsroom(site: Site) -> None:
    """Three people (one without articles), a guest, four articles."""
    photo = site.content / "people" / "amina.jpg"
    photo.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (300, 300), "#336699").save(photo)
    site.write(
        "people/amina-rahimi.md",
        """
        Title: Amina Rahimi
        Honorific: Dr
        Roles: Senior Fellow (2021-); Research Officer (2016-2020)
        Expertise: River basins, Drought
        Photo: amina.jpg
        Photo_alt: Amina Rahimi by the river
        Website: https://amina.example.org
        Summary: Amina studies rivers & the <b>people</b> who share them.

        Amina Rahimi leads the *river basins* programme.
        """,
    )
    site.write(
        "people/bo-lindqvist.md",
        """
        Title: Bo Lindqvist
        Roles: Data Editor
        Summary: Bo draws the charts.

        Bo Lindqvist edits data.
        """,
    )
    site.write(
        "people/cora-vale.md",
        """
        Title: Cora Vale
        Roles: Research Assistant

        Cora Vale joined this year.
        """,
    )
    site.write(
        "rivers.md",
        f"""
        Title: {QUOTED_TITLE}
        Date: 2024-03-01
        Category: {QUOTED_CATEGORY}
        Tags: floods
        Authors: Amina Rahimi; Bo Lindqvist
        Summary: Who pays when "the river" rises & the road floods.

        ## The question

        A body paragraph.
        """,
    )
    site.write(
        "second.md",
        """
        Title: A Second Piece
        Date: 2024-02-01
        Category: Water
        Author: Amina Rahimi

        Another body.
        """,
    )
    site.write(
        "urdu.md",
        """
        Title: دریا اور سڑکیں
        Slug: darya
        Date: 2024-01-15
        Category: Water
        Lang: ur
        Author: Amina Rahimi

        یہ ایک مضمون ہے۔
        """,
    )
    site.write(
        "guest.md",
        """
        Title: A Guest Column
        Date: 2023-12-01
        Category: Water
        Author: Guest Writer

        Guest words.
        """,
    )


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory) -> Site:
    """The newsroom built once with the theme and every masthead plugin."""
    site = Site(tmp_path_factory.mktemp("newsroom"))
    write_newsroom(site)
    site.build(
        THEME=str(THEME),
        PLUGINS=ALL_PLUGINS,
        DEFAULT_PAGINATION=10,
        STAFF_SECTIONS={"Research": ["Senior Fellow", "Research Assistant"]},
    )
    return site


def build_in_a_fresh_process(site: Site, **settings) -> None:
    """Build with Pelican's command line: plugins registered by earlier builds
    in this test process stay connected to Pelican's signals, so a build that
    must run without plugins needs a process of its own."""
    config = site.root / "pelicanconf.py"
    config.write_text(
        "".join(f"{name} = {value!r}\n" for name, value in settings.items()),
        encoding="utf-8",
    )
    pelican = Path(sys.executable).with_name("pelican")
    result = subprocess.run(
        [str(pelican), "-s", str(config), "-o", str(site.output)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def html_pages(site: Site) -> list[Path]:
    return sorted(site.output.rglob("*.html"))


def text(element) -> str:
    return " ".join(element.get_text(" ", strip=True).split())


# Article page


def test_each_author_gets_one_about_box_with_name_title_and_summary(newsroom):
    page = newsroom.page("rivers-roads-who-pays.html")
    assert (
        text(page.select_one(".masthead-author-boxes__heading")) == "About the authors"
    )
    boxes = page.select(".masthead-author-box.h-card")
    assert [text(b.select_one(".masthead-author-box__name")) for b in boxes] == [
        "Dr Amina Rahimi",
        "Bo Lindqvist",
    ]
    assert [text(b.select_one(".p-job-title")) for b in boxes] == [
        "Senior Fellow",
        "Data Editor",
    ]
    # A summary is plain text: markup in it is shown, never obeyed.
    summary = boxes[0].select_one(".masthead-author-box__summary.p-note")
    assert text(summary) == "Amina studies rivers & the <b>people</b> who share them."
    assert summary.find("b") is None
    assert boxes[0].select_one("img.u-photo")["alt"] == "Amina Rahimi by the river"
    profile = boxes[1].select_one(".masthead-author-box__more a")["href"]
    assert profile == "https://example.org/author/bo-lindqvist.html"


def test_a_single_author_gets_the_singular_heading(newsroom):
    page = newsroom.page("a-second-piece.html")
    assert (
        text(page.select_one(".masthead-author-boxes__heading")) == "About the author"
    )
    assert len(page.select(".masthead-author-box")) == 1


def test_article_is_an_h_entry_with_its_parts_in_reading_order(newsroom):
    page = newsroom.page("rivers-roads-who-pays.html")
    entry = page.select_one("main article.h-entry")
    assert text(entry.select_one("h1.p-name")) == QUOTED_TITLE
    assert text(entry.select_one(".kicker .p-category")) == QUOTED_CATEGORY
    assert text(entry.select_one(".standfirst")) == (
        'Who pays when "the river" rises & the road floods.'
    )
    published = entry.select_one("time.dt-published")
    assert published["datetime"].startswith("2024-03-01T00:00:00")
    assert entry.select_one(".meta > a.u-url")["href"] == (
        "https://example.org/rivers-roads-who-pays.html"
    )
    authors = entry.select(".masthead-byline .p-author.h-card .p-name")
    assert [text(a) for a in authors] == ["Amina Rahimi", "Bo Lindqvist"]
    assert text(entry.select_one(".e-content h2")) == "The question"
    assert [text(a) for a in entry.select(".tags a[rel=tag]")] == ["floods"]


def test_more_by_the_authors_lists_their_other_articles(newsroom):
    page = newsroom.page("rivers-roads-who-pays.html")
    section = page.select_one(".more-by")
    assert text(section.select_one("h2")) == "More by Amina Rahimi and Bo Lindqvist"
    listed = [a["href"] for a in section.select("li.h-entry a.u-url")]
    assert "https://example.org/a-second-piece.html" in listed
    assert "https://example.org/rivers-roads-who-pays.html" not in listed


def test_listing_cards_show_the_reading_time_of_their_article(newsroom):
    on_page = newsroom.page("a-second-piece.html").select_one(".masthead-reading-time")
    card = next(
        c
        for c in newsroom.page("index.html").select("article.h-entry")
        if c.select_one(".u-url")["href"].endswith("a-second-piece.html")
    )
    in_card = card.select_one(".masthead-reading-time")
    assert text(in_card) == text(on_page) and text(in_card).endswith("min read")
    assert in_card["datetime"] == on_page["datetime"]


def test_a_right_to_left_title_under_more_by_is_marked_as_such(newsroom):
    section = newsroom.page("a-second-piece.html").select_one(".more-by")
    entries = {text(li.select_one("a")): li for li in section.select("li.h-entry")}
    urdu = entries["دریا اور سڑکیں"]
    assert (urdu["lang"], urdu["dir"]) == ("ur", "rtl")
    assert not entries[text(newsroom.page("rivers-roads-who-pays.html").h1)].get("lang")


def test_a_right_to_left_article_page_is_right_to_left(newsroom):
    urdu = newsroom.page("darya-ur.html").html
    assert (urdu["lang"], urdu["dir"]) == ("ur", "rtl")
    english = newsroom.page("a-second-piece.html").html
    assert (english["lang"], english["dir"]) == ("en", "ltr")
    # The site's own words around it stay in the site's language.
    header = newsroom.page("darya-ur.html").select_one("header.site-header")
    assert (header["lang"], header["dir"]) == ("en", "ltr")


def test_a_right_to_left_article_in_a_listing_is_marked_as_such(newsroom):
    card = next(
        c
        for c in newsroom.page("index.html").select("article.h-entry")
        if "darya" in c.select_one(".u-url")["href"]
    )
    assert (card["lang"], card["dir"]) == ("ur", "rtl")


def test_quotes_and_ampersands_in_titles_stay_inside_their_attributes(newsroom):
    for path in html_pages(newsroom):
        page = newsroom.page(str(path.relative_to(newsroom.output)))
        for element in page.find_all(True):
            broken = [name for name in element.attrs if re.search(r'roads|"', name)]
            assert not broken, f"{path.name}: <{element.name}> got {broken}"
    page = newsroom.page("rivers-roads-who-pays.html")
    assert text(page.title) == f"{QUOTED_TITLE} – Test Centre"
    description = page.select_one('meta[name="description"]')["content"]
    assert description == 'Who pays when "the river" rises & the road floods.'
    category = newsroom.page("category/data-methods.html")
    assert text(category.select_one("h1")) == QUOTED_CATEGORY


# Profile and people pages


def test_profile_page_shows_photo_roles_bio_links_and_articles(newsroom):
    page = newsroom.page("author/amina-rahimi.html")
    card = page.select_one("main .profile.h-card")
    photo = card.select_one("img.u-photo")
    assert photo["alt"] == "Amina Rahimi by the river"
    assert (photo["width"], photo["height"]) == ("240", "240")
    assert " 2x" in photo["srcset"]
    assert text(card.select_one("h1.p-name")) == "Dr Amina Rahimi"
    assert [text(r) for r in card.select(".p-job-title")] == ["Senior Fellow"]
    earlier = card.select_one(".earlier-roles")
    assert text(earlier) == "Research Officer 2016–2020"
    assert text(card.select_one(".p-note")) == (
        "Amina Rahimi leads the river basins programme."
    )
    assert [text(t) for t in card.select(".topics li")] == ["River basins", "Drought"]
    website = card.select_one('a[rel~="me"]')
    assert website["href"] == "https://amina.example.org"
    listed = [text(a) for a in card.select(".profile__articles .h-entry .card__title")]
    assert listed == [QUOTED_TITLE, "A Second Piece", "دریا اور سڑکیں"]


def test_a_person_without_articles_is_told_so(newsroom):
    page = newsroom.page("author/cora-vale.html")
    assert text(page.select_one("h1")) == "Cora Vale"
    assert text(page.select_one(".profile__articles .empty")) == "No articles yet."
    assert not page.select(".profile__articles .h-entry")


def test_a_byline_name_without_a_profile_gets_a_decent_page(newsroom):
    page = newsroom.page("author/guest-writer.html")
    assert page.select_one(".profile__photo svg.masthead-avatar-initials")
    assert text(page.select_one("h1.p-name")) == "Guest Writer"
    assert text(page.select_one(".profile .kicker")) == "Guest contributor"
    assert [text(a) for a in page.select(".h-entry .card__title")] == ["A Guest Column"]


def test_authors_page_lists_everyone_with_title_and_count(newsroom):
    people = newsroom.page("authors.html").select("main .person.h-card")
    shown = {
        text(p.select_one(".p-name")): (
            text(p.select_one(".p-job-title")) if p.select_one(".p-job-title") else "",
            text(p.select_one(".person__count")),
        )
        for p in people
    }
    assert shown == {
        "Dr Amina Rahimi": ("Senior Fellow", "3 articles"),
        "Bo Lindqvist": ("Data Editor", "1 article"),
        "Cora Vale": ("Research Assistant", "No articles yet."),
        "Guest Writer": ("", "1 article"),
    }
    assert all(p.select_one(".person__photo .masthead-avatar") for p in people)


# Every page


def test_every_page_has_landmarks_a_skip_link_and_one_h1(newsroom):
    for path in html_pages(newsroom):
        page = newsroom.page(str(path.relative_to(newsroom.output)))
        where = path.relative_to(newsroom.output)
        skip = page.body.find("a")
        assert skip["href"] == "#content", where
        assert [m.get("id") for m in page.select("main")] == ["content"], where
        assert page.select("body > header") and page.select("body > footer"), where
        assert all(nav.get("aria-label") for nav in page.select("nav")), where
        assert len(page.select("h1")) == 1, where


def test_heading_levels_never_skip(newsroom):
    for path in html_pages(newsroom):
        page = newsroom.page(str(path.relative_to(newsroom.output)))
        levels = [int(h.name[1]) for h in page.find_all(re.compile("^h[1-6]$"))]
        jumps = [(a, b) for a, b in itertools.pairwise(levels) if b > a + 1]
        assert not jumps, f"{path.relative_to(newsroom.output)}: {levels}"


def test_every_listed_article_is_an_h_entry(newsroom):
    for listing in ("index.html", "archives.html", "category/water.html"):
        cards = newsroom.page(listing).select("main .cards > *")
        assert cards, listing
        assert all(c.name == "article" and "h-entry" in c["class"] for c in cards)


def test_pages_load_nothing_from_another_host(newsroom):
    for path in html_pages(newsroom):
        page = newsroom.page(str(path.relative_to(newsroom.output)))
        for element in page.select("link[rel=stylesheet], script[src], img[src]"):
            address = element.get("href") or element.get("src")
            assert address.startswith("https://example.org/"), address
        stylesheets = page.select("link[rel=stylesheet]")
        assert [s["href"] for s in stylesheets] == [
            "https://example.org/theme/css/masthead.css"
        ]


# Settings and builds


def test_listings_are_paginated_with_newer_and_older_links(site):
    for day in range(1, 6):
        site.write(
            f"post-{day}.md",
            f"Title: Post {day}\nDate: 2024-01-0{day}\nCategory: News\n\nText.\n",
        )
    site.build(THEME=str(THEME), DEFAULT_PAGINATION=2)
    first, middle, last = (
        site.page("index.html"),
        site.page("index2.html"),
        site.page("index3.html"),
    )
    assert not first.select("a[rel=prev]")
    assert first.select_one("a[rel=next]")["href"] == "https://example.org/index2.html"
    assert middle.select_one("a[rel=prev]")["href"] == "https://example.org/index.html"
    assert middle.select_one("a[rel=next]")["href"] == "https://example.org/index3.html"
    assert not last.select("a[rel=next]")
    nav = middle.select_one("nav.pagination")
    assert nav["aria-label"] == "Pages"
    assert "Page 2 of 3" in text(nav)
    assert [text(a) for a in middle.select(".h-entry .card__title")] == [
        "Post 3",
        "Post 2",
    ]


def test_the_theme_builds_and_reads_well_with_no_plugins(site):
    site.write(
        "plain.md",
        f"""
        Title: {QUOTED_TITLE}
        Date: 2024-03-01
        Category: Water
        Authors: Amina Rahimi; Bo Lindqvist
        Summary: A plain summary.

        Body.
        """,
    )
    build_in_a_fresh_process(
        site,
        PATH=str(site.content),
        SITEURL="https://example.org",
        TIMEZONE="UTC",
        THEME=str(THEME),
        PLUGINS=[],
    )
    article = site.page("rivers-roads-who-pays.html")
    assert text(article.select_one("h1")) == QUOTED_TITLE
    byline = article.select_one(".masthead-byline")
    assert text(byline) == "By Amina Rahimi and Bo Lindqvist"
    assert not article.select(".masthead-author-box")
    assert text(article.select_one(".skip-link")) == "Skip to content"
    profile = site.page("author/amina-rahimi.html")
    assert text(profile.select_one("h1")) == "Amina Rahimi"
    assert [text(a) for a in profile.select(".h-entry .card__title")] == [QUOTED_TITLE]
    people = site.page("authors.html").select(".person .p-name")
    assert [text(p) for p in people] == ["Amina Rahimi", "Bo Lindqvist"]


def test_theme_labels_setting_changes_the_theme_words(site):
    for day in range(1, 4):
        site.write(f"p{day}.md", f"Title: P{day}\nDate: 2024-01-0{day}\n\nText.\n")
    site.build(
        THEME=str(THEME),
        DEFAULT_PAGINATION=1,
        THEME_LABELS={"older": "Earlier pieces", "skip_to_content": "Jump to text"},
    )
    page = site.page("index.html")
    assert text(page.select_one("a[rel=next]")) == "Earlier pieces"
    assert text(page.select_one(".skip-link")) == "Jump to text"


def test_the_404_page_links_home_when_asked_for(site):
    site.write("p.md", "Title: Only Post\nDate: 2024-01-01\n\nText.\n")
    site.build(
        THEME=str(THEME),
        DIRECT_TEMPLATES=["index", "archives", "404"],
    )
    page = site.page("404.html")
    assert text(page.select_one("h1")) == "Page not found"
    links = [a["href"] for a in page.select("main a")]
    assert "https://example.org/" in links
    assert "https://example.org/only-post.html" in links


def test_dates_are_machine_readable_without_fractions_of_a_second(site):
    # A date taken from the file's modification time has microseconds, which
    # a <time datetime> may not carry.
    site.write("undated.md", "Title: Undated\nModified: 2024-05-02 10:30\n\nText.\n")
    site.build(THEME=str(THEME), DEFAULT_DATE="fs")
    page = site.page("undated.html")
    stamp = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)")
    published = page.select_one("time.dt-published")["datetime"]
    assert stamp.fullmatch(published), published
    updated = page.select_one("time.dt-updated")
    assert updated["datetime"] == "2024-05-02T10:30:00+00:00"
