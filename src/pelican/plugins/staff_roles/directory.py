"""The staff directory: current people by section and rank, former staff last.

Everything a template needs is worked out here, so the snippet only loops.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from pelican_masthead.names import name_key
from pelican_masthead.organization import Organization

from .ranks import Ranks

# Sorts after every real Order, so people without one follow those with one.
_NO_ORDER = float("inf")
# Keys of the two sections that are not in STAFF_SECTIONS; objects, so that no
# section name a site chooses can be mistaken for them.
_OTHER = object()
_FORMER = object()


@dataclass(frozen=True)
class StaffCard:
    """One person on the staff page."""

    author: object  # author_profiles' Author
    roles: list  # current roles, highest first (a former person's every role)
    former: bool = False

    @property
    def topics(self) -> list:
        return self.author.expertise


@dataclass(frozen=True)
class StaffSection:
    id: str  # unique on the page, for links to a section
    title: str  # "" for the one section of a site that ranks no roles
    cards: list[StaffCard]


def staff_order(author, ranks: Ranks, roles: list) -> tuple:
    """Highest role first, then the profile's Order, then the name."""
    best = ranks.best(roles)
    rank = ranks.rank(best.title) if best is not None else ranks.unranked + 1
    order = author.order if author.order is not None else _NO_ORDER
    return (rank, order, name_key(author.name), author.name)


def primary_role(author, ranks: Ranks):
    """The highest-ranked current role, or None."""
    return ranks.best(author.current_roles)


def build_sections(
    authors: Iterable, ranks: Ranks, other_title: str, former_title: str
) -> list[StaffSection]:
    """Sections in rank order, then the unranked, then former staff.

    Guests (and byline names without a profile) are not staff and are left
    out; empty sections are dropped.
    """
    grouped: dict[object, list[tuple[tuple, StaffCard]]] = {
        key: [] for key in (*ranks.sections, _OTHER, _FORMER)
    }
    for author in authors:
        if not author.has_profile or author.staff not in ("current", "former"):
            continue
        if author.staff == "former":
            card = StaffCard(author, ranks.sort(author.roles), former=True)
            grouped[_FORMER].append((staff_order(author, ranks, card.roles), card))
            continue
        card = StaffCard(author, ranks.sort(author.current_roles))
        best = primary_role(author, ranks)
        section = (ranks.section(best.title) if best else None) or _OTHER
        grouped[section].append((staff_order(author, ranks, card.roles), card))

    titles: dict[object, str] = {name: name for name in ranks.sections}
    titles[_OTHER] = other_title if ranks.sections else ""
    titles[_FORMER] = former_title
    sections = []
    for number, (key, entries) in enumerate(grouped.items(), start=1):
        if entries:
            cards = [card for _order, card in sorted(entries, key=lambda e: e[0])]
            sections.append(StaffSection(f"staff-section-{number}", titles[key], cards))
    return sections


def in_language(sections: list[StaffSection], lang: str) -> list[StaffSection]:
    """The sections with each person as written in ``lang`` (author_profiles'
    ``in_language``): a subsite's staff page in its own language. The order
    and sections stay those the ranked roles gave."""
    return [
        replace(section, cards=[_card_in(card, lang) for card in section.cards])
        for section in sections
    ]


def _card_in(card: StaffCard, lang: str) -> StaffCard:
    in_lang = getattr(card.author, "in_language", None)
    shown = in_lang(lang) if in_lang is not None and lang else card.author
    if shown is card.author:
        return card
    # The version's roles are the same roles, translated, in the ranked order.
    roles = shown.roles if card.former else shown.current_roles
    return replace(card, author=shown, roles=list(roles))


@dataclass(frozen=True)
class StaffDirectory:
    """The ``staff_directory`` templates get."""

    sections: list[StaffSection]
    url: str  # the staff page's address, "" when no page is written
    json_ld: str = ""  # the Organization script element, for the staff page
    avatar_size: int = 96  # side of an initials avatar, as the small portrait
    # Whose policies and funders the staff page lists; None leaves them out.
    organization: Organization | None = None


def current_cards(sections: list[StaffSection]) -> list[StaffCard]:
    """The cards of current staff, in the order of the page."""
    return [card for s in sections for card in s.cards if not card.former]
