"""Nothing written is lost: every published article is on its own page, on
every page of each of its authors' profiles, on the profile of everyone it
credits, in the site's feed and in its authors' feeds; every member of staff
is on the staff page and everyone on the authors page.

Checked on the example site and on a generated site of a few hundred
articles (benchmarks/generate_site.py), whose articles are matched to the
built pages by title and date only: names, slugs and addresses are read from
the pages themselves, not worked out the way the plugins do.

Pelican keeps only the newest 100 articles in a feed unless FEED_MAX_ITEMS
says otherwise (None: all); the generated site sets it, as a site whose feeds
must carry its whole archive would.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import ALL_PLUGINS, EXAMPLE_SITE, ROOT, THEME
from markupsafe import Markup
from pelican import Pelican
from pelican.readers import ensure_metadata_list
from pelican.settings import read_settings

ATOM = "{http://www.w3.org/2005/Atom}"
CREDIT_FIELDS = ("editors", "reviewers", "translators")
GENERATED_ARTICLES, GENERATED_PEOPLE = 240, 30


# What the writers wrote ---------------------------------------------------


def header(path: Path) -> dict[str, str]:
    """The metadata lines of a Markdown file, keys in lower case."""
    fields = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            break
        key, _, value = line.partition(":")
        fields[key.strip().lower()] = value.strip()
    return fields


def names_in(value: str) -> list[str]:
    """Names in a list field, split as Pelican splits ``Authors``."""
    return [n for n in ensure_metadata_list(value) if n.strip()] if value else []


def minute(date: str) -> str:
    """'2024-03-01 09:00', '2024-03-01' or an ISO datetime, to the minute."""
    text = date.strip().replace(" ", "T")
    return (text if "T" in text else text + "T00:00")[:16]


@dataclass(frozen=True)
class Piece:
    """An article as its page shows it, and as its writer's header says."""

    title: str  # tags out, spaces collapsed, as Pelican shows a title
    date: str
    authors: int
    credits: int


def written_articles(articles: Path, default_lang: str) -> tuple[Counter, set]:
    """Every published article, and those that translate another one.

    Pelican lists a translation on no author page (its original is there),
    but it is in the site's feed and on its translator's profile.
    """
    headers = [header(p) for p in sorted(articles.rglob("*.md"))]
    published = [h for h in headers if h.get("status", "published") == "published"]
    in_default = {
        h.get("slug") for h in published if h.get("lang", default_lang) == default_lang
    }
    pieces, translations = Counter(), set()
    for h in published:
        byline = [h["author"]] if "author" in h else names_in(h.get("authors", ""))
        piece = Piece(
            title=Markup(h["title"]).striptags(),
            date=minute(h["date"]),
            authors=len(byline),
            credits=sum(len(names_in(h.get(k, ""))) for k in CREDIT_FIELDS),
        )
        pieces[piece] += 1
        if h.get("lang", default_lang) != default_lang and h.get("slug") in in_default:
            translations.add(piece)
    return pieces, translations


def main_files(people: Path, default_lang: str = "en") -> list[dict]:
    """The headers of the people files in the site's language: a file with
    another 'Lang' is a person's translation, not another person."""
    headers = (header(p) for p in people.glob("*.md"))
    return [h for h in headers if h.get("lang", default_lang) == default_lang]


def staff_names(people: Path) -> set[str]:
    return {
        h["title"]
        for h in main_files(people)
        if h.get("staff", "current") in ("current", "former")
    }


def all_names(people: Path) -> set[str]:
    """Everyone's name, with the honorific the authors page shows."""
    return {
        f"{h.get('honorific', '')} {h['title']}".strip() for h in main_files(people)
    }


# What the site shows ------------------------------------------------------


@dataclass
class BuiltSite:
    output: Path
    siteurl: str
    _pages: dict = field(default_factory=dict)

    def file_for(self, url: str) -> Path:
        assert url.startswith(self.siteurl + "/"), url
        path = self.output / url[len(self.siteurl) + 1 :].split("#")[0]
        return path / "index.html" if url.endswith("/") else path

    def page(self, url: str) -> BeautifulSoup:
        if url not in self._pages:
            text = self.file_for(url).read_text(encoding="utf-8")
            self._pages[url] = BeautifulSoup(text, "html.parser")
        return self._pages[url]

    def every_page_of(self, url: str) -> list[BeautifulSoup]:
        """A paginated listing, following its "older" links to the end."""
        pages = [self.page(url)]
        while (older := pages[-1].find("a", rel="next")) is not None:
            pages.append(self.page(older["href"]))
        return pages

    def article_pages(self) -> dict[Piece, list[str]]:
        """The addresses of the article pages (drafts aside), by piece."""
        found: dict[Piece, list[str]] = {}
        for path in sorted(self.output.rglob("*.html")):
            if path.relative_to(self.output).parts[0] == "drafts":
                continue
            soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
            article = soup.select_one("article.h-entry.article")
            if article is None:
                continue
            url = soup.find("link", rel="canonical")["href"]
            self._pages[url] = soup
            key = Piece(
                title=" ".join(article.select_one("h1").get_text().split()),
                date=minute(article.select_one("time.dt-published")["datetime"]),
                authors=len(article.select(".masthead-byline__author")),
                credits=len(article.select(".masthead-credits__name")),
            )
            found.setdefault(key, []).append(url)
        return found

    def feed_links(self, url: str) -> set[str]:
        root = ElementTree.parse(self.file_for(url)).getroot()
        return {
            link.get("href")
            for entry in root.findall(f"{ATOM}entry")
            for link in entry.findall(f"{ATOM}link")
        }

    def listed(self, soups: list[BeautifulSoup], selector: str) -> set[str]:
        return {a["href"] for soup in soups for a in soup.select(selector)}


def author_feed(profile: BeautifulSoup, site_feed: str) -> str:
    [feed] = [
        link["href"]
        for link in profile.select('link[rel=alternate][type="application/atom+xml"]')
        if link["href"] != site_feed
    ]
    return feed


def check_nothing_lost(
    site: BuiltSite, content: Path, default_lang: str = "en"
) -> None:
    written, translations = written_articles(content / "articles", default_lang)
    shown = site.article_pages()
    assert sum(written.values()) > 10
    # Each piece on exactly one page, with every name of its byline and
    # credits.
    assert Counter({piece: len(urls) for piece, urls in shown.items()}) == written

    site_feed_url = f"{site.siteurl}/feeds/all.atom.xml"
    in_site_feed = site.feed_links(site_feed_url)
    missing: list[str] = []
    for key, urls in shown.items():
        for url in urls:
            article = site.page(url)
            if url not in in_site_feed:
                missing.append(f"{url}: not in the site's feed")
            is_translation = key in translations
            for link in article.select(".masthead-byline__author a.p-name"):
                profile = site.every_page_of(link["href"])
                if not is_translation and url not in site.listed(
                    profile, ".profile__articles .card__title a"
                ):
                    missing.append(f"{url}: not on {link['href']} (any page)")
                feed = author_feed(profile[0], site_feed_url)
                if not is_translation and url not in site.feed_links(feed):
                    missing.append(f"{url}: not in {feed}")
            for link in article.select(".masthead-credits__name"):
                profile = site.page(link["href"])
                if url not in site.listed([profile], ".masthead-person-work__list a"):
                    missing.append(f"{url}: not in the work of {link['href']}")
    assert not missing, "\n".join(missing)


def check_everyone_listed(
    site: BuiltSite, people: Path, staff_url: str, authors_url: str
) -> None:
    staff = site.page(staff_url)
    on_staff = [n.get_text() for n in staff.select(".masthead-staff-card .p-name")]
    assert Counter(on_staff) == Counter(staff_names(people))
    authors = site.page(authors_url)
    listed = {n.get_text() for n in authors.select(".person__name a")}
    assert all_names(people) <= listed


# The two sites ----------------------------------------------------------------


def test_nothing_is_lost_on_the_example_site(example_output):
    site = BuiltSite(example_output, "https://larkspur.example")
    content = EXAMPLE_SITE / "content"
    check_nothing_lost(site, content)
    check_everyone_listed(
        site,
        content / "people",
        f"{site.siteurl}/staff/",
        f"{site.siteurl}/people/",
    )


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[BuiltSite, Path]:
    root = tmp_path_factory.mktemp("generated")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "generate_site.py"),
            str(root / "site"),
            "--articles",
            str(GENERATED_ARTICLES),
            "--people",
            str(GENERATED_PEOPLE),
        ],
        check=True,
        capture_output=True,
    )
    content = root / "site" / "content"
    siteurl = "https://generated.example"
    settings = read_settings(
        path=str(EXAMPLE_SITE / "publishconf.py"),
        override={
            "PATH": str(content),
            "OUTPUT_PATH": str(root / "output"),
            "CACHE_PATH": str(root / "cache"),
            "THEME": str(THEME),
            # jinja2content has nothing to do: no file has a brace.
            "PLUGINS": ALL_PLUGINS,
            "SITEURL": siteurl,
            "STATIC_PATHS": ["images"],
            "FEED_MAX_ITEMS": None,
        },
    )
    Pelican(settings).run()
    return BuiltSite(root / "output", siteurl), content


@pytest.mark.full  # generates and builds hundreds of articles
def test_nothing_is_lost_on_a_site_of_hundreds_of_articles(generated):
    site, content = generated
    assert len(list((content / "articles").rglob("*.md"))) == GENERATED_ARTICLES
    check_nothing_lost(site, content)
    check_everyone_listed(
        site,
        content / "people",
        f"{site.siteurl}/staff/",
        f"{site.siteurl}/people/",
    )
