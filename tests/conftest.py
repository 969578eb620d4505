"""Shared test helpers: build a small Pelican site from files given inline."""

from __future__ import annotations

import importlib
import logging
import subprocess
import sys
import textwrap
from contextlib import contextmanager
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pelican import Pelican
from pelican.log import LimitFilter
from pelican.settings import read_settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
THEME = ROOT / "theme"
EXAMPLE_SITE = ROOT / "example_site"

ALL_PLUGINS = [
    "pelican.plugins.author_profiles",
    "pelican.plugins.staff_roles",
    "pelican.plugins.reading_time",
    "pelican.plugins.share_block",
    "pelican.plugins.research",
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


def pytest_collection_modifyitems(items) -> None:
    """Browser and validator checks need Chromium or Java: they are the `full`
    tier, which `scripts/test --full` and CI run and the fast default skips."""
    for item in items:
        path = Path(str(item.fspath))
        if "browser" in path.parts or path.name == "test_html_validity.py":
            item.add_marker(pytest.mark.full)


@pytest.fixture
def site(tmp_path) -> Site:
    return Site(tmp_path)


@contextmanager
def masthead_messages(logger_name: str = "pelican_masthead"):
    """Every warning logged inside the ``with`` block, by the masthead plugins
    (or by ``logger_name``: "" for every logger), for builds outside a test
    function (module-scoped fixtures, hypothesis examples)."""
    messages: list[str] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: messages.append(record.getMessage())
    logger = logging.getLogger(logger_name or None)
    logger.addHandler(handler)
    try:
        yield messages
    finally:
        logger.removeHandler(handler)


@pytest.fixture
def warnings_logged(caplog):
    """The messages of every warning logged during the test."""
    caplog.set_level(logging.WARNING)
    # Pelican logs a message once per process; a test must see its own.
    LimitFilter._raised_messages.clear()
    LimitFilter._group_count.clear()

    def messages() -> list[str]:
        return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]

    return messages


@pytest.fixture(autouse=True)
def _reader_plugins_end_with_their_test():
    """pelican-jinja2content and pelican-yaml-metadata (test extras) never
    disconnect their readers: once a test enables one, by name or by
    discovery, every later build in the run would read Markdown with it (as
    Jinja, or through a reader that builds its own Markdown instance)."""
    yield
    from pelican import signals

    for name in ("jinja2content", "yaml_metadata"):
        try:
            plugin = importlib.import_module(f"pelican.plugins.{name}")
        except ImportError:  # not installed: nothing to undo
            continue
        signals.readers_init.disconnect(plugin.add_reader)


@pytest.fixture
def extract_calls(monkeypatch) -> list[str]:
    """Every HTML fragment handed to the shared text extraction in the test."""
    from pelican_masthead import text

    calls: list[str] = []
    real = text.extract

    def counting(markup):
        calls.append(markup)
        return real(markup)

    monkeypatch.setattr(text, "extract", counting)
    return calls


def build_example_site(
    output: Path, env: dict | None = None, conf: str = "publishconf.py"
) -> str:
    """Build the example site for production into ``output``; returns the log.
    ``conf``: the settings file in example_site/ (subsitesconf.py: one subsite
    per language)."""
    pelican = Path(sys.executable).with_name("pelican")
    result = subprocess.run(
        [str(pelican), "-s", f"example_site/{conf}", "-o", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


@pytest.fixture(scope="session")
def example_output(tmp_path_factory) -> Path:
    """The example site, built once per test run exactly as the README says."""
    output = tmp_path_factory.mktemp("example-site") / "site"
    (output.parent / "build.log").write_text(build_example_site(output))
    return output


def read_page(output: Path, relative: str) -> BeautifulSoup:
    path = output / relative
    if path.is_dir():
        path = path / "index.html"
    assert path.exists(), f"{relative} was not written"
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def share_network(control) -> str:
    """The network of a share link or button, from its item's class
    (``<li class="masthead-share-item masthead-share-bluesky">``); only the
    Mastodon link carries ``data-share-network``, for the script."""
    [key] = [
        name.removeprefix("masthead-share-")
        for name in control.find_parent("li")["class"]
        if name != "masthead-share-item"
    ]
    return key


@pytest.fixture(autouse=True)
def _subsites_plugin_ends_with_its_test():
    """pelican-i18n-subsites (a test extra) connects its receivers when a
    build enables it, by name or by discovery, and never disconnects them; it
    also keeps the main site's settings in module globals until its last
    subsite is built. Left alone, every later build in the run would be
    filtered and linked as a site with subsites, and a build that failed half
    way would hand its settings to the next one."""
    yield
    try:
        from pelican.plugins.i18n_subsites import i18n_subsites as plugin
    except ImportError:  # not installed: nothing to undo
        return
    from blinker import Signal
    from pelican import signals

    receivers = [*plugin._SIGNAL_HANDLERS_DB.values()]
    # I18N_FILTER_SIGNALS connects the filter to signals a site names.
    every_signal = [s for s in vars(signals).values() if isinstance(s, Signal)]
    for signal in every_signal:
        for receiver in receivers:
            signal.disconnect(receiver)
    plugin._MAIN_SETTINGS = None
    plugin._SUBSITE_QUEUE = {}
    plugin._MAIN_STATIC_FILES = None
    for table in (
        plugin._SITE_DB,
        plugin._SITES_RELPATH_DB,
        plugin._GENERATOR_DB,
        plugin._NATIVE_CONTENT_URL_DB,
    ):
        table.clear()
