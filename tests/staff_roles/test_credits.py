"""Credits beyond authorship: under the byline, and on the profile pages of
the people credited, grouped by what they did."""

from __future__ import annotations

import pytest

PLUGINS = ["pelican.plugins.author_profiles", "pelican.plugins.staff_roles"]
ARTICLE = """\
{% extends "base.html" %}
{% block content %}
{% include "masthead/byline.html" %}
{% include "masthead/credits.html" %}
{% endblock %}
"""
AUTHOR = """\
{% extends "base.html" %}
{% block content %}
<h1 class="profile-name">{{ author.name }}</h1>
{% include "masthead/person_work.html" %}
{% endblock %}
"""


@pytest.fixture
def credits_site(site):
    for slug, name in {
        "ada": "Ada Brennock",
        "bram": "Bram Oduya",
        "zeno": "Zeno Arkwright",
        "mira": "Mira Castell",
    }.items():
        site.write(f"people/{slug}.md", f"Title: {name}\nRoles: Editor\n\nBio.\n")
    templates = site.root / "templates"
    templates.mkdir()
    (templates / "article.html").write_text(ARTICLE, encoding="utf-8")
    (templates / "author.html").write_text(AUTHOR, encoding="utf-8")

    def build(**settings):
        return site.build(
            PLUGINS=PLUGINS, THEME_TEMPLATES_OVERRIDES=[str(templates)], **settings
        )

    site.build_credits = build
    return site


def write_article(site, slug, date, extra="", status=""):
    site.write(
        f"{slug}.md",
        f'Title: Piece {slug}: "Rivers" & 🌊\nDate: {date}\nSlug: {slug}\n'
        f"Author: Ada Brennock\n{extra}{status}\nText.\n",
    )


def credits_line(site, page: str) -> str:
    return " ".join(
        site.page(page).select_one(".masthead-credits").get_text(" ").split()
    )


def work(site, slug: str) -> dict[str, list[str]]:
    page = site.page(f"author/{slug}.html")
    return {
        group.select_one(".masthead-person-work__title").get_text(): [
            a.get_text() for a in group.select("li a")
        ]
        for group in page.select(".masthead-person-work")
    }


def test_credits_show_under_the_byline_in_the_settings_order(credits_site):
    write_article(
        credits_site,
        "one",
        "2024-02-01",
        "Translators: Bram Oduya\n"
        "Reviewers: Zeno Arkwright, Mira Castell\n"
        "Editors: bram oduya\n",
    )
    credits_site.build_credits()
    # One person may hold two credits on one article.
    assert credits_line(credits_site, "one.html") == (
        "Edited by Bram Oduya · Reviewed by Zeno Arkwright and Mira Castell "
        "· Translated by Bram Oduya"
    )
    links = credits_site.page("one.html").select(".masthead-credits a")
    assert [a["href"] for a in links] == [
        "https://example.org/author/bram-oduya.html",
        "https://example.org/author/zeno-arkwright.html",
        "https://example.org/author/mira-castell.html",
        "https://example.org/author/bram-oduya.html",
    ]


def test_semicolons_split_names_that_contain_commas(credits_site):
    write_article(
        credits_site, "one", "2024-02-01", "Reviewers: Arkwright, Zeno; Mira Castell\n"
    )
    credits_site.build_credits()
    names = [
        a.get_text()
        for a in credits_site.page("one.html").select(".masthead-credits a")
    ]
    assert names == ["Arkwright, Zeno", "Mira Castell"]


def test_an_article_without_credits_shows_none(credits_site):
    write_article(credits_site, "plain", "2024-02-01")
    credits_site.build_credits()
    assert credits_site.page("plain.html").select_one(".masthead-credits") is None


def test_a_profile_lists_the_persons_work_by_kind_newest_first(credits_site):
    write_article(credits_site, "old", "2023-01-01", "Editors: Bram Oduya\n")
    write_article(
        credits_site,
        "new",
        "2024-06-01",
        "Editors: Bram Oduya\nTranslators: Bram Oduya\n",
    )
    write_article(
        credits_site, "draft", "2024-07-01", "Editors: Bram Oduya\n", "Status: draft\n"
    )
    write_article(
        credits_site,
        "hidden",
        "2024-08-01",
        "Translators: Bram Oduya\n",
        "Status: hidden\n",
    )
    credits_site.build_credits()
    assert work(credits_site, "bram-oduya") == {
        "Edited by Bram Oduya": [
            'Piece new: "Rivers" & 🌊',
            'Piece old: "Rivers" & 🌊',
        ],
        "Translated by Bram Oduya": ['Piece new: "Rivers" & 🌊'],
    }
    # The author's own articles are the theme's to list; the snippet adds
    # only the other kinds of work.
    assert work(credits_site, "ada-brennock") == {}


def test_a_translator_credited_on_a_translation_has_it_on_their_profile(
    credits_site,
):
    write_article(credits_site, "river", "2024-03-01")
    credits_site.write(
        "river-es.md",
        "Title: El río\nDate: 2024-03-02\nSlug: river\nLang: es\n"
        "Author: Ada Brennock\nTranslators: Mira Castell\n\nTexto.\n",
    )
    credits_site.build_credits()
    assert work(credits_site, "mira-castell") == {
        "Translated by Mira Castell": ["El río"]
    }


def test_a_credited_name_without_a_profile_is_reported_and_gets_a_page(
    credits_site, warnings_logged
):
    write_article(
        credits_site, "one", "2024-02-01", "Editors: Bram Oduja; Quill Faraday\n"
    )
    credits_site.build_credits()
    [message] = [m for m in warnings_logged() if "Quill Faraday" in m]
    assert "one.md" in message
    assert "did you mean 'Bram Oduya'" in message
    assert work(credits_site, "quill-faraday") == {
        "Edited by Quill Faraday": ['Piece one: "Rivers" & 🌊']
    }


def test_credit_kinds_and_labels_come_from_the_setting(credits_site):
    write_article(
        credits_site,
        "one",
        "2024-02-01",
        "Editors: Bram Oduya\nIllustrators: Zeno Arkwright\n",
    )
    credits_site.build_credits(
        STAFF_CREDITS={"illustrators": "Illustrations by"},
        MASTHEAD_LABELS={"work_heading": "{name}: {label}"},
    )
    assert credits_line(credits_site, "one.html") == "Illustrations by Zeno Arkwright"
    assert work(credits_site, "zeno-arkwright") == {
        "Zeno Arkwright: Illustrations by": ['Piece one: "Rivers" & 🌊']
    }
    assert work(credits_site, "bram-oduya") == {}


def test_credits_survive_a_rebuild_from_the_content_cache(credits_site):
    write_article(credits_site, "one", "2024-02-01", "Editors: Bram Oduya\n")
    # The generator layer pickles whole articles, credits and all.
    cached = {
        "CACHE_CONTENT": True,
        "LOAD_CONTENT_CACHE": True,
        "CONTENT_CACHING_LAYER": "generator",
    }
    credits_site.build_credits(**cached)
    credits_site.build_credits(**cached)
    assert credits_line(credits_site, "one.html") == "Edited by Bram Oduya"
    assert list(work(credits_site, "bram-oduya")) == ["Edited by Bram Oduya"]
