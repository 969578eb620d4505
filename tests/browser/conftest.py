"""One example site and one Chromium for the whole browser test session."""

from __future__ import annotations

import pytest
from playwright.sync_api import sync_playwright

from browser.harness import (
    DESKTOP,
    LocalSite,
    Visit,
    launch_chromium,
    open_page,
    served_example_site,
)


@pytest.fixture(scope="session")
def local_site(tmp_path_factory) -> LocalSite:
    """The production example site, built for the local server it is served from."""
    with served_example_site(tmp_path_factory.mktemp("local-site")) as site:
        yield site


@pytest.fixture(scope="session")
def chromium():
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture
def visit(chromium, local_site):
    """Open a page of the local site in a context of its own: ``visit("staff/")``.

    For tests that act on the page (inject a script, click). Keyword arguments
    go to ``harness.open_page``. Every context is closed after the test.
    """
    opened: list[Visit] = []

    def open_relative(relative: str, **options) -> Visit:
        opened.append(open_page(chromium, local_site.url(relative), **options))
        return opened[-1]

    yield open_relative
    for each in opened:
        each.page.context.close()


@pytest.fixture(scope="session")
def loaded(chromium, local_site):
    """A page as loaded, shared by the tests that only look at it.

    ``loaded("staff/", viewport=PHONE)`` opens the page once per session for
    each viewport and JavaScript setting. Tests may read it and inject
    read-only scripts (axe); a test that clicks or types uses ``visit``.
    """
    cache: dict[tuple, Visit] = {}

    def look(relative: str, viewport: dict = DESKTOP, javascript: bool = True):
        key = (relative, tuple(sorted(viewport.items())), javascript)
        if key not in cache:
            cache[key] = open_page(
                chromium,
                local_site.url(relative),
                viewport=viewport,
                javascript=javascript,
            )
        return cache[key]

    yield look
    for each in cache.values():
        each.page.context.close()
