"""Shared test helpers: build a small Pelican site from files given inline."""

from __future__ import annotations

import logging
import textwrap
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pelican import Pelican
from pelican.settings import read_settings

ROOT = Path(__file__).resolve().parent.parent
THEME = ROOT / "theme"
EXAMPLE_SITE = ROOT / "example_site"

ALL_PLUGINS = [
    "pelican.plugins.author_profiles",
    "pelican.plugins.staff_roles",
    "pelican.plugins.reading_time",
    "pelican.plugins.share_block",
]


class Site:
    """A site written into a temporary folder, built on demand."""

    def __init__(self, root: Path):
        self.root = root
        self.content = root / "content"
        self.output = root / "output"
        self.content.mkdir(parents=True, exist_ok=True)

    def write(self, relative: str, text: str) -> Path:
        path = self.content / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
        return path

    def build(self, **overrides) -> Path:
        settings = {
            "PATH": str(self.content),
            "OUTPUT_PATH": str(self.output),
            "CACHE_PATH": str(self.root / "cache"),
            "SITEURL": "https://example.org",
            "SITENAME": "Test Centre",
            "TIMEZONE": "UTC",
            "PLUGINS": ["pelican.plugins.author_profiles"],
            "FEED_ALL_ATOM": None,
            "CATEGORY_FEED_ATOM": None,
            "TRANSLATION_FEED_ATOM": None,
            "AUTHOR_FEED_ATOM": None,
            "AUTHOR_FEED_RSS": None,
            "LOAD_CONTENT_CACHE": False,
        }
        settings.update(overrides)
        Pelican(read_settings(override=settings)).run()
        return self.output

    def page(self, relative: str) -> BeautifulSoup:
        path = self.output / relative
        assert path.exists(), f"{relative} was not written"
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@pytest.fixture
def site(tmp_path) -> Site:
    return Site(tmp_path)


@pytest.fixture
def warnings_logged(caplog):
    """The messages of every warning logged during the test."""
    caplog.set_level(logging.WARNING)

    def messages() -> list[str]:
        return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]

    return messages
