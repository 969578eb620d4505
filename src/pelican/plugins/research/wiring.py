"""Connects the plugin to Pelican's signals; the work is done elsewhere."""

from __future__ import annotations

from pathlib import Path

from pelican_masthead import wiring
from pelican_masthead.build import config_of
from pelican_masthead.enabled import when_enabled
from pelican_masthead.templates import add_snippets

from .settings import load

NAME = "research"
TEMPLATES = Path(__file__).parent / "templates"
# Placed into the pages of themes that do not include them.
PLACED = ()


@when_enabled(NAME)
def check_settings(pelican) -> None:
    # Fail before any content is read, even on a site without articles.
    config_of(pelican.settings, load)


@when_enabled(NAME)
def add_templates(generator) -> None:
    add_snippets(generator, TEMPLATES, PLACED)


# This plugin's timeline: each receiver and the signal it answers, in order.
RECEIVERS = (
    ("initialized", check_settings),
    ("generator_init", add_templates),
)


def connect() -> None:
    wiring.connect(NAME, RECEIVERS)
