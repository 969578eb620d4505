"""Let a plugin ship Jinja templates that any theme can include."""

from __future__ import annotations

from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader

from .labels import labels


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


def add_snippets(generator, folder: Path) -> None:
    """Make a plugin's snippets and the shared labels they print available."""
    add_template_folder(generator, folder)
    generator.env.globals.setdefault("masthead_labels", labels(generator.settings))
