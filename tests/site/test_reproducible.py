"""The same content gives the same site, byte for byte, with or without
Pelican's content cache, also after a people file changes between builds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ALL_PLUGINS, THEME, Site, build_example_site, read_page
from PIL import Image


def files_of(folder: Path) -> dict[str, Path]:
    return {
        p.relative_to(folder).as_posix(): p for p in folder.rglob("*") if p.is_file()
    }


def differences(first: Path, second: Path) -> list[str]:
    """Every file that is in one folder only, or whose bytes differ."""
    a, b = files_of(first), files_of(second)
    assert a and b, "nothing to compare"
    return sorted(
        [f"only in {first.name}: {name}" for name in a.keys() - b.keys()]
        + [f"only in {second.name}: {name}" for name in b.keys() - a.keys()]
        + [
            f"differs: {name}"
            for name in a.keys() & b.keys()
            if a[name].read_bytes() != b[name].read_bytes()
        ]
    )


def test_the_example_site_built_twice_is_byte_identical(example_output, tmp_path):
    again = tmp_path / "again"
    # Another hash seed: nothing may depend on the order of a set or a dict
    # of strings.
    build_example_site(again, env={**os.environ, "PYTHONHASHSEED": "4242"})
    assert len(files_of(again)) > 50
    assert differences(example_output, again) == []


PERSON = """
Title: Ana Kova
Roles: {role}
Summary: {summary}
Photo: ana.jpg

Ana's bio.
"""


def write_site(site: Site) -> None:
    photo = site.content / "people" / "ana.jpg"
    photo.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (200, 240), "#336699").save(photo)
    site.write(
        "people/ana-kova.md",
        PERSON.format(role="Research Officer", summary="Ana studies rivers."),
    )
    site.write("people/bo-lind.md", "Title: Bo Lind\nRoles: Editor\n\nBo edits.\n")
    # Someone with no articles yet: a page and an empty feed.
    site.write("people/cy-marr.md", "Title: Cy Marr\nRoles: Intern\n\nCy is new.\n")
    for number in range(1, 5):
        names = "Ana Kova; Bo Lind" if number % 2 else "Ana Kova"
        site.write(
            f"piece-{number}.md",
            f"""
            Title: Piece {number} & "more"
            Date: 2024-0{number}-01
            Authors: {names}
            Editors: Bo Lind
            Category: Rivers
            Tags: water, cities

            Text of piece {number}.
            """,
        )


def build(site: Site, name: str, layer: str, cached: bool) -> Path:
    output = site.root / name
    site.build(
        OUTPUT_PATH=str(output),
        PLUGINS=ALL_PLUGINS,
        THEME=str(THEME),
        FEED_ALL_ATOM="feeds/all.atom.xml",
        AUTHOR_FEED_ATOM="feeds/authors/{slug}.atom.xml",
        CACHE_CONTENT=cached,
        LOAD_CONTENT_CACHE=cached,
        CONTENT_CACHING_LAYER=layer,
    )
    return output


@pytest.mark.parametrize("layer", ["reader", "generator"])
def test_the_content_cache_gives_the_output_of_a_clean_build(tmp_path, layer):
    site = Site(tmp_path)
    write_site(site)
    clean = build(site, "clean", layer, cached=False)
    filling = build(site, "filling-the-cache", layer, cached=True)
    from_cache = build(site, "from-the-cache", layer, cached=True)
    assert (site.root / "cache").is_dir()
    assert differences(clean, filling) == []
    assert differences(clean, from_cache) == []

    # A people file changes; the articles, read from the cache, do not.
    site.write(
        "people/ana-kova.md",
        PERSON.format(role="Senior Research Officer", summary="Ana maps droughts."),
    )
    edited_from_cache = build(site, "edited-from-the-cache", layer, cached=True)
    edited_clean = build(site, "edited-clean", layer, cached=False)
    assert differences(edited_clean, edited_from_cache) == []

    for number in range(1, 5):
        page = read_page(edited_from_cache, f"piece-{number}-more.html")
        [ana] = [
            entry
            for entry in page.select(".masthead-byline__author")
            if entry.select_one(".p-name").get_text() == "Ana Kova"
        ]
        assert ana.select_one(".p-job-title").get_text() == "Senior Research Officer"
        summaries = [s.get_text() for s in page.select(".masthead-author-box__summary")]
        assert "Ana maps droughts." in summaries
        assert "Ana studies rivers." not in page.get_text()
