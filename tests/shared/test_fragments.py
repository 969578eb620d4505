"""Fragments rendered once per build and reused: never stale, never mixed up.

The pages of a build that reuses fragments (bylines, author boxes, "More by")
must be exactly the pages a build that renders every fragment afresh writes,
also when a person's file changed between two builds of one Pelican object
(as ``pelican --autoreload`` runs them), with relative addresses (where
``SITEURL`` differs from page to page) and in two languages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ALL_PLUGINS, THEME
from pelican import Pelican
from pelican.settings import read_settings
from pelican_masthead import fragments
from pelican_masthead.fragments import FragmentCache
from PIL import Image


def settings_for(site, output: Path, **overrides) -> dict:
    settings = {
        "PATH": str(site.content),
        "OUTPUT_PATH": str(output),
        "CACHE_PATH": str(site.root / "cache"),
        "SITEURL": "https://example.org",
        "SITENAME": "Test Centre",
        "TIMEZONE": "UTC",
        "THEME": str(THEME),
        "PLUGINS": ALL_PLUGINS,
        "FEED_ALL_ATOM": None,
        "CATEGORY_FEED_ATOM": None,
        "TRANSLATION_FEED_ATOM": None,
        "AUTHOR_FEED_ATOM": None,
        "AUTHOR_FEED_RSS": None,
        "LOAD_CONTENT_CACHE": False,
        "ARTICLE_URL": "{category}/{slug}.html",
        "ARTICLE_SAVE_AS": "{category}/{slug}.html",
    }
    settings.update(overrides)
    return read_settings(override=settings)


def write_site(site) -> None:
    site.write(
        "people/ana-kova.md",
        "Title: Ana Kova\nRoles: Research Officer (2020-)\n\nAna counts wells.\n",
    )
    site.write("people/bo-linde.md", "Title: Bo Linde\nRoles: Editor\n\nBo edits.\n")
    for number in range(1, 7):
        site.write(
            f"water/a{number}.md",
            f"Title: Wells {number}\nDate: 2024-01-0{number}\nCategory: Water\n"
            f"Authors: Ana Kova{'; Bo Linde' if number % 3 == 0 else ''}\n\n"
            f"Text {number}.\n",
        )
    # Deeper than the others: its relative SITEURL is "../..", theirs "..".
    site.write(
        "deep.md",
        "Title: Deep\nDate: 2024-02-01\nCategory: Water\nAuthor: Ana Kova\n"
        "Save_as: water/deep/deep.html\nUrl: water/deep/deep.html\n\nDeep.\n",
    )
    # The same people in another language.
    site.write(
        "fr.md",
        "Title: Puits\nDate: 2024-02-02\nCategory: Water\nAuthor: Ana Kova\n"
        "Lang: fr\nSlug: puits\n\nTexte.\n",
    )


def pages(output: Path) -> dict[str, str]:
    return {
        p.relative_to(output).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(output.rglob("*.html"))
    }


@pytest.fixture
def uncached(monkeypatch):
    """Builds in this test render every fragment afresh."""

    def render_afresh(self, key, render):
        return fragments.Markup(render())

    def switch_off():
        monkeypatch.setattr(FragmentCache, "get", render_afresh)

    return switch_off


@pytest.mark.parametrize("relative", [False, True], ids=["absolute", "relative"])
def test_reused_fragments_are_the_fragments_rendered_afresh(site, uncached, relative):
    write_site(site)
    overrides = {"RELATIVE_URLS": relative}
    reused = site.root / "reused"
    pelican = Pelican(settings_for(site, reused, **overrides))
    pelican.run()
    # Ana's file changes while the same Pelican object waits, as
    # `pelican --autoreload` does between two builds.
    site.write(
        "people/ana-kova.md",
        "Title: Ana Kova\nHonorific: Dr\nRoles: Senior Research Officer "
        "(2020-)\n\nAna maps dry rivers.\n",
    )
    pelican.run()
    written = pages(reused)

    uncached()
    fresh = site.root / "fresh"
    Pelican(settings_for(site, fresh, **overrides)).run()
    expected = pages(fresh)

    assert written.keys() == expected.keys()
    for name, text in expected.items():
        assert written[name] == text, name
    article = written["water/wells-1.html"]
    assert "Ana maps dry rivers." in article and "Senior Research Officer" in article
    assert "Dr Ana Kova" in article
    assert "Ana counts wells." not in "".join(written.values())
    if relative:
        # The profile link of each page reaches the profile from where the
        # page is: a box made for one depth would miss it from the other.
        assert 'href="../../author/ana-kova.html"' in written["water/deep/deep.html"]
        assert 'href="../author/ana-kova.html"' in article


def test_author_boxes_are_rendered_once_per_build_for_the_same_people(site):
    write_site(site)
    output = site.root / "out"
    pelican = Pelican(settings_for(site, output))
    pelican.run()
    cache = pelican.settings["MASTHEAD_BUILD"].fragments
    # Eight articles (six in the water category, the deep one and the French
    # one): Ana alone on six, Ana and Bo on two. Three author boxes, English
    # and French, the French one reused nowhere: far fewer renderings than
    # pages.
    assert 0 < cache.misses < cache.hits
    written = pages(output)
    boxes = [
        text[text.index('data-masthead="author-boxes"') :].split(
            "</section>\n</section>"
        )[0]
        for name, text in written.items()
        if 'data-masthead="author-boxes"' in text
    ]
    assert len(boxes) == 8
    # A second build of the same object starts with an empty cache.
    hits_before = cache.hits
    pelican.run()
    assert cache.hits <= hits_before


def test_a_portrait_is_made_again_when_the_photo_changes(site):
    photos = site.content / "people" / "photos"
    photos.mkdir(parents=True)
    Image.new("RGB", (300, 300), (0, 128, 128)).save(photos / "ana.png")
    site.write(
        "people/ana-kova.md",
        "Title: Ana Kova\nPhoto: photos/ana.png\n\nAna counts wells.\n",
    )
    site.write("a.md", "Title: A\nDate: 2024-01-01\nAuthor: Ana Kova\n\nText.\n")
    output = site.root / "out"
    pelican = Pelican(settings_for(site, output))
    pelican.run()

    def colour() -> tuple:
        written = sorted((output / "people" / "photos").iterdir())
        assert written
        return Image.open(written[0]).convert("RGB").getpixel((10, 10))

    assert colour()[0] < 60  # teal
    Image.new("RGB", (300, 300), (200, 30, 30)).save(photos / "ana.png")
    pelican.run()
    assert colour()[0] > 150  # red: the cached teal portrait was not reused
