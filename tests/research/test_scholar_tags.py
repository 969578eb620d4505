"""Google Scholar's citation tags in the head of article pages."""

import re
from itertools import pairwise

import pytest
from conftest import ALL_PLUGINS, THEME

# The Highwire Press tags Google Scholar's inclusion guidelines name.
SCHOLAR_GUIDELINES = {
    "citation_title",
    "citation_author",
    "citation_publication_date",
    "citation_online_date",
    "citation_journal_title",
    "citation_conference_title",
    "citation_volume",
    "citation_issue",
    "citation_firstpage",
    "citation_lastpage",
    "citation_pdf_url",
    "citation_dissertation_institution",
    "citation_technical_report_institution",
    "citation_technical_report_number",
    "citation_issn",
    "citation_isbn",
}
# Highwire tags beside those: the publisher, and details of the author
# named just before them.
AUTHOR_DETAILS = {"citation_author_institution", "citation_author_orcid"}
HIGHWIRE_OTHERS = {"citation_publisher"} | AUTHOR_DETAILS


def three_author_site(site) -> None:
    site.write(
        "people/ana.md",
        'Title: Ana Kova\nAffiliation: Larkspur Centre & "Partners"\n'
        "ORCID: 0000-0002-1825-0097\n\nBio.\n",
    )
    site.write("people/bo.md", "Title: Bo Lind\n\nBio.\n")
    site.write(
        "people/cy.md",
        "Title: سلمى حداد\nSlug: salma-haddad\nAffiliation: جامعة النهر\n"
        "ORCID: 0000-0000-5109-3703\n\nBio.\n",
    )
    site.write("people/ed.md", "Title: Ed Itor\n\nBio.\n")
    site.write(
        "rivers.md",
        'Title: Rivers & "dams" <in> 2024\nDate: 2024-03-09 10:00\n'
        "Authors: Bo Lind; سلمى حداد; Ana Kova\nEditors: Ed Itor\n\nText.\n",
    )


def scholar_tags(page) -> list[tuple[str, str]]:
    return [
        (tag["name"], tag["content"])
        for tag in page.head.find_all("meta")
        if tag.get("name", "").startswith("citation_")
    ]


@pytest.mark.parametrize("theme", ["notmyidea", "simple", str(THEME)])
def test_an_article_has_scholars_tags_in_byline_order(site, theme):
    three_author_site(site)
    site.build(PLUGINS=ALL_PLUGINS, THEME=theme, SLUGIFY_SOURCE="basename")
    tags = scholar_tags(site.page("rivers.html"))
    assert tags == [
        ("citation_title", 'Rivers & "dams" <in> 2024'),
        ("citation_author", "Bo Lind"),
        ("citation_author", "سلمى حداد"),
        ("citation_author_institution", "جامعة النهر"),
        ("citation_author_orcid", "0000-0000-5109-3703"),
        ("citation_author", "Ana Kova"),
        ("citation_author_institution", 'Larkspur Centre & "Partners"'),
        ("citation_author_orcid", "0000-0002-1825-0097"),
        ("citation_publication_date", "2024/03/09"),
        ("citation_publisher", "Test Centre"),
    ]


def test_the_tags_are_the_ones_scholar_reads(site):
    three_author_site(site)
    site.build(PLUGINS=ALL_PLUGINS, SLUGIFY_SOURCE="basename")
    tags = scholar_tags(site.page("rivers.html"))
    names = [name for name, _ in tags]
    assert set(names) <= SCHOLAR_GUIDELINES | HIGHWIRE_OTHERS
    assert {"citation_title", "citation_author", "citation_publication_date"} <= set(
        names
    )
    assert names.count("citation_title") == 1
    # An author's institution and iD follow that author, never another tag.
    for before, name in pairwise(names):
        if name in AUTHOR_DETAILS:
            assert before == "citation_author" or before in AUTHOR_DETAILS
    [date] = [value for name, value in tags if name == "citation_publication_date"]
    assert re.fullmatch(r"\d{4}/\d{2}/\d{2}", date)
    # Editors are not authors.
    assert "Ed Itor" not in [value for _, value in tags]


def test_pages_and_listings_have_no_scholar_tags(site):
    three_author_site(site)
    site.write("pages/about.md", "Title: About\nAuthors: Ana Kova\n\nAbout us.\n")
    site.build(PLUGINS=ALL_PLUGINS, SLUGIFY_SOURCE="basename")
    for page in ("pages/about.html", "index.html", "author/ana-kova.html"):
        assert not scholar_tags(site.page(page)), page


def test_the_organisation_is_the_publisher(site):
    three_author_site(site)
    site.build(
        PLUGINS=ALL_PLUGINS,
        SLUGIFY_SOURCE="basename",
        MASTHEAD_ORGANIZATION={"name": "Larkspur Centre for Water & Cities"},
    )
    tags = dict(scholar_tags(site.page("rivers.html")))
    assert tags["citation_publisher"] == "Larkspur Centre for Water & Cities"


def test_a_theme_that_writes_its_own_citation_tags_keeps_one_set(site, tmp_path):
    three_author_site(site)
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    (overrides / "base.html").write_text(
        '{% extends "!theme/base.html" %}{% block head %}{{ super() }}'
        '<meta name="citation_title" content="Theme title">'
        '<meta name="citation_author" content="Someone Else">{% endblock %}'
    )
    site.build(
        PLUGINS=ALL_PLUGINS,
        SLUGIFY_SOURCE="basename",
        THEME_TEMPLATES_OVERRIDES=[str(overrides)],
    )
    tags = scholar_tags(site.page("rivers.html"))
    assert [v for n, v in tags if n == "citation_title"] == [
        'Rivers & "dams" <in> 2024'
    ]
    assert "Someone Else" not in [v for _, v in tags]
