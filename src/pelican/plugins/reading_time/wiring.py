"""Connects the plugin to Pelican's signals; the work is done elsewhere.

Reading time is measured on the HTML readers finally get. Markdown and
pelican-jinja2content are done when an article is read, but the masthead's
writer macros fill their blocks in on `all_generators_finalized`, and the
receivers of one signal run in no fixed order. So the generators are only
noted there, and measured on `get_writer`: Pelican sends it once per build,
after every `all_generators_finalized` receiver and before the first page is
written. Measuring the generators' lists (not on `content_object_init`) also
covers objects from Pelican's content cache, which are never built again and
would keep a reading time computed with old settings.
"""

from __future__ import annotations

from pathlib import Path

from pelican_masthead import wiring
from pelican_masthead.build import build_of, config_of
from pelican_masthead.contents import contents_of
from pelican_masthead.enabled import when_enabled
from pelican_masthead.labels import labels_for
from pelican_masthead.placement import BEFORE_CONTENT, Snippet
from pelican_masthead.structured_data import ARTICLE_PARTS
from pelican_masthead.templates import add_snippets

from .annotate import annotate, reading_properties
from .settings import load

NAME = "reading_time"
TEMPLATES = Path(__file__).parent / "templates"
# Placed into article pages of themes that do not include it.
PLACED = (Snippet("reading-time", "masthead/reading_time.html", BEFORE_CONTENT, 30),)


@when_enabled(NAME)
def check_settings(pelican) -> None:
    # Fail before any content is read, even on a site without articles.
    config_of(pelican.settings, load)
    build_of(pelican.settings).contribute(ARTICLE_PARTS, reading_properties)


@when_enabled(NAME)
def add_templates(generator) -> None:
    add_snippets(generator, TEMPLATES, PLACED)


@when_enabled(NAME)
def note_generators(generators) -> None:
    if generators:
        build_of(generators[0].settings).state(NAME).generators = list(generators)


@when_enabled(NAME)
def measure_before_writing(pelican) -> None:
    generators = getattr(build_of(pelican.settings).state(NAME), "generators", [])
    config = config_of(pelican.settings, load)
    for content in contents_of(generators):
        annotate(content, config, labels_for(pelican.settings, content.lang))


# This plugin's timeline: each receiver and the signal it answers, in order.
RECEIVERS = (
    ("initialized", check_settings),
    ("generator_init", add_templates),
    ("all_generators_finalized", note_generators),
    # Returns no writer class, so Pelican keeps choosing its writer as before.
    ("get_writer", measure_before_writing),
)


def connect() -> None:
    wiring.connect(NAME, RECEIVERS)
