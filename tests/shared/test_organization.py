"""MASTHEAD_ORGANIZATION: one setting for the publisher's name, logo, policies
and funders, in structured data and on the staff page; the three settings it
replaces still work, with a warning."""

from __future__ import annotations

import json

import pytest
from conftest import THEME
from pelican_masthead.organization import organization
from pelican_masthead.settings import SettingsError

PLUGINS = [
    "pelican.plugins.author_profiles",
    "pelican.plugins.staff_roles",
    "pelican.plugins.share_block",
]
SITE = "https://example.org"
FULL = {
    "name": "Larkspur Centre",
    "url": "https://larkspur.example/",
    "logo": "/images/logo.png",
    "publishing_principles": "/standards/",
    "corrections_policy": "https://larkspur.example/corrections/",
    "ethics_policy": "ethics/",
    "funders": [
        "Halloran Fund",
        {"name": "Quay Trust", "url": "https://quay.example/"},
    ],
}


def settings_with(value=None, **more) -> dict:
    settings = {"SITEURL": SITE, "SITENAME": "Test Centre", **more}
    if value is not None:
        settings["MASTHEAD_ORGANIZATION"] = value
    return settings


def test_without_the_setting_the_site_is_the_organisation():
    entity = organization(settings_with()).entity()
    assert entity == {"@type": "Organization", "name": "Test Centre", "url": f"{SITE}/"}


def test_every_key_reaches_the_organisations_structured_data():
    entity = organization(settings_with(FULL)).entity()
    assert entity == {
        "@type": "Organization",
        "name": "Larkspur Centre",
        "url": "https://larkspur.example/",
        "logo": {"@type": "ImageObject", "url": f"{SITE}/images/logo.png"},
        "publishingPrinciples": f"{SITE}/standards/",
        "correctionsPolicy": "https://larkspur.example/corrections/",
        "ethicsPolicy": f"{SITE}/ethics/",
        "funder": [
            {"@type": "Organization", "name": "Halloran Fund"},
            {
                "@type": "Organization",
                "name": "Quay Trust",
                "url": "https://quay.example/",
            },
        ],
    }


@pytest.mark.parametrize(
    ("value", "named"),
    [
        ({"ethics_policy": "javascript:alert(1)"}, "'ethics_policy'.*javascript:"),
        ({"corrections_policy": "see our page"}, "'corrections_policy'.*spaces"),
        ({"publishing_principles": "//evil.example/x"}, "'publishing_principles'"),
        ({"publishing_principles": "www.example.org/p"}, "'publishing_principles'"),
        ({"logo": "data:image/png;base64,AAAA"}, "'logo'.*data:"),
        ({"url": 42}, "'url' must be a string"),
        ({"name": ""}, "'name' must be non-empty"),
        ({"name": ["A"]}, "'name' must be non-empty"),
        ({"ethic_policy": "/e/"}, "unknown key 'ethic_policy'"),
        ({"funders": "Quay Trust"}, "'funders' must be a list"),
        ({"funders": [3]}, "'funders' item 1 must be a name"),
        ({"funders": ["A", {"url": "https://a.example/"}]}, "'funders' item 2.*'name'"),
        ({"funders": [{"name": "A", "url": "/a/"}]}, "'funders' item 1.*'url'"),
        ({"funders": [{"name": "A", "url": "javascript:x"}]}, "item 1.*javascript:"),
        ({"funders": [{"name": "A", "site": "x"}]}, "unknown key 'site'"),
    ],
)
def test_a_bad_value_stops_the_build_naming_the_setting_and_the_key(value, named):
    with pytest.raises(SettingsError, match=rf"MASTHEAD_ORGANIZATION: .*{named}"):
        organization(settings_with(value))


def test_a_dict_is_needed():
    with pytest.raises(SettingsError, match="MASTHEAD_ORGANIZATION must be a dict"):
        organization(settings_with(["Larkspur"]))


# Builds: the deprecated settings, the publisher of articles and profiles, the
# staff page.


@pytest.fixture
def org_site(site):
    site.write(
        "people/wren.md", "Title: Wren Halloway\nRoles: Director\n\nWren runs it.\n"
    )
    site.write(
        "rivers.md",
        "Title: Rivers\nDate: 2024-03-01\nAuthor: Wren Halloway\n\nText.\n",
    )
    return site


def build(site, **settings):
    return site.build(PLUGINS=PLUGINS, **settings)


def json_ld(site, relative: str) -> dict:
    [script] = site.page(relative).find_all("script", type="application/ld+json")
    return json.loads(script.string)


def test_policies_are_in_the_article_publisher_and_the_staff_page_organisation(
    org_site,
):
    build(org_site, MASTHEAD_ORGANIZATION=FULL)
    publisher = json_ld(org_site, "rivers.html")["publisher"]
    staff = json_ld(org_site, "staff/index.html")
    profile = json_ld(org_site, "author/wren-halloway.html")["mainEntity"]
    expected = organization(settings_with(FULL)).entity()
    assert publisher == expected
    assert {k: v for k, v in staff.items() if k not in ("@context", "employee")} == (
        expected
    )
    assert profile["worksFor"] == expected


@pytest.mark.parametrize(
    ("old", "value", "key"),
    [
        ("SOCIAL_PUBLISHER_NAME", "Old Publisher", "name"),
        ("SOCIAL_PUBLISHER_LOGO", "/old-logo.png", "logo"),
    ],
)
def test_the_old_publisher_settings_still_work_and_say_what_replaces_them(
    org_site, warnings_logged, old, value, key
):
    build(org_site, **{old: value})
    publisher = json_ld(org_site, "rivers.html")["publisher"]
    if key == "name":
        assert publisher["name"] == "Old Publisher"
    else:
        assert publisher["logo"]["url"] == f"{SITE}/old-logo.png"
    [warning] = [m for m in warnings_logged() if old in m]
    assert "deprecated" in warning
    assert f"MASTHEAD_ORGANIZATION['{key}']" in warning


def test_the_old_staff_organisation_name_still_works_with_a_warning(
    org_site, warnings_logged
):
    build(org_site, STAFF_ORGANIZATION_NAME="Old Centre")
    assert json_ld(org_site, "staff/index.html")["name"] == "Old Centre"
    # The staff page's setting never named the articles' publisher.
    assert json_ld(org_site, "rivers.html")["publisher"]["name"] == "Test Centre"
    [warning] = [m for m in warnings_logged() if "STAFF_ORGANIZATION_NAME" in m]
    assert "deprecated" in warning and "MASTHEAD_ORGANIZATION['name']" in warning


def test_the_new_setting_wins_over_an_old_one(org_site, warnings_logged):
    build(
        org_site,
        MASTHEAD_ORGANIZATION={"name": "New Centre"},
        SOCIAL_PUBLISHER_NAME="Old Publisher",
        STAFF_ORGANIZATION_NAME="Old Centre",
    )
    assert json_ld(org_site, "rivers.html")["publisher"]["name"] == "New Centre"
    assert json_ld(org_site, "staff/index.html")["name"] == "New Centre"
    assert any("SOCIAL_PUBLISHER_NAME" in m for m in warnings_logged())


def test_without_the_old_settings_nothing_is_said(org_site, warnings_logged):
    build(org_site, MASTHEAD_ORGANIZATION=FULL)
    assert not [m for m in warnings_logged() if "deprecated" in m]


def how_we_work(site, relative: str = "staff/index.html"):
    return site.page(relative).select_one(".masthead-policies")


def test_the_staff_page_links_each_policy_with_its_label_and_lists_funders(org_site):
    build(org_site, MASTHEAD_ORGANIZATION=FULL, THEME=str(THEME))
    block = how_we_work(org_site)
    assert block.h2.get_text() == "How we work"
    links = [
        (a.get_text(), a["href"]) for a in block.select(".masthead-policies__links a")
    ]
    assert links == [
        ("Publishing principles", f"{SITE}/standards/"),
        ("Corrections policy", "https://larkspur.example/corrections/"),
        ("Ethics policy", f"{SITE}/ethics/"),
    ]
    funders = block.select(".masthead-policies__funders li")
    assert [li.get_text() for li in funders] == ["Halloran Fund", "Quay Trust"]
    assert funders[0].a is None
    assert funders[1].a["href"] == "https://quay.example/"


def test_only_the_policies_given_are_linked_and_labels_translate(org_site):
    build(
        org_site,
        MASTHEAD_ORGANIZATION={"ethics_policy": "/ethik/"},
        MASTHEAD_LABELS={"how_we_work": "So arbeiten wir", "ethics_policy": "Ethik"},
    )
    block = how_we_work(org_site)
    assert block.h2.get_text() == "So arbeiten wir"
    assert [a.get_text() for a in block.select("a")] == ["Ethik"]
    assert not block.select(".masthead-policies__funders")


def test_no_policies_no_funders_no_block(org_site):
    build(org_site, MASTHEAD_ORGANIZATION={"name": "Larkspur"})
    assert how_we_work(org_site) is None


def test_policy_links_follow_relative_urls(org_site):
    org_site.write("pages/ethics.md", "Title: Ethics\nSlug: ethics\n\nWe are good.\n")
    output = build(
        org_site,
        MASTHEAD_ORGANIZATION={"ethics_policy": "/pages/ethics.html"},
        RELATIVE_URLS=True,
    )
    href = how_we_work(org_site).a["href"]
    assert href == "../pages/ethics.html"
    assert (output / "staff" / href).resolve().exists()


def test_hostile_names_and_addresses_are_text_and_attributes(org_site):
    hostile = {
        "ethics_policy": 'https://example.org/ethics?a="b"&c=<i>',
        "funders": [
            '"><script>alert(1)</script>',
            {"name": "صندوق المياه", "url": "https://water.example/?q='x'"},
        ],
    }
    build(org_site, MASTHEAD_ORGANIZATION=hostile)
    block = how_we_work(org_site)
    assert block.a["href"] == hostile["ethics_policy"]
    assert not org_site.page("staff/index.html").select("script:not([type])")
    names = [li.get_text() for li in block.select(".masthead-policies__funders li")]
    assert names == ['"><script>alert(1)</script>', "صندوق المياه"]
    assert block.select(".masthead-policies__funders a")[0]["href"] == (
        "https://water.example/?q='x'"
    )
    funder = json_ld(org_site, "rivers.html")["publisher"]["funder"]
    assert funder[0]["name"] == '"><script>alert(1)</script>'


def test_a_staff_list_inside_a_page_leaves_the_policies_to_the_staff_page(org_site):
    org_site.write(
        "pages/team.md",
        "Title: Team\nSlug: team\n\n{{ staff_directory() }}\n",
    )
    build(org_site, MASTHEAD_ORGANIZATION=FULL, MASTHEAD_JINJA_CONTENT=True)
    team = org_site.page("pages/team.html")
    assert team.select(".masthead-staff-card")
    assert not team.select(".masthead-policies")
    assert how_we_work(org_site) is not None


def subsites(**ur) -> dict:
    # Made anew for each build: pelican-i18n-subsites writes the subsite's
    # SITEURL and OUTPUT_PATH into the dict it is given.
    return {
        "PLUGINS": [*PLUGINS, "pelican.plugins.i18n_subsites"],
        "I18N_SUBSITES": {"ur": {"SITENAME": "مرکز", **ur}},
        "I18N_UNTRANSLATED_PAGES": "remove",
        "I18N_UNTRANSLATED_ARTICLES": "remove",
    }


def subsite_site(site):
    site.write("people/wren.md", "Title: Wren Halloway\nRoles: Director\n\nWren.\n")
    site.write("pages/ethics.md", "Title: Ethics\nSlug: ethics\nLang: en\n\nGood.\n")
    site.write(
        "a.md", "Title: A\nLang: en\nDate: 2024-01-01\nAuthor: Wren Halloway\n\nA.\n"
    )
    site.write(
        "b.md", "Title: ب\nLang: ur\nDate: 2024-01-02\nAuthor: Wren Halloway\n\nب\n"
    )
    return site


@pytest.mark.parametrize("relative", [False, True])
def test_a_subsite_links_the_main_sites_policy_pages(site, relative):
    output = subsite_site(site).build(
        **subsites(),
        MASTHEAD_ORGANIZATION={"ethics_policy": "/pages/ethics.html"},
        RELATIVE_URLS=relative,
    )
    href = how_we_work(site, "ur/staff/index.html").a["href"]
    if relative:
        assert href == "../../pages/ethics.html"
        assert (output / "ur" / "staff" / href).resolve().exists()
    else:
        assert href == f"{SITE}/pages/ethics.html"
    # The Urdu subsite has no copy of the English page.
    assert not (output / "ur" / "pages" / "ethics.html").exists()
    assert (output / "pages" / "ethics.html").exists()
    publisher = json_ld(site, "ur/b.html")["publisher"]
    assert publisher["ethicsPolicy"] == f"{SITE}/pages/ethics.html"
    assert publisher["url"] == f"{SITE}/"


def test_a_subsite_with_its_own_setting_links_its_own_pages(site):
    own = {"ethics_policy": "/pages/akhlaq.html"}
    subsite_site(site).build(
        **subsites(MASTHEAD_ORGANIZATION=own),
        MASTHEAD_ORGANIZATION={"ethics_policy": "/pages/ethics.html"},
    )
    href = how_we_work(site, "ur/staff/index.html").a["href"]
    assert href == f"{SITE}/ur/pages/akhlaq.html"
    assert how_we_work(site).a["href"] == f"{SITE}/pages/ethics.html"
