"""The staff page: sections in rank order, people ordered within them, former
staff last, guests absent, structured data, and the settings that move it."""

from __future__ import annotations

import json

import pytest
from conftest import THEME

PLUGINS = ["pelican.plugins.author_profiles", "pelican.plugins.staff_roles"]
SECTIONS = {
    "Leadership": ["Director", "Deputy Director"],
    "Research": ["Senior Research Officer", "Research Officer"],
    "Communications": ["Editor"],
}
PEOPLE = {
    # file: (name, extra fields)
    "wren": ("Wren Halloway", "Roles: Director"),
    "cass": ("Cass Imrie", "Roles: Deputy Director\nOrder: 1"),
    "bram": ("Bram Oduya", "Roles: Editor; Director\nOrder: 4"),
    "ada": ("Ada Brennock", "Honorific: Dr\nRoles: Senior Research Officer\nOrder: 5"),
    "zeno": ("Zeno Arkwright", "Roles: Senior Research Officer\nOrder: 2"),
    "mira": ("Mira Castell", "Roles: Research Officer"),
    "lio": ("Lio Baptiste", "Roles: Research Officer"),
    "nell": ("Nell Quist", "Roles: Research Officer\nOrder: 3"),
    "emil": ("Émil Abney", "Roles: Research Officer"),
    "ossian": ("Ossian Teller", "Roles: Editor (2018-)"),
    "pim": ("Pim Varga", "Roles: Head Gardener"),
    "tove": ("Tove Lindqvist", ""),
    "ulla": ("Ulla Renvik", "Staff: former\nRoles: Research Officer (2015-2018)"),
    "gia": ("Gia Morland", "Staff: guest\nRoles: Director"),
}


@pytest.fixture
def staff_site(site):
    for slug, (name, fields) in PEOPLE.items():
        site.write(f"people/{slug}.md", f"Title: {name}\n{fields}\n\nBio of {name}.\n")
    site.write(
        "a.md", "Title: A piece\nDate: 2024-01-01\nAuthor: Gia Morland\n\nText.\n"
    )
    return site


def build(site, **settings):
    settings = {"PLUGINS": PLUGINS, "STAFF_SECTIONS": SECTIONS, **settings}
    return site.build(**settings)


def directory(site) -> list[tuple[str, list[str]]]:
    page = site.page("staff/index.html")
    return [
        (
            section.select_one(".masthead-staff-section__title").get_text(strip=True),
            [
                c.select_one(".p-name").get_text(strip=True)
                for c in section.select(".masthead-staff-card")
            ],
        )
        for section in page.select(".masthead-staff-directory .masthead-staff-section")
    ]


def test_sections_in_rank_order_people_by_rank_then_order_then_name(staff_site):
    build(staff_site)
    assert directory(staff_site) == [
        # Bram's primary role is Director although he lists Editor first;
        # among the two Directors his Order puts him first.
        ("Leadership", ["Bram Oduya", "Wren Halloway", "Cass Imrie"]),
        (
            "Research",
            # Senior before junior; Order before none; then names, accents
            # ignored (Émil sorts as Emil).
            [
                "Zeno Arkwright",
                "Ada Brennock",
                "Nell Quist",
                "Émil Abney",
                "Lio Baptiste",
                "Mira Castell",
            ],
        ),
        ("Communications", ["Ossian Teller"]),
        ("Other", ["Pim Varga", "Tove Lindqvist"]),
        ("Former staff", ["Ulla Renvik"]),
    ]


def test_guests_are_not_staff_but_keep_their_profile_page(staff_site):
    build(staff_site)
    names = [name for _section, names in directory(staff_site) for name in names]
    assert "Gia Morland" not in names
    assert staff_site.page("author/gia-morland.html")


def test_a_card_has_photo_name_with_honorific_roles_summary_and_profile_link(
    staff_site,
):
    build(staff_site)
    page = staff_site.page("staff/index.html")
    [card] = [
        c for c in page.select(".masthead-staff-card") if "Ada Brennock" in c.get_text()
    ]
    assert card.select_one(".masthead-staff-card__name").get_text(" ", strip=True) == (
        "Dr Ada Brennock"
    )
    assert card.select_one(".masthead-staff-card__name a")["href"] == (
        "https://example.org/author/ada-brennock.html"
    )
    assert card.select_one(
        ".masthead-staff-card__photo .masthead-avatar"
    )  # initials, no photo
    assert [r.get_text(strip=True) for r in card.select(".p-job-title")] == [
        "Senior Research Officer"
    ]
    assert (
        card.select_one(".masthead-staff-card__summary").get_text()
        == "Bio of Ada Brennock."
    )


def test_every_current_role_is_on_the_card_highest_first(staff_site):
    build(staff_site)
    page = staff_site.page("staff/index.html")
    [card] = [
        c for c in page.select(".masthead-staff-card") if "Bram Oduya" in c.get_text()
    ]
    assert [r.get_text(strip=True) for r in card.select(".p-job-title")] == [
        "Director",
        "Editor",
    ]


def test_the_staff_page_carries_the_organisation_and_its_people(staff_site):
    build(staff_site, SITENAME='Centre "Q" </script><b>&')
    page = staff_site.page("staff/index.html")
    [script] = page.select('script[type="application/ld+json"]')
    raw = script.string
    assert "</" not in raw and "<b>" not in raw
    data = json.loads(raw)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Organization"
    assert data["name"] == 'Centre "Q" </script><b>&'
    assert data["url"] == "https://example.org/"
    employees = {person["name"]: person for person in data["employee"]}
    # Current staff only: no guest, no former member of staff.
    current = {name for _s, names in directory(staff_site)[:-1] for name in names}
    assert set(employees) == current
    for person in employees.values():
        assert person["@type"] == "Person"
        assert person["url"].startswith("https://example.org/author/")
    assert employees["Bram Oduya"]["jobTitle"] == "Director"
    assert employees["Ada Brennock"]["jobTitle"] == "Senior Research Officer"
    assert "jobTitle" not in employees["Tove Lindqvist"]  # she has no role


def test_the_organisation_name_can_be_set(staff_site):
    build(staff_site, MASTHEAD_ORGANIZATION={"name": "Larkspur Centre"})
    script = staff_site.page("staff/index.html").select_one(
        'script[type="application/ld+json"]'
    )
    assert json.loads(script.string)["name"] == "Larkspur Centre"


def test_staff_save_as_empty_writes_no_staff_page(staff_site):
    output = build(staff_site, STAFF_SAVE_AS="")
    assert not (output / "staff").exists()
    assert (output / "experts" / "index.html").exists()


def test_staff_page_moves_with_its_settings_and_works_with_relative_urls(
    staff_site,
):
    output = build(
        staff_site,
        STAFF_URL="about/people/",
        STAFF_SAVE_AS="about/people/index.html",
        RELATIVE_URLS=True,
    )
    assert not (output / "staff").exists()
    page = staff_site.page("about/people/index.html")
    link = page.select_one(".masthead-staff-card__name a")["href"]
    assert link.startswith("../../author/")
    assert (output / "about" / "people" / link).resolve().exists()


def test_a_theme_with_its_own_staff_template_uses_it(staff_site):
    templates = staff_site.root / "templates"
    templates.mkdir()
    (templates / "staff.html").write_text(
        '<main id="theme-staff">{% include "masthead/staff_directory.html" %}</main>',
        encoding="utf-8",
    )
    build(staff_site, THEME_TEMPLATES_OVERRIDES=[str(templates)])
    page = staff_site.page("staff/index.html")
    assert page.select("#theme-staff .masthead-staff-card")


def test_without_ranked_sections_everyone_current_is_in_one_untitled_section(
    staff_site,
):
    build(staff_site, STAFF_SECTIONS={})
    page = staff_site.page("staff/index.html")
    sections = page.select(".masthead-staff-section")
    assert len(sections) == 2
    assert sections[0].select_one(".masthead-staff-section__title") is None
    assert sections[1].select_one(".masthead-staff-section__title").get_text() == (
        "Former staff"
    )


def test_section_labels_are_translatable(staff_site):
    build(
        staff_site,
        MASTHEAD_LABELS={"staff_other_section": "Autres", "former_staff": "Anciens"},
    )
    titles = [title for title, _names in directory(staff_site)]
    assert titles[-2:] == ["Autres", "Anciens"]


def test_with_share_block_the_staff_page_has_its_own_head_metadata(staff_site):
    build(
        staff_site,
        PLUGINS=[*PLUGINS, "pelican.plugins.share_block"],
        SITENAME="Test & Centre",
        THEME=str(THEME),
    )
    head = staff_site.page("staff/index.html").head
    canonical = head.select_one('link[rel="canonical"]')["href"]
    assert canonical == "https://example.org/staff/"
    assert head.select_one('meta[property="og:title"]')["content"] == "Staff"
    description = head.select_one('meta[property="og:description"]')["content"]
    assert "Test & Centre" in description


def test_a_page_on_the_staff_pages_file_is_kept_and_both_are_named(
    site, warnings_logged
):
    # With pages and profiles at "{slug}/index.html", a page titled "Staff"
    # and a person named "Experts" land on the staff and experts pages' files.
    site.write("people/wren.md", "Title: Wren Halloway\nRoles: Director\n\nBio.\n")
    site.write("people/experts.md", "Title: Experts\nRoles: Editor\n\nA band.\n")
    site.write("pages/staff.md", "Title: Staff\n\nOur people, written by hand.\n")
    build(
        site,
        THEME=str(THEME),
        PAGE_URL="{slug}/",
        PAGE_SAVE_AS="{slug}/index.html",
        AUTHOR_URL="{slug}/",
        AUTHOR_SAVE_AS="{slug}/index.html",
    )
    assert "Our people, written by hand." in site.page("staff/index.html").get_text()
    assert "A band." in site.page("experts/index.html").get_text()
    messages = warnings_logged()
    for source, setting, name in (
        ("pages/staff.md", "STAFF_SAVE_AS", "staff page is not written"),
        ("people/experts.md", "EXPERTS_SAVE_AS", "experts page is not written"),
    ):
        assert [
            m
            for m in messages
            if m.startswith(f"{source}:") and setting in m and name in m
        ], messages
