"""Credits beyond authorship: who edited, reviewed or translated an article.

Writers name people in metadata fields (``Editors: A; B``), split the way
Pelican splits ``Authors``; the names are matched to people like bylines.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from pelican.plugins.author_profiles.structured_data import person_entity
from pelican.readers import ensure_metadata_list
from pelican_masthead.labels import DEFAULT_LABELS


@dataclass(frozen=True)
class Credit:
    """One kind of credit on one article.

    In JSON-LD (``credit_properties``) editors become schema.org ``editor``,
    translators ``translator``, reviewers ``contributor``.
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


# The kinds STAFF_CREDITS has by default, and the label of each: their words
# come in each language, where a site keeps the default English.
CREDIT_LABELS = {
    "editors": "credit_editors",
    "reviewers": "credit_reviewers",
    "translators": "credit_translators",
}


def credit_labels(
    credits: Mapping[str, str], words: Mapping[str, str]
) -> dict[str, str]:
    """STAFF_CREDITS with the words of ``words``' language for the default
    kinds whose label the site left as the English default; a label the
    site wrote itself is kept as written."""
    shown = {}
    for kind, label in credits.items():
        key = CREDIT_LABELS.get(kind)
        english = DEFAULT_LABELS.get(key or "")
        shown[kind] = words[key] if key and label == english else label
    return shown


# Credit kinds (STAFF_CREDITS keys) -> the Article property they fill.
CREDIT_PROPERTIES = {
    "editors": "editor",
    "translators": "translator",
    "reviewers": "contributor",
}


def credit_properties(article, siteurl: str) -> dict[str, list]:
    """Article part for JSON-LD: editors, translators and reviewers."""
    found: dict[str, list] = {}
    for credit in getattr(article, "credits", None) or []:
        prop = CREDIT_PROPERTIES.get(credit.kind)
        if prop is not None:
            found.setdefault(prop, []).extend(
                person_entity(person, siteurl) for person in credit.people
            )
    return found
