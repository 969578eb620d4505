"""Read Markdown that holds no Jinja markup without pelican-jinja2content.

pelican-jinja2content compiles and renders every file as a Jinja template
and writes it to a temporary file before the ordinary reader parses it: a
fifth of a 2,000-article build, for files that are nearly all plain Markdown.
A file with no ``{{``, ``{%`` or ``{#`` renders to itself, so the ordinary
reader can read it directly, with the same result.
"""

from __future__ import annotations

from pelican.utils import pelican_open

_JINJA_MARKUP = ("{{", "{%", "{#")
_MIXIN = "JinjaContentMixin"


def _fast_class(jinja_class: type) -> type:
    mixin = next(c for c in jinja_class.__mro__ if c.__name__ == _MIXIN)

    def read(self, source_path):
        with pelican_open(source_path) as text:
            plain = not any(mark in text for mark in _JINJA_MARKUP)
        if plain:
            # The reader after the mixin in the class's order: MarkdownReader.
            return super(mixin, self).read(source_path)
        return jinja_class.read(self, source_path)

    # Pelican records the reader's class name in each article's metadata.
    return type(jinja_class.__name__, (jinja_class,), {"read": read, "fast": True})


def use_fast_path(generator) -> None:
    """Swap pelican-jinja2content's readers of ``generator`` for fast ones."""
    readers = getattr(generator, "readers", None)
    for fmt, reader in list(getattr(readers, "readers", {}).items()):
        kind = type(reader)
        is_jinja = any(c.__name__ == _MIXIN for c in kind.__mro__)
        if is_jinja and not getattr(kind, "fast", False):
            readers.readers[fmt] = _fast_class(kind)(generator.settings)
