"""Jinja in content: opt-in, and rendered in a sandbox.

Off by default, so installing the plugins changes nothing about how a site's
content is read: a Jinja sample in a code block stays text.

``MASTHEAD_JINJA_CONTENT = True`` renders each Markdown, HTML and reST file
as a Jinja template before the site's own reader parses it, as
pelican-jinja2content does, so that writers can call the masthead's macros.
Content is untrusted, so it is rendered in ``SandboxedEnvironment``:
pelican-jinja2content's plain environment hands
``{{ cycler.__init__.__globals__.os }}`` the build machine. A site that
enables pelican-jinja2content itself (listed, or found by Pelican's plugin
discovery) gets these readers in place of that plugin's, so one sandboxed
implementation serves both.

An attempt to reach Python's internals is reported with the file and line,
and the expression shows nothing; the rest of the file is published. A writer
who pasted such an expression expects the page, and Jinja already renders
whatever it cannot resolve as nothing; the report (a failed build in strict
mode) is what tells the maintainer.
"""

from __future__ import annotations

import functools
import logging
import os
import posixpath
import sys
from pathlib import Path
from tempfile import TemporaryDirectory

from jinja2 import ChoiceLoader, FileSystemLoader
from jinja2.exceptions import SecurityError, TemplateNotFound
from jinja2.loaders import split_template_path
from jinja2.runtime import ChainableUndefined
from jinja2.sandbox import SandboxedEnvironment
from pelican import signals
from pelican.readers import HTMLReader, MarkdownReader, RstReader
from pelican.utils import pelican_open

from .content_paths import is_inside
from .enabled import enabled, when_any_enabled
from .labels import JINJA_CONTENT_SETTING
from .problems import as_written, report

logger = logging.getLogger("pelican_masthead")

# A file with none of these renders to itself: it goes straight to the reader.
_JINJA_MARKUP = ("{{", "{%", "{#")
# pelican-jinja2content's readers are recognised by this class in their MRO.
_JINJA2CONTENT_MIXIN = "JinjaContentMixin"
_TEMPLATE_READERS = (MarkdownReader, HTMLReader, RstReader)


def jinja_content_on(settings: dict) -> bool:
    """Whether this build reads content as Jinja, by our setting or the plugin."""
    return bool(JINJA_CONTENT_SETTING.read(settings)) or enabled(
        "jinja2content", settings
    )


class _Refused(ChainableUndefined):
    """What a refused expression gives: nothing, however it is chained on."""

    __slots__ = ()
    # The sandbox asks these before a call; without them the chaining
    # ``__getattr__`` would answer with itself, a true value.
    unsafe_callable = False
    alters_data = False

    def __getitem__(self, key):
        return self

    def __call__(self, *args, **kwargs):
        return self


class ContentSandbox(SandboxedEnvironment):
    """The sandbox, reporting each refused expression instead of failing.

    ``source`` names the file being rendered, for the report.
    """

    source = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # What was refused in the file being rendered: a loop reports once.
        self.refused: set[tuple[int | None, str]] = set()

    def unsafe_undefined(self, obj, attribute):
        # Chaining on an already refused value is the same expression.
        if not isinstance(obj, _Refused):
            self._refuse(f"attribute {attribute!r} of {type(obj).__name__!r}")
        return _Refused(name=attribute)

    def call(__self, __context, __obj, *args, **kwargs):
        # The odd argument names are the sandbox's own: a writer's keyword
        # argument can never collide with them.
        if isinstance(__obj, _Refused):
            return __obj
        if not __self.is_safe_callable(__obj):
            __self._refuse(f"a call of {type(__obj).__name__!r}, marked unsafe")
            return _Refused()
        return super().call(__context, __obj, *args, **kwargs)

    def refuse_link(self, template: str) -> None:
        line = _content_line()
        where = f"{self.source} (line {line})" if line and line > 0 else self.source
        report(
            f"{where}: {template!r}, included, is a link to a place outside the "
            "folder content includes files from; it was not read and shows "
            "nothing, the rest of the file is published."
        )

    def _refuse(self, what: str) -> None:
        line = _content_line()
        if line == _COMPILING:
            # Jinja's optimiser evaluates constant expressions while it
            # compiles; failing here leaves them to run time, which knows
            # the line.
            raise SecurityError(what)
        if (line, what) in self.refused:
            return
        self.refused.add((line, what))
        where = f"{self.source} (line {line})" if line else self.source
        report(
            f"{where}: Jinja in content may not reach Python's internals "
            f"({what}); the expression shows nothing, the rest of the file "
            "is published."
        )


_COMPILING = -1


def _content_line() -> int | None:
    """The line of the content file the template code running now came from.

    ``None`` when only an included template is running, ``_COMPILING`` when
    Jinja's optimiser is folding constants (also of a template included at
    run time).
    """
    frame = sys._getframe(1)
    running = False
    while frame is not None:
        if frame.f_code.co_name == "as_const" and not running:
            return _COMPILING
        template = frame.f_globals.get("__jinja_template__")
        # The file itself is compiled from a string, so it has no name; an
        # included template has one, and its caller's line is the writer's.
        if template is not None and template.name is None:
            return template.get_corresponding_lineno(frame.f_lineno)
        running = running or template is not None
        frame = frame.f_back
    return None if running else _COMPILING


class ContentFolderLoader(FileSystemLoader):
    """Files content may ``{% include %}``, from the folders the site names
    (the content folder by default). A link there to a file outside its
    folder is refused, whether or not its target exists, as a ``Photo`` link
    is: Jinja itself only refuses ``..``, and a link would hand content any
    file of the machine.
    """

    def get_source(self, environment, template):
        pieces = split_template_path(template)
        for folder in self.searchpath:
            filename = posixpath.join(folder, *pieces)
            if os.path.lexists(filename) and not is_inside(
                Path(folder), Path(filename)
            ):
                if not isinstance(environment, ContentSandbox):
                    raise TemplateNotFound(template)
                environment.refuse_link(template)
                # Shows nothing, and is asked again at the next include.
                return "", filename, lambda: False
        return super().get_source(environment, template)


def _environment(settings: dict) -> ContentSandbox:
    # pelican-jinja2content's search path: folders in the content folder
    # (the whole of it by default), then the theme's templates (the
    # maintainer's, read as they are).
    content = [
        ContentFolderLoader(os.path.join(settings["PATH"], folder))
        for folder in settings.get("JINJA2CONTENT_TEMPLATES", ["."])
    ]
    theme = FileSystemLoader(os.path.join(settings["THEME"], "templates"))
    env = ContentSandbox(
        loader=ChoiceLoader([*content, theme]),
        **settings.get("JINJA_ENVIRONMENT", {}),
    )
    env.filters.update(settings.get("JINJA_FILTERS") or {})
    env.tests.update(settings.get("JINJA_TESTS") or {})
    env.globals.update(settings.get("JINJA_GLOBALS") or {})
    return env


class SandboxedJinjaReader:
    """Renders a file in the sandbox, then lets the next reader parse it."""

    masthead_sandboxed = True
    _sandbox: ContentSandbox | None = None

    def read(self, source_path):
        with pelican_open(source_path) as text:
            plain = not any(mark in text for mark in _JINJA_MARKUP)
        if plain:
            return super().read(source_path)
        if self._sandbox is None:
            self._sandbox = _environment(self.settings)
        self._sandbox.source = as_written(
            os.path.relpath(source_path, self.settings["PATH"])
        )
        self._sandbox.refused.clear()
        rendered = self._sandbox.from_string(text).render()
        # The readers parse files, not strings. The copy keeps the file's
        # name, which the readers' own messages show.
        with TemporaryDirectory(prefix="masthead-jinja-") as folder:
            copy = os.path.join(folder, os.path.basename(source_path))
            with open(copy, "w", encoding="utf-8") as handle:
                handle.write(rendered)
            return super().read(copy)


@functools.cache
def _sandboxed(reader_class: type) -> type:
    # Pelican records the reader's class name, less "Reader", in each
    # article's metadata: keep the plain reader's.
    return type(
        reader_class.__name__,
        (SandboxedJinjaReader, reader_class),
        {"__module__": __name__},
    )


def _plain_reader_of(reader_class: type) -> type | None:
    """The reader under pelican-jinja2content's mixin, if it is one of its."""
    mro = reader_class.__mro__
    for position, kind in enumerate(mro):
        if kind.__name__ == _JINJA2CONTENT_MIXIN:
            return mro[position + 1]
    return None


@when_any_enabled
def use_sandboxed_readers(generator) -> None:
    """Give ``generator`` our readers where content is read as Jinja."""
    settings = generator.settings
    ours = JINJA_CONTENT_SETTING.read(settings)
    table = getattr(getattr(generator, "readers", None), "readers", None) or {}
    for fmt, reader in list(table.items()):
        kind = type(reader)
        if getattr(kind, "masthead_sandboxed", False):
            continue
        plain = _plain_reader_of(kind)
        if plain is None and ours and issubclass(kind, _TEMPLATE_READERS):
            plain = kind
        if plain is not None:
            table[fmt] = _sandboxed(plain)(settings)


@when_any_enabled
def announce(pelican) -> None:
    """Say once a build that content runs as Jinja, and for whom that is safe.

    INFO, not WARNING: the site asked for it, a warning on every build would
    teach maintainers to ignore warnings, and ``pelican --fatal warnings``
    would fail every build of a site that made this choice.
    """
    settings = pelican.settings
    if not jinja_content_on(settings):
        return
    cause = (
        "MASTHEAD_JINJA_CONTENT"
        if JINJA_CONTENT_SETTING.read(settings)
        else "pelican-jinja2content is enabled"
    )
    logger.info(
        "Content is rendered as Jinja (%s), in a sandbox that refuses Python's "
        "internals. It is for trusted writers only: the sandbox bounds neither "
        "the time nor the memory a template takes.",
        cause,
    )


def connect() -> None:
    signals.initialized.connect(announce)
    signals.generator_init.connect(use_sandboxed_readers)
