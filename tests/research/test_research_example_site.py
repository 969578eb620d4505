"""The example site shows each research feature: a PDF report, a disclosed
article, a person with an ORCID iD and a disclosure, and replies by email."""

import json

from conftest import EXAMPLE_SITE, read_page

REPORT = "2022/rainfall-series-methods-note/"
DISCLOSED = "2023/who-pays-for-a-flood/"
DIRECTOR = "people/marguerite-oyelaran/"
PDF = "reports/rainfall-series-methods-note.pdf"


def test_the_methods_note_offers_its_pdf(example_output):
    copied = example_output / PDF
    assert copied.read_bytes() == (EXAMPLE_SITE / "content" / PDF).read_bytes()
    page = read_page(example_output, REPORT)
    [shown] = page.select('[data-masthead="pdf-download"]')
    assert shown.a["href"] == f"https://larkspur.example/{PDF}"
    assert "(2 KB)" in shown.get_text()
    tags = {
        tag["name"]: tag["content"]
        for tag in page.head.select('meta[name^="citation_"]')
    }
    assert tags["citation_pdf_url"] == f"https://larkspur.example/{PDF}"
    assert tags["citation_publisher"] == "Larkspur Centre for Water and Cities"
    assert tags["citation_publication_date"] == "2022/09/27"


def test_the_example_pdf_is_a_small_pdf_of_our_own(example_output):
    data = (example_output / PDF).read_bytes()
    assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF")
    assert len(data) < 4096
    assert b"Larkspur Centre for Water and Cities" in data


def test_a_disclosed_article_and_a_disclosed_director(example_output):
    note = read_page(example_output, DISCLOSED).select_one(
        '[data-masthead="disclosure"]'
    )
    assert "Halloran-Pike Foundation" in note.em.get_text()
    profile = read_page(example_output, DIRECTOR)
    [row] = [p for p in profile.select(".profile__detail") if "Disclosure" in p.text]
    assert row.a["href"] == "https://quayside-rivers.example/"
    person = next(
        json.loads(s.string)
        for s in profile.select('script[type="application/ld+json"]')
        if '"ProfilePage"' in s.string
    )["mainEntity"]
    assert person["identifier"]["propertyID"] == "ORCID"
    assert f"https://orcid.org/{person['identifier']['value']}" in person["sameAs"]


def test_articles_invite_replies_by_email(example_output):
    link = read_page(example_output, REPORT).select_one('[data-masthead="reply"] a')
    assert link["href"].startswith("mailto:letters@larkspur.example?subject=Re%3A%20")
