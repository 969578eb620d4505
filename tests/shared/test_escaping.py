"""Text from writers and settings stays text wherever it lands.

Every plain-text field (an article's title, tags and category; a person's
name, honorific, roles, expertise, summary, aliases, affiliation, department
and handles; SITENAME) is filled with hostile or unusual text, a whole site is
built with the four plugins and the theme, and every page is read back:

- every page parses, and no element or attribute came from the text (no
  ``<img onerror>``, no ``<script>`` other than JSON-LD and the share and
  cite scripts, no ``on*`` attribute, no link that is not http(s) or mailto);
- each field reads back as the writer wrote it where it is shown as text;
- JSON-LD is valid JSON holding the original strings;
- share links decode back to the original title;
- the Atom feeds are well-formed XML with the title and the name.

What the text can hold is what a line of Markdown metadata can hold (see
docs/bad_input.md): no line breaks; no control characters (Pelican's feed
writer refuses them, so they are replaced and reported: tests/shared/test_bad_input.py);
no tab (Markdown turns it into spaces); no ``,`` or ``;`` in fields that are
lists (roles, expertise, aliases, tags). Titles follow Pelican's own
rule that a title is HTML: the page and the feed show it with its tags taken
out (as Pelican's feeds do), while JSON-LD and share links carry the title as
written.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import ALL_PLUGINS, THEME, Site, share_network
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markupsafe import Markup
from pelican.log import LimitFilter

SITEURL = "https://example.org"
SHARE_SCRIPT = "masthead/share.js"
CITE_SCRIPT = "masthead/cite.js"
ATOM = "{http://www.w3.org/2005/Atom}"
# "" is a link within the site ("#content").
SAFE_SCHEMES = ("https", "http", "mailto", "")

NASTY = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</script>",
    "<svg onload=alert(1)>",
    "<!--",
    "]]>",
    "&amp;",
    "&lt;b&gt;",
    "AT&T",
    "'",
    '"',
    "`",
    "\\",
    "🌊",
    "👩🏽‍🔬",
    "\u202e",  # right-to-left override
    "\u200f",  # right-to-left mark
    "\u2028",  # line separator: JSON allows it, old JavaScript did not
    "المياه",
    "پانی",
    "水",
    "  ",
]

# What one line of metadata can hold: no line breaks or other control
# characters (category Cc) and no surrogates. The separators of list fields
# come only from the payloads above, and fields_for takes them out there.
_ALPHABET = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters=",;")
payloads = st.lists(
    st.one_of(st.sampled_from(NASTY), st.text(_ALPHABET, min_size=1, max_size=8)),
    min_size=1,
    max_size=4,
).map("".join)


def fields_for(text: str) -> dict[str, str]:
    """Every plain-text field, each the payload between two plain words, so
    that the start and end of a value (which metadata strips) are letters.
    Fields that are lists lose their separators ("&amp;" becomes "&amp")."""
    item = text.replace(",", "").replace(";", "")
    return {
        "title": f"Rivers {text} today",
        "second_title": f"Second {text} piece",
        "tag": f"tagged {item} here",
        "category": f"Section {text} one",
        "name": f"Ana {text} Kova",
        "honorific": f"Dr {text} x",
        "role": f"Officer {item} lead",
        "topic": f"Water {item} law",
        "summary": f"Ana studies {text} rivers.",
        "alias": f"A {item} K",
        "affiliation": f"University {text} Ltd",
        "department": f"Dept {text} Two",
        "twitter": f"ana{text}",
        "mastodon": f"@ana{text}@social.example",
        "sitename": f"Centre {text} Online",
    }


def write_site(root: Path, f: dict[str, str]) -> Site:
    site = Site(root)
    site.write(
        "people/ana.md",
        f"""
        Title: {f["name"]}
        Honorific: {f["honorific"]}
        Roles: {f["role"]}
        Expertise: {f["topic"]}
        Summary: {f["summary"]}
        Aliases: {f["alias"]}
        Affiliation: {f["affiliation"]}
        Department: {f["department"]}
        Twitter: {f["twitter"]}
        Mastodon: {f["mastodon"]}
        Website: javascript:alert(1)

        Ana's *bio*.
        """,
    )
    # No Summary: the description comes from the body.
    site.write(
        "rivers.md",
        f"""
        Title: {f["title"]}
        Slug: rivers
        Date: 2024-03-01
        Author: {f["name"]}
        Tags: {f["tag"]}
        Category: {f["category"]}

        The body of the piece.
        """,
    )
    # By the alias (a list field like Editors splits a name at "," or ";");
    # Ana edited it too: a credit, her other work, "More by".
    site.write(
        "second.md",
        f"""
        Title: {f["second_title"]}
        Slug: second
        Date: 2024-04-01
        Author: {f["alias"]}
        Editors: {f["alias"]}
        Category: {f["category"]}

        Another body.
        """,
    )
    return site


def build(site: Site, sitename: str) -> Path:
    return site.build(
        PLUGINS=ALL_PLUGINS,
        THEME=str(THEME),
        SITENAME=sitename,
        SITEURL=SITEURL,
        SHARE_MASTODON_INSTANCE="social.example",
        FEED_ALL_ATOM="feeds/all.atom.xml",
        AUTHOR_FEED_ATOM="feeds/authors/{slug}.atom.xml",
        AUTHOR_SAVE_AS="people/{slug}/index.html",
        AUTHOR_URL="people/{slug}/",
    )


def as_title(text: str) -> str:
    """A title as Pelican shows it: HTML, tags out, whitespace collapsed."""
    return Markup(text).striptags()


def collapsed(text: str) -> str:
    return " ".join(text.split())


# Reading the built site --------------------------------------------------


def pages_of(output: Path) -> dict[str, BeautifulSoup]:
    return {
        p.relative_to(output).as_posix(): BeautifulSoup(
            p.read_text(encoding="utf-8"), "html.parser"
        )
        for p in sorted(output.rglob("*.html"))
    }


def injected(name: str, soup: BeautifulSoup) -> list[str]:
    """Elements and attributes no template of ours writes."""
    found = []
    for element in soup.find_all(True):
        where = f"{name}: <{element.name}>"
        found += [f"{where} {a}" for a in element.attrs if a.lower().startswith("on")]
        if element.name == "script":
            kind, src = element.get("type"), element.get("src", "")
            ours = {f"{SITEURL}/{SHARE_SCRIPT}", f"{SITEURL}/{CITE_SCRIPT}"}
            if kind != "application/ld+json" and src not in ours:
                found.append(f"{where} {element}")
        if element.name in ("img", "image") and not element.get("src", "").startswith(
            f"{SITEURL}/"
        ):
            found.append(f"{where} {element}")
        for attribute in ("href", "src", "action", "formaction"):
            value = element.get(attribute)
            if _is_theme_icon(element, value):
                continue
            if value is not None and urlsplit(value).scheme not in SAFE_SCHEMES:
                found.append(f"{where} {attribute}={value!r}")
    return found


def _is_theme_icon(element, value) -> bool:
    # The theme draws its site icon inline, as an SVG data address.
    return (
        element.name == "link"
        and "icon" in (element.get("rel") or [])
        and (value or "").startswith("data:image/svg+xml,")
    )


def json_ld(soup: BeautifulSoup) -> list[dict]:
    return [
        json.loads(script.string)
        for script in soup.find_all("script", type="application/ld+json")
    ]


def texts(soup: BeautifulSoup, selector: str) -> list[str]:
    return [element.get_text() for element in soup.select(selector)]


def share_texts(soup: BeautifulSoup) -> dict[str, dict[str, str]]:
    """Each share link's parameters, decoded once (mail apps read ``+`` as
    a plus sign, so a ``mailto:`` query is only percent-decoded)."""
    found = {}
    for link in soup.select(".masthead-share-links a"):
        href = link["href"]
        query = urlsplit(href).query
        if href.startswith("mailto:"):
            pairs = [part.split("=", 1) for part in query.split("&")]
            params = {unquote(k): unquote(v) for k, v in pairs}
        else:
            params = dict(parse_qsl(query, keep_blank_values=True))
        found[share_network(link)] = params
    return found


# The checks ---------------------------------------------------------------


def check_site(output: Path, f: dict[str, str]) -> None:
    pages = pages_of(output)
    problems = [i for name, soup in pages.items() for i in injected(name, soup)]
    assert not problems, "\n".join(problems)
    for name, soup in pages.items():
        json_ld(soup)  # every block is valid JSON
        if soup.find("meta", attrs={"http-equiv": "refresh"}):
            continue  # an old address forwarding to a profile: no theme around it
        assert collapsed(soup.select_one(".site-title").get_text()) == collapsed(
            as_title(f["sitename"])
        ), name

    check_article(pages["rivers.html"], f)
    check_second_article(pages["second.html"], f)
    check_more_by(pages["rivers.html"], f)
    check_profile(profile(pages), f)
    check_staff_and_experts(pages["staff/index.html"], pages["experts/index.html"], f)
    check_feeds(output, f)


def profile(pages: dict[str, BeautifulSoup]) -> BeautifulSoup:
    # The slug depends on the name; the profile is the page with the h-card h1.
    [page] = [
        soup
        for name, soup in pages.items()
        if name.startswith("people/") and soup.select_one("h1.profile__name")
    ]
    return page


def check_article(page: BeautifulSoup, f: dict[str, str]) -> None:
    assert collapsed(page.select_one("h1").get_text()) == collapsed(
        as_title(f["title"])
    )
    assert texts(page, ".masthead-byline__author .p-name") == [f["name"]]
    assert texts(page, ".masthead-byline__author .p-job-title") == [f["role"]]
    assert texts(page, ".masthead-author-box__summary") == [f["summary"]]
    assert texts(page, ".kicker .p-category") == [f["category"]]
    assert texts(page, ".tags a") == [f["tag"]]
    assert page.find("meta", property="og:title")["content"] == f["title"]
    assert page.find("meta", property="og:site_name")["content"] == f["sitename"]
    assert page.find("meta", property="article:tag")["content"] == f["tag"]

    [entity] = json_ld(page)
    assert entity["headline"] == f["title"]
    assert entity["keywords"] == [f["tag"]]
    assert entity["articleSection"] == f["category"]
    assert entity["publisher"]["name"] == f["sitename"]
    [author] = entity["author"]
    assert author["name"] == f["name"]
    assert author["honorificPrefix"] == f["honorific"]
    assert author["jobTitle"] == f["role"]

    block = page.select_one("nav.masthead-share-block")
    assert block["data-share-title"] == f["title"]
    url = block["data-share-url"]
    shared = share_texts(page)
    for network, key in (
        ("x", "text"),
        ("telegram", "text"),
        ("reddit", "title"),
        ("hackernews", "t"),
        ("threads", "text"),
        ("email", "subject"),
    ):
        assert shared[network][key] == f["title"], network
    for network in ("whatsapp", "mastodon", "bluesky"):
        assert shared[network]["text"] == f"{f['title']} {url}", network


def check_second_article(page: BeautifulSoup, f: dict[str, str]) -> None:
    # The alias leads to the person; the page shows the name they go by.
    assert texts(page, ".masthead-byline__author .p-name") == [f["name"]]
    assert texts(page, ".masthead-credits__name") == [f["name"]]
    [entity] = json_ld(page)
    assert [p["name"] for p in entity["author"]] == [f["name"]]
    assert [p["name"] for p in entity["editor"]] == [f["name"]]


def check_more_by(page: BeautifulSoup, f: dict[str, str]) -> None:
    more_by = page.select_one(".more-by")
    assert f["name"] in more_by.select_one("h2").get_text()
    assert [collapsed(t) for t in texts(more_by, ".h-entry .p-name")] == [
        collapsed(as_title(f["second_title"]))
    ]


def check_profile(page: BeautifulSoup, f: dict[str, str]) -> None:
    assert page.select_one("h1.profile__name").get_text() == (
        f"{f['honorific']} {f['name']}"
    )
    assert texts(page, ".profile__role") == [f["role"]]
    assert texts(page, ".profile__org .p-org") == [f["department"], f["affiliation"]]
    assert texts(page, ".profile__summary") == [f["summary"]]
    listed = [collapsed(t) for t in texts(page, ".profile__articles .card__title")]
    assert listed == [collapsed(as_title(f[k])) for k in ("second_title", "title")]
    assert f["name"] in page.select_one(".masthead-person-work__title").get_text()
    assert [collapsed(t) for t in texts(page, ".masthead-person-work__list a")] == [
        collapsed(as_title(f["second_title"]))
    ]
    assert texts(page, ".topics li") == [f["topic"]]
    # The javascript: website is refused; a handle is linked only when it is
    # one, and then to its network.
    for link in page.select(".links a"):
        assert urlsplit(link["href"]).scheme in ("https", "mailto"), link
    [entity] = json_ld(page)
    person = entity["mainEntity"]
    assert person["name"] == f["name"]
    assert person["honorificPrefix"] == f["honorific"]
    assert person["description"] == f["summary"]
    assert person["knowsAbout"] == [f["topic"]]
    assert person["affiliation"]["name"] == f["affiliation"]
    assert [job["name"] for job in person["hasOccupation"]] == [f["role"]]
    assert not any("javascript" in url for url in person.get("sameAs", []))
    assert page.find("meta", property="og:title")["content"] == (
        f"{f['honorific']} {f['name']}"
    )


def check_staff_and_experts(
    staff: BeautifulSoup, experts: BeautifulSoup, f: dict[str, str]
) -> None:
    assert texts(staff, ".masthead-staff-card__name .p-name") == [f["name"]]
    assert texts(staff, ".masthead-staff-card__name .p-honorific-prefix") == [
        f["honorific"]
    ]
    assert texts(staff, ".masthead-staff-card__roles .p-job-title") == [f["role"]]
    assert texts(staff, ".masthead-staff-card__summary") == [f["summary"]]
    assert texts(staff, ".masthead-staff-card__topics li") == [f["topic"]]
    [organization] = json_ld(staff)
    assert organization["name"] == f["sitename"]
    assert [p["name"] for p in organization["employee"]] == [f["name"]]
    assert texts(experts, ".masthead-experts-topic__name") == [f["topic"]]
    assert texts(experts, ".masthead-experts-topic .p-name") == [f["name"]]


def check_feeds(output: Path, f: dict[str, str]) -> None:
    feeds = [output / "feeds" / "all.atom.xml"]
    feeds += sorted((output / "feeds" / "authors").glob("*.atom.xml"))
    # Old addresses of the author (an alias once had its own) carry copies.
    assert len(feeds) >= 2
    for path in feeds:
        root = ElementTree.parse(path).getroot()
        second, first = root.findall(f"{ATOM}entry")
        for entry, key in ((first, "title"), (second, "second_title")):
            assert collapsed(entry.findtext(f"{ATOM}title")) == collapsed(
                as_title(f[key])
            )
            assert entry.findtext(f"{ATOM}author/{ATOM}name") == f["name"]
        terms = {c.get("term") for c in first.findall(f"{ATOM}category")}
        assert terms == {f["category"], f["tag"]}


# The tests ----------------------------------------------------------------


@pytest.mark.full  # builds a whole site per example
@settings(
    max_examples=25,
    # The same examples on every run: CI and a developer see one result.
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@example(text="".join(NASTY))
@example(text='"><img src=x onerror=alert(1)></script><!--')
@given(text=payloads)
def test_plain_text_fields_stay_text_on_every_page(tmp_path_factory, text):
    f = fields_for(text)
    site = write_site(tmp_path_factory.mktemp("escaping"), f)
    check_site(build(site, f["sitename"]), f)


def test_a_website_that_is_not_a_web_address_is_not_linked(tmp_path, warnings_logged):
    # Pelican logs a warning once per process; the examples above gave this one.
    LimitFilter._raised_messages.clear()
    f = fields_for("plain")
    site = write_site(tmp_path, f)
    output = build(site, f["sitename"])
    hrefs = [
        a["href"]
        for soup in pages_of(output).values()
        for a in soup.find_all("a", href=True)
    ]
    assert hrefs and not [h for h in hrefs if "javascript" in h.lower()]
    assert any(
        "people/ana.md" in m and "'Website'" in m and "javascript:" in m
        for m in warnings_logged()
    )


def test_typogrify_markup_stays_out_of_previews_shares_and_json_ld(tmp_path):
    """TYPOGRIFY turns a title into HTML before any plugin sees it; what is
    shared is the text the page shows, not the markup."""
    pytest.importorskip("typogrify", reason="TYPOGRIFY needs the typogrify package")
    site = Site(tmp_path)
    site.write(
        "rivers.md",
        """
        Title: Rivers & "Roads" -- the NASA view...
        Slug: rivers
        Date: 2024-03-01
        Author: Wen Li

        The body of the piece.
        """,
    )
    output = site.build(
        PLUGINS=ALL_PLUGINS, THEME=str(THEME), SITEURL=SITEURL, TYPOGRIFY=True
    )
    page = pages_of(output)["rivers.html"]
    shown = collapsed(page.select_one("h1").get_text())
    assert "“Roads”" in shown  # typogrify did its work on the page
    [entity] = json_ld(page)
    shared = share_texts(page)
    for text in (
        page.find("meta", property="og:title")["content"],
        page.select_one("nav.masthead-share-block")["data-share-title"],
        entity["headline"],
        shared["x"]["text"],
        shared["email"]["subject"],
    ):
        assert collapsed(text) == shown
