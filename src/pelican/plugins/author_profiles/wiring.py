"""Connects the plugin to Pelican's signals; the work is done elsewhere.

Data flows one way: people files -> ``People`` -> ``AuthorIndex`` -> the
Author objects of articles and pages -> templates.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals
from pelican_masthead import problems
from pelican_masthead.contents import contents_of
from pelican_masthead.enabled import enabled, when_enabled
from pelican_masthead.labels import LABELS_SETTING, STRICT_SETTING
from pelican_masthead.settings import resolve
from pelican_masthead.templates import add_snippets
from pelican_masthead.writer_macros import add_macros, render_all

from .feeds import date_empty_feed
from .index import AuthorIndex
from .loading import load_people
from .macros import MACROS
from .registry import People
from .settings import SETTINGS

logger = logging.getLogger(__name__)

TEMPLATES = Path(__file__).parent / "templates"
CONTEXT_KEY = "author_index"


@when_enabled("author_profiles")
def configure(pelican) -> None:
    """Check the settings and keep people files out of articles and pages."""
    settings = pelican.settings
    resolved = resolve((*SETTINGS, LABELS_SETTING, STRICT_SETTING), settings)
    for key in ("ARTICLE_EXCLUDES", "PAGE_EXCLUDES"):
        excluded = list(settings.get(key, []))
        settings[key] = excluded + [
            p for p in resolved["PEOPLE_PATHS"] if p not in excluded
        ]
    _separate_author_feeds(settings)
    add_macros(settings, MACROS)


def _separate_author_feeds(settings: dict) -> None:
    # Pelican's defaults write author and category feeds to the same pattern,
    # so an author and a category with the same slug would overwrite each other.
    others = {
        settings.get(k)
        for k in (
            "CATEGORY_FEED_ATOM",
            "CATEGORY_FEED_RSS",
            "TAG_FEED_ATOM",
            "TAG_FEED_RSS",
        )
    }
    for kind in ("ATOM", "RSS"):
        key = f"AUTHOR_FEED_{kind}"
        if settings.get(key) and settings[key] in others:
            settings[key] = f"feeds/authors/{{slug}}.{kind.lower()}.xml"
            if settings.get(f"{key}_URL") in others:
                settings[f"{key}_URL"] = settings[key]
            logger.info("author_profiles: author feeds moved to %s", settings[key])


@when_enabled("author_profiles")
def add_templates(generator) -> None:
    add_snippets(generator, TEMPLATES)


@when_enabled("author_profiles")
def load(generator) -> None:
    settings = generator.settings
    plugin_settings = resolve(SETTINGS, settings)
    people = People(
        load_people(Path(generator.path), plugin_settings["PEOPLE_PATHS"], settings)
    )
    index = AuthorIndex(people, settings, plugin_settings)
    index.start_portraits(Path(settings["CACHE_PATH"]) / "masthead-portraits")
    generator.context[CONTEXT_KEY] = index


@when_enabled("author_profiles")
def attach_to_articles(generator) -> None:
    index = generator.context[CONTEXT_KEY]
    for article in contents_of([generator]):
        index.attach(article)


@when_enabled("author_profiles")
def attach_to_pages(generator) -> None:
    index = generator.context[CONTEXT_KEY]
    for page in contents_of([generator]):
        index.attach(page)
    list_everyone(generator)


@when_enabled("author_profiles")
def list_everyone(generator) -> None:
    """Give every person a page, with or without published articles.

    Pelican makes author pages only from published articles' bylines; the
    list it writes pages from is also the template context's ``authors``.
    """
    authors = generator.context.get("authors")
    if not isinstance(authors, list):
        return
    listed = {author for author, _articles in authors}
    authors.extend((a, []) for a in generator.context[CONTEXT_KEY] if a not in listed)
    authors.sort(key=lambda pair: pair[0].slug)


@when_enabled("author_profiles")
def link_articles(generator) -> None:
    generator.context[CONTEXT_KEY].link_articles(generator.articles)


@when_enabled("author_profiles")
def report_unmatched(generators) -> None:
    for generator in generators:
        if CONTEXT_KEY in generator.context:
            generator.context[CONTEXT_KEY].report_unmatched()
            return


@when_enabled("author_profiles")
def render_writer_macros(generators) -> None:
    render_all(generators, MACROS)


@when_enabled("author_profiles")
def write_portraits(generator, writer) -> None:
    generator.context[CONTEXT_KEY].write_portraits(Path(generator.output_path))


def date_empty_feeds(context, feed) -> None:
    # Sent with the build's context (a dict), not a generator.
    if enabled("author_profiles", context):
        date_empty_feed(feed, context.get("articles") or [])


def connect() -> None:
    problems.connect()
    signals.initialized.connect(configure)
    signals.generator_init.connect(add_templates)
    signals.article_generator_init.connect(load)
    signals.article_generator_pretaxonomy.connect(attach_to_articles)
    signals.article_generator_finalized.connect(list_everyone)
    signals.article_generator_finalized.connect(link_articles)
    signals.page_generator_finalized.connect(attach_to_pages)
    signals.all_generators_finalized.connect(report_unmatched)
    signals.all_generators_finalized.connect(render_writer_macros)
    signals.article_writer_finalized.connect(write_portraits)
    signals.feed_generated.connect(date_empty_feeds)
