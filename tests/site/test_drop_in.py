"""A pelican-quickstart site with the default theme gains every feature by
following the recipe in docs/theming.md ("Including the snippets yourself"),
word for word."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from itertools import combinations
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, THEME
from pelican import Pelican
from pelican.settings import read_settings
from pelican_masthead.settings import SettingsError

THEMING = (ROOT / "docs" / "theming.md").read_text(encoding="utf-8")
RECIPE = "## Including the snippets yourself"
PLUGINS = ["author_profiles", "staff_roles", "reading_time", "share_block"]


def recipe_block(after: str, language: str) -> str:
    """The recipe's first fenced block of ``language`` after the text ``after``."""
    recipe = THEMING[THEMING.index(RECIPE) :]
    start = recipe.index(after)
    match = re.search(rf"```{language}\n(.*?)```", recipe[start:], re.DOTALL)
    return textwrap.dedent(match.group(1))


def quickstart(folder: Path) -> Path:
    answers = [str(folder), "Quick Site", "Quinn", "en", "n", "n", "UTC", "n"]
    command = Path(sys.executable).with_name("pelican-quickstart")
    subprocess.run(
        [str(command)],
        input="\n".join(answers) + "\n",
        text=True,
        check=True,
        capture_output=True,
    )
    return folder


@pytest.fixture(scope="module")
def quickstart_site(tmp_path_factory) -> Path:
    site = quickstart(tmp_path_factory.mktemp("drop-in") / "site")
    settings = site / "pelicanconf.py"
    settings.write_text(
        settings.read_text()
        + "\n"
        + recipe_block("2. Add to `pelicanconf.py`", "python")
    )
    for name in ("base", "article"):
        path = site / "overrides" / f"{name}.html"
        path.parent.mkdir(exist_ok=True)
        path.write_text(recipe_block(f"Create `overrides/{name}.html`", "jinja"))
    content = site / "content"
    (content / "people").mkdir(parents=True)
    (content / "people" / "wren.md").write_text(
        "Title: Wren Halloway\nRoles: Director\nTwitter: wrenh\n\nWren leads.\n"
    )
    (content / "people" / "ana.md").write_text(
        "Title: Ana Kova\nRoles: Research Officer\n\nAna studies rivers.\n"
    )
    (content / "dry-summer.md").write_text(
        'Title: Who pays for a "dry" summer & why\nDate: 2024-06-01\n'
        "Authors: Wren Halloway; Ana Kova\nEditors: Ana Kova\nCategory: Water\n\n"
        + "Rivers run low in August. " * 120
        + "\n"
    )
    result = subprocess.run(
        [str(Path(sys.executable).with_name("pelican")), "-s", "pelicanconf.py"],
        cwd=site,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site / "output"


def page(output: Path, relative: str) -> BeautifulSoup:
    return BeautifulSoup((output / relative).read_text(), "html.parser")


def test_articles_gain_bylines_credits_reading_time_share_and_author_boxes(
    quickstart_site,
):
    article = page(quickstart_site, "who-pays-for-a-dry-summer-why.html")
    byline = article.select_one(".masthead-byline").get_text(" ", strip=True)
    assert "Wren Halloway" in byline and "Director" in byline
    assert "Research Officer" in byline
    assert "Ana Kova" in article.select_one(".masthead-credits").get_text()
    assert article.select_one("time.masthead-reading-time")["datetime"].startswith("PT")
    assert len(article.select(".masthead-author-box")) == 2
    # The overrides include every snippet, so the plugins place none again.
    assert not article.select(".masthead-placed")
    assert len(article.select(".masthead-byline")) == 1
    links = [a["href"] for a in article.select(".masthead-share-block a")]
    assert any(link.startswith("https://x.com/intent/tweet?") for link in links)


def test_every_page_gains_social_metadata(quickstart_site):
    head = page(quickstart_site, "who-pays-for-a-dry-summer-why.html").head
    assert head.select_one('meta[property="og:title"]')["content"] == (
        'Who pays for a "dry" summer & why'
    )
    assert head.select_one('script[type="application/ld+json"]')
    canonical = head.select_one('link[rel="canonical"]')["href"]
    assert canonical == "https://example.org/who-pays-for-a-dry-summer-why.html"
    assert len(head.select('meta[property="og:title"]')) == 1


def test_the_staff_page_and_profiles_come_with_the_plugins(quickstart_site):
    staff = page(quickstart_site, "staff/index.html")
    assert [n.get_text() for n in staff.select(".masthead-staff-card .p-name")] == [
        "Wren Halloway",
        "Ana Kova",
    ]
    assert (quickstart_site / "author" / "wren-halloway.html").exists()


SUBSETS = [combo for size in range(1, 5) for combo in combinations(PLUGINS, size)]


def build(site, plugins) -> Path:
    if "author_profiles" in plugins:
        site.write("people/ana.md", "Title: Ana Kova\nRoles: Director\n\nAna leads.\n")
    site.write(
        "a.md",
        "Title: A & B\nSlug: a\nDate: 2024-01-01\nAuthor: Ana Kova\n\nSome words.\n",
    )
    return site.build(
        PLUGINS=[f"pelican.plugins.{name}" for name in plugins], THEME=str(THEME)
    )


@pytest.mark.parametrize("plugins", SUBSETS, ids="+".join)
def test_any_subset_of_the_plugins_builds_with_our_theme(site, plugins):
    if "staff_roles" in plugins and "author_profiles" not in plugins:
        with pytest.raises(
            SettingsError, match=r"add \"pelican\.plugins\.author_profiles\""
        ):
            build(site, plugins)
        return
    output = build(site, plugins)
    article = site.page("a.html")
    assert article.select_one("h1").get_text(strip=True) == "A & B"
    assert bool(article.select(".masthead-reading-time")) == ("reading_time" in plugins)
    assert bool(article.select(".masthead-share-block")) == ("share_block" in plugins)
    assert bool(article.select(".masthead-author-box")) == (
        "author_profiles" in plugins
    )
    assert (output / "staff" / "index.html").exists() == ("staff_roles" in plugins)


def test_pelican_reports_the_missing_plugin_in_one_sentence(tmp_path):
    settings = read_settings(
        override={
            "PATH": str(tmp_path),
            "OUTPUT_PATH": str(tmp_path / "out"),
            "PLUGINS": ["pelican.plugins.staff_roles"],
        }
    )
    with pytest.raises(SettingsError) as error:
        Pelican(settings).run()
    assert str(error.value) == (
        "The staff_roles plugin needs author_profiles: add "
        '"pelican.plugins.author_profiles" to PLUGINS.'
    )


def test_a_themes_own_snippet_wins_over_the_plugins(site, tmp_path):
    overrides = tmp_path / "overrides"
    (overrides / "masthead").mkdir(parents=True)
    (overrides / "masthead" / "byline.html").write_text(
        '<p class="masthead-byline">Written by the house {{ article.author.name }}</p>'
    )
    site.write("people/ana.md", "Title: Ana Kova\n\nBio.\n")
    site.write("a.md", "Title: A\nDate: 2024-01-01\nAuthor: Ana Kova\n\nText.\n")
    site.build(
        PLUGINS=["pelican.plugins.author_profiles"],
        THEME=str(THEME),
        THEME_TEMPLATES_OVERRIDES=[str(overrides)],
    )
    byline = site.page("a.html").select_one(".masthead-byline").get_text()
    assert byline == "Written by the house Ana Kova"
