"""Credits beyond authorship: who edited, reviewed or translated an article.

Writers name people in metadata fields (``Editors: A; B``), split the way
Pelican splits ``Authors``; the names are matched to people like bylines.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from pelican.readers import ensure_metadata_list


@dataclass(frozen=True)
class Credit:
    """One kind of credit on one article.

    Structured data (pelican_masthead.structured_data) reads ``kind`` and
    ``people``: editors become schema.org ``editor``, translators
    ``translator``, reviewers ``contributor``.
    """

    kind: str  # the metadata field, e.g. "editors"
    label: str  # what readers see before the names, e.g. "Edited by"
    people: list = field(default_factory=list)  # author_profiles' Authors


def credits_of(
    metadata: Mapping,
    labels: Mapping[str, str],
    author_for: Callable[[str, str], object],
    source: str,
) -> list[Credit]:
    """The credits of one article, in the order of ``labels`` (the STAFF_CREDITS
    setting); kinds with no names are left out."""
    found = []
    for kind, label in labels.items():
        value = metadata.get(kind)
        if not value:
            continue
        names = ensure_metadata_list(value if isinstance(value, list | str) else "")
        # The field as the writer spelled it, for the warning about names
        # without a profile.
        where = f"{source} ('{kind.capitalize()}')" if source else ""
        people = list(dict.fromkeys(author_for(name, where) for name in names))
        if people:
            found.append(Credit(kind, label, people))
    return found
