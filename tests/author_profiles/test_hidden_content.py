"""Drafts and hidden articles stay out of everything that lists articles.

A draft (``Status: draft``) and a hidden article (``Status: hidden``) by the
same people as published ones must not show on profile pages (any page of
them), the staff or experts pages, any feed, any structured data, nor in
``author.articles``, ``author.work`` or ``more_by_authors``. Their own pages
are still written, as Pelican writes them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ALL_PLUGINS, THEME, Site
from pelican import signals

# Words that appear only in the titles (and so the slugs) of unpublished pieces.
UNPUBLISHED = ("Secretdraft", "Hiddennote", "Unseenwork", "Hiddenpage")

PEOPLE = {
    "lena-marsh": "Title: Lena Marsh\nRoles: Research Officer\nExpertise: Rivers\n",
    "ivo-brandt": "Title: Ivo Brandt\nRoles: Editor\nExpertise: Floods\n",
    "cato-wren": "Title: Cato Wren\nRoles: Research Officer\n",
}

ARTICLES = {
    "open-water": ("2024-01-10", "", "Authors: Lena Marsh\nEditors: Ivo Brandt\n"),
    "second-open": ("2024-02-10", "", "Authors: Lena Marsh; Ivo Brandt\n"),
    "third-open": ("2024-03-10", "", "Author: Lena Marsh\nReviewers: Ivo Brandt\n"),
    "secretdraft-plan": (
        "2024-04-10",
        "Status: draft\n",
        "Authors: Lena Marsh; Ivo Brandt\nEditors: Ivo Brandt\n",
    ),
    "hiddennote-memo": (
        "2024-05-10",
        "Status: hidden\n",
        "Author: Lena Marsh\nReviewers: Ivo Brandt\nTranslators: Cato Wren\n",
    ),
    "unseenwork-notes": ("2024-06-10", "Status: draft\n", "Author: Cato Wren\n"),
}

# The unpublished pieces' own pages, where their titles belong.
OWN_PAGES = {
    "drafts/secretdraft-plan.html",
    "hiddennote-memo.html",
    "drafts/unseenwork-notes.html",
    "pages/hiddenpage-notes.html",
}

_generators: list = []


def _keep_generators(generators) -> None:
    _generators[:] = generators


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, list]:
    site = Site(tmp_path_factory.mktemp("hidden"))
    for slug, fields in PEOPLE.items():
        site.write(f"people/{slug}.md", f"{fields}\nBio of {slug}.\n")
    for slug, (date, status, names) in ARTICLES.items():
        title = slug.replace("-", " ").capitalize()
        site.write(
            f"{slug}.md",
            f"Title: {title}\nDate: {date}\n{status}{names}"
            f"Category: Water\nTags: rivers\n\nText of {title}.\n",
        )
    site.write(
        "pages/hiddenpage-notes.md",
        "Title: Hiddenpage notes\nStatus: hidden\nAuthor: Lena Marsh\n\nText.\n",
    )
    signals.all_generators_finalized.connect(_keep_generators)
    try:
        output = site.build(
            PLUGINS=ALL_PLUGINS,
            THEME=str(THEME),
            DEFAULT_PAGINATION=1,
            FEED_ALL_ATOM="feeds/all.atom.xml",
            FEED_ALL_RSS="feeds/all.rss.xml",
            CATEGORY_FEED_ATOM="feeds/categories/{slug}.atom.xml",
            TAG_FEED_ATOM="feeds/tags/{slug}.atom.xml",
            AUTHOR_FEED_ATOM="feeds/authors/{slug}.atom.xml",
            AUTHOR_FEED_RSS="feeds/authors/{slug}.rss.xml",
        )
    finally:
        signals.all_generators_finalized.disconnect(_keep_generators)
    return output, list(_generators)


def test_unpublished_pieces_appear_only_on_their_own_pages(built):
    output, _generators = built
    files = {p.relative_to(output).as_posix(): p for p in output.rglob("*")}
    texts = {
        name: path.read_text(encoding="utf-8").casefold()
        for name, path in files.items()
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".js")
    }
    # The pages where they belong exist and name them, so the search works.
    for name in OWN_PAGES:
        assert any(word.casefold() in texts[name] for word in UNPUBLISHED), name
    leaks = sorted(
        f"{name}: {word}"
        for name, text in texts.items()
        if name not in OWN_PAGES
        for word in UNPUBLISHED
        if word.casefold() in text
    )
    assert not leaks, "\n".join(leaks)


def test_the_places_searched_do_list_published_work(built):
    """Profiles (every page of them), credits, feeds and structured data list
    the published pieces, so their silence about the others means something."""
    output, _generators = built
    later_pages = sorted((output / "author").glob("lena-marsh*[0-9].html"))
    lena_pages = [output / "author/lena-marsh.html", *later_pages]
    assert len(lena_pages) == 3  # one article a page
    listed = " ".join(p.read_text(encoding="utf-8") for p in lena_pages)
    for title in ("Open water", "Second open", "Third open"):
        assert title in listed
    ivo = (output / "author/ivo-brandt.html").read_text(encoding="utf-8")
    assert "Edited by Ivo Brandt" in ivo and "Reviewed by Ivo Brandt" in ivo
    for feed in ("all.atom.xml", "all.rss.xml", "authors/lena-marsh.atom.xml"):
        assert "Third open" in (output / "feeds" / feed).read_text(encoding="utf-8")
    page = (output / "third-open.html").read_text(encoding="utf-8")
    assert "application/ld+json" in page and "More by" in page
    cato = (output / "author/cato-wren.html").read_text(encoding="utf-8")
    assert "No articles yet." in cato
    assert "Cato Wren" in (output / "staff/index.html").read_text(encoding="utf-8")


def test_template_data_lists_published_articles_only(built):
    _output, generators = built
    [articles] = [g for g in generators if hasattr(g, "drafts")]
    published = {id(a) for a in articles.articles}
    assert {a.slug for a in articles.articles} == {
        "open-water",
        "second-open",
        "third-open",
    }
    index = articles.context["author_index"]
    everyone = list(index)
    assert {a.slug for a in everyone} >= set(PEOPLE)
    every_content = [
        *articles.articles,
        *articles.drafts,
        *articles.hidden_articles,
    ]
    for author in everyone:
        assert {id(a) for a in author.articles} <= published, author.name
        for group in author.work:
            assert {id(a) for a in group.articles} <= published, (
                author.name,
                group.kind,
            )
    for content in every_content:
        more_by = getattr(content, "more_by_authors", [])
        assert {id(a) for a in more_by} <= published, content.slug
    assert all(a.more_by_authors for a in articles.articles)
    cato = next(a for a in everyone if a.slug == "cato-wren")
    assert cato.articles == [] and cato.work == []


def test_names_known_only_from_unpublished_pieces_get_no_page(tmp_path):
    site = Site(tmp_path)
    site.write("people/cato-wren.md", "Title: Cato Wren\nRoles: Editor\n\nBio.\n")
    pieces = {
        "plan": "Status: draft\nAuthor: Odile Farrow\nEditors: Cato Wren\n",
        "memo": "Status: hidden\nAuthor: Cato Wren\nEditors: Piet Lomax\n",
        "open": "Author: Cato Wren\nEditors: Sable Kettering\n",
    }
    for number, (slug, fields) in enumerate(pieces.items()):
        site.write(
            f"{slug}.md",
            f"Title: {slug.capitalize()}\nDate: 2024-01-0{number + 1}\n{fields}\nT.\n",
        )
    site.write(
        "pages/notes.md", "Title: Notes\nStatus: hidden\nAuthor: Rua Dent\n\nT.\n"
    )
    site.write("pages/about.md", "Title: About\nAuthor: Tamsin Vey\n\nT.\n")
    output = site.build(
        PLUGINS=ALL_PLUGINS,
        THEME=str(THEME),
        AUTHOR_FEED_ATOM="feeds/authors/{slug}.atom.xml",
    )
    listing = (output / "authors.html").read_text(encoding="utf-8")
    for slug, name in (
        ("odile-farrow", "Odile Farrow"),
        ("piet-lomax", "Piet Lomax"),
        ("rua-dent", "Rua Dent"),
    ):
        assert not (output / f"author/{slug}.html").exists(), slug
        assert not (output / f"feeds/authors/{slug}.atom.xml").exists(), slug
        assert name not in listing
    # Names a published article or page shows keep their page, and so does
    # everyone with a people file.
    for slug, name in (
        ("sable-kettering", "Sable Kettering"),
        ("tamsin-vey", "Tamsin Vey"),
        ("cato-wren", "Cato Wren"),
    ):
        assert (output / f"author/{slug}.html").exists(), slug
        assert name in listing
