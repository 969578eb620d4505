"""Every article and page of a build, whatever its status."""

from __future__ import annotations

from collections.abc import Iterable

# The lists Pelican's article and page generators keep their content in:
# published, hidden and draft, originals and translations.
_CONTENT_LISTS = (
    "articles",
    "translations",
    "hidden_articles",
    "hidden_translations",
    "drafts",
    "drafts_translations",
    "pages",
    "hidden_pages",
    "draft_pages",
    "draft_translations",
)


def contents_of(generators: Iterable) -> list:
    """Every article and page the generators hold, each once."""
    found = {
        id(content): content
        for generator in generators
        for name in _CONTENT_LISTS
        for content in getattr(generator, name, [])
    }
    return list(found.values())
