"""Macros writers call in content read as Jinja: a marker now, a block later.

A file is rendered as a Jinja template while it is read (see
``jinja_content``), before the site knows its people, ranks and topics. So a
macro call leaves a marker (an HTML comment, which Markdown passes through
and text extraction ignores), and the block is rendered into the marker's
place once every generator has finished its context. That also keeps the
block current when Pelican's content cache returns an article read in an
earlier build.

A marker carries a random token that content cannot know, so a comment
written by hand is never taken for a macro call: with Jinja in content off a
writer could otherwise call macros the site did not offer. Hand-written
markers are reported and left out (as comments, no reader saw them anyway).
The token is kept in the cache folder when the site caches content, so that
cached articles' markers still match in the next build.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import quote, unquote

from markupsafe import Markup

from .contents import contents_of
from .jinja_content import jinja_content_on
from .problems import report

logger = logging.getLogger("pelican_masthead")

# A renderer gets the generator (for its Jinja environment and context), the
# content object the call is in, and the writer's arguments; it returns HTML,
# or raises MacroError with a message for the writer.
Renderer = Callable[..., str]

_PREFIX = "<!--masthead-macro"
# Where this build's token is kept in the settings (lower case: no one sets it).
_TOKEN_KEY = "masthead_macro_token"
_TOKEN_FILE = "masthead-macro-token"
_TOKEN_FORM = re.compile(r"[0-9a-f]{32}")


class MacroError(ValueError):
    """A macro call a writer got wrong (an unknown slug, a wrong argument)."""


class Marker:
    """The function writers call: it records the call as a marker.

    A class rather than a closure, because Pelican's content cache pickles
    the settings, and ``JINJA_GLOBALS`` with them. The token's attribute
    starts with ``_``, which the sandbox keeps from content.
    """

    def __init__(self, name: str, token: str):
        self.name = name
        self._token = token

    def __call__(self, *args, **kwargs) -> Markup:
        # Anything that is not JSON (a writer passing a Jinja object) becomes
        # its text, which the renderer then reports as a wrong argument.
        call = json.dumps([args, kwargs], ensure_ascii=False, default=str)
        return Markup(f"\n\n{_PREFIX}:{self._token} {self.name} {quote(call)} -->\n\n")


def add_macros(settings: dict, names: Iterable[str]) -> None:
    """Offer macros to content read as Jinja, which sees ``JINJA_GLOBALS``.

    Nothing is offered on a site that does not read content as Jinja.
    """
    if not jinja_content_on(settings):
        return
    if _TOKEN_KEY not in settings:
        settings[_TOKEN_KEY] = _token(settings)
    jinja_globals = dict(settings.get("JINJA_GLOBALS") or {})
    for name in names:
        jinja_globals.setdefault(name, Marker(name, settings[_TOKEN_KEY]))
    settings["JINJA_GLOBALS"] = jinja_globals


def _token(settings: dict) -> str:
    if not (settings.get("CACHE_CONTENT") or settings.get("LOAD_CONTENT_CACHE")):
        return secrets.token_hex(16)
    path = Path(settings["CACHE_PATH"]) / _TOKEN_FILE
    try:
        kept = path.read_text(encoding="ascii").strip()
        if _TOKEN_FORM.fullmatch(kept):
            return kept
    except (OSError, UnicodeDecodeError):
        pass
    token = secrets.token_hex(16)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(token, encoding="ascii")
    except OSError as error:
        # Cached pages then show their macros' markers as left out.
        logger.warning("The macro token could not be kept in %s: %s", path, error)
    return token


def _offered(settings: dict) -> set[str]:
    jinja_globals = settings.get("JINJA_GLOBALS") or {}
    return {v.name for v in jinja_globals.values() if isinstance(v, Marker)}


def render_macros(generator, contents: Iterable, renderers: dict[str, Renderer]):
    """Replace the markers in ``contents`` whose macro ``renderers`` knows.

    Markers of other offered macros are left for their plugin; anything else
    that looks like a marker was written by hand, and is reported.
    """
    settings = generator.settings
    token = settings.get(_TOKEN_KEY) if _offered(settings) else None
    genuine = _genuine_marker(token) if token else None
    offered = _offered(settings)
    for content in contents:
        html = getattr(content, "_content", None)
        if not html or _PREFIX not in html:
            continue
        source = getattr(content, "relative_source_path", "") or ""

        def expand(match: re.Match, content=content, source=source) -> str:
            name, encoded = match.groups()
            renderer = renderers.get(name)
            if renderer is None:
                return match.group(0)
            return _render_one(generator, content, source, name, encoded, renderer)

        if genuine is not None:
            html = genuine.sub(expand, html)
        content._content = _drop_hand_written(html, genuine, offered, source)


def _genuine_marker(token: str) -> re.Pattern:
    # Markdown may wrap a marker in a paragraph of its own. Linear: each part
    # is followed by a character it cannot match.
    return re.compile(
        r"(?:<p>\s*)?" + re.escape(f"{_PREFIX}:{token} ") + r"([a-z_]+) ([^ <>]*) -->"
        r"(?:\s*</p>)?"
    )


def _render_one(generator, content, source, name, encoded, renderer) -> str:
    try:
        args, kwargs = json.loads(unquote(encoded))
        if not isinstance(args, list) or not isinstance(kwargs, dict):
            raise ValueError
    except ValueError:
        report(
            f"{source}: {name}(): its arguments could not be read; nothing was "
            "shown there."
        )
        return ""
    if not all(isinstance(v, str | None) for v in [*args, *kwargs.values()]):
        report(
            f"{source}: {name}(): every argument must be text in quotes, as in "
            f'{name}("…"); nothing was shown there.'
        )
        return ""
    try:
        return str(renderer(generator, content, *args, **kwargs)).strip()
    except (MacroError, TypeError) as error:
        report(f"{source}: {name}(): {error}; nothing was shown there.")
        return ""


def _drop_hand_written(
    html: str, genuine: re.Pattern | None, offered: set[str], source: str
) -> str:
    """Report and leave out comments that look like markers but are not ours."""
    kept: list[str] = []
    position = 0
    while (start := html.find(_PREFIX, position)) != -1:
        end = html.find("-->", start)
        if end == -1:
            # Unclosed, it would hide the rest of the page: shown as text.
            report(
                f"{source}: '{_PREFIX}' with no '-->' is not a macro call; it is "
                "shown as text."
            )
            kept.append(html[position:start] + "&lt;!--")
            position = start + len("<!--")
            continue
        end += len("-->")
        comment = html[start:end]
        match = genuine.fullmatch(comment) if genuine is not None else None
        if match is not None and match.group(1) in offered:
            kept.append(html[position:end])  # another plugin's macro
        else:
            report(
                f"{source}: the comment '{comment[:80]}' is written by hand, not "
                "made by a macro call, so it was left out. To show a person or "
                "the staff directory, call person_card() or staff_directory() "
                "on a site that sets MASTHEAD_JINJA_CONTENT = True."
            )
            kept.append(html[position:start])
        position = end
    kept.append(html[position:])
    return "".join(kept)


def render_all(generators: list, renderers: dict[str, Renderer]) -> None:
    """Expand the markers in every article and page of a finished build."""
    if not generators:
        return
    render_macros(generators[0], contents_of(generators), renderers)
