"""The example site, built as the README says, read as a reader would."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXAMPLE_SITE, read_page
from pelican.plugins.author_profiles.loading import load_people
from pelican.settings import DEFAULT_CONFIG

CONTENT = EXAMPLE_SITE / "content"


@pytest.fixture(scope="module")
def people():
    return load_people(CONTENT, ["people"], {**DEFAULT_CONFIG, "PATH": str(CONTENT)})


def article_pages(output: Path) -> list[Path]:
    """Every written page that is an article (an h-entry with a byline)."""
    found = []
    for path in sorted(output.rglob("*.html")):
        page = read_page(output, str(path.relative_to(output)))
        if page.select_one("main article.h-entry .masthead-byline"):
            found.append(path)
    return found


def bylines(output: Path) -> dict[str, list[str]]:
    """Article URL -> the profile URLs its byline links to."""
    result = {}
    for path in article_pages(output):
        page = read_page(output, str(path.relative_to(output)))
        url = page.select_one('link[rel="canonical"]') or page.select_one(
            "article.h-entry .u-url"
        )
        links = [a["href"] for a in page.select(".masthead-byline .p-author .u-url")]
        result[url["href"]] = links
    return result


def profile_path(url: str) -> str:
    return url.split("://", 1)[-1].split("/", 1)[-1]


def test_every_person_has_a_profile_page_with_bio_and_roles(example_output, people):
    assert len(people) >= 8
    for person in people:
        page = read_page(example_output, f"people/{person.slug}/")
        card = page.select_one("main .h-card")
        assert card is not None, person.slug
        assert person.name in card.select_one(".p-name").get_text()
        shown_roles = [r.get_text(" ", strip=True) for r in card.select(".p-job-title")]
        for role in person.current_roles:
            assert role.title in shown_roles, (person.slug, role.title)
        first_words = person.summary.split()[:6]
        assert " ".join(first_words) in " ".join(card.get_text(" ").split())


def test_every_article_is_listed_on_each_of_its_authors_pages(example_output):
    pages = bylines(example_output)
    assert len(pages) >= 8
    for article_url, author_urls in pages.items():
        assert author_urls, article_url
        for author_url in author_urls:
            profile = read_page(example_output, profile_path(author_url))
            listed = [a["href"] for a in profile.select("main .h-entry .u-url")]
            assert article_url in listed, (article_url, author_url)


def test_each_article_has_one_author_box_per_author(example_output):
    for path in article_pages(example_output):
        page = read_page(example_output, str(path.relative_to(example_output)))
        authors = page.select(".masthead-byline .p-author")
        boxes = page.select(".masthead-author-box")
        assert len(boxes) == len(authors), path
        for box, author in zip(boxes, authors, strict=True):
            name = author.select_one(".p-name").get_text(strip=True)
            assert name in box.get_text(" "), path


def test_a_byline_name_without_a_profile_still_has_a_page(example_output, people):
    known = {f"people/{p.slug}/" for p in people}
    unprofiled = {
        profile_path(url)
        for urls in bylines(example_output).values()
        for url in urls
        if profile_path(url) not in known
    }
    assert unprofiled, "the example site should have one byline name with no profile"
    for relative in unprofiled:
        page = read_page(example_output, relative)
        assert page.select_one("main .h-card .p-name").get_text(strip=True)
        assert page.select("main .h-entry")
    log = (example_output.parent / "build.log").read_text()
    assert "no profile" in log


def test_people_files_are_not_published_as_articles_or_pages(example_output, people):
    titles = {
        t.get_text(strip=True)
        for t in read_page(example_output, "archives/").select("a")
    }
    for person in people:
        assert person.name not in titles


def test_drafts_are_nowhere_on_profile_pages(example_output):
    drafts = list((example_output / "drafts").rglob("*.html"))
    draft_urls = {f"/drafts/{p.relative_to(example_output / 'drafts')}" for p in drafts}
    # The example site keeps a draft on purpose, so that this test checks one.
    assert draft_urls
    for profile in (example_output / "people").rglob("index.html"):
        text = profile.read_text(encoding="utf-8")
        for url in draft_urls:
            assert url not in text, (profile, url)


def test_a_profile_lists_the_persons_details_with_their_labels(example_output):
    page = read_page(example_output, "people/ingrid-solvang/")
    details = [p.get_text(" ", strip=True) for p in page.select(".profile__detail")]
    assert details == ["Pronouns: she/her"]


def test_the_staff_page_links_the_centres_policies_to_its_own_pages(example_output):
    block = read_page(example_output, "staff/").select_one(".masthead-policies")
    links = {
        a.get_text(): a["href"] for a in block.select(".masthead-policies__links a")
    }
    assert set(links) == {
        "Publishing principles",
        "Corrections policy",
        "Ethics policy",
    }
    for href in links.values():
        assert href.startswith("https://larkspur.example/")
        policy = read_page(
            example_output, href.removeprefix("https://larkspur.example/")
        )
        assert policy.select_one("main h1")
    assert block.select(".masthead-policies__funders li")


def test_experts_with_a_media_contact_show_it_and_their_languages(example_output):
    samina = read_page(example_output, "people/samina-haroon/")
    [block] = samina.select(".masthead-media-contact")
    assert block.select_one("a")["href"] == "tel:+442079460018"
    experts = read_page(example_output, "experts/")
    languages = {
        li.select_one(".p-name").get_text(): li.select_one(
            ".masthead-experts-topic__languages"
        )
        for li in experts.select(".masthead-experts-topic__people li")
    }
    assert "Urdu" in languages["Samina Haroon"].get_text()


def test_the_urdu_profile_is_an_urdu_page_linked_to_the_english_one(example_output):
    urdu = read_page(example_output, "people/samina-haroon/ur/")
    assert (urdu.html["lang"], urdu.html["dir"]) == ("ur", "rtl")
    assert urdu.select_one("main h1").get_text().endswith("ثمینہ ہارون")
    alternates = {
        link["hreflang"]: link["href"]
        for link in urdu.select('head link[rel="alternate"][hreflang]')
    }
    assert alternates == {
        "en": "https://larkspur.example/people/samina-haroon/",
        "ur": "https://larkspur.example/people/samina-haroon/ur/",
        "x-default": "https://larkspur.example/people/samina-haroon/",
    }
    [english] = urdu.select("main .masthead-languages a")
    assert english["href"] == "https://larkspur.example/people/samina-haroon/"
    # The site's header and footer keep the site's language.
    assert urdu.select_one("footer.site-footer")["lang"] == "en"
    listed = [
        a.get_text() for a in urdu.select("main .profile__articles .card__title a")
    ]
    assert "سیلاب کی قیمت کون ادا کرتا ہے؟ غیر رسمی بستیوں میں بیمے کا خلا" in listed


def test_the_urdu_articles_have_their_bylines_in_urdu(example_output):
    for url in (
        "2023/who-pays-for-a-flood/ur/",
        "2024/shehron-mein-zer-e-zameen-pani/ur/",
    ):
        page = read_page(example_output, url)
        name = page.select_one("main .masthead-byline .p-name")
        assert name.get_text() == "ثمینہ ہارون", url
        assert name["href"].endswith("/people/samina-haroon/ur/")
        english = read_page(example_output, url.removesuffix("ur/"))
        name = english.select_one("main .masthead-byline .p-name")
        assert name.get_text() == "Samina Haroon", url
