"""What one build shares between the masthead plugins, and nothing more.

Pelican's signals are module globals that outlive a build, and one Python
process may run several builds (a test run, a live-reloading server). So
nothing a build learns is kept in a module: it lives on a ``Build`` that is
made when the build starts and found again from the settings dict every
signal hands over (generators, the Pelican object and the writer context all
carry the build's own settings).

A ``Build`` holds:

- each plugin's settings, resolved and checked once (``config``);
- the content problems reported so far (``problems``), for strict mode;
- the parts plugins contribute to what another plugin writes, such as the
  properties of an article's JSON-LD (``contribute`` / ``contributions``);
- a private namespace per plugin for what it keeps between two signals
  of one pass (``state``);
- the fragments of pages rendered so far (``fragments``, see fragments.py).
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from types import SimpleNamespace
from typing import Any, TypeVar

from .fragments import FragmentCache

Config = TypeVar("Config")

# The key in Pelican's settings dict; upper case, like every setting, so that
# Pelican's writer context (a copy of the settings) carries it too.
SETTINGS_KEY = "MASTHEAD_BUILD"

# The build running in this thread of execution, for code far from any
# settings dict (a people file's loader reporting a problem). A context
# variable, not a global: two builds in two threads each see their own.
_current: ContextVar[Build | None] = ContextVar("masthead_build", default=None)


class Build:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self._configs: dict[Callable, Any] = {}
        self._contributions: dict[str, list[Callable]] = {}
        self._states: dict[str, SimpleNamespace] = {}
        self.fragments = FragmentCache()

    def config(self, load: Callable[[dict], Config], settings: dict) -> Config:
        """``load(settings)``, computed once per build."""
        if load not in self._configs:
            self._configs[load] = load(settings)
        return self._configs[load]

    def contribute(self, kind: str, part: Callable) -> None:
        """Add ``part`` to the parts of ``kind`` (see the module that asks)."""
        parts = self._contributions.setdefault(kind, [])
        if part not in parts:
            parts.append(part)

    def contributions(self, kind: str) -> list[Callable]:
        return self._contributions.get(kind, [])

    def next_pass(self) -> None:
        """Forget what the last pass learned: Pelican's ``--autoreload``
        builds again and again with one Pelican object, sending
        ``initialized`` (hence making this ``Build``) only once. Settings and
        contributions, made at ``initialized``, stay; fragments and the
        plugins' notes, made while a pass reads and writes, go."""
        self.fragments.clear()
        self._states.clear()

    def state(self, owner: str) -> SimpleNamespace:
        """A namespace private to ``owner`` (a plugin's name) for this build."""
        return self._states.setdefault(owner, SimpleNamespace())

    def __reduce__(self):
        # Pelican's content cache pickles articles with their settings; what
        # a build learned belongs to that build, so a cached copy is empty.
        return (Build, ())


def start(settings: dict) -> Build:
    """Begin a build: a new ``Build`` in ``settings``, current from now on."""
    build = Build()
    settings[SETTINGS_KEY] = build
    _current.set(build)
    return build


def build_of(settings: dict) -> Build:
    """The build ``settings`` belong to (started now if none was)."""
    build = settings.get(SETTINGS_KEY)
    if not isinstance(build, Build):
        build = start(settings)
    return build


def current() -> Build | None:
    """The build under way in this thread, or None outside a build."""
    return _current.get()


def config_of(settings: dict, load: Callable[[dict], Config]) -> Config:
    """A plugin's resolved settings for the build of ``settings``."""
    return build_of(settings).config(load, settings)
