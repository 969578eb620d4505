"""Connects the plugin to Pelican's signals; the work is done elsewhere.

Corrections are read once the articles are, before Pelican sorts them and
writes anything: the modified date they set then reaches every page and feed.
An article's PDF is found once the articles are read, so that Pelican's
static generator, which runs after them, copies it; once that generator has
given it an address, the file can be attached beside its article. Articles
and pages get their citation, and articles what else their page shows, just
before they are written, when author_profiles has put their authors in
byline order and Pelican has settled their addresses; the BibTeX and RIS
files are written then too.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from pelican.contents import Article
from pelican.plugins.author_profiles.api import author_index
from pelican_masthead import wiring
from pelican_masthead.build import build_of, config_of
from pelican_masthead.contents import contents_of
from pelican_masthead.enabled import when_enabled
from pelican_masthead.labels import labels_for
from pelican_masthead.placement import AFTER_CONTENT, BEFORE_CONTENT, HEAD, Snippet
from pelican_masthead.problems import report
from pelican_masthead.sites import sites_of
from pelican_masthead.structured_data import ARTICLE_PARTS
from pelican_masthead.templates import add_snippets

from .annotate import annotate
from .cite import citation_of, wants_citation
from .corrected import attach_corrections, correction_properties
from .corrections_page import CorrectionsPageGenerator
from .files import FileWriter
from .pdf import PdfProblem, find_pdf
from .settings import load

NAME = "research"
TEMPLATES = Path(__file__).parent / "templates"
SCRIPT = Path(__file__).parent / "static" / "cite.js"
# Placed into the pages of themes that do not include them.
PLACED = (
    Snippet("cite", "masthead/cite.html", AFTER_CONTENT, 5, on_pages=True),
    Snippet("corrected", "masthead/corrected.html", BEFORE_CONTENT, 40),
    Snippet("corrections", "masthead/corrections.html", AFTER_CONTENT, 1),
    Snippet(
        "corrections-feed",
        "masthead/corrections_feed_link.html",
        HEAD,
        30,
        needs="corrections_page",
    ),
    Snippet("scholar-meta", "masthead/scholar_meta.html", HEAD, 20),
    Snippet("fediverse-creator", "masthead/fediverse_creator.html", HEAD, 30),
    Snippet("disclosure", "masthead/disclosure.html", AFTER_CONTENT, 2),
    Snippet("pdf-download", "masthead/pdf_download.html", AFTER_CONTENT, 3),
    Snippet("reply", "masthead/reply.html", AFTER_CONTENT, 15),
)


@when_enabled(NAME)
def check_settings(pelican) -> None:
    # Fail before any content is read, even on a site without articles.
    config_of(pelican.settings, load)
    build_of(pelican.settings).contribute(ARTICLE_PARTS, correction_properties)


@when_enabled(NAME)
def add_templates(generator) -> None:
    add_snippets(generator, TEMPLATES, PLACED)


@when_enabled(NAME)
def find_pdfs(generator) -> None:
    """Each article's ``Pdf:`` file, handed to Pelican's static generator."""
    found = build_of(generator.settings).state(NAME).pdfs = {}
    content_path = Path(generator.path)
    for article in contents_of([generator]):
        value = str(article.metadata.get("pdf") or "").strip()
        if not value:
            continue
        try:
            source = find_pdf(value, content_path, Path(article.source_path).parent)
        except PdfProblem as why:
            report(
                f"{article.relative_source_path}: 'Pdf' {value!r} {why}; no "
                "download is shown."
            )
            continue
        generator.context["static_links"].add(source.path)
        found[id(article)] = (article, source)


@when_enabled(NAME)
def place_pdfs(generator) -> None:
    """Each found PDF's copy, beside its article for ``{attach}``."""
    state = build_of(generator.settings).state(NAME)
    statics = generator.context.get("static_content", {})
    state.downloads = {}
    for key, (article, source) in getattr(state, "pdfs", {}).items():
        static = statics.get(source.path)
        if static is None:
            report(
                f"{article.relative_source_path}: 'Pdf' {source.path!r} is left "
                "out of the site by its static settings (STATIC_EXCLUDES?); no "
                "download is shown."
            )
            continue
        if source.attach:
            static.attach_to(article)
        state.downloads[key] = (source, static)


@when_enabled(NAME)
def prepare_citation(generator, content) -> None:
    """Give an article or page its ``citation`` (None: no "Cite this")."""
    config = config_of(generator.settings, load)
    content.citation = None
    if not wants_citation(content, config, isinstance(content, Article)):
        return
    index = author_index(generator.context)

    def is_person(name: str) -> bool:
        # Without author_profiles no one says; the name is taken as a person's.
        return index.people.match(name) is not None if index else True

    words = labels_for(generator.settings, content.lang)
    content.citation = citation_of(content, config, is_person, words)
    if content.citation.files:
        state = build_of(generator.settings).state(NAME)
        if getattr(state, "files", None) is None:
            state.files = FileWriter(generator.output_path)
        source = content.relative_source_path
        written = [f for f in content.citation.files if state.files.write(f, source)]
        content.citation = replace(content.citation, files=tuple(written))


@when_enabled(NAME)
def prepare_article(generator, content) -> None:
    """Give an article its PDF download, Scholar tags, fediverse creators,
    disclosure and reply link."""
    if not isinstance(content, Article):
        return
    settings = generator.settings
    downloads = getattr(build_of(settings).state(NAME), "downloads", {})
    annotate(content, config_of(settings, load), settings, downloads.get(id(content)))


@when_enabled(NAME)
def read_corrections(generator) -> None:
    for article in contents_of([generator]):
        attach_corrections(article)


@when_enabled(NAME)
def add_generator(pelican):
    return CorrectionsPageGenerator


@when_enabled(NAME)
def copy_script(pelican) -> None:
    """Put the copy buttons' script in the output, whatever the theme.

    Receiver of ``get_writer``, sent once the output folder is cleaned and
    before any page is written: post-processing plugins (gzip, minify) run
    at ``finalized`` and must find the script there. Returns None, so
    Pelican keeps its own writer.
    """
    path = config_of(pelican.settings, load).script_path
    if not path:
        return
    # A subsite of pelican-i18n-subsites writes the main site's copy, which
    # its pages link to.
    _url, target = sites_of(pelican.settings).shared(path, pelican.output_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SCRIPT, target)


# This plugin's timeline: each receiver and the signal it answers, in order.
RECEIVERS = (
    ("initialized", check_settings),
    ("generator_init", add_templates),
    ("get_generators", add_generator),
    ("article_generator_pretaxonomy", read_corrections),
    ("article_generator_finalized", find_pdfs),
    ("static_generator_finalized", place_pdfs),
    ("article_generator_write_article", prepare_citation),
    ("page_generator_write_page", prepare_citation),
    ("get_writer", copy_script),
    ("article_generator_write_article", prepare_article),
)


def connect() -> None:
    wiring.connect(NAME, RECEIVERS)
