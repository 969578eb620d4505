"""A site built as one subsite per language with pelican-i18n-subsites:
English at the root, Urdu under /ur/, each a whole Pelican build."""

from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import ALL_PLUGINS, Site, build_example_site, read_page
from pelican_masthead.problems import StrictModeError
from PIL import Image

SITEURL = "https://example.org"
SUBSITES = {
    "PLUGINS": [*ALL_PLUGINS, "pelican.plugins.i18n_subsites"],
    "I18N_SUBSITES": {"ur": {"SITENAME": "مرکز"}},
    "I18N_UNTRANSLATED_ARTICLES": "remove",
    "STAFF_SECTIONS": {"Leadership": ["Director"], "Research": ["Research Officer"]},
}


def write_site(site: Site) -> None:
    photos = site.content / "people" / "photos"
    photos.mkdir(parents=True)
    Image.new("RGB", (300, 300), (40, 90, 140)).save(photos / "ana.jpg")
    site.write(
        "people/ana.md",
        "Title: Ana Kova\nRoles: Director\nPhoto: photos/ana.jpg\n\nAna leads.\n",
    )
    site.write(
        "people/ana.ur.md",
        "Title: آنا کووا\nSlug: ana-kova\nLang: ur\nRoles: ڈائریکٹر\n\n"
        "آنا سربراہ ہیں۔\n",
    )
    # Staff with no article in either language.
    site.write("people/omar.md", "Title: Omar Sial\nRoles: Research Officer\n\nO.\n")
    site.write("people/gul.md", "Title: Gul Rahim\nStaff: guest\n\nGul writes.\n")
    site.write("people/bo.md", "Title: Bo Lind\nStaff: guest\n\nBo writes.\n")
    article = "Title: {title}\nSlug: {slug}\nLang: {lang}\nDate: 2024-01-0{day}\n"
    article += "Author: {author}\n\n{text}\n"
    site.write(
        "rivers.md",
        article.format(
            title="Rivers", slug="rivers", lang="en", day=1, author="Ana Kova",
            text="Text about rivers.",
        ),
    )  # fmt: skip
    site.write(
        "rivers.ur.md",
        article.format(
            title="دریا", slug="rivers", lang="ur", day=1, author="Ana Kova",
            text="دریاؤں کے بارے میں۔",
        ),
    )  # fmt: skip
    site.write(
        "wells.md",
        article.format(
            title="کنویں", slug="wells", lang="ur", day=2, author="Gul Rahim",
            text="کنوؤں کے بارے میں۔",
        ),
    )  # fmt: skip
    site.write(
        "dams.md",
        article.format(
            title="Dams", slug="dams", lang="en", day=3, author="Bo Lind",
            text="Text about dams.",
        ),
    )  # fmt: skip


@pytest.fixture(scope="module")
def output(tmp_path_factory) -> Path:
    site = Site(tmp_path_factory.mktemp("subsites"))
    write_site(site)
    return site.build(**SUBSITES)


def head_links(page, hreflang: bool = True) -> dict[str, str]:
    return {
        link["hreflang"]: link["href"]
        for link in page.select('head link[rel="alternate"][hreflang]')
    }


def og(page, key: str) -> list[str]:
    return [m["content"] for m in page.select(f'head meta[property="{key}"]')]


def resolved(url: str) -> str:
    """``url`` as a browser asks for it, "/ur/../x" read as "/x"."""
    parts = urlsplit(url)
    return posixpath.normpath(parts.path)


def file_of(output: Path, url: str) -> Path:
    path = resolved(url).lstrip("/")
    return output / path


def test_each_language_has_its_staff_and_experts_page_linked_to_the_other(output):
    for name in ("staff", "experts"):
        english = read_page(output, f"{name}/index.html")
        urdu = read_page(output, f"ur/{name}/index.html")
        expected = {
            "en": f"{SITEURL}/{name}/",
            "ur": f"{SITEURL}/ur/{name}/",
            "x-default": f"{SITEURL}/{name}/",
        }
        assert head_links(english) == expected
        assert head_links(urdu) == expected
        assert og(english, "og:locale") == ["en_US"]
        assert og(english, "og:locale:alternate") == ["ur_PK"]
        assert og(urdu, "og:locale") == ["ur_PK"]
        assert og(urdu, "og:locale:alternate") == ["en_US"]
        assert og(urdu, "og:url") == [f"{SITEURL}/ur/{name}/"]
        assert urdu.select_one('link[rel="canonical"]')["href"] == expected["ur"]
    cards = read_page(output, "ur/staff/index.html").select(".masthead-staff-card")
    # Each person as written in the subsite's language, where they are.
    assert {c.select_one(".p-name").get_text() for c in cards} == {
        "آنا کووا",
        "Omar Sial",
    }
    english = read_page(output, "staff/index.html").select(".masthead-staff-card")
    assert "Ana Kova" in {c.select_one(".p-name").get_text() for c in english}


def test_profiles_in_each_language_and_no_empty_page_for_a_guest(output):
    english = {p.name for p in (output / "author").glob("*.html")}
    urdu = {p.name for p in (output / "ur" / "author").glob("*.html")}
    # Staff have a page in every subsite, a guest only where they wrote; the
    # main site has everyone's.
    everyone = {"ana-kova.html", "omar-sial.html", "bo-lind.html", "gul-rahim.html"}
    assert english == everyone
    assert urdu == {"ana-kova.html", "omar-sial.html", "gul-rahim.html"}
    listed = read_page(output, "ur/authors.html").get_text()
    assert "Gul Rahim" in listed and "Bo Lind" not in listed
    page = read_page(output, "ur/author/ana-kova.html")
    assert og(page, "og:url") == [f"{SITEURL}/ur/author/ana-kova.html"]
    assert "دریا" in page.get_text()
    # Omar's profile is written in English only.
    omar = read_page(output, "ur/author/omar-sial.html")
    assert og(omar, "og:locale") == ["en_US"] and not head_links(omar)


def test_a_profile_in_the_subsites_language_is_its_page_there(output):
    """Ana has a people file in Urdu: the Urdu subsite's page for her is in
    Urdu, the main site's in English, each linked to the other."""
    urdu = read_page(output, "ur/author/ana-kova.html")
    english = read_page(output, "author/ana-kova.html")
    assert urdu.select_one(".masthead-profile .p-name").get_text() == "آنا کووا"
    assert english.select_one(".masthead-profile .p-name").get_text() == "Ana Kova"
    links = {
        "en": f"{SITEURL}/author/ana-kova.html",
        "ur": f"{SITEURL}/ur/author/ana-kova.html",
        "x-default": f"{SITEURL}/author/ana-kova.html",
    }
    assert head_links(english) == links
    assert {k: SITEURL + resolved(v) for k, v in head_links(urdu).items()} == links
    assert og(urdu, "og:locale") == ["ur_PK"]
    assert og(urdu, "og:locale:alternate") == ["en_US"]
    assert og(english, "og:locale:alternate") == ["ur_PK"]
    # The visible switch leads to the other subsite's page.
    switch = urdu.select_one(".masthead-languages a[hreflang='en']")["href"]
    assert file_of(output, switch) == output / "author" / "ana-kova.html"
    # No page of the one-site kind (author/ana-kova-ur.html) beside them.
    assert sorted(p.name for p in output.rglob("ana-kova*.html")) == [
        "ana-kova.html",
        "ana-kova.html",
    ]
    byline = read_page(output, "ur/rivers.html").select_one(".masthead-byline a")
    assert byline.get_text() == "آنا کووا"
    assert byline["href"] == f"{SITEURL}/ur/author/ana-kova.html"


def test_portraits_are_written_once_and_each_subsite_shows_the_main_sites(output):
    main = sorted(p.name for p in output.glob("people/photos/*.jpg"))
    assert main, "the main site has the portraits"
    assert not list((output / "ur").rglob("*.jpg"))
    page = read_page(output, "ur/author/ana-kova.html")
    img = page.select_one(".masthead-profile img.u-photo")
    assert file_of(output, img["src"]).name in main
    assert file_of(output, img["src"]).exists()
    # Previews get the clean address of the same file.
    [image] = og(page, "og:image")
    assert image == SITEURL + resolved(img["src"])


def test_the_script_and_stylesheet_are_written_once(output):
    for name in ("share.js", "cite.js", "snippets.css"):
        written = [p.relative_to(output) for p in output.rglob(name)]
        assert written == [Path("masthead") / name]
    page = read_page(output, "ur/rivers.html")
    script = page.select_one("script[src$='share.js']")["src"]
    cite = page.select_one("script[src$='cite.js']")["src"]
    sheet = page.select_one("link[data-masthead='stylesheet']")["href"]
    assert all(file_of(output, url).exists() for url in (script, cite, sheet))


def test_an_urdu_article_is_shared_and_previewed_at_its_subsite_address(output):
    page = read_page(output, "ur/rivers.html")
    address = f"{SITEURL}/ur/rivers.html"
    assert page.select_one('link[rel="canonical"]')["href"] == address
    assert og(page, "og:url") == [address]
    assert og(page, "og:locale") == ["ur_PK"]
    assert og(page, "og:locale:alternate") == ["en_US"]
    facebook = page.select_one(".masthead-share-facebook a")["href"]
    assert parse_qs(urlsplit(facebook).query)["u"] == [address]
    english = read_page(output, "rivers.html")
    assert og(english, "og:locale") == ["en_US"]
    assert og(english, "og:locale:alternate") == ["ur_PK"]
    # An article with no translation has no alternate.
    assert og(read_page(output, "ur/wells.html"), "og:locale:alternate") == []


def test_a_problem_found_after_a_subsite_counts_against_the_main_site(site):
    """The main site writes its pages after its subsites are built: what it
    reports then belongs to its own build, which strict mode fails."""
    write_site(site)
    site.write(
        "dams.md",
        "Title: Dams\nSlug: dams\nLang: en\nDate: 2024-01-03\nAuthor: Bo Lind\n"
        "Share: maybe\n\nText about dams.\n",
    )
    with pytest.raises(StrictModeError) as failure:
        site.build(MASTHEAD_STRICT=True, **SUBSITES)
    assert "dams.md" in str(failure.value) and "'Share'" in str(failure.value)


@pytest.fixture(scope="module")
def example_subsites(tmp_path_factory) -> tuple[Path, str]:
    output = tmp_path_factory.mktemp("example-subsites") / "site"
    return output, build_example_site(output, conf="subsitesconf.py")


def test_the_example_site_builds_as_two_subsites(example_subsites):
    output, log = example_subsites
    example = "https://larkspur.example"
    for name in ("staff", "experts"):
        page = read_page(output, f"ur/{name}/")
        assert page.html["lang"] == "ur"
        assert head_links(page) == {
            "en": f"{example}/{name}/",
            "ur": f"{example}/ur/{name}/",
            "x-default": f"{example}/{name}/",
        }
    # The Urdu articles are in the Urdu subsite only, the English ones in the
    # main site only.
    assert read_page(output, "ur/2024/shehron-mein-zer-e-zameen-pani/")
    assert not (output / "2024" / "shehron-mein-zer-e-zameen-pani" / "ur").exists()
    assert not (output / "ur" / "2022" / "sponge-streets").exists()
    assert not list((output / "ur").rglob("*.jpg"))
    # Samina Haroon's Urdu profile is her page in the Urdu subsite, and her
    # card on its staff page; no per-language page beside them.
    profile = read_page(output, "ur/people/samina-haroon/")
    assert "ثمینہ ہارون" in profile.select_one("h1.p-name").get_text()
    assert head_links(profile)["ur"] == f"{example}/ur/people/samina-haroon/"
    staff = read_page(output, "ur/staff/")
    cards = staff.select(".masthead-staff-card .p-name")
    assert "ثمینہ ہارون" in {c.get_text() for c in cards}
    # The subsite names the sections in Urdu; the people stay in their ranks.
    sections = [h.get_text() for h in staff.select(".masthead-staff-section__title")]
    assert sections[:3] == ["قیادت", "تحقیق", "ابلاغیات"]
    english = read_page(output, "staff/")
    assert len(english.select(".masthead-staff-card")) == len(cards)
    assert not (output / "people" / "samina-haroon" / "ur").exists()
    assert not (output / "ur" / "people" / "samina-haroon" / "ur").exists()
    # People files without a 'Lang' are in the main site's language in both
    # builds: no person is read twice in one language.
    assert "both the profile of" not in log and "'Lang'" not in log
