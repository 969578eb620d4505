"""Let a plugin ship Jinja templates that any theme can include."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader, TemplateNotFound, pass_context

from .build import build_of
from .fragments import GLOBAL_NAME, CachedCall
from .labels import Labels, SiteLabels, site_labels
from .placement import Snippet, place


class SnippetLoader(ChoiceLoader):
    """A generator's template loaders, then the plugins' folders; a name none
    of them has is remembered as missing while the generator lives (one
    build: Pelican makes its generators and their environments anew for each).

    Themes include the snippets of plugins a site may not enable with
    ``ignore missing``; without this memory each such include asks every
    folder again on every page, a file-system check and an exception each.
    """

    def __init__(self, loaders) -> None:
        super().__init__(list(loaders))
        self.missing: set[str] = set()

    def get_source(self, environment, template):
        if template in self.missing:
            raise TemplateNotFound(template)
        try:
            return super().get_source(environment, template)
        except TemplateNotFound:
            self.missing.add(template)
            raise

    def load(self, environment, name, globals=None):
        if name in self.missing:
            raise TemplateNotFound(name)
        try:
            return super().load(environment, name, globals)
        except TemplateNotFound:
            self.missing.add(name)
            raise


def add_template_folder(generator, folder: Path) -> None:
    """Append ``folder`` to a generator's template search path.

    It goes last, so a theme's own ``masthead/*.html`` wins over the plugin's.
    """
    loader = FileSystemLoader(str(folder))
    current = generator.env.loader
    if not isinstance(current, SnippetLoader):
        kept = current.loaders if isinstance(current, ChoiceLoader) else [current]
        current = generator.env.loader = SnippetLoader(kept)
    if any(
        getattr(x, "searchpath", None) == loader.searchpath for x in current.loaders
    ):
        return
    current.loaders.append(loader)
    # The new folder may hold a name looked for in vain so far.
    current.missing.clear()


def add_snippets(generator, folder: Path, placed: Iterable[Snippet] = ()) -> None:
    """Make a plugin's snippets, the shared labels they print and the name
    separator available, and place ``placed`` in the pages of any theme."""
    add_template_folder(generator, folder)
    place(generator, placed)
    site = site_labels(generator.settings)
    words = site.for_lang(None)
    generator.env.globals.setdefault("masthead_labels", words)
    generator.env.globals.setdefault("masthead_labels_for", LabelsFor(site))
    generator.env.globals.setdefault("masthead_name_separator", NameSeparator(site))
    generator.env.globals.setdefault(
        GLOBAL_NAME, CachedCall(build_of(generator.settings).fragments)
    )


class LabelsFor:
    """``masthead_labels_for()`` in a template: the labels in the language of
    what the template renders (its ``article``, else its ``page``, else the
    ``author`` of a profile page, else ``lang``), or of the language code
    given (``masthead_labels_for("ur")``); the site's language otherwise.

    Each language is resolved once per build (``SiteLabels``), so a call
    costs a few attribute reads and one dict lookup.
    """

    def __init__(self, site: SiteLabels):
        self.site = site

    @pass_context
    def __call__(self, context, lang: str | None = None) -> Labels:
        if lang is None:
            lang = content_lang(context)
        return self.site.for_lang(lang)


def content_lang(context) -> str | None:
    """The language of what a template renders, from its context."""
    for name in ("article", "page", "author"):
        item = context.get(name)
        lang = getattr(item, "lang", None) if item is not None else None
        if isinstance(lang, str) and lang:
            return lang
    lang = context.get("lang")
    return lang if isinstance(lang, str) and lang else None


class NameSeparator:
    """What follows a name in a list of names: "A, B and C", in the language
    of what the template renders (its ``comma`` and ``list_and`` labels).

    Called in a snippet's loop as ``{{ masthead_name_separator(loop) }}``. A
    class rather than a closure, because Pelican's content cache pickles the
    settings and the environment's globals with them.
    """

    def __init__(self, site: SiteLabels):
        self.site = site

    @pass_context
    def __call__(self, context, loop) -> str:
        if loop.last:
            return ""
        words = self.site.for_lang(content_lang(context))
        return words["list_and"] if loop.revindex == 2 else words["comma"]
