"""The Urdu subsite of the example site, built with pelican-i18n-subsites
(example_site/subsitesconf.py), as a reader's browser gets it: its staff page
and a profile, accessible, right to left, and loading only from the site."""

from __future__ import annotations

import pytest

from browser.harness import (
    DESKTOP,
    PHONE,
    check_every_axe_rule,
    is_local,
    open_page,
    served_example_site,
)

SUBSITES_SETTINGS = "example_site/subsitesconf.py"
URDU_STAFF_PAGE = "ur/staff/"
URDU_PROFILE = "ur/people/samina-haroon/"


@pytest.fixture(scope="module")
def subsite(tmp_path_factory):
    with served_example_site(
        tmp_path_factory.mktemp("subsites"), SUBSITES_SETTINGS
    ) as site:
        yield site


@pytest.fixture(scope="module")
def shown(chromium, subsite):
    opened = {}

    def look(relative: str, viewport: dict = DESKTOP):
        key = (relative, viewport["width"])
        if key not in opened:
            opened[key] = open_page(chromium, subsite.url(relative), viewport=viewport)
        return opened[key]

    yield look
    for each in opened.values():
        each.page.context.close()


pages = pytest.mark.parametrize("relative", [URDU_STAFF_PAGE, URDU_PROFILE])
viewports = pytest.mark.parametrize(
    "viewport", [DESKTOP, PHONE], ids=["desktop", "phone"]
)


@pages
@viewports
def test_axe_finds_no_violations(shown, relative, viewport):
    check_every_axe_rule(shown(relative, viewport).page)


@pages
def test_loads_everything_from_the_site_itself(shown, subsite, relative):
    visit = shown(relative)
    assert not visit.failed_requests and not visit.page_errors
    assert [u for u in visit.requests if not is_local(u, subsite.netloc)] == []


@pages
def test_reads_right_to_left_in_urdu(shown, relative):
    page = shown(relative).page
    heading = page.locator("main h1").first
    style = heading.evaluate(
        "(el) => [getComputedStyle(el).direction, el.closest('[lang]').lang]"
    )
    assert style[0] == "rtl" and style[1].split("-")[0] == "ur"


def test_the_urdu_staff_page_links_its_english_version(shown, subsite):
    page = shown(URDU_STAFF_PAGE).page
    english = page.locator('head link[rel="alternate"][hreflang="en"]')
    assert english.count() == 1
    href = english.get_attribute("href")
    response = page.context.request.get(href)
    assert response.ok and href.startswith(subsite.origin)
