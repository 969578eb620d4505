"""Each person's work, grouped by what they did: written, edited, reviewed...

Only published articles count; drafts and hidden articles never appear.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

WRITTEN = "written"
# The Author field (declared with author_profiles' API) holding the groups.
WORK_FIELD = "work"


@dataclass(frozen=True)
class WorkGroup:
    kind: str  # "written", or a STAFF_CREDITS key such as "editors"
    label: str  # the credit's label ("Edited by"); the "by" label for written
    heading: str  # what a profile page shows above the list
    articles: list  # newest first


def _newest_first(articles: Iterable) -> list:
    return sorted(articles, key=lambda a: a.date, reverse=True)


def work_of(
    author,
    written: list,
    credited: Mapping[str, list],
    credit_labels: Mapping[str, str],
    labels: Mapping[str, str],
) -> list[WorkGroup]:
    """The non-empty groups of one person's work, written first, then the
    credits in the order of the STAFF_CREDITS setting."""
    groups = []
    if written:
        heading = labels["articles_by"].format(name=author.name)
        groups.append(WorkGroup(WRITTEN, labels["by"], heading, _newest_first(written)))
    for kind, label in credit_labels.items():
        articles = credited.get(kind)
        if articles:
            heading = labels["work_heading"].format(label=label, name=author.name)
            groups.append(WorkGroup(kind, label, heading, _newest_first(articles)))
    return groups


def link_work(
    index,
    articles: list,
    credited_articles: list,
    credit_labels: Mapping[str, str],
    labels: Mapping[str, str],
) -> None:
    """Fill in ``author.work`` for every Author of author_profiles' ``index``.

    ``articles`` are the published articles whose authors count as written
    (Pelican's listed articles); ``credited_articles`` are every published
    article whose credits count, translations included, since a translator
    is credited on the translation.
    """
    written: dict[int, list] = {}
    credited: dict[int, dict[str, list]] = {}
    for article in articles:
        for author in getattr(article, "authors", []):
            written.setdefault(id(author), []).append(article)
    for article in credited_articles:
        for credit in getattr(article, "credits", []):
            for person in credit.people:
                # Credit people are unique within a credit, so an article
                # is added once per kind.
                kinds = credited.setdefault(id(person), {})
                kinds.setdefault(credit.kind, []).append(article)
    for author in index:
        groups = work_of(
            author,
            written.get(id(author), []),
            credited.get(id(author), {}),
            credit_labels,
            labels,
        )
        index.set_field(author, WORK_FIELD, groups)
