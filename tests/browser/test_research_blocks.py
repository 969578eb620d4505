"""The research plugin's blocks in a reader's browser: the PDF download, the
reply link, an article's disclosure and a person's, on the example site in
this project's theme. Each page must be accessible with every axe rule,
load nothing from another host, and fit a narrow phone."""

from __future__ import annotations

import pytest

from browser.harness import DESKTOP, PHONE, check_every_axe_rule, is_local
from browser.test_pages import RESOURCE_HINTS

# Each page, and what on it must be there for the checks to cover the block.
PAGES = {
    "2022/rainfall-series-methods-note/": (
        '[data-masthead="pdf-download"] a[href$=".pdf"]',
        '[data-masthead="reply"] a[href^="mailto:"]',
    ),
    "2023/who-pays-for-a-flood/": ('[data-masthead="disclosure"] em',),
    "people/marguerite-oyelaran/": ('.profile__detail a[href^="https://"]',),
}
pages = pytest.mark.parametrize("relative", list(PAGES))
viewports = pytest.mark.parametrize(
    "viewport", [DESKTOP, PHONE], ids=["desktop", "phone"]
)


@pages
def test_the_blocks_are_on_the_page(loaded, relative):
    page = loaded(relative).page
    for selector in PAGES[relative]:
        assert page.locator(selector).count() == 1, selector
        assert page.locator(selector).is_visible(), selector


@pages
@viewports
def test_axe_finds_no_violations(loaded, relative, viewport):
    check_every_axe_rule(loaded(relative, viewport=viewport).page)


@pages
def test_nothing_comes_from_another_host(loaded, local_site, relative):
    shown = loaded(relative)
    outside = [url for url in shown.requests if not is_local(url, local_site.netloc)]
    outside += [
        url
        for url in shown.page.evaluate(RESOURCE_HINTS)
        if not is_local(url, local_site.netloc)
    ]
    assert not outside, "\n".join(outside)
    problems = shown.console_errors + shown.page_errors + shown.failed_requests
    assert not problems, "\n".join(problems)


def test_the_pdf_link_leads_to_the_pdf(loaded, local_site):
    page = loaded("2022/rainfall-series-methods-note/").page
    href = page.locator('[data-masthead="pdf-download"] a').get_attribute("href")
    assert is_local(href, local_site.netloc)
    response = page.request.get(href)
    assert response.ok
    assert response.body().startswith(b"%PDF-")


def test_the_blocks_work_without_javascript(loaded):
    page = loaded("2022/rainfall-series-methods-note/", javascript=False).page
    link = page.locator('[data-masthead="reply"] a')
    assert link.is_visible()
    assert "subject=Re%3A%20Methods%20Note" in link.get_attribute("href")
