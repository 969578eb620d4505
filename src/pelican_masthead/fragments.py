"""Render each distinct fragment of a page once per build, and reuse it.

Much of what the plugins add to an article page is the same on many pages:
an author box is identical on every article by that person, a byline on
every article by the same people on the same date. A snippet wraps such a
fragment in a call block naming everything it depends on::

    {% call masthead_cached("author-box", article.byline, SITEURL, ...) %}
    ... the fragment ...
    {% endcall %}

The first page renders the body and keeps it; every later page with the same
key gets the kept text. The key must hold every input of the body (the
language, ``SITEURL``, which differs from page to page with
``RELATIVE_URLS``, the labels): a missing input is a stale fragment.

Keys are compared by value for plain values (strings, numbers, None, tuples
and lists of them), by ``fragment_key`` for objects that have one (a byline
entry: its person and the title shown) and by identity for every other
object (an Author, the labels). An object compared by identity is kept alive
by the cache, so its ``id`` cannot be reused by another object during the
build. The cache belongs to one build (``Build.fragments``) and is emptied
when a build starts: Pelican's ``--autoreload`` runs several builds with one
``Build``, and a person's file may have changed in between.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jinja2 import Undefined
from markupsafe import Markup

# The name templates call it by.
GLOBAL_NAME = "masthead_cached"

_PLAIN = (str, int, float, bool, type(None))


class FragmentCache:
    """Rendered fragments by key, for one build."""

    def __init__(self) -> None:
        self._texts: dict[tuple, Markup] = {}
        # Objects whose id is part of a key, by id: held so that the id
        # stays theirs until the cache is emptied.
        self._held: dict[int, Any] = {}
        self.hits = 0
        self.misses = 0

    def clear(self) -> None:
        self._texts.clear()
        self._held.clear()
        self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._texts)

    def key_of(self, value: Any) -> Any:
        """A hashable key standing for ``value`` (see the module's docstring)."""
        kind = type(value)
        if kind in _PLAIN:
            return value
        if kind is Markup:
            # Equal to the same text as a str, yet printed unescaped.
            return (Markup, str(value))
        if kind is tuple or kind is list:
            return tuple(self.key_of(item) for item in value)
        if isinstance(value, Undefined):
            # A variable the page does not define: each undefined one alike.
            return Undefined
        own = getattr(value, "fragment_key", None)
        if own is not None and not callable(own):
            return (kind, self.key_of(own))
        self._held[id(value)] = value
        return (id, id(value))

    def get(self, key: tuple, render: Callable[[], str]) -> Markup:
        """The fragment of ``key``, rendered by ``render()`` the first time."""
        key = self.key_of(key)
        text = self._texts.get(key)
        if text is None:
            self.misses += 1
            text = self._texts[key] = Markup(render())
        else:
            self.hits += 1
        return text


class CachedCall:
    """``masthead_cached(*key)`` in a Jinja call block.

    A class rather than a closure: Pelican's content cache pickles the
    settings, and a fragment belongs to the build that rendered it.
    """

    def __init__(self, cache: FragmentCache):
        self.cache = cache

    def __call__(self, *key: Any, caller: Callable[[], str]) -> Markup:
        return self.cache.get(key, caller)

    def __reduce__(self):
        return (CachedCall, (FragmentCache(),))
