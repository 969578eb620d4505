"""Warnings about content, and the strict mode that turns them into errors.

Writers' mistakes are reported with the file and the field, and the site still
builds. A site that checks its content in CI sets ``MASTHEAD_STRICT = True``;
then any such warning fails the build once it is over, so every problem is
listed in one run rather than the first one only.
"""

from __future__ import annotations

import logging
import os
import posixpath
import sys

from jinja2 import TemplateError
from pelican import signals

from . import build
from .compat import COULD_NOT_PROCESS_MESSAGES
from .enabled import enabled, register_member, when_any_enabled
from .sites import SUBSITES_PLUGIN

logger = logging.getLogger("pelican_masthead")


class ContentError(Exception):
    """Content the build cannot go on with (for example two people, one slug)."""


class StrictModeError(Exception):
    """Raised at the end of a strict build that reported content problems."""


def report(message: str) -> None:
    """Log a content problem, and count it against the build under way."""
    running = build.current()
    if running is not None:
        running.problems.append(message)
    logger.warning(message)


class _UnreadableContent(logging.Handler):
    """Says why Pelican could not read a file, and counts it as a problem.

    Pelican logs only "Could not process <file>" and drops the file; the reason
    (often a Jinja syntax error, on a site that reads content as Jinja) is
    shown only in debug mode. The handler runs inside Pelican's ``except``
    block, so the exception is still at hand.
    """

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno < logging.ERROR:
            return
        if record.msg not in COULD_NOT_PROCESS_MESSAGES:
            return
        error = sys.exc_info()[1]
        # Jinja's messages often end with a full stop of their own.
        reason = f"{type(error).__name__}: {error}".rstrip(".") if error else ""
        line = getattr(error, "lineno", None)
        where = f" (line {line})" if line else ""
        hint = ""
        if isinstance(error, TemplateError):
            hint = (
                " A '{#' or an unclosed '{{' in a file read as Jinja "
                "(MASTHEAD_JINJA_CONTENT) is the usual cause; see the writer's guide."
            )
        report(
            f"{as_written(record.args[0])}: could not be read, so it is missing "
            f"from the site{where}: {reason or 'unknown reason'}.{hint}"
        )


def as_written(path) -> str:
    """A content file's path as the writer knows it: "a.md", "pages/b.md"."""
    # Pelican names files in the content folder's root "./a.md"; every other
    # message of the plugins says "a.md", as the writer knows it.
    return posixpath.normpath(str(path).replace(os.sep, "/"))


_handler = _UnreadableContent()


@when_any_enabled
def _start_run(pelican) -> None:
    build.start(pelican.settings, nested=enabled(SUBSITES_PLUGIN, pelican.settings))
    logging.getLogger("pelican.generators").addHandler(_handler)


@when_any_enabled
def _start_pass(pelican) -> None:
    """Receiver of ``get_generators``, sent at the start of every pass of a
    Pelican object (``initialized`` only before the first)."""
    build.build_of(pelican.settings).next_pass()


@when_any_enabled
def _end_run(pelican) -> None:
    ending = build.build_of(pelican.settings)
    build.finish(ending)
    # A subsite ends inside its main site's build, which still reads content
    # problems through the handler.
    if ending.parent is None:
        logging.getLogger("pelican.generators").removeHandler(_handler)
    reported = ending.problems
    if pelican.settings.get("MASTHEAD_STRICT") and reported:
        count = len(reported)
        raise StrictModeError(
            f"MASTHEAD_STRICT is on and the build reported {count} content "
            f"problem{'s' if count != 1 else ''}:\n- " + "\n- ".join(reported)
        )


def connect(plugin: str) -> None:
    """Called by every plugin's ``register`` with its own name; connecting
    twice is harmless, and the receivers run once per build."""
    # Imported here: those modules report through this one.
    from . import jinja_content
    from .control_characters import clean_contents

    register_member(plugin)
    signals.initialized.connect(_start_run)
    signals.get_generators.connect(_start_pass)
    signals.finalized.connect(_end_run)
    signals.article_generator_finalized.connect(clean_contents)
    signals.page_generator_finalized.connect(clean_contents)
    # How content is read is every plugin's concern: any of them switches
    # pelican-jinja2content's readers for the sandboxed ones.
    jinja_content.connect()
