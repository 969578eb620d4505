"""The share block in built pages: links that work, no trackers, any theme."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from conftest import FIXTURES, ROOT, share_network
from pelican.plugins.share_block.networks import NETWORKS
from pelican_masthead.settings import SettingsError

THEME = FIXTURES / "share_theme"
PLUGINS = ["pelican.plugins.author_profiles", "pelican.plugins.share_block"]
SITE = "https://example.org"
TITLE = 'Rivers & "floods" #1 + C++ 🎉 المياه في المدن'
ARTICLE = f"""
    Title: {TITLE}
    Slug: rivers
    Date: 2024-03-01
    Author: Wen Li

    Body text.
    """


def build(site, **overrides):
    settings = {"PLUGINS": PLUGINS, "THEME_TEMPLATES_OVERRIDES": [str(THEME)]}
    return site.build(**{**settings, **overrides})


def share_block_of(page):
    return page.find("nav", class_="masthead-share-block")


def decoded(href: str) -> dict[str, str]:
    """The parameters of a share address, decoded once."""
    query = urlsplit(href).query
    if href.startswith("mailto:"):
        pairs = [part.split("=", 1) for part in query.split("&")]
        return {unquote(k): unquote(v) for k, v in pairs}
    return {k: v for k, [v] in parse_qs(query, strict_parsing=True).items()}


def test_every_link_decodes_back_to_the_title_and_the_absolute_address(site):
    site.write("rivers.md", ARTICLE)
    build(site, SHARE_MASTODON_INSTANCE="social.example", SOCIAL_X_HANDLE="larkspur")
    page = site.page("rivers.html")
    url = f"{SITE}/rivers.html"
    links = share_block_of(page).find_all("a")
    assert [share_network(a) for a in links] == list(NETWORKS)
    for link in links:
        # html.parser has undone the HTML escaping once; now the URL encoding.
        values = decoded(link["href"]).values()
        assert any(v == url or v.endswith(" " + url) for v in values), link["href"]
        if share_network(link) not in ("facebook", "linkedin"):
            assert any(v.startswith(TITLE) for v in values), link["href"]
        # Only the script needs data-share-network.
        assert link["rel"] == ["noopener", "noreferrer"]
        assert link.has_attr("data-share-network") == (
            share_network(link) == "mastodon"
        )
        assert link["href"].startswith(("https://", "mailto:"))


def test_the_block_is_a_labelled_landmark_with_named_links(site):
    site.write("rivers.md", ARTICLE)
    build(site)
    block = share_block_of(site.page("rivers.html"))
    assert block["aria-label"] == "Share this article"
    for control in block.find_all(["a", "button"]):
        assert control.get_text(strip=True), control
        assert control.svg["aria-hidden"] == "true"
    assert block.find(attrs={"role": "status"}) is not None


def test_controls_needing_javascript_are_hidden_until_the_script_shows_them(site):
    site.write("rivers.md", ARTICLE)
    build(site)
    block = share_block_of(site.page("rivers.html"))
    buttons = block.find_all("button")
    assert {b["data-share-action"] for b in buttons} == {"mastodon", "copy", "native"}
    for button in buttons:
        assert button.find_parent("li").has_attr("hidden")
        assert button["type"] == "button"
    for link in block.find_all("a"):
        assert not link.find_parent("li").has_attr("hidden")
    # No inline script, handler or style, so a strict CSP allows the block.
    for element in block.find_all(True):
        assert not [a for a in element.attrs if a.startswith("on") or a == "style"]


def test_share_no_removes_the_block_but_keeps_the_preview_tags(site):
    site.write("rivers.md", ARTICLE.replace("Author:", "Share: no\n    Author:"))
    build(site)
    page = site.page("rivers.html")
    assert share_block_of(page) is None
    assert page.find("script", src=True) is None
    assert page.find("meta", property="og:title")["content"] == TITLE


def test_an_unreadable_share_value_is_reported_with_the_file(site, warnings_logged):
    site.write("rivers.md", ARTICLE.replace("Author:", "Share: perhaps\n    Author:"))
    build(site)
    assert share_block_of(site.page("rivers.html")) is not None
    [message] = [m for m in warnings_logged() if "'Share'" in m]
    assert "rivers.md" in message and "'perhaps'" in message


def test_pages_load_nothing_from_other_hosts(site):
    site.write("rivers.md", ARTICLE)
    build(site, SOCIAL_DEFAULT_IMAGE="images/card.png")
    for path in ("rivers.html", "author/wen-li.html"):
        page = site.page(path)
        loaded = [s.get("src") for s in page.find_all(["script", "img"])]
        loaded += [link.get("href") for link in page.find_all("link")]
        for address in filter(None, loaded):
            host = urlsplit(address).netloc
            assert host in ("", "example.org"), f"{path} loads {address}"


def test_the_script_is_written_to_the_output_and_referenced(site):
    site.write("rivers.md", ARTICLE)
    output = build(site)
    script = output / "masthead" / "share.js"
    assert script.is_file()
    assert "navigator.clipboard.writeText" in script.read_text(encoding="utf-8")
    [tag] = site.page("rivers.html").find_all("script", src=True)
    assert tag["src"] == f"{SITE}/masthead/share.js"
    assert tag.has_attr("defer")


def test_a_plugin_run_at_finalized_before_ours_finds_the_script(site):
    # Post-processing plugins (gzip, minify) work at `finalized`; one loaded
    # before share_block hears it first, and must find the script written.
    from pelican import signals
    from pelican.plugins.share_block import wiring

    seen: list[bool] = []

    def compress(pelican) -> None:
        seen.append((Path(pelican.output_path) / "masthead" / "share.js").is_file())

    # Receivers run in the order they were connected; share_block's are
    # connected again by this build, after this one.
    signals.finalized.disconnect(wiring.copy_script)
    signals.finalized.connect(compress)
    try:
        site.write("rivers.md", ARTICLE)
        build(site)
    finally:
        signals.finalized.disconnect(compress)
    assert seen == [True]


def test_the_script_path_can_be_changed_or_turned_off(site):
    site.write("rivers.md", ARTICLE)
    output = build(site, SHARE_SCRIPT_PATH="assets/js/sharing.js")
    assert (output / "assets/js/sharing.js").is_file()
    [tag] = site.page("rivers.html").find_all("script", src=True)
    assert tag["src"] == f"{SITE}/assets/js/sharing.js"

    output = build(site, SHARE_SCRIPT_PATH="", DELETE_OUTPUT_DIRECTORY=True)
    block = share_block_of(site.page("rivers.html"))
    assert block.find("script") is None and block.find("button") is None
    # The snippets' stylesheet may be there; no script is.
    assert not list(output.rglob("*.js"))
    assert block.find_all("a")  # the plain links remain


def test_the_setting_orders_the_links(site):
    site.write("rivers.md", ARTICLE)
    build(site, SHARE_NETWORKS=["email", "bluesky", "linkedin"], SHARE_NATIVE=False)
    block = share_block_of(site.page("rivers.html"))
    assert [share_network(a) for a in block.find_all("a")] == [
        "email",
        "bluesky",
        "linkedin",
    ]
    assert [b["data-share-action"] for b in block.find_all("button")] == ["copy"]


def test_an_unknown_network_stops_the_build(site):
    site.write("rivers.md", ARTICLE)
    with pytest.raises(SettingsError, match=r"'friendster'.*bluesky"):
        build(site, SHARE_NETWORKS=["x", "friendster"])


def test_pages_get_a_block_too(site):
    site.write("pages/about.md", "Title: About & contact\n\nText.\n")
    build(site, SHARE_NETWORKS=["email"])
    block = share_block_of(site.page("pages/about-contact.html"))
    assert block["aria-label"] == "Share this page"
    assert decoded(block.a["href"]) == {
        "subject": "About & contact",
        "body": f"{SITE}/pages/about-contact.html",
    }


def build_in_own_process(site, **overrides) -> None:
    """Build as ``site.build`` does, in a new interpreter.

    Pelican never disconnects a plugin's signal receivers, so a plugin that an
    earlier test enabled would still act on a build in this process.
    """
    code = (
        "import json, sys; from pathlib import Path; sys.path.insert(0, sys.argv[1])\n"
        "from conftest import Site\n"
        "Site(Path(sys.argv[2])).build(**json.loads(sys.argv[3]))"
    )
    arguments = [str(ROOT / "tests"), str(site.root), json.dumps(overrides)]
    result = subprocess.run(
        [sys.executable, "-c", code, *arguments], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_works_without_author_profiles(site):
    site.write(
        "rivers.md", ARTICLE.replace("Author: Wen Li", "Authors: Wen Li; Ana Kova")
    )
    build_in_own_process(
        site,
        PLUGINS=["pelican.plugins.share_block"],
        THEME_TEMPLATES_OVERRIDES=[str(THEME)],
    )
    page = site.page("rivers.html")
    assert share_block_of(page).select_one(".masthead-share-x a")
    authors = [m["content"] for m in page.find_all("meta", property="article:author")]
    assert authors == [f"{SITE}/author/wen-li.html", f"{SITE}/author/ana-kova.html"]
    [data] = [
        json.loads(s.string)
        for s in page.find_all("script", type="application/ld+json")
    ]
    assert [(a["name"], a["url"]) for a in data["author"]] == [
        ("Wen Li", f"{SITE}/author/wen-li.html"),
        ("Ana Kova", f"{SITE}/author/ana-kova.html"),
    ]
    profile = site.page("author/ana-kova.html")
    assert profile.find("meta", property="og:type")["content"] == "profile"
    [data] = [
        json.loads(s.string)
        for s in profile.find_all("script", type="application/ld+json")
    ]
    assert data["@type"] == "ProfilePage"
    assert data["mainEntity"]["name"] == "Ana Kova"


def test_works_in_pelicans_default_theme_by_extending_its_article(site, tmp_path):
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    (overrides / "article.html").write_text(
        '{% extends "!theme/article.html" %}\n'
        "{% block extra_head %}{{ super() }}"
        '{% include "masthead/social_meta.html" ignore missing %}{% endblock %}\n'
        "{% block content %}{{ super() }}"
        '{% include "masthead/share_block.html" ignore missing %}{% endblock %}\n',
        encoding="utf-8",
    )
    site.write("rivers.md", ARTICLE.replace(TITLE, "Rain gardens"))
    site.build(
        PLUGINS=PLUGINS,
        THEME_TEMPLATES_OVERRIDES=[str(overrides)],
        SHARE_NETWORKS=["reddit"],
    )
    page = site.page("rivers.html")
    assert page.head.find("meta", property="og:url")["content"] == f"{SITE}/rivers.html"
    link = share_block_of(page).a
    assert decoded(link["href"]) == {
        "url": f"{SITE}/rivers.html",
        "title": "Rain gardens",
    }
