"""Pages of the example site as a reader's browser gets them.

Each kind of page the theme has (a co-written article, a right-to-left article,
a profile with a portrait, a profile in a right-to-left language, the staff
directory and the front page) is loaded
from the local server in Chromium and must be accessible, clean and local.
"""

from __future__ import annotations

import pytest

from browser.harness import (
    CO_WRITTEN_ARTICLE,
    CORRECTED_ARTICLE,
    CORRECTIONS_PAGE,
    DESKTOP,
    FRONT_PAGE,
    PHONE,
    PROFILE_WITH_PHOTO,
    RIGHT_TO_LEFT_ARTICLE,
    RIGHT_TO_LEFT_PROFILE,
    STAFF_PAGE,
    check_every_axe_rule,
    is_local,
)

PAGES = {
    "co-written-article": CO_WRITTEN_ARTICLE,
    "right-to-left-article": RIGHT_TO_LEFT_ARTICLE,
    "profile-with-photo": PROFILE_WITH_PHOTO,
    "right-to-left-profile": RIGHT_TO_LEFT_PROFILE,
    "staff": STAFF_PAGE,
    "front-page": FRONT_PAGE,
    "corrected-article": CORRECTED_ARTICLE,
    "corrections": CORRECTIONS_PAGE,
}

page_address = pytest.mark.parametrize(
    "relative", list(PAGES.values()), ids=list(PAGES.keys())
)


# Elements sticking out past either edge (the left one on a right-to-left
# page), to say what makes a page scroll sideways rather than only that it does.
OVERFLOWING_ELEMENTS = """
() => {
    const edge = document.documentElement.clientWidth;
    const describe = (el) => el.tagName.toLowerCase()
        + (el.id ? "#" + el.id : "")
        + (el.classList.length ? "." + [...el.classList].join(".") : "");
    return [...document.body.querySelectorAll("*")]
        .map((el) => [el, el.getBoundingClientRect()])
        .filter(([, box]) => box.right > edge + 0.5 || box.left < -0.5)
        .slice(0, 8)
        .map(([el, box]) => `${describe(el)} (from ${Math.round(box.left)}`
            + ` to ${Math.round(box.right)} px)`);
}
"""

RESOURCE_HINTS = """
() => [...document.querySelectorAll(
    'link[rel~="preconnect"], link[rel~="dns-prefetch"], '
    + 'link[rel~="prefetch"], link[rel~="preload"], link[rel~="modulepreload"]'
)].map((link) => link.href)
"""


viewports = pytest.mark.parametrize(
    "viewport", [DESKTOP, PHONE], ids=["desktop", "phone"]
)


@page_address
@viewports
def test_axe_finds_no_violations_with_every_rule(loaded, relative, viewport):
    check_every_axe_rule(loaded(relative, viewport=viewport).page)


@page_address
@viewports
def test_page_loads_without_errors_or_failed_requests(loaded, relative, viewport):
    shown = loaded(relative, viewport=viewport)
    problems = (
        [f"console error: {text}" for text in shown.console_errors]
        + [f"uncaught exception: {text}" for text in shown.page_errors]
        + [f"failed request: {text}" for text in shown.failed_requests]
    )
    assert not problems, "\n".join(problems)


@page_address
@viewports
def test_page_loads_nothing_from_another_host(loaded, local_site, relative, viewport):
    shown = loaded(relative, viewport=viewport)
    assert shown.requests, "no request was recorded at all"
    outside = [url for url in shown.requests if not is_local(url, local_site.netloc)]
    outside += [
        f"{url} (resource hint)"
        for url in shown.page.evaluate(RESOURCE_HINTS)
        if not is_local(url, local_site.netloc)
    ]
    assert not outside, "\n".join(outside)


@page_address
def test_page_does_not_scroll_sideways_on_a_narrow_phone(loaded, relative):
    page = loaded(relative, viewport=PHONE).page
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth,"
        " document.documentElement.clientWidth]"
    )
    scroll_width, client_width = widths
    assert client_width <= PHONE["width"]
    assert scroll_width <= client_width, (
        f"{scroll_width} px of content in a {client_width} px window; "
        "wider elements: " + "; ".join(page.evaluate(OVERFLOWING_ELEMENTS))
    )


ICONS = """
() => [...document.querySelectorAll('link[rel~="icon"]')].map((link) => link.href)
"""


@page_address
def test_the_icon_browsers_ask_for_is_there(loaded, local_site, relative):
    # Browsers fetch an icon for every tab (headless Chromium does not, so the
    # load checks above cannot see it): the one the page names, or else
    # /favicon.ico, whose 404 would be a console error for every reader.
    shown = loaded(relative)
    icons = shown.page.evaluate(ICONS) or [local_site.url("favicon.ico")]
    problems = []
    for icon in icons:
        if not is_local(icon, local_site.netloc):
            problems.append(f"{icon}: on another host")
            continue
        if icon.startswith("data:"):
            continue
        response = shown.page.request.get(icon)
        if not response.ok:
            problems.append(f"{icon}: HTTP {response.status}")
    assert not problems, "\n".join(problems)


# What makes each chosen page the kind it stands for, so that a change to the
# example content cannot quietly leave a kind of page unchecked.
KINDS = {
    CO_WRITTEN_ARTICLE: ("main .masthead-byline .p-author", 2),
    PROFILE_WITH_PHOTO: ("main .h-card img.u-photo", 1),
    RIGHT_TO_LEFT_PROFILE: ('main .masthead-languages a[hreflang="en"]', 1),
    STAFF_PAGE: (".masthead-staff-directory .masthead-staff-card", 2),
    CORRECTED_ARTICLE: ("main .masthead-corrections__note", 2),
    CORRECTIONS_PAGE: ("main .masthead-corrections-list__item", 2),
}


@pytest.mark.parametrize(
    "relative", list(KINDS), ids=[n for n, r in PAGES.items() if r in KINDS]
)
def test_each_chosen_page_is_the_kind_it_stands_for(loaded, relative):
    selector, at_least = KINDS[relative]
    found = loaded(relative).page.locator(selector).count()
    assert found >= at_least, f"{relative}: {found} × {selector}"


def test_the_staff_page_checked_has_the_policy_links_and_funders(loaded):
    # axe and the other checks above cover "How we work" only while it is there.
    page = loaded(STAFF_PAGE).page
    assert page.locator(".masthead-policies__links a").count() == 3
    assert page.locator(".masthead-policies__funders li").count() >= 1


def test_the_profile_checked_has_a_media_contact_with_its_link(loaded):
    # So axe, the no-third-party check and the phone width cover the block.
    page = loaded(PROFILE_WITH_PHOTO).page
    block = page.locator(".masthead-media-contact")
    assert block.count() == 1
    assert block.locator("a[href^='mailto:']").count() == 1
    assert block.locator("bdi").count() >= 2


def test_the_corrected_article_links_its_notice_to_its_notes(visit):
    page = visit(CORRECTED_ARTICLE).page
    notice = page.locator("main .masthead-corrected a")
    assert notice.inner_text().startswith("Updated on")
    notice.click()
    assert page.evaluate("location.hash") == "#masthead-corrections"
    assert page.locator("#masthead-corrections").is_visible()


def test_right_to_left_article_reads_right_to_left(loaded):
    page = loaded(RIGHT_TO_LEFT_ARTICLE).page
    heading = page.locator("main h1").first
    assert heading.evaluate("(el) => getComputedStyle(el).direction") == "rtl"
    language = heading.evaluate("(el) => el.closest('[lang]').getAttribute('lang')")
    assert language.split("-")[0] == "ur"


def test_right_to_left_profile_reads_right_to_left(loaded):
    page = loaded(RIGHT_TO_LEFT_PROFILE, viewport=DESKTOP).page
    name = page.locator("main .profile__name")
    assert name.inner_text().endswith("ثمینہ ہارون")
    style = name.evaluate(
        "(el) => [getComputedStyle(el).direction, el.closest('[lang]').lang]"
    )
    assert style == ["rtl", "ur"]
    # Laid out from the right: the name starts at the right of the portrait.
    photo = page.locator("main .profile__photo").bounding_box()
    text = page.locator("main .profile__intro").bounding_box()
    assert photo["x"] > text["x"]
    bio = page.locator("main .profile__bio p").first
    assert bio.evaluate("(el) => getComputedStyle(el).textAlign") in ("start", "right")
    assert bio.evaluate("(el) => getComputedStyle(el).direction") == "rtl"
    # The site's own words around the profile keep the site's language.
    footer = page.locator("footer.site-footer")
    assert footer.evaluate("(el) => getComputedStyle(el).direction") == "ltr"
    english = page.locator('main .masthead-languages a[hreflang="en"]')
    assert english.evaluate("(el) => getComputedStyle(el).direction") == "ltr"
