"""How a plugin connects to Pelican: one table of (signal, receiver) pairs.

Each plugin's ``wiring.py`` lists its receivers in ``RECEIVERS``, in the
order they run within a signal, and its ``register`` calls ``connect``. The
table is the plugin's timeline: docs/architecture.md puts the four side by
side. Receivers are module-level functions wrapped in ``@when_enabled``, so
connecting again (Pelican registers plugins once per build) changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pelican import signals

from . import problems


def connect(plugin: str, receivers: Iterable[tuple[str, Callable]]) -> None:
    """Connect the shared receivers, then ``plugin``'s, each to the Pelican
    signal named beside it."""
    problems.connect(plugin)
    for signal, receiver in receivers:
        getattr(signals, signal).connect(receiver)
