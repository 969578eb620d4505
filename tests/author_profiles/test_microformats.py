"""People and articles as IndieWeb readers see them, parsed with mf2py."""

from __future__ import annotations

import mf2py
import pytest
from conftest import read_page


def parse(output, relative):
    page = read_page(output, relative)
    return mf2py.parse(doc=str(page), url="https://larkspur.example/" + relative)


def first_article_with_coauthors(output):
    for path in sorted(output.rglob("index.html")):
        page = read_page(output, str(path.relative_to(output)))
        if len(page.select("main article.h-entry .masthead-byline .p-author")) >= 2:
            return str(path.relative_to(output))
    pytest.fail("the example site should have a co-written article")


def test_an_article_is_an_h_entry_with_every_author_as_an_h_card(example_output):
    relative = first_article_with_coauthors(example_output)
    parsed = parse(example_output, relative)
    [entry] = [i for i in parsed["items"] if "h-entry" in i["type"]]
    authors = entry["properties"]["author"]
    assert len(authors) >= 2
    for author in authors:
        assert author["type"] == ["h-card"]
        assert author["properties"]["name"][0]
        assert author["properties"]["url"][0].startswith("https://larkspur.example/")
        assert author["properties"]["job-title"][0]


def test_a_profile_page_is_an_h_card_with_photo_roles_bio_and_rel_me(example_output):
    # The person with the most links and a photo makes the strictest case.
    best = None
    for path in sorted((example_output / "people").glob("*/index.html")):
        relative = str(path.relative_to(example_output))
        parsed = parse(example_output, relative)
        cards = [i for i in parsed["items"] if "h-card" in i["type"]]
        links = parsed["rels"].get("me", [])
        has_photo = cards and "photo" in cards[0]["properties"]
        if has_photo and links and (best is None or len(links) > best[0]):
            best = (len(links), parsed, cards[0])
    assert best, "some profile should have a photo and links"
    _count, parsed, card = best
    properties = card["properties"]
    for key in ("name", "url", "photo", "job-title", "note"):
        assert properties.get(key), key
    assert all(url.startswith("https://") for url in parsed["rels"]["me"])
