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
- the fragments of pages rendered so far (``fragments``, see fragments.py),
  and the absolute addresses worked out so far (``addresses``, see
  structured_data.py).

A build may run inside another: pelican-i18n-subsites builds each language's
subsite from the main site's ``get_writer`` signal, with a copy of the main
site's settings. The subsite's ``Build`` is a new one, whose ``parent`` is the
main site's: nothing one learns leaks into the other, and when the subsite
ends the main site's build is the current one again.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar, Token
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
    def __init__(self, settings: dict | None = None, parent: Build | None = None):
        # The settings dict of this build, and the build this one runs inside
        # (a subsite's main site), or None.
        self.settings: dict = settings if settings is not None else {}
        self.parent = parent
        self.finished = False
        self.problems: list[str] = []
        self._configs: dict[Callable, Any] = {}
        self._contributions: dict[str, list[Callable]] = {}
        self._states: dict[str, SimpleNamespace] = {}
        self.fragments = FragmentCache()
        # Absolute addresses of content and authors, worked out once per
        # pass (structured_data.content_address, profile_url).
        self.addresses: dict[tuple, tuple[Any, str]] = {}
        self._token: Token | None = None

    @property
    def main(self) -> Build:
        """The outermost build: the main site's, or this one's."""
        return self.parent.main if self.parent is not None else self

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
        self.addresses.clear()
        self._states.clear()

    def state(self, owner: str) -> SimpleNamespace:
        """A namespace private to ``owner`` (a plugin's name) for this build."""
        return self._states.setdefault(owner, SimpleNamespace())

    def __reduce__(self):
        # Pelican's content cache pickles articles with their settings; what
        # a build learned belongs to that build, so a cached copy is empty.
        return (Build, ())


def start(settings: dict, nested: bool = False) -> Build:
    """Begin a build: a new ``Build`` in ``settings``, current from now on.

    ``nested``: the build may run inside another (pelican-i18n-subsites is
    enabled). Its settings then still hold the main site's ``Build``, copied
    with the main site's settings, which becomes the new one's parent.
    """
    found = settings.get(SETTINGS_KEY)
    # Only the build under way now can hold this one: a Build left in a
    # settings dict that outlived its run (Pelican's DEFAULT_CONFIG, a
    # reused dict) is not a main site.
    parent = found if nested and _running(found) and found is current() else None
    build = Build(settings, parent)
    settings[SETTINGS_KEY] = build
    build._token = _current.set(build)
    return build


def finish(build: Build) -> None:
    """End ``build``: the build it ran inside (or none) is current again."""
    build.finished = True
    token, build._token = build._token, None
    if token is None:
        return
    try:
        _current.reset(token)
    except ValueError:  # started in another context: forget this one only
        if _current.get() is build:
            _current.set(build.parent)


def _running(found: Any) -> bool:
    return isinstance(found, Build) and not found.finished


def build_of(settings: dict) -> Build:
    """The build ``settings`` belong to (started now if none was)."""
    build = settings.get(SETTINGS_KEY)
    if not isinstance(build, Build):
        # Not made current: a dict asked outside a run (a tool, a test) must
        # not become the build every later run nests in.
        build = settings[SETTINGS_KEY] = Build(settings)
    return build


def current() -> Build | None:
    """The build under way in this thread, or None outside a build."""
    return _current.get()


def config_of(settings: dict, load: Callable[[dict], Config]) -> Config:
    """A plugin's resolved settings for the build of ``settings``."""
    return build_of(settings).config(load, settings)
