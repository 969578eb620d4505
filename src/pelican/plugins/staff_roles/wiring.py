"""Connects the plugin to Pelican's signals; the work is done elsewhere.

Pelican's signals outlive a build (they are module globals), so every
receiver first checks that this build enabled the plugin.
"""

from __future__ import annotations

from pathlib import Path

from pelican import signals
from pelican_masthead import problems
from pelican_masthead.contents import contents_of
from pelican_masthead.enabled import enabled
from pelican_masthead.labels import labels
from pelican_masthead.settings import SettingsError, resolve
from pelican_masthead.templates import add_snippets
from pelican_masthead.writer_macros import add_macros, render_all

from .credits import credits_of
from .macros import MACROS
from .pages import AUTHOR_INDEX, StaffPagesGenerator
from .ranks import Ranks, rank_people
from .settings import SETTINGS
from .work import link_work

TEMPLATES = Path(__file__).parent / "templates"


def _enabled(settings: dict) -> bool:
    return enabled("staff_roles", settings)


def check(pelican) -> None:
    """Stop a build that cannot work before it starts."""
    settings = pelican.settings
    if not _enabled(settings):
        return
    if not enabled("author_profiles", settings):
        raise SettingsError(
            "The staff_roles plugin needs author_profiles: add "
            '"pelican.plugins.author_profiles" to PLUGINS.'
        )
    resolve(SETTINGS, settings)
    add_macros(settings, MACROS)


def add_templates(generator) -> None:
    if _enabled(generator.settings):
        add_snippets(generator, TEMPLATES)


def rank_roles_and_read_credits(generator) -> None:
    """Runs once the people are loaded and before anything is rendered."""
    index = generator.context.get(AUTHOR_INDEX)
    if not _enabled(generator.settings) or index is None:
        return
    config = resolve(SETTINGS, generator.settings)
    ranks = Ranks.from_sections(config["STAFF_SECTIONS"])
    for title, sources in rank_people(index.people, ranks).items():
        problems.report(
            f"{', '.join(sources)}: 'Roles': {title!r} is not in STAFF_SECTIONS, "
            "so it ranks after every listed role; add it to a section to rank it."
        )
    for article in contents_of([generator]):
        source = getattr(article, "relative_source_path", "") or ""
        article.credits = credits_of(
            article.metadata, config["STAFF_CREDITS"], index.author_for, source
        )


def link_each_persons_work(generator) -> None:
    index = generator.context.get(AUTHOR_INDEX)
    if not _enabled(generator.settings) or index is None:
        return
    link_work(
        index,
        generator.articles,
        [*generator.articles, *generator.translations],
        resolve(SETTINGS, generator.settings)["STAFF_CREDITS"],
        labels(generator.settings),
    )


def render_writer_macros(generators) -> None:
    if generators and _enabled(generators[0].settings):
        render_all(generators, MACROS)


def add_generator(pelican):
    return StaffPagesGenerator if _enabled(pelican.settings) else None


def connect() -> None:
    problems.connect(__package__)
    signals.initialized.connect(check)
    signals.generator_init.connect(add_templates)
    signals.article_generator_pretaxonomy.connect(rank_roles_and_read_credits)
    signals.article_generator_finalized.connect(link_each_persons_work)
    signals.get_generators.connect(add_generator)
    signals.all_generators_finalized.connect(render_writer_macros)
