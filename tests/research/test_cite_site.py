"""The "Cite this" block in built sites: where it shows, and whom it names."""

from __future__ import annotations

import pytest
from conftest import ALL_PLUGINS, THEME
from pelican_masthead.settings import SettingsError

PEOPLE = {
    "ewan": "Title: Ewan Castellane\nRoles: Deputy Director\n",
    "idris": "Title: Idris Valcourt\nRoles: Research Officer\n",
    "anouk": "Title: Anouk van Dijk\nFamily_name: van Dijk\nRoles: Editor\n",
    "mira": "Title: Mira Castell\nRoles: Editor\n",
    "tomas": "Title: Tomás Ferreira\nRoles: Translator\n",
}
ARTICLE = """\
Title: Sponge Streets: Costing Green Infrastructure
Slug: sponge-streets
Date: 2022-02-15 09:00
Category: Cities
Authors: Ewan Castellane; Idris Valcourt; Anouk van Dijk
Editors: Mira Castell
Reviewers: Mira Castell
Translators: Tomás Ferreira
{extra}
When a summer storm drops a month's rain in an hour, the drains cannot cope.
"""
APA = (
    "Castellane, E., Valcourt, I., & van Dijk, A. (2022, February 15). Sponge "
    "Streets: Costing Green Infrastructure. Test Centre. "
    "https://example.org/sponge-streets.html"
)
CHICAGO = (
    "Castellane, Ewan, Idris Valcourt, and Anouk van Dijk. 2022. \u201cSponge "
    "Streets: Costing Green Infrastructure.\u201d Test Centre, February 15. "
    "https://example.org/sponge-streets.html."
)


@pytest.fixture
def cite_site(site):
    for slug, text in PEOPLE.items():
        site.write(f"people/{slug}.md", text + "\nBio.\n")
    site.write("sponge-streets.md", ARTICLE.format(extra=""))

    def build(**settings):
        return site.build(**{"PLUGINS": ALL_PLUGINS, **settings})

    site.build_cited = build
    return site


def citations(page) -> dict[str, str]:
    block = page.select_one('[data-masthead="cite"]')
    if block is None:
        return {}
    return {
        dt.get_text(): dt.find_next_sibling("dd").get_text()
        for dt in block.select("dt")
    }


def test_placed_after_the_text_in_pelicans_default_theme(cite_site):
    cite_site.build_cited()
    page = cite_site.page("sponge-streets.html")
    assert citations(page) == {"APA": APA, "Chicago": CHICAGO}
    assert len(page.select('[data-masthead="cite"]')) == 1
    # Right after the article's own text, before the share block.
    placed = page.select_one(".masthead-placed--after")
    first = placed.find(attrs={"data-masthead": True})
    assert first["data-masthead"] == "cite"
    text = page.body.find(string=lambda s: "drains cannot cope" in s)
    assert text.find_next(attrs={"data-masthead": True}) is first
    assert page.select_one('[data-masthead="cite"] h2').get_text() == "Cite this"


def test_editors_reviewers_and_translators_are_never_cited(cite_site):
    cite_site.build_cited()
    page = cite_site.page("sponge-streets.html")
    # They are credited on the page, and not in the citation.
    assert "Mira Castell" in page.select_one('[data-masthead="credits"]').get_text()
    for citation in citations(page).values():
        assert "Castell," not in citation.replace("Castellane", "")
        assert "Mira" not in citation and "Ferreira" not in citation


def test_included_once_by_this_projects_theme(cite_site):
    cite_site.build_cited(THEME=str(THEME))
    page = cite_site.page("sponge-streets.html")
    assert citations(page) == {"APA": APA, "Chicago": CHICAGO}
    [block] = page.select('[data-masthead="cite"]')
    assert block.find_parent(class_="article__footer") is not None
    assert block.find_parent(class_="masthead-placed") is None


def test_cite_no_turns_it_off(cite_site):
    cite_site.write("sponge-streets.md", ARTICLE.format(extra="Cite: no\n"))
    cite_site.build_cited()
    assert citations(cite_site.page("sponge-streets.html")) == {}


def test_a_cite_value_that_is_neither_yes_nor_no_is_reported(
    cite_site, warnings_logged
):
    cite_site.write("sponge-streets.md", ARTICLE.format(extra="Cite: maybe\n"))
    cite_site.build_cited()
    assert citations(cite_site.page("sponge-streets.html"))
    assert any(
        "sponge-streets.md" in m and "'Cite'" in m and "'maybe'" in m
        for m in warnings_logged()
    )


def test_only_the_categories_the_setting_names(cite_site):
    cite_site.write(
        "report.md",
        "Title: Annual Report\nDate: 2023-01-01\nCategory: Reports\n"
        "Author: Ewan Castellane\n\nText.\n",
    )
    cite_site.build_cited(CITATION_ARTICLES=["reports"])
    assert citations(cite_site.page("annual-report.html"))
    assert citations(cite_site.page("sponge-streets.html")) == {}


def test_none_and_an_article_that_asks(cite_site):
    cite_site.write(
        "report.md",
        "Title: Annual Report\nDate: 2023-01-01\nAuthor: Ewan Castellane\n"
        "Cite: yes\n\nText.\n",
    )
    cite_site.build_cited(CITATION_ARTICLES="none")
    assert citations(cite_site.page("annual-report.html"))
    assert citations(cite_site.page("sponge-streets.html")) == {}


def test_pages_have_none_unless_they_ask(cite_site):
    cite_site.write("pages/about.md", "Title: About us\n\nWho we are.\n")
    cite_site.write(
        "pages/policy.md",
        "Title: Water Policy Brief\nAuthor: Idris Valcourt\nCite: yes\n\nText.\n",
    )
    cite_site.build_cited()
    assert citations(cite_site.page("pages/about-us.html")) == {}
    assert citations(cite_site.page("pages/water-policy-brief.html")) == {
        "APA": "Valcourt, I. (n.d.). Water Policy Brief. Test Centre. "
        "https://example.org/pages/water-policy-brief.html",
        "Chicago": "Valcourt, Idris. n.d. \u201cWater Policy Brief.\u201d Test "
        "Centre. https://example.org/pages/water-policy-brief.html.",
    }


def test_an_unsigned_article_is_cited_to_the_organisation(cite_site):
    cite_site.write(
        "notice.md", "Title: Office Move\nDate: 2023-03-01\n\nWe have moved.\n"
    )
    cite_site.build_cited(AUTHOR="Larkspur Centre for Water")
    assert citations(cite_site.page("office-move.html"))["APA"].startswith(
        "Larkspur Centre for Water. (2023, March 1). Office Move. Test Centre."
    )


def test_without_author_profiles_the_byline_names_are_cited(cite_site):
    cite_site.build_cited(PLUGINS=["pelican.plugins.research"])
    assert citations(cite_site.page("sponge-streets.html"))["APA"].startswith(
        # No people files are read: the last word is the family name.
        "Castellane, E., Valcourt, I., & Dijk, A. v. (2022, February 15)."
    )


def test_a_family_name_that_is_not_part_of_the_name_is_reported(
    cite_site, warnings_logged
):
    cite_site.write(
        "people/anouk.md", "Title: Anouk van Dijk\nFamily_name: Dyke\n\nBio.\n"
    )
    cite_site.build_cited()
    assert any(
        "people/anouk.md" in m and "'Family_name'" in m for m in warnings_logged()
    )
    assert (
        "Dijk, A. v. (2022" in citations(cite_site.page("sponge-streets.html"))["APA"]
    )


def test_a_wrong_setting_stops_the_build(cite_site):
    with pytest.raises(SettingsError, match="CITATION_ARTICLES"):
        cite_site.build_cited(CITATION_ARTICLES="some")


def test_a_person_in_another_language_is_cited_by_that_languages_name(cite_site):
    cite_site.write(
        "people/samina.md",
        "Title: Samina Haroon\nSlug: samina-haroon\nFamily_name: Haroon\n\nBio.\n",
    )
    cite_site.write(
        "people/samina.ur.md",
        "Title: ثمینہ ہارون\nSlug: samina-haroon\nLang: ur\n\nBio.\n",
    )
    cite_site.write(
        "pani.md",
        "Title: پانی\nSlug: pani\nDate: 2024-03-18\nAuthor: ثمینہ ہارون\n"
        "Lang: ur\n\nمتن۔\n",
    )
    cite_site.build_cited()
    page = cite_site.page("pani-ur.html")
    # The style's name is in Urdu too ("شکاگو"): found by its key.
    chicago = page.select_one("#masthead-cite-chicago").get_text()
    # The main file's family name is not part of the Urdu name: the rule holds.
    assert chicago.startswith("ہارون, ثمینہ. 2024.")


def test_a_chinese_article_names_its_citation_styles_in_chinese(cite_site):
    cite_site.write(
        "sponge-zh.md",
        "Title: 海绵街道\nSlug: sponge-zh\nDate: 2022-02-16 09:00\n"
        "Authors: Ewan Castellane\nLang: zh\n\n暴雨时排水系统无法应对。\n",
    )
    cite_site.build_cited()
    page = cite_site.page("sponge-zh-zh.html")
    block = page.select_one('[data-masthead="cite"]')
    assert block.select_one("h2").get_text() == "引用本文"
    assert [dt.get_text() for dt in block.select("dt")] == ["APA 格式", "芝加哥格式"]
    # The English article beside it keeps the English names.
    assert list(citations(cite_site.page("sponge-streets.html"))) == ["APA", "Chicago"]
