"""Let a plugin ship Jinja templates that any theme can include."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader

from .build import build_of
from .fragments import GLOBAL_NAME, CachedCall
from .labels import labels
from .placement import Snippet, place


def add_template_folder(generator, folder: Path) -> None:
    """Append ``folder`` to a generator's template search path.

    It goes last, so a theme's own ``masthead/*.html`` wins over the plugin's.
    """
    loader = FileSystemLoader(str(folder))
    current = generator.env.loader
    if isinstance(current, ChoiceLoader):
        if any(
            getattr(x, "searchpath", None) == loader.searchpath for x in current.loaders
        ):
            return
        current.loaders.append(loader)
    else:
        generator.env.loader = ChoiceLoader([current, loader])


def add_snippets(generator, folder: Path, placed: Iterable[Snippet] = ()) -> None:
    """Make a plugin's snippets, the shared labels they print and the name
    separator available, and place ``placed`` in the pages of any theme."""
    add_template_folder(generator, folder)
    place(generator, placed)
    words = labels(generator.settings)
    generator.env.globals.setdefault("masthead_labels", words)
    generator.env.globals.setdefault(
        "masthead_name_separator", NameSeparator(words["and"])
    )
    generator.env.globals.setdefault(
        GLOBAL_NAME, CachedCall(build_of(generator.settings).fragments)
    )


class NameSeparator:
    """What follows a name in a list of names: "A, B and C".

    Called in a snippet's loop as ``{{ masthead_name_separator(loop) }}``. A
    class rather than a closure, because Pelican's content cache pickles the
    settings and the environment's globals with them.
    """

    def __init__(self, and_word: str):
        self.and_word = and_word

    def __call__(self, loop) -> str:
        if loop.last:
            return ""
        return f" {self.and_word} " if loop.revindex == 2 else ", "
