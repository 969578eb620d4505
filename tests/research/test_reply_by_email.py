"""Reader replies by email: a mailto: link under each article when
RESEARCH_REPLY_EMAIL is set."""

from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from conftest import ALL_PLUGINS, THEME
from pelican.plugins.research.settings import load
from pelican.settings import DEFAULT_CONFIG
from pelican_masthead.settings import SettingsError

TITLE = 'Rivers & "dams": 50% + more? #1 شُكراً'


def articles(site) -> None:
    site.write("a.md", f"Title: {TITLE}\nDate: 2024-01-01\n\nText.\n")
    site.write("b.md", "Title: B\nDate: 2024-01-02\nReplies: no\n\nOther.\n")


def reply_link(page):
    return page.select_one('[data-masthead="reply"] a')


@pytest.mark.parametrize("theme", ["notmyidea", str(THEME)])
def test_each_article_gets_a_reply_link_with_its_title_as_subject(site, theme):
    articles(site)
    site.build(
        PLUGINS=ALL_PLUGINS,
        THEME=theme,
        RESEARCH_REPLY_EMAIL="letters@example.org",
        SLUGIFY_SOURCE="basename",
    )
    link = reply_link(site.page("a.html"))
    assert link.get_text() == "Reply by email"
    href = link["href"]
    parts = urlsplit(href)
    assert parts.scheme == "mailto" and parts.path == "letters@example.org"
    assert "+" not in parts.query and " " not in href
    assert parse_qs(parts.query)["subject"] == [f"Re: {TITLE}"]
    assert unquote(parts.query.split("=", 1)[1]) == f"Re: {TITLE}"
    assert reply_link(site.page("b.html")) is None  # Replies: no


def test_no_link_without_the_setting(site):
    articles(site)
    site.build(PLUGINS=ALL_PLUGINS, SLUGIFY_SOURCE="basename")
    assert reply_link(site.page("a.html")) is None


def test_an_unreadable_replies_field_is_named_and_the_link_kept(site, warnings_logged):
    site.write("a.md", "Title: A\nDate: 2024-01-01\nReplies: perhaps\n\nText.\n")
    site.build(PLUGINS=ALL_PLUGINS, RESEARCH_REPLY_EMAIL="letters@example.org")
    assert any("a.md" in m and "'Replies'" in m for m in warnings_logged())
    assert reply_link(site.page("a.html")) is not None


@pytest.mark.parametrize(
    "address",
    [
        "letters",
        '"><script>alert(1)</script>@example.org',
        "letters@example.org?cc=everyone@example.org",
        "a b@example.org",
        "letters@localhost",
    ],
)
def test_a_wrong_reply_address_stops_the_build_naming_the_setting(address):
    with pytest.raises(SettingsError, match="RESEARCH_REPLY_EMAIL"):
        load({**DEFAULT_CONFIG, "RESEARCH_REPLY_EMAIL": address})
