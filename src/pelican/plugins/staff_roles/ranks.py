"""Ranking role titles by the order the site gives in ``STAFF_SECTIONS``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field


def title_key(title: str) -> str:
    """A role title as compared: case and runs of spaces ignored."""
    return " ".join(title.split()).casefold()


@dataclass(frozen=True)
class Ranks:
    """Where each known role title ranks, and the section it belongs to."""

    sections: tuple[str, ...] = ()
    _rank: Mapping[str, int] = field(default_factory=dict)
    _section: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_sections(cls, sections: Mapping[str, Sequence[str]]) -> Ranks:
        rank: dict[str, int] = {}
        section_of: dict[str, str] = {}
        for section, titles in sections.items():
            for title in titles:
                rank.setdefault(title_key(title), len(rank))
                section_of.setdefault(title_key(title), section)
        return cls(tuple(sections), rank, section_of)

    @property
    def unranked(self) -> int:
        """The rank of every title not listed: after all the listed ones."""
        return len(self._rank)

    def knows(self, title: str) -> bool:
        return title_key(title) in self._rank

    def rank(self, title: str) -> int:
        return self._rank.get(title_key(title), self.unranked)

    def section(self, title: str) -> str | None:
        return self._section.get(title_key(title))

    def sort(self, roles: Iterable) -> list:
        """Roles highest first; unknown ones keep their order, after the rest."""
        return sorted(roles, key=lambda role: self.rank(role.title))

    def best(self, roles: Iterable):
        """The highest-ranked of ``roles``, or None when there are none."""
        ranked = self.sort(roles)
        return ranked[0] if ranked else None


def unranked_roles(people: Iterable, ranks: Ranks) -> dict[str, list[str]]:
    """Each role title ``STAFF_SECTIONS`` does not list (as first written),
    with the people files that use it; nothing when the site ranks no roles."""
    unknown: dict[str, tuple[str, list[str]]] = {}
    if not ranks.sections:
        return {}
    for person in people:
        for role in person.roles:
            if not ranks.knows(role.title):
                _title, sources = unknown.setdefault(
                    title_key(role.title), (role.title, [])
                )
                if person.source not in sources:
                    sources.append(person.source)
    return dict(unknown.values())
