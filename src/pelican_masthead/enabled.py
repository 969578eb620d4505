"""Whether a build enabled a plugin.

Pelican connects plugins to module-level signals and never disconnects them,
so in one Python process (a test run, a live-reloading server) a plugin that
an earlier build enabled still hears the signals of a later build that did
not. Every receiver asks first, through ``when_enabled``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from pelican.plugins._utils import plugin_enabled

# The masthead plugins registered in this process, by name: each adds itself
# when Pelican registers it, so shared receivers can tell whether a build
# enabled any of them without this package naming them.
_registered: set[str] = set()


def enabled(name: str, settings: dict) -> bool:
    # Once Pelican has loaded the plugins, PLUGINS lists the module names of
    # those it loaded, every installed one when the setting was unset.
    return plugin_enabled(name, settings.get("PLUGINS"))


def register_member(name: str) -> None:
    """Called by each masthead plugin's ``register`` with its own name."""
    _registered.add(name)


def any_enabled(settings: dict) -> bool:
    """Whether the build of ``settings`` enabled any masthead plugin."""
    return any(enabled(name, settings) for name in _registered)


def settings_of(sender) -> dict:
    """The build's settings, from whatever a Pelican signal sends."""
    if isinstance(sender, dict):  # feed_generated sends the writer's context
        return sender
    if isinstance(sender, list):  # all_generators_finalized sends generators
        return sender[0].settings if sender else {}
    return sender.settings


def when_enabled(name: str) -> Callable:
    """Make a signal receiver do nothing in builds that did not enable ``name``."""

    def decorate(receiver: Callable) -> Callable:
        @functools.wraps(receiver)
        def guarded(sender, *args, **kwargs):
            if enabled(name, settings_of(sender)):
                return receiver(sender, *args, **kwargs)
            return None

        return guarded

    return decorate


def when_any_enabled(receiver: Callable) -> Callable:
    """Make a shared receiver do nothing in builds with no masthead plugin."""

    @functools.wraps(receiver)
    def guarded(sender, *args, **kwargs):
        if any_enabled(settings_of(sender)):
            return receiver(sender, *args, **kwargs)
        return None

    return guarded
