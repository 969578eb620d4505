"""Macros writers call in Markdown through pelican-jinja2content.

pelican-jinja2content renders a Markdown file as a Jinja template while the
file is read, before the site knows its people, ranks and topics. So a macro
call leaves a marker (an HTML comment, which Markdown passes through and text
extraction ignores), and the block is rendered into the marker's place once
every generator has finished its context. That also keeps the block current
when Pelican's content cache returns an article read in an earlier build.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from urllib.parse import quote, unquote

from markupsafe import Markup

from .contents import contents_of
from .problems import report

# A renderer gets the generator (for its Jinja environment and context), the
# content object the call is in, and the writer's arguments; it returns HTML,
# or raises MacroError with a message for the writer.
Renderer = Callable[..., str]

_MARKER = re.compile(r"(?:<p>\s*)?<!--masthead-macro ([a-z_]+) ([^ ]*) -->(?:\s*</p>)?")


class MacroError(ValueError):
    """A macro call a writer got wrong (an unknown slug, a wrong argument)."""


class Marker:
    """The function writers call: it records the call as a marker.

    A class rather than a closure, because Pelican's content cache pickles
    the settings, and ``JINJA_GLOBALS`` with them.
    """

    def __init__(self, name: str):
        self.name = name

    def __call__(self, *args, **kwargs) -> Markup:
        arguments = quote(json.dumps([args, kwargs], ensure_ascii=False))
        return Markup(f"\n\n<!--masthead-macro {self.name} {arguments} -->\n\n")


def add_macros(settings: dict, names: Iterable[str]) -> None:
    """Offer macros to pelican-jinja2content, which reads ``JINJA_GLOBALS``."""
    jinja_globals = dict(settings.get("JINJA_GLOBALS") or {})
    for name in names:
        jinja_globals.setdefault(name, Marker(name))
    settings["JINJA_GLOBALS"] = jinja_globals


def render_macros(generator, contents: Iterable, renderers: dict[str, Renderer]):
    """Replace the markers in ``contents`` whose macro ``renderers`` knows."""
    for content in contents:
        html = getattr(content, "_content", None)
        if not html or "<!--masthead-macro " not in html:
            continue

        def expand(match: re.Match, content=content) -> str:
            name, encoded = match.groups()
            renderer = renderers.get(name)
            if renderer is None:
                return match.group(0)
            args, kwargs = json.loads(unquote(encoded))
            try:
                return str(renderer(generator, content, *args, **kwargs)).strip()
            except (MacroError, TypeError) as error:
                source = getattr(content, "relative_source_path", "")
                report(f"{source}: {name}(): {error}; nothing was shown there.")
                return ""

        content._content = _MARKER.sub(expand, html)


def render_all(generators: list, renderers: dict[str, Renderer]) -> None:
    """Expand the markers in every article and page of a finished build."""
    if not generators:
        return
    render_macros(generators[0], contents_of(generators), renderers)
