"""Ranks of roles: the primary title, the title at an article's date, warnings
about unranked roles, and the settings and plugins staff_roles needs."""

from __future__ import annotations

import pytest
from pelican.plugins.author_profiles.person import Role
from pelican.plugins.staff_roles.ranks import Ranks
from pelican_masthead.settings import SettingsError

PLUGINS = ["pelican.plugins.author_profiles", "pelican.plugins.staff_roles"]
SECTIONS = {
    "Leadership": ["Director", "Deputy Director"],
    "Research": ["Senior Research Officer", "Research Officer"],
    "Communications": ["Editor"],
}
ARTICLE = """\
{% extends "base.html" %}
{% block content %}
<article>
{% include "masthead/byline.html" %}
{% include "masthead/author_box.html" %}
</article>
{% endblock %}
"""


@pytest.fixture
def build(site):
    """Build ``site`` with both plugins and an article template that shows the
    byline and the author boxes."""
    templates = site.root / "templates"
    templates.mkdir()
    (templates / "article.html").write_text(ARTICLE, encoding="utf-8")

    def run(**settings):
        return site.build(
            PLUGINS=PLUGINS,
            STAFF_SECTIONS=SECTIONS,
            THEME_TEMPLATES_OVERRIDES=[str(templates)],
            **settings,
        )

    return run


def article(site, slug: str, date: str, author: str) -> None:
    site.write(
        f"{slug}.md",
        f"Title: {slug}\nDate: {date}\nSlug: {slug}\nAuthor: {author}\n\nText.\n",
    )


def titles_shown(site, slug: str) -> tuple[str, str]:
    page = site.page(f"{slug}.html")
    byline = page.select_one(".masthead-byline .p-job-title").get_text(strip=True)
    box = page.select_one(".masthead-author-box .masthead-author-box__roles").get_text(
        strip=True
    )
    return byline, box


def test_roles_sort_by_rank_ignoring_case_unknown_ones_last_in_their_order():
    ranks = Ranks.from_sections(SECTIONS)
    roles = [Role("Gardener"), Role("research officer"), Role("Cook"), Role("DIRECTOR")]
    assert [r.title for r in ranks.sort(roles)] == [
        "DIRECTOR",
        "research officer",
        "Gardener",
        "Cook",
    ]
    assert ranks.section("senior  research officer") == "Research"
    assert ranks.section("Gardener") is None


def test_the_byline_and_author_box_show_the_role_held_on_the_articles_date(site, build):
    site.write(
        "people/ada.md",
        "Title: Ada Brennock\n"
        "Roles: Research Officer (2019-2022); Senior Research Officer (2022-)\n\n"
        "Bio.\n",
    )
    article(site, "early", "2020-03-01", "Ada Brennock")
    article(site, "overlap", "2022-06-01", "Ada Brennock")
    article(site, "recent", "2024-09-01", "Ada Brennock")
    build()
    assert titles_shown(site, "early") == ("Research Officer", "Research Officer")
    # In 2022 she held both; the higher-ranked one is shown, though listed last.
    assert titles_shown(site, "overlap") == (
        "Senior Research Officer",
        "Senior Research Officer",
    )
    assert titles_shown(site, "recent") == (
        "Senior Research Officer",
        "Senior Research Officer",
    )


def test_the_primary_role_is_the_highest_ranked_of_several_current_ones(site, build):
    site.write(
        "people/bram.md",
        "Title: Bram Oduya\nRoles: Editor; Research Officer; director\n\nBio.\n",
    )
    article(site, "piece", "2024-01-10", "Bram Oduya")
    build()
    assert titles_shown(site, "piece") == ("director", "director")


def test_an_unranked_role_is_reported_once_with_every_file_using_it(
    site, build, warnings_logged
):
    site.write("people/pim.md", "Title: Pim Varga\nRoles: Head Gardener\n\nBio.\n")
    site.write(
        "people/rue.md", "Title: Rue Tamsin\nRoles: head gardener; Editor\n\nBio.\n"
    )
    article(site, "piece", "2024-01-10", "Rue Tamsin")
    build()
    about_gardener = [m for m in warnings_logged() if "gardener" in m.lower()]
    assert len(about_gardener) == 1
    [message] = about_gardener
    assert "people/pim.md" in message and "people/rue.md" in message
    assert "'Roles'" in message and "STAFF_SECTIONS" in message
    # Still shown, ranked after the listed role.
    assert titles_shown(site, "piece") == ("Editor", "Editor")


def test_no_warning_when_the_site_ranks_no_roles(site, warnings_logged):
    site.write("people/pim.md", "Title: Pim Varga\nRoles: Head Gardener\n\nBio.\n")
    site.build(PLUGINS=PLUGINS)
    assert not [m for m in warnings_logged() if "Gardener" in m]


def test_staff_roles_without_author_profiles_stops_with_what_to_add(site):
    site.write("a.md", "Title: A\nDate: 2024-01-01\n\nText.\n")
    with pytest.raises(SettingsError) as failure:
        site.build(PLUGINS=["pelican.plugins.staff_roles"])
    message = str(failure.value)
    assert "staff_roles" in message
    assert '"pelican.plugins.author_profiles" to PLUGINS' in message


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("STAFF_SECTIONS", ["Director", "Editor"]),
        ("STAFF_SECTIONS", {"Research": "Research Officer"}),
        ("STAFF_SECTIONS", {"Research": ["Editor"], "Editing": ["editor"]}),
        ("STAFF_CREDITS", {"Editors": "Edited by"}),
        ("STAFF_CREDITS", {"authors": "Written by"}),
        ("STAFF_CREDITS", {"editors": ""}),
        ("STAFF_SAVE_AS", None),
        ("EXPERTS_URL", "/experts/"),
    ],
)
def test_a_wrong_setting_stops_the_build_naming_it(site, setting, value):
    with pytest.raises(SettingsError) as failure:
        site.build(PLUGINS=PLUGINS, **{setting: value})
    assert setting in str(failure.value)
