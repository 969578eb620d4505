"""BibTeX and RIS files beside each article, read back by real parsers."""

from __future__ import annotations

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors
from conftest import ALL_PLUGINS
from pelican_masthead.settings import SettingsError

PEOPLE = {
    "ewan": "Title: Ewan Castellane\n",
    "idris": "Title: Idris Valcourt\n",
    "anouk": "Title: Anouk van Dijk\nFamily_name: van Dijk\n",
    "mira": "Title: Mira Castell\n",
}
ARTICLE = """\
Title: {title}
Slug: sponge-streets
Date: 2022-02-15 09:00
Category: Cities
Authors: Ewan Castellane; Idris Valcourt; Anouk van Dijk
Editors: Mira Castell

Text.
"""
TITLE = "Sponge Streets: Costing Green Infrastructure"
HOSTILE = [
    'Rivers & "floods" {50%} #1 $5_000 ~ ^ \\ 🎉',
    "المياه في المدن: أزمة صامتة؟",
    "Who } pays { for a flood?",
]


@pytest.fixture
def files_site(site):
    for slug, text in PEOPLE.items():
        site.write(f"people/{slug}.md", text + "\nBio.\n")
    site.write("sponge-streets.md", ARTICLE.format(title=TITLE))

    def build(**settings):
        return site.build(**{"PLUGINS": ALL_PLUGINS, **settings})

    site.build_cited = build
    return site


def bibtex_of(path):
    library = bibtexparser.parse_string(
        path.read_text(encoding="utf-8"),
        append_middleware=[LatexDecodingMiddleware(), SeparateCoAuthors()],
    )
    assert not library.failed_blocks
    [entry] = library.entries
    return entry


def ris_of(path):
    [record] = rispy.loads(path.read_text(encoding="utf-8"))
    return record


def test_written_beside_the_article_and_linked_from_the_block(files_site):
    output = files_site.build_cited()
    page = files_site.page("sponge-streets.html")
    links = page.select('[data-masthead="cite"] a.masthead-cite__file')
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("BibTeX", "https://example.org/sponge-streets.bib"),
        ("RIS", "https://example.org/sponge-streets.ris"),
    ]
    assert all(a.has_attr("download") for a in links)
    entry = bibtex_of(output / "sponge-streets.bib")
    assert entry.entry_type == "online"
    assert entry.key == "castellane2022sponge"
    assert entry["author"] == ["Castellane, Ewan", "Valcourt, Idris", "van Dijk, Anouk"]
    assert entry["title"] == TITLE
    assert (entry["date"], entry["year"]) == ("2022-02-15", "2022")
    assert entry["organization"] == "Test Centre"
    assert entry["url"] == "https://example.org/sponge-streets.html"
    record = ris_of(output / "sponge-streets.ris")
    assert record["type_of_reference"] == "ELEC"
    assert record["authors"] == [
        "Castellane, Ewan",
        "Valcourt, Idris",
        "van Dijk, Anouk",
    ]
    assert record["title"] == TITLE
    assert (record["year"], record["date"]) == ("2022", "2022/02/15/")
    assert record["publisher"] == "Test Centre"
    assert record["urls"] == ["https://example.org/sponge-streets.html"]


def test_editors_are_in_neither_file(files_site):
    output = files_site.build_cited()
    for name in ("sponge-streets.bib", "sponge-streets.ris"):
        assert "Castell," not in (output / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("title", HOSTILE)
def test_a_hostile_title_survives_both_parsers(files_site, title):
    files_site.write("sponge-streets.md", ARTICLE.format(title=title))
    output = files_site.build_cited()
    # The page's title, as a reader sees it (Pelican reads it as HTML).
    shown = files_site.page("sponge-streets.html").select_one("dd i bdi").get_text()
    entry = bibtex_of(output / "sponge-streets.bib")
    # pylatexenc reads LaTeX's \textasciicircum as a modifier letter (U+02C6).
    assert entry["title"].replace("\u02c6", "^") == shown
    assert ris_of(output / "sponge-streets.ris")["title"] == shown


def test_addresses_follow_the_settings_like_pelicans_own(files_site):
    output = files_site.build_cited(
        ARTICLE_URL="{date:%Y}/{slug}/",
        ARTICLE_SAVE_AS="{date:%Y}/{slug}/index.html",
        CITATION_BIBTEX_SAVE_AS="cite/{category}/{slug}.bib",
        CITATION_BIBTEX_URL="cite/{category}/{slug}",
    )
    links = files_site.page("2022/sponge-streets/index.html").select(
        "a.masthead-cite__file"
    )
    assert [a["href"] for a in links] == [
        "https://example.org/cite/cities/sponge-streets",
        # Beside the page, named after the slug where the page is index.html.
        "https://example.org/2022/sponge-streets/sponge-streets.ris",
    ]
    assert (output / "cite" / "cities" / "sponge-streets.bib").exists()
    assert (output / "2022" / "sponge-streets" / "sponge-streets.ris").exists()


def test_an_empty_save_as_writes_no_file_and_no_link(files_site):
    output = files_site.build_cited(CITATION_RIS_SAVE_AS="")
    links = files_site.page("sponge-streets.html").select("a.masthead-cite__file")
    assert [a.get_text() for a in links] == ["BibTeX"]
    assert not list(output.rglob("*.ris"))


def test_a_translation_gets_its_own_files(files_site):
    files_site.write(
        "sponge-streets-fr.md",
        ARTICLE.format(title="Rues éponges").replace("Category", "Lang: fr\nCategory"),
    )
    output = files_site.build_cited()
    assert ris_of(output / "sponge-streets-fr.ris")["title"] == "Rues éponges"
    assert ris_of(output / "sponge-streets-fr.ris")["language"] == "fr"
    assert ris_of(output / "sponge-streets.ris")["title"] == TITLE


def test_two_articles_on_one_file_are_reported(files_site, warnings_logged):
    files_site.write(
        "other.md",
        "Title: Other\nDate: 2023-01-01\nCategory: Cities\nAuthor: Idris Valcourt\n"
        "\nText.\n",
    )
    output = files_site.build_cited(CITATION_BIBTEX_SAVE_AS="{category}.bib")
    assert any(
        "'cities.bib'" in m and "CITATION_BIBTEX_SAVE_AS" in m
        for m in warnings_logged()
    )
    assert (output / "cities.bib").exists()


def test_metadata_cannot_write_outside_the_output_folder(files_site, warnings_logged):
    files_site.write(
        "escape.md",
        "Title: ../../escape\nSlug: escape\nDate: 2023-01-01\n"
        "Author: Idris Valcourt\n\nText.\n",
    )
    output = files_site.build_cited(CITATION_RIS_SAVE_AS="{title}.ris")
    assert not list(output.parent.parent.rglob("escape.ris"))
    assert any(
        "escape.md" in m and "outside the output" in m for m in warnings_logged()
    )


def test_a_pattern_naming_missing_metadata_is_reported(files_site, warnings_logged):
    files_site.build_cited(CITATION_BIBTEX_SAVE_AS="{series}/{slug}.bib")
    assert any(
        "sponge-streets.md" in m and "CITATION_BIBTEX_SAVE_AS" in m
        for m in warnings_logged()
    )


def test_a_path_outside_the_output_folder_stops_the_build(files_site):
    with pytest.raises(SettingsError, match="CITATION_RIS_SAVE_AS"):
        files_site.build_cited(CITATION_RIS_SAVE_AS="../{slug}.ris")


def test_an_organisation_with_and_in_its_name_stays_one_author():
    from datetime import date

    from pelican.plugins.research.bibtex import bibtex_entry
    from pelican.plugins.research.names import organization_name, split_name
    from pelican.plugins.research.styles import CitedWork

    work = CitedWork(
        (organization_name("Centre for Water and Cities"), split_name("ثمینہ ہارون")),
        "پانی",
        "Site",
        date(2024, 3, 18),
        "https://example.org/pani/",
    )
    library = bibtexparser.parse_string(
        bibtex_entry(work, "pani"), append_middleware=[SeparateCoAuthors()]
    )
    [entry] = library.entries
    assert entry["author"] == ["{Centre for Water and Cities}", "ہارون, ثمینہ"]
    # No ASCII letters in the name or title: the key comes from the slug.
    assert entry.key == "pani2024"
