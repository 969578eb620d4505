"""Connects the plugin to Pelican's signals; the work is done elsewhere.

Articles and pages get their citation just before they are written, when
author_profiles has put their authors in byline order and Pelican has
settled their addresses; their BibTeX and RIS files are written then too.
Corrections are read once the articles are, before Pelican sorts them and
writes anything: the modified date they set then reaches every page and feed.
"""

from __future__ import annotations

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
from pelican_masthead.structured_data import ARTICLE_PARTS
from pelican_masthead.templates import add_snippets

from .cite import citation_of, wants_citation
from .corrected import attach_corrections, correction_properties
from .corrections_page import CorrectionsPageGenerator
from .files import FileWriter
from .settings import load

NAME = "research"
TEMPLATES = Path(__file__).parent / "templates"
# Placed into the pages of themes that do not include them.
PLACED = (
    Snippet("cite", "masthead/cite.html", AFTER_CONTENT, 5, on_pages=True),
    Snippet("corrected", "masthead/corrected.html", BEFORE_CONTENT, 40),
    Snippet("corrections", "masthead/corrections.html", AFTER_CONTENT, 1),
    Snippet("corrections-feed", "masthead/corrections_feed_link.html", HEAD, 30),
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
def read_corrections(generator) -> None:
    for article in contents_of([generator]):
        attach_corrections(article)


@when_enabled(NAME)
def add_generator(pelican):
    return CorrectionsPageGenerator


# This plugin's timeline: each receiver and the signal it answers, in order.
RECEIVERS = (
    ("initialized", check_settings),
    ("generator_init", add_templates),
    ("get_generators", add_generator),
    ("article_generator_pretaxonomy", read_corrections),
    ("article_generator_write_article", prepare_citation),
    ("page_generator_write_page", prepare_citation),
)


def connect() -> None:
    wiring.connect(NAME, RECEIVERS)
