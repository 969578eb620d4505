"""'Cite this' in a reader's browser: readable without JavaScript, copy
buttons with it, its files served, accessible, and nothing from elsewhere."""

from __future__ import annotations

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware
from pelican.settings import read_settings
from pelican_masthead.labels import labels_for

from browser.harness import (
    CO_WRITTEN_ARTICLE,
    PHONE,
    PUBLISH_SETTINGS,
    RIGHT_TO_LEFT_ARTICLE,
    ROOT,
    check_every_axe_rule,
    clipboard_after_change,
    is_local,
)

BLOCK = '[data-masthead="cite"]'
articles = pytest.mark.parametrize(
    "relative",
    [CO_WRITTEN_ARTICLE, RIGHT_TO_LEFT_ARTICLE],
    ids=["co-written-article", "right-to-left-article"],
)


@pytest.fixture(scope="module")
def settings() -> dict:
    return read_settings(str(ROOT / PUBLISH_SETTINGS))


def words_for(settings: dict, relative: str):
    """The labels in the article's language (the Urdu article's are Urdu)."""
    return labels_for(settings, "ur" if "/ur/" in relative else None)


def shown_text(locator) -> str:
    return " ".join(locator.inner_text().split())


@articles
def test_without_javascript_the_citations_show_and_no_button_does(loaded, relative):
    page = loaded(relative, javascript=False).page
    block = page.locator(BLOCK)
    assert block.is_visible()
    canonical = page.locator('link[rel="canonical"]').get_attribute("href")
    for style in ("apa", "chicago"):
        text = shown_text(block.locator(f"#masthead-cite-{style}"))
        assert canonical in text, text
    assert not [b for b in block.locator("button").all() if b.is_visible()]


@articles
def test_copy_puts_each_citation_on_the_clipboard(visit, settings, relative):
    words = words_for(settings, relative)
    opened = visit(relative, permissions=["clipboard-read", "clipboard-write"])
    page = opened.page
    block = page.locator(BLOCK)
    for key, style in (("apa", words["cite_apa"]), ("chicago", words["cite_chicago"])):
        page.evaluate("navigator.clipboard.writeText('nothing copied yet')")
        button = block.get_by_role(
            "button", name=words["cite_copy"].format(style=style)
        )
        button.click()
        copied = clipboard_after_change(page, "nothing copied yet")
        assert copied == shown_text(block.locator(f"#masthead-cite-{key}"))
        status = block.get_by_role("status")
        status.filter(has_text=words["cite_copied"]).wait_for()
    assert not opened.console_errors + opened.page_errors
    netloc = page.url.split("/")[2]
    assert all(is_local(url, netloc) for url in opened.requests), opened.requests


@pytest.mark.parametrize("viewport", [None, PHONE], ids=["desktop", "phone"])
def test_the_block_with_its_buttons_has_no_axe_violation(visit, viewport):
    options = {"viewport": viewport} if viewport else {}
    page = visit(
        CO_WRITTEN_ARTICLE, permissions=["clipboard-read", "clipboard-write"], **options
    ).page
    assert page.locator(f"{BLOCK} button").first.is_visible()
    # Every axe rule, on the block alone (test_pages.py runs them on pages).
    check_every_axe_rule(page, BLOCK)
    # A long address wraps: the block never widens the page.
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1]


def test_the_files_it_links_are_served_and_parse(visit):
    page = visit(CO_WRITTEN_ARTICLE).page
    canonical = page.locator('link[rel="canonical"]').get_attribute("href")
    links = page.locator(f"{BLOCK} a.masthead-cite__file")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert [h.rsplit(".", 1)[1] for h in hrefs] == ["bib", "ris"]
    bib, ris = (page.request.get(href) for href in hrefs)
    assert bib.ok and ris.ok
    [entry] = bibtexparser.parse_string(
        bib.text(), append_middleware=[LatexDecodingMiddleware()]
    ).entries
    assert entry["url"] == canonical
    assert entry["author"].startswith("Castellane, Ewan and Valcourt, Idris and ")
    [record] = rispy.loads(ris.text())
    assert record["urls"] == [canonical]
    assert record["title"] == entry["title"]
