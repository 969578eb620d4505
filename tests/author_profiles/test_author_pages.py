"""Author pages, feeds and portraits in a built site."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, THEME
from pelican_masthead.problems import ContentError
from PIL import Image

PHOTO_SIZE = 480


def person(site, slug, header="", name=""):
    name = name or slug.replace("-", " ").title()
    site.write(f"people/{slug}.md", f"Title: {name}\n{header}\n\nBio paragraph.\n")


def article(site, slug, authors, date="2024-01-01"):
    header = f"Title: {slug}\nDate: {date}\nAuthors: {authors}\nCategory: Notes"
    site.write(f"{slug}.md", f"{header}\n\nText.\n")


def test_a_person_without_articles_still_gets_a_page(site):
    person(site, "ana-kova")
    person(site, "bo-linde")
    article(site, "one", "Ana Kova")
    output = site.build()
    assert (output / "author" / "bo-linde.html").exists()
    authors = site.page("authors.html").get_text()
    assert "Bo Linde" in authors and "Ana Kova" in authors


def test_author_feeds_stay_where_the_site_puts_them(site):
    person(site, "ana-kova")
    article(site, "a", "Ana Kova")
    output = site.build(AUTHOR_FEED_ATOM="feeds/{slug}.atom.xml")
    assert (output / "feeds" / "ana-kova.atom.xml").exists()
    assert not (output / "feeds" / "authors").exists()


def test_an_author_and_a_category_sharing_a_feed_are_named(site):
    person(site, "water")
    site.write(
        "a.md", "Title: A\nDate: 2024-01-01\nAuthor: Water\nCategory: Water\n\nText.\n"
    )
    with pytest.raises(ContentError) as raised:
        site.build(
            AUTHOR_FEED_ATOM="feeds/{slug}.atom.xml",
            CATEGORY_FEED_ATOM="feeds/{slug}.atom.xml",
        )
    message = str(raised.value)
    assert "the author 'Water' and the category 'Water'" in message or (
        "the category 'Water' and the author 'Water'" in message
    )
    assert "feeds/water.atom.xml" in message and "AUTHOR_FEED_ATOM" in message


def test_an_authors_articles_are_paginated_newest_first(site):
    person(site, "ana-kova")
    for day in range(1, 6):
        article(site, f"day-{day}", "Ana Kova", date=f"2024-01-0{day}")
    output = site.build(DEFAULT_PAGINATION=2)
    first = site.page("author/ana-kova.html").get_text()
    assert first.index("day-5") < first.index("day-4")
    assert "day-1" not in first
    assert (output / "author" / "ana-kova3.html").exists()


def test_spellings_of_one_name_lead_to_one_page(site, warnings_logged):
    person(site, "jose-nunez", "Aliases: J. Nunez", name="José Núñez")
    article(site, "a", "jose nunez")
    article(site, "b", "J. Nunez")
    article(site, "c", "Dr José Núñez")
    output = site.build()
    pages = sorted(p.name for p in (output / "author").iterdir())
    # The addresses Pelican would have given the other spellings lead to it.
    assert pages == ["dr-jose-nunez.html", "j-nunez.html", "jose-nunez.html"]
    for old in ("dr-jose-nunez.html", "j-nunez.html"):
        canonical = site.page(f"author/{old}").find("link", rel="canonical")
        assert canonical["href"] == "https://example.org/author/jose-nunez.html"
    text = site.page("author/jose-nunez.html").get_text()
    assert all(slug in text for slug in ("a", "b", "c"))
    assert not [m for m in warnings_logged() if "no profile" in m]


def test_names_without_profiles_are_warned_about_once_with_a_suggestion(
    site, warnings_logged
):
    person(site, "ana-kova")
    article(site, "a", "Ana Kovaa")
    article(site, "b", "Ana Kovaa; 王伟")
    article(site, "c", "王偉")
    output = site.build()
    [warning] = [m for m in warnings_logged() if "no profile" in m]
    assert "Ana Kovaa" in warning and "did you mean 'Ana Kova'" in warning
    assert "a.md" in warning and "b.md" in warning
    # Two Chinese names that transliterate alike keep pages of their own.
    pages = {p.name for p in (output / "author").iterdir()}
    chinese = pages - {"ana-kova.html", "ana-kovaa.html"}
    assert len(chinese) == 2
    headings = {site.page(f"author/{name}").title.get_text() for name in chinese}
    assert any("王伟" in h for h in headings) and any("王偉" in h for h in headings)


def test_portraits_are_resized_locally_and_missing_ones_reported(site, warnings_logged):
    photos = site.content / "people" / "photos"
    photos.mkdir(parents=True)
    Image.new("RGB", (PHOTO_SIZE, PHOTO_SIZE + 100), "teal").save(photos / "ana.jpg")
    person(site, "ana-kova", "Photo: photos/ana.jpg")
    person(site, "bo-linde", "Photo: photos/missing.jpg")
    output = site.build()
    folder = output / "people" / "photos"
    sizes = sorted(Image.open(p).size for p in folder.iterdir())
    assert sizes == [(96, 96), (192, 192), (240, 240), (480, 480)]
    assert any("people/bo-linde.md" in m and "Photo" in m for m in warnings_logged())


def test_a_large_photograph_becomes_centred_squares_of_every_size(site):
    # A tall camera photo: red bands above and below a blue middle square.
    # JPEG is decoded at reduced scale and each size made from a larger one;
    # what a reader sees must still be the middle, in the right colours.
    photos = site.content / "people" / "photos"
    photos.mkdir(parents=True)
    photo = Image.new("RGB", (1600, 2400), "red")
    photo.paste((20, 40, 200), (0, 400, 1600, 2000))
    photo.save(photos / "ana.jpg", quality=90)
    person(site, "ana-kova", "Photo: photos/ana.jpg")
    folder = site.build() / "people" / "photos"
    portraits = {
        Image.open(p).size: Image.open(p).convert("RGB") for p in folder.iterdir()
    }
    assert sorted(portraits) == [(96, 96), (192, 192), (240, 240), (480, 480)]
    for (side, _), image in portraits.items():
        for x, y in ((0, 0), (side - 1, 0), (side // 2, side // 2), (0, side - 1)):
            red, green, blue = image.getpixel((x, y))
            assert blue > 150 and red < 80, (side, (x, y), (red, green, blue))


def test_a_small_photograph_is_never_enlarged(site):
    photos = site.content / "people" / "photos"
    photos.mkdir(parents=True)
    Image.new("RGB", (300, 360), "teal").save(photos / "ana.jpg")
    person(site, "ana-kova", "Photo: photos/ana.jpg")
    output = site.build()
    sizes = sorted(Image.open(p).size for p in (output / "people" / "photos").iterdir())
    assert sizes == [(96, 96), (192, 192), (240, 240), (300, 300)]


def test_portraits_are_made_again_when_the_plugin_makes_them_differently(
    site, monkeypatch
):
    # A kept cache folder must not serve portraits an older version made.
    from pelican.plugins.author_profiles import photos as portraits

    photos = site.content / "people" / "photos"
    photos.mkdir(parents=True)
    Image.new("RGB", (PHOTO_SIZE, PHOTO_SIZE), "teal").save(photos / "ana.jpg")
    person(site, "ana-kova", "Photo: photos/ana.jpg")
    cache = site.root / "cache" / "masthead-portraits"
    site.build()
    first = {p.name for p in cache.iterdir()}
    site.build()
    assert {p.name for p in cache.iterdir()} == first
    monkeypatch.setattr(portraits, "RECIPE", b"a later recipe")
    site.build()
    assert len({p.name for p in cache.iterdir()} - first) == 4


def test_a_cached_rebuild_keeps_profiles_on_articles(site):
    person(site, "ana-kova", "Roles: Director")
    article(site, "a", "Ana Kova")
    theme = FIXTURES / "byline_theme"
    settings = {"LOAD_CONTENT_CACHE": True, "CACHE_CONTENT": True}
    settings["THEME_TEMPLATES_OVERRIDES"] = [str(theme)]
    site.build(**settings)
    first = site.page("a.html").select_one(".masthead-byline").get_text(" ", strip=True)
    site.build(**settings)
    second = (
        site.page("a.html").select_one(".masthead-byline").get_text(" ", strip=True)
    )
    assert first == second
    assert "Director" in second


def test_the_site_author_setting_is_a_byline_only_when_it_names_a_person(
    site, warnings_logged
):
    person(site, "ana-kova")
    site.write("a.md", "Title: A\nDate: 2024-01-01\nCategory: Notes\n\nText.\n")
    site.write("pages/about.md", "Title: About\n\nText.\n")
    output = site.build(AUTHOR="Larkspur Centre")
    assert not [m for m in warnings_logged() if "no profile" in m]
    assert not (output / "author" / "larkspur-centre.html").exists() or (
        "Larkspur Centre" in site.page("author/larkspur-centre.html").get_text()
    )
    site.write("b.md", "Title: B\nDate: 2024-01-02\nCategory: Notes\n\nText.\n")
    site.build(AUTHOR="Ana Kova")
    assert "b.html" in site.page("author/ana-kova.html").decode()


@pytest.mark.parametrize("theme", ["notmyidea", str(THEME)])
def test_the_site_author_setting_puts_no_byline_on_pages(site, theme):
    # Pelican gives every page the AUTHOR setting: a home, team or 404 page
    # naming nobody is no one's writing, even when AUTHOR is a person.
    person(site, "ana-kova")
    site.write("a.md", "Title: A\nDate: 2024-01-01\nCategory: Notes\n\nText.\n")
    site.write("pages/about.md", "Title: About\n\nAbout the centre.\n")
    site.write("pages/notes.md", "Title: Notes\nAuthor: Ana Kova\n\nHer notes.\n")
    site.build(AUTHOR="Ana Kova", THEME=theme)
    about = site.page("pages/about.html")
    assert about.select('[data-masthead="byline"]') == []
    assert "Ana Kova" not in about.get_text()
    # A page whose writer is named, and an article, keep their byline.
    for written in ("pages/notes.html", "a.html"):
        byline = site.page(written).select_one('[data-masthead="byline"]')
        assert "Ana Kova" in byline.get_text()


def test_an_author_box_links_a_profile_or_the_list_of_a_names_articles(site):
    # A name without a people file has Pelican's list of its articles, not a
    # profile: its box says so.
    person(site, "ana-kova")
    article(site, "joint", "Ana Kova; Cy Moss")
    site.build()
    boxes = site.page("joint.html").select(".masthead-author-box")
    links = [box.select_one(".masthead-author-box__more a") for box in boxes]
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("Full profile", "https://example.org/author/ana-kova.html"),
        ("Articles by Cy Moss", "https://example.org/author/cy-moss.html"),
    ]


def test_a_later_build_without_the_plugin_is_plain_pelican(site, warnings_logged):
    article(site, "a", "Nobody Known")
    site.build()
    assert [m for m in warnings_logged() if "no profile" in m]
    site.build(PLUGINS=[])
    assert len([m for m in warnings_logged() if "no profile" in m]) == 1


def test_more_by_lists_the_authors_newest_other_articles(site):
    person(site, "ana-kova")
    person(site, "bo-linde")
    article(site, "joint", "Ana Kova; Bo Linde", date="2024-01-05")
    for day, who in [
        (1, "Ana Kova"),
        (2, "Bo Linde"),
        (3, "Ana Kova"),
        (4, "Bo Linde"),
    ]:
        article(site, f"solo-{day}", who, date=f"2024-01-0{day}")
    theme = FIXTURES / "more_by_theme"
    site.build(THEME_TEMPLATES_OVERRIDES=[str(theme)], PEOPLE_MORE_BY_COUNT=3)
    listed = [a.get_text() for a in site.page("joint.html").select(".more-by a")]
    assert listed == ["solo-4", "solo-3", "solo-2"]
    listed = [a.get_text() for a in site.page("solo-1.html").select(".more-by a")]
    assert listed == ["joint", "solo-3"]
