"""Connects the plugin to Pelican's signals; the work is done elsewhere.

staff_roles builds on author_profiles and reaches it only through its API
(pelican.plugins.author_profiles.api).
"""

from __future__ import annotations

from pathlib import Path

from pelican.plugins.author_profiles.api import author_index, declare_field
from pelican_masthead import problems, wiring
from pelican_masthead.build import build_of
from pelican_masthead.contents import contents_of
from pelican_masthead.enabled import enabled, when_enabled
from pelican_masthead.labels import labels, labels_for
from pelican_masthead.placement import BEFORE_CONTENT, HEAD, PROFILE, Snippet
from pelican_masthead.settings import SettingsError
from pelican_masthead.structured_data import ARTICLE_PARTS
from pelican_masthead.templates import add_snippets
from pelican_masthead.writer_macros import add_macros, render_all

from .credits import credit_labels, credit_properties, credits_of
from .macros import MACROS
from .pages import StaffPagesGenerator
from .ranks import unranked_roles
from .settings import staff_settings
from .work import WORK_FIELD, link_work

NAME = "staff_roles"
TEMPLATES = Path(__file__).parent / "templates"
# Snippets placed into pages of themes that do not include them.
PLACED = (
    Snippet("credits", "masthead/credits.html", BEFORE_CONTENT, 20),
    Snippet("person-work", "masthead/person_work.html", PROFILE, 20),
    Snippet("page-alternates", "masthead/page_alternates.html", HEAD, 40),
)


@when_enabled(NAME)
def check(pelican) -> None:
    """Stop a build that cannot work before it starts."""
    settings = pelican.settings
    if not enabled("author_profiles", settings):
        raise SettingsError(
            "The staff_roles plugin needs author_profiles: add "
            '"pelican.plugins.author_profiles" to PLUGINS.'
        )
    staff_settings(settings)
    add_macros(settings, MACROS)
    build_of(settings).contribute(ARTICLE_PARTS, credit_properties)


@when_enabled(NAME)
def add_templates(generator) -> None:
    add_snippets(generator, TEMPLATES, PLACED)


@when_enabled(NAME)
def rank_roles_and_read_credits(generator) -> None:
    """Runs once the people are loaded and before anything is rendered."""
    index = author_index(generator.context)
    if index is None:
        return
    config = staff_settings(generator.settings)
    ranks = config.ranks
    index.rank_roles(lambda role: ranks.rank(role.title))
    for title, sources in unranked_roles(index.people, ranks).items():
        problems.report(
            f"{', '.join(sources)}: 'Roles': {title!r} is not in STAFF_SECTIONS, "
            "so it ranks after every listed role; add it to a section to rank it."
        )
    for article in contents_of([generator]):
        source = getattr(article, "relative_source_path", "") or ""
        words = labels_for(generator.settings, article.lang)
        shown = credit_labels(config.credits, words)
        article.credits = credits_of(article.metadata, shown, index.author_for, source)


@when_enabled(NAME)
def link_each_persons_work(generator) -> None:
    index = author_index(generator.context)
    if index is None:
        return
    words = labels(generator.settings)
    link_work(
        index,
        generator.articles,
        [*generator.articles, *generator.translations],
        credit_labels(staff_settings(generator.settings).credits, words),
        words,
    )


@when_enabled(NAME)
def render_writer_macros(generators) -> None:
    render_all(generators, MACROS)


@when_enabled(NAME)
def add_generator(pelican):
    return StaffPagesGenerator


# This plugin's timeline: each receiver and the signal it answers, in order.
RECEIVERS = (
    ("initialized", check),
    ("generator_init", add_templates),
    ("article_generator_pretaxonomy", rank_roles_and_read_credits),
    ("article_generator_finalized", link_each_persons_work),
    ("get_generators", add_generator),
    ("all_generators_finalized", render_writer_macros),
)


def connect() -> None:
    declare_field(WORK_FIELD, list)
    wiring.connect(NAME, RECEIVERS)
