"""Whether a build enabled a plugin.

Pelican connects plugins to module-level signals and never disconnects them,
so in one Python process (a test run, a live-reloading server) a plugin that
an earlier build enabled still hears the signals of a later build that did
not. Every receiver asks first.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from pelican.plugins._utils import plugin_enabled


def enabled(name: str, settings: dict) -> bool:
    # Once Pelican has loaded the plugins, PLUGINS lists the module names of
    # those it loaded, every installed one when the setting was unset.
    return plugin_enabled(name, settings.get("PLUGINS"))


def _settings_of(sender) -> dict:
    # all_generators_finalized sends the list of generators.
    if isinstance(sender, list):
        return sender[0].settings if sender else {}
    return sender.settings


def when_enabled(name: str) -> Callable:
    """Make a signal receiver do nothing in builds that did not enable ``name``."""

    def decorate(receiver: Callable) -> Callable:
        @functools.wraps(receiver)
        def guarded(sender, *args, **kwargs):
            if enabled(name, _settings_of(sender)):
                return receiver(sender, *args, **kwargs)
            return None

        return guarded

    return decorate
