"""A media contact on profiles: `Languages` and `Media_contact` in people
files, shown as plain links (placed in any theme, and in our own), in the
person's JSON-LD, and beside each expert on the experts page."""

from __future__ import annotations

import json
import time

import pytest
from conftest import THEME
from pelican.plugins.author_profiles.contact import media_contact
from pelican.plugins.author_profiles.links import LinkError

PLUGINS = ["pelican.plugins.author_profiles", "pelican.plugins.share_block"]
ALL = [*PLUGINS, "pelican.plugins.staff_roles"]
PROFILE = "author/ana-ruiz.html"


@pytest.mark.parametrize(
    ("value", "url", "kind", "structured"),
    [
        ("press@larkspur.example", "mailto:press@larkspur.example", "email", None),
        ("+44 20 7946 0018", "tel:+442079460018", "telephone", "+442079460018"),
        ("(020) 7946-0018", "tel:02079460018", "telephone", "02079460018"),
        ("  +1.555.010.9999 ", "tel:+15550109999", "telephone", "+15550109999"),
    ],
)
def test_an_address_or_a_number_becomes_its_link(value, url, kind, structured):
    contact = media_contact(value)
    assert (contact.kind, contact.url, contact.text) == (kind, url, value.strip())
    assert contact.value == (structured or value)


@pytest.mark.parametrize(
    "value",
    [
        "javascript:alert(1)",
        "tel:+4420",
        "call 020 7946 0018",
        "1234",  # too few digits to be a number
        "+1 234 567 890 123 456",  # more than E.164's fifteen
        '"><script>@x.org',
        "press@localhost",
        "+44 20 7946 0018\u202e",
    ],
)
def test_anything_else_is_refused(value):
    with pytest.raises(LinkError):
        media_contact(value)


def test_checking_a_long_value_takes_linear_time():
    for value in ("0 " * 50_000 + "x", "+" + "(" * 100_000 + "@"):
        start = time.perf_counter()
        with pytest.raises(LinkError):
            media_contact(value)
        assert time.perf_counter() - start < 0.5


def person(site, fields: str) -> None:
    site.write(
        "people/ana.md",
        f"Title: Ana Ruiz\nRoles: Research Officer\nExpertise: Rivers\n{fields}\n\n"
        "Ana studies rivers.\n",
    )
    site.write("a.md", "Title: A\nDate: 2024-01-01\nAuthor: Ana Ruiz\n\nText.\n")


def block(site, relative: str = PROFILE):
    return site.page(relative).select(".masthead-media-contact")


def person_json_ld(site) -> dict:
    script = site.page(PROFILE).find("script", type="application/ld+json")
    return json.loads(script.string)["mainEntity"]


def test_an_expert_with_languages_and_an_email_gets_the_block_and_contact_point(
    site,
):
    person(site, "Languages: English, Spanish\nMedia_contact: press@larkspur.example")
    site.build(PLUGINS=PLUGINS)
    [shown] = block(site)
    assert shown.h3.get_text() == "Media contact"
    languages = shown.select_one(".masthead-media-contact__languages")
    assert languages.get_text() == "Languages: English, Spanish"
    [link] = shown.select("a")
    assert link["href"] == "mailto:press@larkspur.example"
    assert link.get_text() == "press@larkspur.example"
    assert link.parent.get_text() == "Email: press@larkspur.example"
    data = person_json_ld(site)
    assert data["knowsLanguage"] == ["English", "Spanish"]
    assert data["contactPoint"] == {
        "@type": "ContactPoint",
        "contactType": "media",
        "email": "press@larkspur.example",
        "availableLanguage": ["English", "Spanish"],
    }


def test_a_telephone_number_is_a_tel_link_and_the_contact_points_telephone(site):
    person(site, "Media_contact: +44 20 7946 0018")
    site.build(PLUGINS=PLUGINS)
    [shown] = block(site)
    assert not shown.select(".masthead-media-contact__languages")
    link = shown.select_one(".masthead-media-contact__telephone a")
    assert (link["href"], link.get_text()) == ("tel:+442079460018", "+44 20 7946 0018")
    data = person_json_ld(site)
    assert "knowsLanguage" not in data
    assert data["contactPoint"] == {
        "@type": "ContactPoint",
        "contactType": "media",
        "telephone": "+442079460018",
    }


def test_languages_alone_are_shown_without_a_contact_point(site):
    person(site, "Languages: Welsh")
    site.build(PLUGINS=PLUGINS)
    [shown] = block(site)
    assert not shown.select("a")
    data = person_json_ld(site)
    assert data["knowsLanguage"] == ["Welsh"]
    assert "contactPoint" not in data


def test_without_either_field_there_is_no_block(site):
    person(site, "")
    site.build(PLUGINS=PLUGINS, THEME=str(THEME))
    assert not block(site)
    assert "contactPoint" not in person_json_ld(site)


def test_a_bad_media_contact_is_named_and_not_linked_the_languages_stay(
    site, warnings_logged
):
    person(site, "Languages: English\nMedia_contact: javascript:alert(1)")
    site.build(PLUGINS=PLUGINS)
    [warning] = [m for m in warnings_logged() if "Media_contact" in m]
    assert warning.startswith("people/ana.md: 'Media_contact' 'javascript:alert(1)'")
    [shown] = block(site)
    assert not shown.select("a")
    assert "javascript" not in site.page(PROFILE).decode()
    assert "contactPoint" not in person_json_ld(site)
    assert person_json_ld(site)["knowsLanguage"] == ["English"]


def test_hostile_and_right_to_left_languages_are_text_each_isolated(site):
    person(
        site,
        'Languages: العربية, "><script>alert(1)</script>, اردو, english, English',
    )
    site.build(PLUGINS=PLUGINS)
    [shown] = block(site)
    names = [b.get_text() for b in shown.select("bdi")]
    # The same language twice is listed once, as first written.
    assert names == ["العربية", '"><script>alert(1)</script>', "اردو", "english"]
    assert not site.page(PROFILE).select("script:not([type])")
    assert person_json_ld(site)["knowsLanguage"] == names


@pytest.mark.parametrize("theme", ["notmyidea", "ours"])
def test_the_block_shows_once_in_any_theme_and_in_ours(site, theme):
    person(site, "Languages: English\nMedia_contact: press@larkspur.example")
    extra = {"THEME": str(THEME)} if theme == "ours" else {}
    site.build(PLUGINS=PLUGINS, **extra)
    [shown] = block(site)
    assert shown.select_one("a")["href"] == "mailto:press@larkspur.example"
    profile = site.page(PROFILE)
    # After the profile's own name: part of the person's page, not before it.
    name = profile.select_one(".p-name")
    assert name.sourceline < shown.sourceline


def test_labels_are_translated(site):
    person(site, "Languages: Deutsch\nMedia_contact: +49 30 123456")
    site.build(
        PLUGINS=PLUGINS,
        MASTHEAD_LABELS={
            "media_contact": "Pressekontakt",
            "languages": "Sprachen",
            "media_telephone": "Telefon",
        },
    )
    [shown] = block(site)
    assert shown.h3.get_text() == "Pressekontakt"
    texts = [li.get_text() for li in shown.select("li")]
    assert texts == ["Sprachen: Deutsch", "Telefon: +49 30 123456"]


def test_the_experts_page_lists_each_experts_languages(site):
    person(site, "Languages: English, اردو")
    site.write("people/bo.md", "Title: Bo Lind\nExpertise: Rivers\n\nBo.\n")
    site.build(PLUGINS=ALL)
    people = site.page("experts/index.html").select(
        ".masthead-experts-topic__people li"
    )
    by_name = {li.select_one(".p-name").get_text(): li for li in people}
    languages = by_name["Ana Ruiz"].select_one(".masthead-experts-topic__languages")
    assert languages.get_text() == "(Languages: English, اردو)"
    assert [b.get_text() for b in languages.select("bdi")] == ["English", "اردو"]
    assert by_name["Bo Lind"].select_one(".masthead-experts-topic__languages") is None


def test_a_translated_profile_names_the_languages_in_its_own_words(site):
    person(site, "Languages: English, Urdu\nMedia_contact: +44 20 7946 0018")
    site.write(
        "people/ana.ur.md",
        "Title: آنا روئز\nSlug: ana-ruiz\nLang: ur\nLanguages: انگریزی، اردو\n\nآنا\n",
    )
    site.build(PLUGINS=PLUGINS)
    main = [b.get_text() for b in block(site)[0].select("bdi")]
    assert main == ["English", "Urdu"]
    [urdu] = block(site, "author/ana-ruiz-ur.html")
    # The Arabic comma separates them as the ASCII one does.
    assert [b.get_text() for b in urdu.select("bdi")] == ["انگریزی", "اردو"]
    # What is the same in every language comes from the main file.
    assert urdu.select_one("a")["href"] == "tel:+442079460018"
