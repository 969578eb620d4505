"""Share addresses: every network, awkward titles, and the settings choosing them.

Where each network reads the address and the title is its public share format
(shared/FIELD_NOTES "Share link formats"), written out here rather than taken
from the plugin, so a wrong parameter name or host is caught.
"""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pelican.plugins.share_block.links import build_block, share_choice
from pelican.plugins.share_block.networks import NETWORKS
from pelican.plugins.share_block.settings import load
from pelican_masthead.settings import SettingsError

PAGE = "https://example.org/2024/rivers/"
TRICKY_TITLES = [
    "Rivers & floods",
    'The "sponge city" idea',
    "Issue #5: what next?",
    "C++ and 1+1=2",
    "Rain 🎉 gardens",
    "المياه في المدن",  # Arabic, right to left
    "شہروں میں زیر زمین پانی — a mixed line",
    "</script><script>alert(1)</script> 'quoted' & 100% ;=?/",
]

# network -> (address before "?", {parameter: "url" | "title" | "both"})
FORMATS = {
    "x": ("https://x.com/intent/tweet", {"url": "url", "text": "title"}),
    "facebook": ("https://www.facebook.com/sharer/sharer.php", {"u": "url"}),
    "linkedin": ("https://www.linkedin.com/sharing/share-offsite/", {"url": "url"}),
    "whatsapp": ("https://wa.me/", {"text": "both"}),
    "telegram": ("https://t.me/share/url", {"url": "url", "text": "title"}),
    "reddit": ("https://www.reddit.com/submit", {"url": "url", "title": "title"}),
    "hackernews": (
        "https://news.ycombinator.com/submitlink",
        {"u": "url", "t": "title"},
    ),
    "bluesky": ("https://bsky.app/intent/compose", {"text": "both"}),
    "mastodon": ("https://social.example/share", {"text": "both"}),
    "threads": ("https://www.threads.com/intent/post", {"url": "url", "text": "title"}),
    "email": ("mailto:", {"subject": "title", "body": "url"}),
}


def make_options(**overrides):
    settings_dict = {"SITEURL": "https://example.org", "SITENAME": "Test", **overrides}
    return load(settings_dict)


def query_of(href: str) -> dict[str, str]:
    """The decoded parameters of a share address, each given exactly once."""
    query = urlsplit(href).query
    if href.startswith("mailto:"):
        # RFC 6068: in mailto a "+" is a plus sign, so parse_qs would mislead.
        pairs = [part.split("=", 1) for part in query.split("&")]
        return {unquote(k): unquote(v) for k, v in pairs}
    parsed = parse_qs(query, keep_blank_values=True, strict_parsing=True)
    assert all(len(v) == 1 for v in parsed.values()), href
    return {k: v[0] for k, v in parsed.items()}


def assert_carries(key: str, href: str, title: str, url: str) -> None:
    base, params = FORMATS[key]
    assert href.split("?", 1)[0] == base, key
    values = query_of(href)
    for name, carries in params.items():
        expected = {"url": url, "title": title, "both": f"{title} {url}"}[carries]
        assert values[name] == expected, (key, name)


@pytest.mark.parametrize("title", TRICKY_TITLES)
def test_every_network_carries_the_title_and_address(title):
    opts = make_options(SHARE_MASTODON_INSTANCE="social.example")
    block = build_block(PAGE, title, opts)
    by_key = {link.key: link.url for link in block.links}
    assert list(by_key) == list(NETWORKS)
    for key, href in by_key.items():
        assert_carries(key, href, title, PAGE)


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=120))
def test_any_title_survives_the_round_trip(title):
    opts = make_options(SHARE_MASTODON_INSTANCE="social.example")
    for link in build_block(PAGE, title, opts).links:
        assert_carries(link.key, link.url, title, PAGE)
        assert " " not in link.url and "\n" not in link.url


def test_mail_links_write_spaces_as_percent_20_never_plus():
    opts = make_options(SHARE_NETWORKS=["email"])
    [email] = build_block(PAGE, "Rain gardens + swales", opts).links
    assert "+" not in email.url
    assert "Rain%20gardens%20%2B%20swales" in email.url
    assert query_of(email.url)["subject"] == "Rain gardens + swales"


def test_the_x_link_names_the_site_account_only_when_set():
    with_handle = make_options(SHARE_NETWORKS=["x"], SOCIAL_X_HANDLE="@larkspur")
    [link] = build_block(PAGE, "Rivers", with_handle).links
    assert query_of(link.url)["via"] == "larkspur"
    [link] = build_block(PAGE, "Rivers", make_options(SHARE_NETWORKS=["x"])).links
    assert "via" not in query_of(link.url)


def test_bluesky_posts_are_cut_to_fit_its_limit_and_keep_the_address():
    opts = make_options(SHARE_NETWORKS=["bluesky"])
    long_title = "Water " * 80
    [link] = build_block(PAGE, long_title, opts).links
    text = query_of(link.url)["text"]
    assert len(text) <= 300
    assert text.endswith(" " + PAGE)
    assert text.startswith("Water Water")


def test_the_setting_chooses_the_networks_and_their_order():
    opts = make_options(SHARE_NETWORKS=["email", "bluesky", "x"])
    assert [link.key for link in build_block(PAGE, "T", opts).links] == [
        "email",
        "bluesky",
        "x",
    ]


def test_an_unknown_network_stops_the_build_and_lists_the_valid_ones():
    with pytest.raises(SettingsError) as error:
        make_options(SHARE_NETWORKS=["x", "myspace"])
    message = str(error.value)
    assert "SHARE_NETWORKS" in message and "'myspace'" in message
    for key in NETWORKS:
        assert key in message


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("SHARE_NETWORKS", "x"),  # a string, not a list
        ("SHARE_NETWORKS", ["x", "x"]),
        ("SHARE_MASTODON_INSTANCE", "https://mastodon.social/"),
        ("SHARE_MASTODON_INSTANCE", "mastodon"),
        ("SHARE_UTM", {"source": "x"}),
        ("SHARE_UTM", {"utm_medium": ""}),
        ("SHARE_SCRIPT_PATH", "../share.js"),
        ("SOCIAL_X_HANDLE", "not a handle"),
        ("SOCIAL_ARTICLE_TYPE", "Newspaper"),
        ("SOCIAL_DESCRIPTION_LENGTH", 5),
        ("SHARE_COPY_LINK", "yes"),
    ],
)
def test_settings_with_unusable_values_are_named_in_the_error(name, value):
    with pytest.raises(SettingsError, match=name):
        make_options(**{name: value})


def test_campaign_parameters_go_on_shared_addresses_not_on_the_page_address():
    opts = make_options(
        SHARE_NETWORKS=["facebook", "email"],
        SHARE_UTM={"utm_medium": "social", "utm_campaign": "share"},
    )
    block = build_block(PAGE, "Rivers", opts)
    assert block.url == PAGE  # what "copy link" and the share sheet use
    for link in block.links:
        shared = query_of(link.url)["u" if link.key == "facebook" else "body"]
        parts = urlsplit(shared)
        assert parts._replace(query="").geturl() == PAGE
        assert parse_qs(parts.query) == {
            "utm_source": [link.key],
            "utm_medium": ["social"],
            "utm_campaign": ["share"],
        }


def test_mastodon_without_a_server_is_a_scripted_button_not_a_dead_link():
    block = build_block(PAGE, "Rivers", make_options(SHARE_NETWORKS=["mastodon"]))
    item = block.items[0]
    assert item.key == "mastodon" and item.needs_script and not item.url
    assert block.links == []
    # The script composes "title address" for the server the reader names.
    assert block.text == f"Rivers {PAGE}"


def test_mastodon_with_a_server_is_a_plain_link_to_it():
    opts = make_options(
        SHARE_NETWORKS=["mastodon"], SHARE_MASTODON_INSTANCE="social.example"
    )
    [link] = build_block(PAGE, "Rivers", opts).links
    assert_carries("mastodon", link.url, "Rivers", PAGE)


def test_buttons_needing_the_script_exist_only_when_it_is_shipped():
    shipped = build_block(PAGE, "T", make_options(SHARE_NETWORKS=["mastodon"]))
    assert [i.key for i in shipped.items] == ["mastodon", "copy", "native"]
    assert all(i.needs_script for i in shipped.items)
    bare = build_block(
        PAGE, "T", make_options(SHARE_NETWORKS=["mastodon"], SHARE_SCRIPT_PATH="")
    )
    assert bare.items == []
    neither = make_options(SHARE_NETWORKS=[], SHARE_COPY_LINK=False, SHARE_NATIVE=False)
    assert build_block(PAGE, "T", neither).items == []


def test_every_entry_has_a_label_and_a_decorative_icon():
    block = build_block(
        PAGE, "T", make_options(MASTHEAD_LABELS={"share_email": "Courriel"})
    )
    labels = {item.key: item.label for item in block.items}
    assert labels["email"] == "Courriel"
    assert labels["hackernews"] == "Hacker News"
    assert labels["copy"] == "Copy link"
    # Drawn by its own attributes, so it looks right in a theme without our CSS.
    drawn = (
        'viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" '
        'stroke-width="2" stroke-linecap="round" stroke-linejoin="round"'
    )
    for item in block.items:
        assert item.icon.startswith("<svg") and 'aria-hidden="true"' in item.icon
        assert drawn in item.icon


@pytest.mark.parametrize(
    ("value", "choice"),
    [("no", False), ("No", False), ("off", False), ("false", False), ("yes", True),
     ("true", True), (" Yes ", True), ("maybe", None), ("", None)],
)  # fmt: skip
def test_share_metadata_values(value, choice):
    assert share_choice(value) is choice
