"""What a page tells link previews and search engines: <head> tags and JSON-LD."""

from __future__ import annotations

import json
import re
from functools import partial
from pathlib import Path
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from conftest import FIXTURES
from jinja2 import Environment, FileSystemLoader
from pelican.plugins import share_block
from pelican.plugins.share_block.describe import trim
from pelican.plugins.share_block.social import meta_for_listing, meta_for_page, x_handle
from PIL import Image

THEME = FIXTURES / "share_theme"
PLUGINS = ["pelican.plugins.author_profiles", "pelican.plugins.share_block"]
SITE = "https://example.org"
EVIL = '</script><script>alert(1)</script> "quoted" & 🎉 عنوان'
LONG_BODY = " ".join(f"Sentence {n} about rain gardens and swales." for n in range(40))


def build(site, **overrides):
    settings = {"PLUGINS": PLUGINS, "THEME_TEMPLATES_OVERRIDES": [str(THEME)]}
    return site.build(**{**settings, **overrides})


def tags_of(soup: BeautifulSoup) -> dict[str, list[str]]:
    """Every <meta property|name> of the head: key -> contents, in order."""
    found: dict[str, list[str]] = {}
    for meta in soup.head.find_all("meta"):
        key = meta.get("property") or meta.get("name")
        if key:
            found.setdefault(key, []).append(meta["content"])
    return found


def json_ld_of(soup: BeautifulSoup) -> list[dict]:
    scripts = soup.find_all("script", type="application/ld+json")
    return [json.loads(script.string) for script in scripts]


def canonical_of(soup: BeautifulSoup) -> str | None:
    link = soup.head.find("link", rel="canonical")
    return link["href"] if link else None


def write_people(site) -> None:
    photo = site.content / "people" / "amina.jpg"
    photo.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (300, 300), (30, 90, 120)).save(photo)
    site.write(
        "people/amina.md",
        """
        Title: Amina Qureshi
        Honorific: Dr
        Roles: Research Officer (2019-2022); Senior Research Officer (2022-)
        Expertise: Water security, Urban drainage
        Twitter: @amina_q
        Mastodon: @amina@social.example
        Email: amina@example.org
        Photo: amina.jpg
        Photo_alt: Amina by the river

        Amina studies rivers & floods.
        """,
    )


@pytest.fixture
def built(site):
    """A site with a profiled and an unprofiled author, an article and a page."""
    write_people(site)
    site.write(
        "rivers.md",
        f"""
        Title: {EVIL}
        Slug: rivers
        Date: 2024-03-01 09:00
        Modified: 2024-03-05 10:30
        Authors: Amina Qureshi; Wen Li
        Category: Water
        Tags: rivers, floods
        Image: images/rain.jpg
        Summary: A *short* summary & more.

        Body text.
        """,
    )
    site.write(
        "swales.md",
        f"""
        Title: Swales
        Date: 2024-02-01
        Author: Wen Li

        {LONG_BODY}
        """,
    )
    site.write("pages/about.md", "Title: About us\n\nWe study water in cities.\n")
    build(
        site,
        SOCIAL_X_HANDLE="@larkspur",
        MASTHEAD_ORGANIZATION={"logo": "images/logo.png"},
    )
    return site


def test_an_article_head_has_canonical_open_graph_and_card_tags(built):
    page = built.page("rivers.html")
    url = f"{SITE}/rivers.html"
    assert canonical_of(page) == url
    tags = tags_of(page)
    assert tags["og:type"] == ["article"]
    assert tags["og:title"] == [EVIL]
    assert tags["og:description"] == ["A short summary & more."]
    assert tags["og:url"] == [url]
    assert tags["og:image"] == [f"{SITE}/images/rain.jpg"]
    assert tags["og:site_name"] == ["Test Centre"]
    assert tags["article:published_time"] == ["2024-03-01T09:00:00+00:00"]
    assert tags["article:modified_time"] == ["2024-03-05T10:30:00+00:00"]
    assert tags["article:author"] == [
        f"{SITE}/author/amina-qureshi.html",
        f"{SITE}/author/wen-li.html",
    ]
    assert tags["article:section"] == ["Water"]
    assert tags["article:tag"] == ["rivers", "floods"]
    assert tags["twitter:card"] == ["summary_large_image"]
    assert tags["twitter:site"] == ["@larkspur"]
    assert tags["twitter:creator"] == ["@amina_q"]  # the first author's account


def test_an_article_json_ld_has_what_google_asks_for(built):
    [data] = json_ld_of(built.page("rivers.html"))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == EVIL
    assert data["image"] == [f"{SITE}/images/rain.jpg"]
    assert data["datePublished"] == "2024-03-01T09:00:00+00:00"
    assert data["dateModified"] == "2024-03-05T10:30:00+00:00"
    assert data["mainEntityOfPage"]["@id"] == f"{SITE}/rivers.html"
    assert data["inLanguage"] == "en"
    amina, wen = data["author"]
    assert amina["@type"] == wen["@type"] == "Person"
    assert (amina["name"], amina["url"]) == (
        "Amina Qureshi",
        f"{SITE}/author/amina-qureshi.html",
    )
    assert (wen["name"], wen["url"]) == ("Wen Li", f"{SITE}/author/wen-li.html")
    assert amina["jobTitle"] == "Senior Research Officer"
    assert amina["image"].startswith(f"{SITE}/people/photos/amina-qureshi-")
    assert amina["sameAs"] == ["https://social.example/@amina", "https://x.com/amina_q"]
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "Test Centre",
        "url": f"{SITE}/",
        "logo": {"@type": "ImageObject", "url": f"{SITE}/images/logo.png"},
    }


def test_the_title_cannot_escape_its_script_or_attribute(built):
    page = built.page("rivers.html")
    # Only the JSON-LD and the share script: the title added no element.
    scripts = page.find_all("script")
    assert [s.get("type") or s.get("src") for s in scripts] == [
        "application/ld+json",
        f"{SITE}/masthead/share.js",
    ]
    assert page.title.string == EVIL


def test_without_a_summary_the_description_is_the_start_of_the_text(built):
    tags = tags_of(built.page("swales.html"))
    [description] = tags["og:description"]
    assert description.endswith("…")
    assert len(description) <= 200
    assert LONG_BODY.startswith(description[:-1])
    # Cut after a whole word, not inside one.
    assert LONG_BODY[len(description) - 1] == " "


def test_without_any_image_the_card_is_the_small_one(built):
    tags = tags_of(built.page("swales.html"))
    assert "og:image" not in tags
    assert tags["twitter:card"] == ["summary"]
    assert "twitter:creator" not in tags  # Wen Li has no profile


def test_the_default_image_is_used_when_an_article_has_none(site):
    site.write("swales.md", "Title: Swales\nDate: 2024-02-01\n\nText.\n")
    build(site, SOCIAL_DEFAULT_IMAGE="/images/card.png")
    tags = tags_of(site.page("swales.html"))
    assert tags["og:image"] == [f"{SITE}/images/card.png"]
    assert tags["twitter:card"] == ["summary_large_image"]


def test_a_profile_page_shows_the_portrait_and_a_profile_page_entity(built):
    page = built.page("author/amina-qureshi.html")
    url = f"{SITE}/author/amina-qureshi.html"
    assert canonical_of(page) == url
    tags = tags_of(page)
    assert tags["og:type"] == ["profile"]
    assert tags["og:title"] == ["Dr Amina Qureshi"]
    assert tags["og:description"] == ["Amina studies rivers & floods."]
    [portrait] = tags["og:image"]
    assert portrait.startswith(f"{SITE}/people/photos/amina-qureshi-")
    assert (built.output / portrait.removeprefix(SITE + "/")).is_file()
    assert tags["og:image:alt"] == ["Amina by the river"]
    assert tags["twitter:creator"] == ["@amina_q"]

    [data] = json_ld_of(page)
    assert data["@type"] == "ProfilePage"
    person = data["mainEntity"]
    assert (person["@type"], person["name"], person["url"]) == (
        "Person",
        "Amina Qureshi",
        url,
    )
    assert person["image"] == portrait
    assert person["jobTitle"] == "Senior Research Officer"
    assert person["knowsAbout"] == ["Water security", "Urban drainage"]
    assert "mailto:amina@example.org" not in person["sameAs"]
    roles = {r["roleName"]: r for r in person["hasOccupation"]}
    assert roles["Research Officer"]["startDate"] == "2019"
    assert roles["Research Officer"]["endDate"] == "2022"
    assert "endDate" not in roles["Senior Research Officer"]


def test_an_unprofiled_author_page_still_names_the_person(built):
    page = built.page("author/wen-li.html")
    assert tags_of(page)["og:type"] == ["profile"]
    [data] = json_ld_of(page)
    assert data["mainEntity"] == {
        "@type": "Person",
        "name": "Wen Li",
        "url": f"{SITE}/author/wen-li.html",
    }


def test_a_page_is_a_website_without_article_tags(built):
    page = built.page("pages/about-us.html")
    tags = tags_of(page)
    assert tags["og:type"] == ["website"]
    assert tags["og:title"] == ["About us"]
    assert tags["og:description"] == ["We study water in cities."]
    assert canonical_of(page) == f"{SITE}/pages/about-us.html"
    assert not [key for key in tags if key.startswith("article:")]
    assert json_ld_of(page) == []


def test_an_empty_siteurl_warns_once_and_gives_no_relative_og_url(
    site, warnings_logged
):
    site.write(
        "swales.md", "Title: Swales\nDate: 2024-02-01\nAuthor: Wen Li\n\nText.\n"
    )
    site.write("pages/about.md", "Title: About\n\nText.\n")
    build(site, SITEURL="")
    about_siteurl = [m for m in warnings_logged() if "SITEURL" in m]
    assert len(about_siteurl) == 1
    assert "absolute" in about_siteurl[0]
    for path in ("swales.html", "pages/about.html", "author/wen-li.html"):
        page = site.page(path)
        assert canonical_of(page) is None
        assert "og:url" not in tags_of(page)
        assert tags_of(page)["og:title"]


def render_snippet(**context) -> BeautifulSoup:
    """``masthead/social_meta.html`` as the plugin ships it, outside a build."""
    folder = Path(share_block.__file__).parent / "templates"
    env = Environment(loader=FileSystemLoader(str(folder)))
    html = env.get_template("masthead/social_meta.html").render(**context)
    return BeautifulSoup(f"<head>{html}</head>", "html.parser")


SETTINGS = {"SITEURL": SITE, "SITENAME": "Test & Centre"}


def test_a_staff_page_object_gets_tags_through_the_template_helper():
    staff_page = SimpleNamespace(
        title='Staff & "fellows"', url="staff/", description="Who works here."
    )
    head = render_snippet(
        staff_page=staff_page,
        masthead_social_meta_for=partial(meta_for_page, SETTINGS),
    )
    assert canonical_of(head) == f"{SITE}/staff/"
    tags = tags_of(head)
    assert tags["og:type"] == ["website"]
    assert tags["og:title"] == ['Staff & "fellows"']
    assert tags["og:description"] == ["Who works here."]
    assert tags["og:site_name"] == ["Test & Centre"]


def test_a_plugin_can_pass_ready_made_tags_as_social_meta():
    meta = meta_for_listing(
        SETTINGS, title="Experts", url="/experts/", description="Ask us. " * 60
    )
    head = render_snippet(social_meta=meta)
    assert tags_of(head)["og:url"] == [f"{SITE}/experts/"]
    assert len(tags_of(head)["og:description"][0]) <= 200


def test_the_snippet_renders_nothing_without_data():
    assert render_snippet().head.decode_contents().strip() == ""


def test_later_pages_of_a_list_have_no_canonical_link_to_the_first():
    meta = meta_for_listing(SETTINGS, title="Staff", url="staff/")
    first = render_snippet(social_meta=meta, articles_page=SimpleNamespace(number=1))
    second = render_snippet(social_meta=meta, articles_page=SimpleNamespace(number=2))
    assert canonical_of(first) == f"{SITE}/staff/"
    assert canonical_of(second) is None


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Short enough.", 200, "Short enough."),
        ("one two three four five", 14, "one two three…"),
        ("Rain, gardens; swales", 16, "Rain, gardens…"),
        ("水" * 30, 10, "水" * 9 + "…"),  # no spaces: cut at the limit
    ],
)
def test_trim_cuts_at_a_word_within_the_limit(text, limit, expected):
    assert trim(text, limit) == expected
    assert len(trim(text, limit)) <= limit


def test_x_handles_come_from_the_profile_link():
    def author(*links):
        return SimpleNamespace(links=[SimpleNamespace(**link) for link in links])

    x = {"network": "twitter", "url": "https://x.com/amina_q"}
    mastodon = {"network": "mastodon", "url": "https://social.example/@amina"}
    assert x_handle(author(mastodon, x)) == "@amina_q"
    assert x_handle(author(mastodon)) == ""
    assert x_handle(SimpleNamespace(name="plain Pelican author")) == ""


def test_reading_time_and_credits_reach_the_article_json_ld(site):
    write_people(site)
    site.write(
        "rivers.md",
        f"""
        Title: Rivers
        Date: 2024-03-01
        Author: Wen Li
        Editors: Amina Qureshi
        Reviewers: Ana Kova
        Translators: Li Na

        {LONG_BODY}
        """,
    )
    build(
        site,
        PLUGINS=[
            "pelican.plugins.author_profiles",
            "pelican.plugins.staff_roles",
            "pelican.plugins.reading_time",
            "pelican.plugins.share_block",
        ],
    )
    [data] = json_ld_of(site.page("rivers.html"))
    assert isinstance(data["wordCount"], int)
    assert data["wordCount"] >= LONG_BODY.count(" ")
    assert re.fullmatch(r"PT(\d+H)?(\d+M)?", data["timeRequired"])
    assert [(p["name"], p["url"]) for p in data["editor"]] == [
        ("Amina Qureshi", f"{SITE}/author/amina-qureshi.html")
    ]
    assert [p["name"] for p in data["contributor"]] == ["Ana Kova"]
    assert [p["name"] for p in data["translator"]] == ["Li Na"]


def test_an_image_given_as_static_is_found_where_pelican_puts_it(site):
    (site.content / "images").mkdir(parents=True)
    Image.new("RGB", (1200, 630)).save(site.content / "images" / "rain.jpg")
    site.write(
        "essays/rivers.md",
        "Title: Rivers\nDate: 2024-03-01\nImage: {static}../images/rain.jpg\n\nText.\n",
    )
    site.write(
        "essays/swales.md",
        "Title: Swales\nDate: 2024-03-02\nImage: {static}/images/gone.jpg\n\nText.\n",
    )
    build(site, SOCIAL_DEFAULT_IMAGE="images/card.png")
    rivers = tags_of(site.page("rivers.html"))["og:image"]
    assert rivers == [f"{SITE}/images/rain.jpg"]
    # A missing file (Pelican warns) falls back to the default image.
    assert tags_of(site.page("swales.html"))["og:image"] == [f"{SITE}/images/card.png"]


def test_heading_permalinks_stay_out_of_descriptions(site):
    # Markdown's toc extension ends every heading with a "¶" link.
    site.write(
        "levees.md",
        """
        Title: Levees
        Date: 2024-03-01
        Author: Amina Qureshi

        ## Findings

        The levees held through the spring floods.
        """,
    )
    extensions = {
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
        "markdown.extensions.toc": {"permalink": True},
    }
    build(site, MARKDOWN={"extension_configs": extensions, "output_format": "html5"})
    page = site.page("levees.html")
    assert page.find("a", class_="headerlink"), "the toc extension made no permalink"
    expected = "Findings The levees held through the spring floods."
    assert tags_of(page)["og:description"] == [expected]
    [data] = json_ld_of(page)
    assert data["description"] == expected


@pytest.mark.parametrize(
    "address",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "data:image/png;base64,AAAA",
        "//cdn.example.net/rain.jpg",
        "/\\cdn.example.net/rain.jpg",
    ],
)
def test_an_image_that_is_no_web_address_is_left_out(site, warnings_logged, address):
    site.write(
        "rivers.md",
        f"Title: Rivers\nDate: 2024-03-01\nImage: {address}\n\nText.\n",
    )
    build(site)
    page = site.page("rivers.html")
    assert "og:image" not in tags_of(page)
    [data] = json_ld_of(page)
    assert "image" not in data
    assert [
        m
        for m in warnings_logged()
        if m.startswith("rivers.md: 'Image'") and "http(s) address" in m
    ], warnings_logged()


def test_a_web_address_and_a_site_path_are_images(site):
    site.write(
        "rivers.md",
        "Title: Rivers\nDate: 2024-03-01\nImage: https://cdn.example.net/r.jpg\n\nT.\n",
    )
    site.write(
        "swales.md", "Title: Swales\nDate: 2024-03-02\nImage: /img/s.jpg\n\nT.\n"
    )
    build(site)
    rivers = tags_of(site.page("rivers.html"))["og:image"]
    assert rivers == ["https://cdn.example.net/r.jpg"]
    assert tags_of(site.page("swales.html"))["og:image"] == [f"{SITE}/img/s.jpg"]


@pytest.mark.parametrize("setting", ["SOCIAL_DEFAULT_IMAGE", "SOCIAL_PUBLISHER_LOGO"])
@pytest.mark.parametrize("address", ["file:///etc/logo.png", "//cdn.example.net/l.png"])
def test_an_image_setting_that_is_no_web_address_stops_the_build(
    site, setting, address
):
    from pelican_masthead.settings import SettingsError

    site.write("rivers.md", "Title: Rivers\nDate: 2024-03-01\n\nText.\n")
    with pytest.raises(SettingsError, match=rf"{setting}: .*http\(s\) address"):
        build(site, **{setting: address})
