"""JSON-LD builders: safe inside <script>, and the fields search engines read."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from pelican.plugins.author_profiles.authors import Author as ProfileAuthor
from pelican.plugins.author_profiles.person import Image, Link, Person, Role
from pelican.plugins.author_profiles.structured_data import (
    article_authors,
    person_entity,
    profile_person,
)
from pelican.plugins.reading_time.annotate import reading_properties
from pelican.plugins.staff_roles.credits import credit_properties
from pelican.settings import DEFAULT_CONFIG
from pelican.urlwrappers import Author as PelicanAuthor
from pelican_masthead.structured_data import (
    absolute_url,
    article_entity,
    json_ld_script,
    organization_entity,
    profile_page_entity,
)
from pelican_masthead.structured_data import person_entity as plain_person

# What the plugins contribute when all of them are enabled.
ALL_PARTS = (article_authors, credit_properties, reading_properties)

SITE = "https://example.org"
SETTINGS = {**DEFAULT_CONFIG, "SITEURL": SITE}
EVIL = '</script><script>alert(1)</script> "quoted" & 🎉 عنوان <!-- \u2028'


def scripts_in(markup: str) -> list:
    return BeautifulSoup(markup, "html.parser").find_all("script")


def profiled(name="Amina Qureshi", slug="amina-qureshi", **fields) -> ProfileAuthor:
    person = Person(source=f"people/{slug}.md", slug=slug, name=name, **fields)
    return ProfileAuthor(name, SETTINGS, slug, person)


def test_json_ld_cannot_end_its_script_element_and_keeps_every_string():
    data = {"headline": EVIL, "nested": [{"name": "a<b>&c"}]}
    markup = json_ld_script(data)
    [script] = scripts_in(markup)
    assert script["type"] == "application/ld+json"
    assert json.loads(script.string) == data
    inner = markup[markup.index(">") + 1 : markup.rindex("</script>")]
    assert "<" not in inner and ">" not in inner and "&" not in inner


def test_absolute_urls():
    assert absolute_url(SITE, "people/a.html") == f"{SITE}/people/a.html"
    assert absolute_url(SITE + "/", "/people/a.html") == f"{SITE}/people/a.html"
    assert (
        absolute_url(SITE, "https://cdn.example/a.png") == "https://cdn.example/a.png"
    )
    assert absolute_url("", "people/a.html") == "/people/a.html"
    assert absolute_url(SITE, "") == ""


def test_a_plain_pelican_author_is_a_person_with_name_and_page():
    author = PelicanAuthor("Wen Li", SETTINGS)
    assert (
        plain_person(author, SITE)
        == person_entity(author, SITE)
        == {
            "@type": "Person",
            "name": "Wen Li",
            "url": f"{SITE}/author/wen-li.html",
        }
    )
    without_pages = PelicanAuthor("Wen Li", {**SETTINGS, "AUTHOR_SAVE_AS": ""})
    assert "url" not in plain_person(without_pages, SITE)


def test_a_profiled_author_brings_title_portrait_and_profiles_but_not_email():
    author = profiled(
        honorific="Dr",
        roles=[Role("Senior Research Officer", 2022)],
        links=[
            Link("email", "Email", "mailto:amina@example.org", "amina@example.org"),
            Link("mastodon", "Mastodon", "https://social.example/@amina", "@amina"),
            Link("orcid", "ORCID", "https://orcid.org/0000-0002-1825-0097", "x"),
        ],
    )
    author.images = {"large": Image("people/photos/amina-240.jpg", "", 240, 240)}
    person = person_entity(author, SITE)
    assert person["name"] == "Amina Qureshi"
    assert person["honorificPrefix"] == "Dr"
    assert person["jobTitle"] == "Senior Research Officer"
    assert person["image"] == f"{SITE}/people/photos/amina-240.jpg"
    assert person["sameAs"] == [
        "https://social.example/@amina",
        "https://orcid.org/0000-0002-1825-0097",
    ]
    assert person_entity(author, SITE, job_title="Guest editor")["jobTitle"] == (
        "Guest editor"
    )


def test_a_profile_page_describes_the_person_with_dated_roles():
    author = profiled(
        roles=[
            Role("Research Officer", 2019, 2022),
            Role("Senior Research Officer", 2022),
            Role("Managing Editor, Insight"),
        ],
        expertise=["Water security", "Urban drainage"],
        affiliation="Larkspur Centre",
        summary="Studies rivers.",
    )
    employer = organization_entity("Larkspur Insight", f"{SITE}/")
    page = profile_page_entity(author, SITE, publisher=employer, parts=[profile_person])
    assert page["@context"] == "https://schema.org"
    assert page["@type"] == "ProfilePage"
    assert page["url"] == f"{SITE}/author/amina-qureshi.html"
    person = page["mainEntity"]
    assert person["@type"] == "Person"
    assert person["url"] == page["url"]
    assert person["description"] == "Studies rivers."
    assert person["knowsAbout"] == ["Water security", "Urban drainage"]
    assert person["affiliation"] == {"@type": "Organization", "name": "Larkspur Centre"}
    assert person["worksFor"] == employer  # current staff
    dated, current, undated = person["hasOccupation"]
    assert dated == {
        "@type": "Role",
        "roleName": "Research Officer",
        "startDate": "2019",
        "endDate": "2022",
        "hasOccupation": {"@type": "Occupation", "name": "Research Officer"},
    }
    assert current["@type"] == "Role" and "endDate" not in current
    assert current["startDate"] == "2022"
    assert undated == {"@type": "Occupation", "name": "Managing Editor, Insight"}


@pytest.mark.parametrize("staff", ["former", "guest"])
def test_only_current_staff_work_for_the_publisher(staff):
    author = profiled(staff=staff)
    employer = organization_entity("Larkspur Insight")
    page = profile_page_entity(author, SITE, publisher=employer, parts=[profile_person])
    assert "worksFor" not in page["mainEntity"]


def article(**extra):
    amina = profiled()
    wen = PelicanAuthor("Wen Li", SETTINGS)
    fields = {
        "title": EVIL,
        "url": "2024/rivers/",
        "date": datetime(2024, 3, 1, 9, 0, tzinfo=UTC),
        "authors": [amina, wen],
        "lang": "en",
        "category": "Water",
        "tags": ["rivers", "floods"],
        **extra,
    }
    return SimpleNamespace(**fields)


def test_an_article_has_the_fields_google_asks_for():
    entity = article_entity(
        article(modified=datetime(2024, 3, 5, 10, 0, tzinfo=UTC)),
        SITE,
        image=f"{SITE}/images/rain.jpg",
        publisher=organization_entity("Larkspur Insight", f"{SITE}/"),
        parts=ALL_PARTS,
    )
    assert entity["@type"] == "NewsArticle"
    assert entity["headline"] == EVIL
    assert entity["image"] == [f"{SITE}/images/rain.jpg"]
    assert entity["datePublished"] == "2024-03-01T09:00:00+00:00"
    assert entity["dateModified"] == "2024-03-05T10:00:00+00:00"
    assert entity["mainEntityOfPage"]["@id"] == f"{SITE}/2024/rivers/"
    assert [(a["name"], a["url"]) for a in entity["author"]] == [
        ("Amina Qureshi", f"{SITE}/author/amina-qureshi.html"),
        ("Wen Li", f"{SITE}/author/wen-li.html"),
    ]
    assert entity["publisher"]["name"] == "Larkspur Insight"
    assert entity["inLanguage"] == "en"
    assert entity["articleSection"] == "Water"
    assert entity["keywords"] == ["rivers", "floods"]
    # The script element holding it stays valid whatever the title.
    [script] = scripts_in(json_ld_script(entity))
    assert json.loads(script.string)["headline"] == EVIL


def test_an_unmodified_article_was_last_modified_when_published():
    entity = article_entity(article(), SITE)
    assert entity["dateModified"] == entity["datePublished"]


def test_reading_time_and_credits_appear_only_when_their_plugins_contribute():
    plain = article_entity(
        article(word_count=1234, reading_time_iso="PT6M", credits=[]), SITE
    )
    for key in ("wordCount", "timeRequired", "editor", "translator", "contributor"):
        assert key not in plain

    editor, reviewer, translator = (
        PelicanAuthor(name, SETTINGS)
        for name in ("Ed Itor", "Rev Iewer", "Tran Slator")
    )
    credits = [
        SimpleNamespace(kind="editors", people=[editor]),
        SimpleNamespace(kind="reviewers", people=[reviewer]),
        SimpleNamespace(kind="translators", people=[translator]),
        SimpleNamespace(kind="photographers", people=[editor]),  # no schema.org match
    ]
    rich = article_entity(
        article(word_count=1234, reading_time_iso="PT6M", credits=credits),
        SITE,
        parts=ALL_PARTS,
    )
    assert rich["wordCount"] == 1234
    assert rich["timeRequired"] == "PT6M"
    assert [p["name"] for p in rich["editor"]] == ["Ed Itor"]
    assert [p["name"] for p in rich["contributor"]] == ["Rev Iewer"]
    assert [p["name"] for p in rich["translator"]] == ["Tran Slator"]
    assert rich["editor"][0]["url"] == f"{SITE}/author/ed-itor.html"


def test_byline_titles_win_over_the_profile_title():
    amina = profiled(roles=[Role("Senior Research Officer", 2022)])
    byline = [SimpleNamespace(author=amina, title="Research Officer")]
    entity = article_entity(
        article(authors=[amina], byline=byline), SITE, parts=ALL_PARTS
    )
    assert entity["author"][0]["jobTitle"] == "Research Officer"


def test_the_article_type_can_be_chosen():
    assert article_entity(article(), SITE, kind="Report")["@type"] == "Report"
