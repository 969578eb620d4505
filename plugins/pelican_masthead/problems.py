"""Warnings about content, and the strict mode that turns them into errors.

Writers' mistakes are reported with the file and the field, and the site still
builds. A site that checks its content in CI sets ``MASTHEAD_STRICT = True``;
then any such warning fails the build once it is over, so every problem is
listed in one run rather than the first one only.
"""

from __future__ import annotations

import logging

from pelican import signals

logger = logging.getLogger("pelican_masthead")

_reported: list[str] = []


class ContentError(Exception):
    """Content the build cannot go on with (for example two people, one slug)."""


class StrictModeError(Exception):
    """Raised at the end of a strict build that reported content problems."""


def report(message: str) -> None:
    """Log a content problem: a warning, or an error in a strict build."""
    _reported.append(message)
    logger.warning(message)


def _start_run(pelican) -> None:
    _reported.clear()


def _end_run(pelican) -> None:
    if pelican.settings.get("MASTHEAD_STRICT") and _reported:
        count = len(_reported)
        raise StrictModeError(
            f"MASTHEAD_STRICT is on and the build reported {count} content "
            f"problem{'s' if count != 1 else ''}:\n- " + "\n- ".join(_reported)
        )


def connect() -> None:
    """Called by every plugin's ``register``; connecting twice is harmless."""
    signals.initialized.connect(_start_run)
    signals.finalized.connect(_end_run)
