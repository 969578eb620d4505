"""The share block works without JavaScript, and copies the link with it.

Where each service reads the shared address and title is the service's own
public format (see each service's share or intent address), written out here
rather than taken from the plugin, so a wrong parameter is caught.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

import pytest
from pelican.plugins.share_block.settings import load
from pelican.settings import read_settings
from pelican_masthead.labels import labels_for

from browser.harness import (
    CO_WRITTEN_ARTICLE,
    PUBLISH_SETTINGS,
    RIGHT_TO_LEFT_ARTICLE,
    ROOT,
    clipboard_after_change,
)

ARTICLES = {
    "co-written-article": CO_WRITTEN_ARTICLE,
    "right-to-left-article": RIGHT_TO_LEFT_ARTICLE,
}
article_address = pytest.mark.parametrize(
    "relative", list(ARTICLES.values()), ids=list(ARTICLES.keys())
)

# What a query parameter must carry: exactly the page's address, exactly its
# title, or a text naming both (for services that take a single text).
ADDRESS, TITLE, TITLE_AND_ADDRESS, MENTIONS_ADDRESS = (
    "address",
    "title",
    "title and address",
    "mentions address",
)

# network key -> (share address without its query, {parameter: what it carries})
SERVICES = {
    "x": ("https://x.com/intent/tweet", {"url": ADDRESS, "text": TITLE}),
    "facebook": ("https://www.facebook.com/sharer/sharer.php", {"u": ADDRESS}),
    "linkedin": ("https://www.linkedin.com/sharing/share-offsite/", {"url": ADDRESS}),
    "whatsapp": ("https://wa.me/", {"text": TITLE_AND_ADDRESS}),
    "telegram": ("https://t.me/share/url", {"url": ADDRESS, "text": TITLE}),
    "reddit": ("https://www.reddit.com/submit", {"url": ADDRESS, "title": TITLE}),
    "hackernews": (
        "https://news.ycombinator.com/submitlink",
        {"u": ADDRESS, "t": TITLE},
    ),
    "bluesky": ("https://bsky.app/intent/compose", {"text": TITLE_AND_ADDRESS}),
    "threads": ("https://www.threads.com/intent/post", {"url": ADDRESS, "text": TITLE}),
    "email": ("mailto:", {"subject": TITLE, "body": MENTIONS_ADDRESS}),
}


@pytest.fixture(scope="module")
def example_settings() -> dict:
    return read_settings(str(ROOT / PUBLISH_SETTINGS))


@pytest.fixture(scope="module")
def share_options(example_settings):
    return load(example_settings)


def article_title(relative: str) -> str:
    """The title the writer gave the article, read from its Markdown source."""
    # The slug is one part of the address ("2024/<slug>/ur/"), whatever the
    # URL pattern around it.
    parts = set(relative.strip("/").split("/"))
    titles = []
    for source in sorted((ROOT / "example_site" / "content").rglob("*.md")):
        fields = {}
        for line in source.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                break
            name, _, value = line.partition(":")
            fields[name.strip().lower()] = value.strip()
        if fields.get("slug", source.stem) in parts and "title" in fields:
            # A translation shares its original's slug; its address also
            # names its language ("2024/<slug>/ur/").
            if fields.get("lang") in parts:
                return fields["title"]
            titles.append(fields["title"])
    if titles:
        return titles[0]
    raise AssertionError(f"no source file has a slug in {relative!r}")


def without_campaign_tags(url: str) -> str:
    """``url`` less its utm_* parameters, which SHARE_UTM may add."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if not k.startswith("utm_")]
    return urlunsplit(parts._replace(query=urlencode(query)))


def decoded_query(href: str) -> dict[str, str]:
    query = urlsplit(href).query
    if href.startswith("mailto:"):
        # In a mailto address "+" is a plus sign (RFC 6068); only %20 is a space.
        pairs = [part.partition("=") for part in query.split("&") if part]
        return {unquote(k): unquote(v) for k, _, v in pairs}
    return dict(parse_qsl(query, keep_blank_values=True))


def service_of(href: str, mastodon_instance: str | None) -> str | None:
    services = dict(SERVICES)
    if mastodon_instance:
        services["mastodon"] = (
            f"https://{mastodon_instance}/share",
            {"text": TITLE_AND_ADDRESS},
        )
    base = href.split("?", 1)[0]
    for key, (address, _) in services.items():
        if base == address:
            return key
    return None


def carrying_problems(
    href: str, carries: dict[str, str], address: str, title: str
) -> list[str]:
    """How the parameters of ``href`` fail to carry the page's address and title."""
    values = decoded_query(href)
    problems = []
    for name, kind in carries.items():
        value = values.get(name)
        if value is None:
            problems.append(f"no {name!r} parameter")
            continue
        words = [without_campaign_tags(word) for word in value.split()]
        if kind == ADDRESS:
            ok = without_campaign_tags(value) == address
        elif kind == TITLE:
            ok = value == title
        elif kind == TITLE_AND_ADDRESS:
            ok = title in value and address in words
        else:
            ok = address in words
        if not ok:
            problems.append(f"{name}={value!r} should carry the {kind}")
    return problems


@article_address
def test_every_share_link_works_without_javascript(loaded, share_options, relative):
    page = loaded(relative, javascript=False).page
    address = page.url
    title = article_title(relative)
    assert page.locator('link[rel="canonical"]').get_attribute("href") == address
    blocks = page.locator(".masthead-share-block").all()
    assert blocks, "no share block"
    # Mastodon has no common address: without a default server it needs the
    # reader's server, which only the script can ask for.
    expected = [
        key
        for key in share_options.networks
        if key != "mastodon" or share_options.mastodon_instance
    ]
    problems = []
    for block in blocks:
        problems += share_block_problems(
            block, expected, share_options.mastodon_instance, address, title
        )
    assert not problems, "\n".join(problems)


def share_block_problems(block, expected, mastodon_instance, address, title):
    found = set()
    problems = []
    for link in block.locator("a[href]").all():
        href = link.get_attribute("href")
        key = service_of(href, mastodon_instance)
        if key is None:
            problems.append(f"{href}: not a share address this test knows")
            continue
        found.add(key)
        if not link.is_visible():
            problems.append(f"{key}: link hidden without JavaScript")
        carries = SERVICES[key][1] if key in SERVICES else {"text": TITLE_AND_ADDRESS}
        problems += [
            f"{key}: {p}" for p in carrying_problems(href, carries, address, title)
        ]
    problems += [
        f"{key}: no link without JavaScript" for key in expected if key not in found
    ]
    problems += [
        f"{key}: shown but not configured" for key in found if key not in expected
    ]
    return problems


@article_address
def test_without_javascript_no_button_is_shown_that_needs_it(loaded, relative):
    page = loaded(relative, javascript=False).page
    buttons = page.locator(".masthead-share-block button")
    shown = [b.inner_text() for b in buttons.all() if b.is_visible()]
    assert not shown, f"buttons that do nothing without JavaScript: {shown}"


@article_address
def test_copy_link_puts_the_address_on_the_clipboard(visit, example_settings, relative):
    opened = visit(relative, permissions=["clipboard-read", "clipboard-write"])
    page = opened.page
    page.evaluate("navigator.clipboard.writeText('nothing copied yet')")
    # The block speaks the article's language (Urdu on the right-to-left one).
    words = labels_for(example_settings, page.locator("html").get_attribute("lang"))
    copy = page.locator(".masthead-share-block").first.get_by_role(
        "button", name=words["share_copy"]
    )
    copy.click()
    copied = clipboard_after_change(page, "nothing copied yet")
    assert copied == page.locator('link[rel="canonical"]').get_attribute("href")
    assert copied == page.url
    assert not opened.console_errors + opened.page_errors
