"""A person in several languages: translation files, fallbacks, bylines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pelican.plugins.author_profiles.loading import load_people
from pelican.plugins.author_profiles.registry import People
from pelican.settings import DEFAULT_CONFIG

ENGLISH = """\
Title: Samina Haroon
Honorific: Dr
Roles: Research Officer (2018-2021); Senior Research Officer (2021-)
Expertise: Groundwater
Email: s.haroon@example.org
Pronouns: she/her

Samina studies groundwater in fast-growing cities.
"""

URDU = """\
Title: ثمینہ ہارون
Slug: samina-haroon
Lang: ur
Roles: ریسرچ آفیسر; سینئر ریسرچ آفیسر

ثمینہ تیزی سے پھیلتے شہروں میں زیرِ زمین پانی پر تحقیق کرتی ہیں۔
"""


def write(folder: Path, name: str, text: str) -> None:
    path = folder / "people" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def load(folder: Path, **settings):
    return load_people(
        folder, ["people"], {**DEFAULT_CONFIG, "PATH": str(folder), **settings}
    )


def test_a_translation_file_is_the_same_person_in_its_language(tmp_path):
    write(tmp_path, "samina-haroon.md", ENGLISH)
    write(tmp_path, "samina-haroon.ur.md", URDU)
    [person] = load(tmp_path)
    assert (person.name, person.lang) == ("Samina Haroon", "en")
    urdu = person.translations["ur"]
    assert urdu.name == "ثمینہ ہارون"
    assert urdu.source == "people/samina-haroon.ur.md"
    assert [r.title for r in urdu.roles] == ["ریسرچ آفیسر", "سینئر ریسرچ آفیسر"]
    assert "زیرِ زمین پانی" in urdu.bio
    # Its summary comes from its own bio, not from the English one.
    assert urdu.summary.startswith("ثمینہ")


def test_what_a_translation_leaves_out_comes_from_the_main_file(tmp_path):
    write(tmp_path, "samina-haroon.md", ENGLISH)
    write(tmp_path, "samina-haroon.ur.md", "Slug: samina-haroon\nLang: ur\n")
    [person] = load(tmp_path)
    urdu = person.translations["ur"]
    assert urdu.name == "Samina Haroon"
    assert urdu.honorific == "Dr"
    assert urdu.bio == person.bio and urdu.summary == person.summary
    assert urdu.details == {"pronouns": "she/her"}
    assert urdu.email == "s.haroon@example.org"


def test_the_file_name_gives_a_translation_its_slug(tmp_path):
    write(tmp_path, "samina-haroon.md", ENGLISH)
    write(tmp_path, "samina-haroon.ur.md", URDU.replace("Slug: samina-haroon\n", ""))
    [person] = load(tmp_path)
    assert list(person.translations) == ["ur"]


def test_a_translation_without_a_main_file_is_the_profile_and_is_named(
    tmp_path, warnings_logged
):
    write(tmp_path, "samina-haroon.ur.md", URDU)
    [person] = load(tmp_path)
    assert (person.name, person.lang) == ("ثمینہ ہارون", "ur")
    [message] = warnings_logged()
    assert "people/samina-haroon.ur.md" in message
    assert "'samina-haroon'" in message and "(en)" in message


def test_two_files_for_one_person_in_one_language_are_named(tmp_path, warnings_logged):
    write(tmp_path, "samina-haroon.md", ENGLISH)
    write(tmp_path, "samina-haroon.ur.md", URDU)
    write(tmp_path, "samina.md", URDU.replace("ثمینہ ہارون", "ثمینہ"))
    [person] = load(tmp_path)
    assert person.translations["ur"].name == "ثمینہ ہارون"
    [message] = warnings_logged()
    assert "people/samina-haroon.ur.md and people/samina.md" in message
    assert "'ur'" in message


def test_fields_the_same_in_every_language_are_not_taken_from_a_translation(
    tmp_path, warnings_logged
):
    write(tmp_path, "samina-haroon.md", ENGLISH)
    write(tmp_path, "samina-haroon.ur.md", "Email: other@example.org\n" + URDU)
    [person] = load(tmp_path)
    assert person.translations["ur"].email == "s.haroon@example.org"
    [message] = warnings_logged()
    assert "people/samina-haroon.ur.md" in message and "'Email'" in message


def test_a_lang_that_is_no_language_code_is_refused(tmp_path, warnings_logged):
    write(tmp_path, "samina-haroon.md", ENGLISH)
    write(tmp_path, "x.md", URDU.replace("Lang: ur", "Lang: ../../ur"))
    [person] = load(tmp_path)
    assert person.translations == {}
    assert any("people/x.md" in m and "'Lang'" in m for m in warnings_logged())


@pytest.mark.parametrize(
    "written", ["Samina Haroon", "ثمینہ ہارون", "Dr ثمینہ ہارون", "samina-haroon"]
)
def test_a_name_matches_in_any_of_its_languages(tmp_path, written):
    write(tmp_path, "samina-haroon.md", ENGLISH)
    write(tmp_path, "samina-haroon.ur.md", URDU)
    people = People(load(tmp_path))
    assert people.match(written).slug == "samina-haroon"


def test_the_name_matches_from_an_urdu_only_main_file_too(tmp_path):
    # The reverse: the main file in Urdu, an English translation.
    write(tmp_path, "samina-haroon.md", URDU.replace("Lang: ur\n", ""))
    write(
        tmp_path,
        "samina-haroon.en.md",
        "Title: Samina Haroon\nSlug: samina-haroon\nLang: en\n",
    )
    people = People(load(tmp_path, DEFAULT_LANG="ur"))
    assert people.match("Samina Haroon").name == "ثمینہ ہارون"


# -- in a built site ---------------------------------------------------------


def two_language_site(site):
    site.write("people/samina-haroon.md", ENGLISH)
    site.write("people/samina-haroon.ur.md", URDU)
    site.write(
        "wells.md",
        "Title: Counting wells\nSlug: wells\nDate: 2024-03-01\n"
        "Author: ثمینہ ہارون\n\nText.\n",
    )
    site.write(
        "wells-ur.md",
        "Title: کنوؤں کی گنتی\nSlug: wells\nLang: ur\nDate: 2024-03-01\n"
        "Author: Samina Haroon\n\nمتن۔\n",
    )
    site.write(
        "rivers.md",
        "Title: Rivers\nDate: 2020-01-01\nAuthor: Samina Haroon\n\nText.\n",
    )


def byline(page):
    return page.select_one(".masthead-byline")


def test_bylines_show_the_person_in_the_articles_language(site):
    two_language_site(site)
    site.build()
    english = byline(site.page("wells.html"))
    assert "Samina Haroon" in english.get_text()
    assert "ثمینہ" not in english.get_text()
    assert "Senior Research Officer" in english.get_text()
    urdu = byline(site.page("wells-ur.html"))
    assert "ثمینہ ہارون" in urdu.get_text()
    assert "سینئر ریسرچ آفیسر" in urdu.get_text()
    assert "Samina" not in urdu.get_text()
    # The title held when the article appeared, in each language.
    assert "Research Officer" in byline(site.page("rivers.html")).get_text()


def test_the_urdu_byline_links_to_the_urdu_profile(site):
    two_language_site(site)
    site.build()
    link = byline(site.page("wells-ur.html")).select_one("a.p-name")
    assert link["href"] == "https://example.org/author/samina-haroon-ur.html"
    link = byline(site.page("wells.html")).select_one("a.p-name")
    assert link["href"] == "https://example.org/author/samina-haroon.html"


def test_author_boxes_show_the_person_in_the_articles_language(site):
    two_language_site(site)
    site.build()
    box = site.page("wells-ur.html").select_one(".masthead-author-box")
    assert "ثمینہ ہارون" in box.select_one(".masthead-author-box__name").get_text()
    assert (
        box.select_one(".masthead-author-box__summary").get_text().startswith("ثمینہ")
    )
    box = site.page("wells.html").select_one(".masthead-author-box")
    assert "Samina Haroon" in box.get_text()


def test_a_language_without_a_translation_falls_back_to_the_main_one(site):
    two_language_site(site)
    site.write(
        "wells-fr.md",
        "Title: Compter les puits\nSlug: wells\nLang: fr\nDate: 2024-03-01\n"
        "Author: Samina Haroon\n\nTexte.\n",
    )
    site.build()
    text = byline(site.page("wells-fr.html")).get_text()
    assert "Samina Haroon" in text and "Senior Research Officer" in text


def test_translated_roles_that_do_not_match_the_main_ones_are_named(
    tmp_path, warnings_logged
):
    write(tmp_path, "samina-haroon.md", ENGLISH)
    write(tmp_path, "samina-haroon.ur.md", URDU.replace("ریسرچ آفیسر; ", ""))
    [person] = load(tmp_path)
    assert [r.title for r in person.translations["ur"].roles] == ["سینئر ریسرچ آفیسر"]
    [message] = warnings_logged()
    assert "people/samina-haroon.ur.md" in message and "'Roles'" in message


# -- a page per language -------------------------------------------------------


def test_each_language_of_a_profile_has_its_page_linked_to_the_others(site):
    two_language_site(site)
    site.build()
    english = site.page("author/samina-haroon.html")
    urdu = site.page("author/samina-haroon-ur.html")
    for page in (english, urdu):
        alternates = {
            link["hreflang"]: link["href"]
            for link in page.select('head link[rel="alternate"][hreflang]')
        }
        assert alternates == {
            "en": "https://example.org/author/samina-haroon.html",
            "ur": "https://example.org/author/samina-haroon-ur.html",
            "x-default": "https://example.org/author/samina-haroon.html",
        }
    [switch] = english.select(".masthead-languages a")
    assert switch["href"] == "https://example.org/author/samina-haroon-ur.html"
    assert (switch.get_text(), switch["lang"], switch["dir"]) == ("اردو", "ur", "rtl")
    [switch] = urdu.select(".masthead-languages a")
    assert (switch.get_text(), switch["lang"], switch["dir"]) == (
        "English",
        "en",
        "ltr",
    )


def test_the_urdu_profile_is_in_urdu_right_to_left(site):
    two_language_site(site)
    site.build()
    urdu = site.page("author/samina-haroon-ur.html")
    profile = urdu.select_one('[data-masthead="profile"]')
    # Pelican's default theme says the page is English: the profile says
    # what it is written in.
    assert (profile["lang"], profile["dir"]) == ("ur", "rtl")
    assert "ثمینہ ہارون" in profile.select_one(".masthead-profile__name").get_text()
    assert "سینئر ریسرچ آفیسر" in profile.get_text()
    assert "Samina studies" not in profile.get_text()


def test_a_language_page_lists_the_articles_in_its_language(site):
    two_language_site(site)
    site.build()
    listed = site.page("author/samina-haroon-ur.html").get_text()
    assert "کنوؤں کی گنتی" in listed and "Counting wells" not in listed
    # An article with no Urdu version is still listed, as it was written.
    assert "Rivers" in listed
    listed = site.page("author/samina-haroon.html").get_text()
    assert "Counting wells" in listed and "کنوؤں کی گنتی" not in listed


def json_ld_person(page) -> dict:
    for script in page.select('script[type="application/ld+json"]'):
        data = json.loads(script.string)
        if data.get("@type") == "ProfilePage":
            return data["mainEntity"]
    raise AssertionError("no ProfilePage")


def test_structured_data_gives_the_other_names(site):
    two_language_site(site)
    site.build(
        PLUGINS=["pelican.plugins.author_profiles", "pelican.plugins.share_block"]
    )
    urdu = json_ld_person(site.page("author/samina-haroon-ur.html"))
    assert urdu["name"] == "ثمینہ ہارون"
    assert urdu["alternateName"] == ["Samina Haroon"]
    assert urdu["url"] == "https://example.org/author/samina-haroon-ur.html"
    english = json_ld_person(site.page("author/samina-haroon.html"))
    assert english["alternateName"] == ["ثمینہ ہارون"]
    canonical = site.page("author/samina-haroon-ur.html").select_one(
        'link[rel="canonical"]'
    )
    assert canonical["href"] == "https://example.org/author/samina-haroon-ur.html"


def test_language_pages_follow_their_address_settings(site):
    two_language_site(site)
    output = site.build(
        PEOPLE_LANG_URL="people/{slug}/{lang}/",
        PEOPLE_LANG_SAVE_AS="people/{slug}/{lang}/index.html",
    )
    assert (output / "people" / "samina-haroon" / "ur" / "index.html").exists()
    link = byline(site.page("wells-ur.html")).select_one("a.p-name")
    assert link["href"] == "https://example.org/people/samina-haroon/ur/"


def test_a_language_page_that_takes_another_pages_file_is_named(site, warnings_logged):
    two_language_site(site)
    site.write("people/other.md", "Title: Other\nSlug: samina-haroon-ur\n")
    site.build()
    assert any(
        "people/samina-haroon.ur.md" in m and "PEOPLE_LANG_SAVE_AS" in m
        for m in warnings_logged()
    )


def test_fields_taken_from_the_main_file_say_their_language(site):
    two_language_site(site)
    # No bio and no roles in Urdu: the page shows the English ones, marked.
    site.write(
        "people/samina-haroon.ur.md",
        "Title: ثمینہ ہارون\nSlug: samina-haroon\nLang: ur\n",
    )
    site.build()
    profile = site.page("author/samina-haroon-ur.html").select_one(
        '[data-masthead="profile"]'
    )
    assert (profile["lang"], profile["dir"]) == ("ur", "rtl")
    bio = profile.select_one(".masthead-profile__bio")
    assert "Samina studies" in bio.get_text()
    assert (bio["lang"], bio["dir"]) == ("en", "ltr")
    role = profile.select_one(".masthead-profile__role")
    assert (role.get_text(), role["lang"]) == ("Senior Research Officer", "en")
    assert not profile.select_one(".masthead-profile__name").has_attr("lang")
    # In the Urdu article's byline, the English title is marked as English.
    title = byline(site.page("wells-ur.html")).select_one(".p-job-title")
    assert (title.get_text(), title["lang"]) == ("Senior Research Officer", "en")


def test_main_files_keep_their_language_in_a_subsite_of_another(tmp_path):
    # pelican-i18n-subsites gives each subsite its own DEFAULT_LANG; the
    # people files without a 'Lang' are still the English ones.
    write(tmp_path, "samina-haroon.md", ENGLISH)
    write(tmp_path, "samina-haroon.ur.md", URDU)
    [person] = load(tmp_path, DEFAULT_LANG="ur", PEOPLE_DEFAULT_LANG="en")
    assert (person.name, person.lang) == ("Samina Haroon", "en")
    assert person.translations["ur"].name == "ثمینہ ہارون"
