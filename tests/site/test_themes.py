"""Every feature shows on themes that know nothing of the plugins: Pelican's
own `simple` and `notmyidea`, and `reflex` and `smallweb` from the package
index, with no template edits (nothing but the plugins and content/people)."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from conftest import ALL_PLUGINS, read_page
from other_themes import THEME_SETTINGS, build_example_with_theme, theme_path

ARTICLE = "2022/sponge-streets/"
PROFILE = "people/ingrid-solvang/"
STAFF = "staff/"
ABOUT = "about/"
YEAR_LINK = re.compile(r"/20\d\d/")


@pytest.fixture(scope="module", params=sorted(THEME_SETTINGS))
def themed(request, tmp_path_factory):
    output = tmp_path_factory.mktemp(f"theme-{request.param}") / "site"
    result = build_example_with_theme(request.param, output)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


def html_of(output, relative: str) -> str:
    return (output / relative / "index.html").read_text(encoding="utf-8")


def test_articles_show_byline_and_reading_time_before_the_text_and_the_rest_after(
    themed, example_output
):
    page = read_page(themed, ARTICLE)
    before = page.select_one(".masthead-placed--before")
    after = page.select_one(".masthead-placed--after")
    # Both sit in the element holding the text: the theme's content column.
    assert before.parent is after.parent and before.parent.name != "body"
    first_paragraph = read_page(example_output, ARTICLE).select_one(".article__body p")
    assert before.find_next_sibling().get_text() == first_paragraph.get_text()
    byline = before.select_one(".masthead-byline")
    names = [a.get_text() for a in byline.select(".p-name")]
    assert names == ["Ewan Castellane", "Idris Valcourt", "Jory Penhallow"]
    assert "Deputy Director" in [t.get_text() for t in byline.select(".p-job-title")]
    assert before.select_one("time.masthead-reading-time")["datetime"].startswith("PT")
    assert after.select(".masthead-share-block a.masthead-share-link")
    cite = after.select_one('[data-masthead="cite"]')
    assert cite.find_next_sibling(attrs={"data-masthead": True})["data-masthead"] == (
        "share-block"
    )
    assert (
        cite.select_one("dd")
        .get_text()
        .startswith(
            "Castellane, E., Valcourt, I., & Penhallow, J. (2022, February 15). "
        )
    )
    boxes = after.select(".masthead-author-box")
    assert [b.select_one(".p-name").get_text() for b in boxes][:2] == [
        "Prof. Ewan Castellane",
        "Dr Idris Valcourt",
    ]


def test_profile_pages_show_the_person_before_their_articles(themed):
    page = read_page(themed, PROFILE)
    [placed] = page.select(".masthead-placed--profile")
    assert placed.parent.name != "body"
    profile = placed.select_one(".masthead-profile")
    photo = profile.select_one("img.masthead-avatar")
    assert photo["width"] and photo["height"]
    roles = [p.get_text() for p in profile.select(".p-job-title")]
    assert roles == ["Senior Research Officer"]
    assert "Research Officer" in profile.select_one(".masthead-profile__earlier").text
    assert "joined the Larkspur Centre" in profile.select_one(".p-note").get_text()
    assert profile.select_one('a[href^="mailto:"]')
    articles_before = [
        a for a in placed.find_all_previous("a") if YEAR_LINK.search(a["href"])
    ]
    articles_after = [
        a for a in placed.find_all_next("a") if YEAR_LINK.search(a["href"])
    ]
    assert not articles_before and articles_after


def theme_stylesheets(page: BeautifulSoup) -> set[str]:
    links = page.select('link[rel="stylesheet"]')
    return {link["href"] for link in links if "/masthead/" not in link["href"]}


def test_the_staff_page_sits_in_the_sites_own_layout(themed):
    staff = read_page(themed, STAFF)
    article = read_page(themed, ARTICLE)
    assert theme_stylesheets(staff) == theme_stylesheets(article)
    assert staff.find("nav")
    assert "Staff" in staff.title.get_text()
    cards = staff.select(".masthead-staff-directory .masthead-staff-card")
    assert len(cards) >= 5
    assert not staff.select(".masthead-placed")  # no byline on the stand-in page
    policies = staff.select(".masthead-policies__links a")
    assert [a.get_text() for a in policies] == [
        "Publishing principles",
        "Corrections policy",
        "Ethics policy",
    ]


@pytest.mark.parametrize("relative", [ARTICLE, PROFILE, STAFF, ABOUT])
def test_every_page_has_exactly_one_of_each_social_tag(themed, relative):
    head = read_page(themed, relative).head
    for key in ("og:title", "og:url", "og:type", "og:site_name"):
        assert len(head.select(f'meta[property="{key}"]')) == 1, key
    assert len(head.select('meta[name="twitter:card"]')) == 1
    assert len(head.select('link[rel="canonical"]')) == 1
    if relative in (ARTICLE, PROFILE):
        assert len(head.select('script[type="application/ld+json"]')) == 1


def test_research_blocks_are_placed_in_every_theme(themed):
    report = read_page(themed, "2022/rainfall-series-methods-note/")
    [after] = report.select(".masthead-placed--after")
    pdf = after.select_one('[data-masthead="pdf-download"] a')
    assert (
        pdf["href"]
        == "https://larkspur.example/reports/rainfall-series-methods-note.pdf"
    )
    assert after.select_one('[data-masthead="reply"] a')["href"].startswith("mailto:")
    assert len(report.head.select('meta[name="citation_title"]')) == 1
    assert (
        report.head.select_one('meta[name="citation_pdf_url"]')["content"]
        == (pdf["href"])
    )
    disclosed = read_page(themed, "2023/who-pays-for-a-flood/")
    assert disclosed.select_one('.masthead-placed--after [data-masthead="disclosure"]')
    director = read_page(themed, "people/marguerite-oyelaran/")
    profile = director.select_one(".masthead-placed--profile")
    assert "Quayside Rivers Trust" in profile.get_text()


def test_the_snippets_stylesheet_is_linked_and_small(themed):
    [link] = read_page(themed, ARTICLE).select('link[data-masthead="stylesheet"]')
    assert link["href"].endswith("/masthead/snippets.css")
    assert (themed / "masthead" / "snippets.css").stat().st_size < 6_000


SNIPPET_MARKERS = [
    "byline",
    "credits",
    "reading-time",
    "cite",
    "share-block",
    "author-boxes",
    "social-meta",
    "scholar-meta",
    "fediverse-creator",
    "disclosure",
    "pdf-download",
    "reply",
]


def test_our_own_theme_shows_each_snippet_once_and_places_nothing(example_output):
    html = html_of(example_output, ARTICLE)
    for marker in SNIPPET_MARKERS:
        count = html.count(f'data-masthead="{marker}"')
        assert count <= 1, marker
    for marker in ("byline", "reading-time", "cite", "share-block", "author-boxes"):
        assert f'data-masthead="{marker}"' in html, marker
    report = html_of(example_output, "2022/rainfall-series-methods-note/")
    for marker in ("scholar-meta", "pdf-download", "reply"):
        assert report.count(f'data-masthead="{marker}"') == 1, marker
    assert "masthead-placed" not in report
    assert "masthead-placed" not in html
    assert "snippets.css" not in html
    profile = html_of(example_output, PROFILE)
    assert profile.count('data-masthead="profile"') == 1
    assert "masthead-placed" not in profile


@pytest.fixture
def small_site(site):
    site.write("people/ana.md", "Title: Ana Kova\nRoles: Director\n\nAna leads.\n")
    site.write(
        "dry.md",
        "Title: Dry\nDate: 2024-06-01\nAuthor: Ana Kova\nLang: ur\n\n"
        + "دریا اگست میں کم بہتے ہیں۔ " * 40
        + "\n",
    )
    return site


def test_snippets_on_a_page_in_another_language_say_which_they_speak(small_site):
    # Italian has no shipped labels: the snippets speak the site's English.
    small_site.write(
        "secco.md",
        "Title: Secco\nDate: 2024-06-02\nAuthor: Ana Kova\nLang: it\n\n"
        + "I fiumi calano in agosto. " * 40
        + "\n",
    )
    small_site.build(PLUGINS=ALL_PLUGINS, THEME=str(theme_path("smallweb")))
    page = small_site.page("secco-it.html")
    assert page.html["lang"] == "it"
    placed = page.select(".masthead-placed")
    assert placed
    for wrapper in placed:
        assert (wrapper["lang"], wrapper["dir"]) == ("en", "ltr")
    assert page.select_one(".masthead-byline .p-job-title").get_text() == "Director"
    # Urdu has: the snippets speak the page's language and need say nothing.
    page = small_site.page("dry-ur.html")
    assert page.html["lang"] == "ur"
    placed = page.select(".masthead-placed")
    assert placed
    for wrapper in placed:
        assert not wrapper.has_attr("lang")
    assert page.select_one(".masthead-byline").get_text().startswith("از ")


def test_one_setting_turns_placement_off(small_site):
    small_site.build(
        PLUGINS=ALL_PLUGINS, THEME=str(theme_path("simple")), MASTHEAD_PLACEMENT=False
    )
    html = (small_site.output / "dry-ur.html").read_text(encoding="utf-8")
    assert "data-masthead" not in html
    assert not (small_site.output / "masthead" / "snippets.css").exists()
