"""Experts by topic: one entry per topic however it is written, anchors that
every script can have, and topic links that land on them."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from pelican.plugins.staff_roles.experts import topic_id
from pelican_masthead.names import name_key

PLUGINS = ["pelican.plugins.author_profiles", "pelican.plugins.staff_roles"]
SECTIONS = {"Research": ["Senior Research Officer", "Research Officer"]}
AUTHOR_PAGE = """\
{% extends "base.html" %}
{% block content %}
<ul class="topics">
{% for topic in author.expertise %}
<li><a href="{{ SITEURL }}/{{ topic.url }}">{{ topic.name }}</a></li>
{% endfor %}
</ul>
{% endblock %}
"""


@pytest.fixture
def experts_site(site):
    people = {
        "ada": ("Ada Brennock", "Senior Research Officer", "Nuclear Policy, Énergie"),
        "zeno": ("Zeno Arkwright", "Research Officer", "nuclear policy, 水"),
        "mira": ("Mira Castell", "Research Officer", "Nuclear Policy, Shui, 🌊"),
        "lio": ("Lio Baptiste", "Research Officer", "energie, الطاقة"),
    }
    for slug, (name, role, topics) in people.items():
        site.write(
            f"people/{slug}.md",
            f"Title: {name}\nRoles: {role}\nExpertise: {topics}\n\nBio.\n",
        )
    site.write(
        "people/ulla.md",
        "Title: Ulla Renvik\nStaff: former\nExpertise: Nuclear policy, Peat\n\nB.\n",
    )
    site.write(
        "people/gia.md",
        "Title: Gia Morland\nStaff: guest\nExpertise: Tides, energie\n\nBio.\n",
    )
    templates = site.root / "templates"
    templates.mkdir()
    (templates / "author.html").write_text(AUTHOR_PAGE, encoding="utf-8")
    site.write("a.md", "Title: A\nDate: 2024-01-01\nAuthor: Ada Brennock\n\nText.\n")

    def build(**settings):
        return site.build(
            PLUGINS=PLUGINS,
            STAFF_SECTIONS=SECTIONS,
            THEME_TEMPLATES_OVERRIDES=[str(templates)],
            **settings,
        )

    site.build_experts = build
    return site


def topics(site) -> dict[str, list[str]]:
    page = site.page("experts/index.html")
    return {
        t.select_one(".masthead-experts-topic__name").get_text(): [
            p.get_text(strip=True) for p in t.select(".p-name")
        ]
        for t in page.select(".masthead-experts-index .masthead-experts-topic")
    }


def test_a_topic_written_with_other_capitals_or_accents_is_one_topic(experts_site):
    experts_site.build_experts()
    found = topics(experts_site)
    nuclear = [name for name in found if name.casefold() == "nuclear policy"]
    # Two people wrote "Nuclear Policy" and one "nuclear policy".
    assert nuclear == ["Nuclear Policy"]
    # Current staff only, senior first: no former member of staff, no guest.
    assert found["Nuclear Policy"] == ["Ada Brennock", "Mira Castell", "Zeno Arkwright"]
    energy = [name for name in found if name.casefold() in ("énergie", "energie")]
    assert len(energy) == 1
    assert found[energy[0]] == ["Ada Brennock", "Lio Baptiste"]
    assert "Peat" not in found and "Tides" not in found


def test_topics_are_sorted_ignoring_case_and_accents(experts_site):
    experts_site.build_experts()
    latin = [name for name in topics(experts_site) if name.isascii() or "É" in name]
    assert latin == ["Énergie", "Nuclear Policy", "Shui"]


def test_every_topic_has_a_unique_valid_id_in_any_script(experts_site):
    experts_site.build_experts()
    page = experts_site.page("experts/index.html")
    ids = [t["id"] for t in page.select(".masthead-experts-topic")]
    assert len(ids) == len(topics(experts_site)) == 6
    assert len(set(ids)) == len(ids)
    for anchor in ids:
        # Safe in a URL fragment and a CSS selector without escaping.
        assert re.fullmatch(r"[a-z][a-z0-9-]*", anchor), anchor


def test_topic_links_on_cards_and_profiles_land_on_the_persons_topic(experts_site):
    experts_site.build_experts()
    experts = experts_site.page("experts/index.html")
    staff = experts_site.page("staff/index.html")
    checked = 0
    for card in staff.select(".masthead-staff-card"):
        name = card.select_one(".p-name").get_text(strip=True)
        for link in card.select(".masthead-staff-card__topics a"):
            url = urlsplit(link["href"])
            assert url.path == "/experts/"
            target = experts.find(id=url.fragment)
            assert target is not None, link["href"]
            shown = target.select_one(".masthead-experts-topic__name").get_text()
            assert name_key(shown) == name_key(link.get_text())
            listed = [p.get_text(strip=True) for p in target.select(".p-name")]
            if name != "Ulla Renvik":
                assert name in listed
            checked += 1
    assert checked >= 9
    profile = experts_site.page("author/zeno-arkwright.html")
    hrefs = [a["href"] for a in profile.select(".topics a")]
    assert len(hrefs) == 2
    for href in hrefs:
        assert experts.find(id=urlsplit(href).fragment) is not None


def test_a_guests_topic_not_on_the_page_is_not_linked(experts_site):
    experts_site.build_experts()
    profile = experts_site.page("author/gia-morland.html")
    links = {a.get_text(): a["href"] for a in profile.select(".topics a")}
    assert links["energie"].endswith("#" + topic_id("Énergie", set()))
    assert links["Tides"] == "https://example.org/"  # empty topic url


def test_experts_save_as_empty_writes_no_page_and_links_no_topic(experts_site):
    output = experts_site.build_experts(EXPERTS_SAVE_AS="")
    assert not (output / "experts").exists()
    staff = experts_site.page("staff/index.html")
    assert staff.select(".masthead-staff-card__topics .p-category")
    assert not staff.select(".masthead-staff-card__topics a")


def test_topic_ids_do_not_collide():
    taken: set[str] = set()
    first, second = topic_id("水", taken), topic_id("Shui", taken)
    assert first != second
    assert topic_id("🌊", taken).startswith("topic-")
