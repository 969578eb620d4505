"""Experts by topic: every expertise topic of the current staff, with the
people who cover it.

Topics written with other capitals or accents ("Nuclear Policy", "nuclear
policy") are one topic, shown in the spelling most people used.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from pelican.utils import slugify
from pelican_masthead.names import name_key

_NOT_ID = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Expert:
    author: object  # author_profiles' Author
    title: str  # primary role, or ""

    @property
    def spoken_languages(self) -> list[str]:
        """The languages the person speaks, for journalists looking for one."""
        return list(getattr(self.author, "spoken_languages", None) or [])


@dataclass(frozen=True)
class ExpertTopic:
    id: str  # the anchor on the experts page
    name: str
    experts: list[Expert]


def topic_key(name: str) -> str:
    # A topic of punctuation only has an empty name key; it is still a topic.
    return name_key(name) or name.strip().casefold()


def topic_id(name: str, taken: set[str]) -> str:
    """An HTML id for a topic: ASCII letters, digits and hyphens, unique.

    Names in other scripts are transliterated; one that cannot be (emoji,
    symbols) gets a short hash, so every topic still has an anchor.
    """
    ascii_name = _NOT_ID.sub("-", slugify(name)).strip("-")
    if not ascii_name:
        ascii_name = hashlib.sha1(topic_key(name).encode()).hexdigest()[:8]
    base = f"topic-{ascii_name}"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    taken.add(candidate)
    return candidate


def build_topics(people: Iterable[tuple[object, str]]) -> list[ExpertTopic]:
    """Topics sorted ignoring case and accents, each with its people.

    ``people`` are (author, primary role title) pairs, in the order the people
    should be listed under each topic.
    """
    spellings: dict[str, Counter] = {}
    experts: dict[str, list[Expert]] = {}
    for author, title in people:
        for name in author.person.expertise:
            key = topic_key(name)
            # Counter keeps first-seen order, and most_common() is stable, so
            # a tie goes to the spelling seen first.
            spellings.setdefault(key, Counter())[name] += 1
            listed = experts.setdefault(key, [])
            if all(e.author is not author for e in listed):
                listed.append(Expert(author, title))
    names = {key: counts.most_common(1)[0][0] for key, counts in spellings.items()}
    taken: set[str] = set()
    return [
        ExpertTopic(topic_id(names[key], taken), names[key], experts[key])
        for key in sorted(names, key=lambda k: (k, names[k]))
    ]


def topic_urls(author, topics: list[ExpertTopic], page_url: str) -> dict[str, str]:
    """What ``author.topic_urls`` needs: each of the person's topics that is on
    the experts page, casefolded, to its anchor there."""
    anchors = {topic_key(t.name): t.id for t in topics}
    urls = {}
    for name in author.person.expertise if author.person else []:
        anchor = anchors.get(topic_key(name))
        if anchor:
            urls[name.casefold()] = f"{page_url}#{anchor}"
    return urls


@dataclass(frozen=True)
class ExpertsIndex:
    """The ``experts_index`` templates get."""

    topics: list[ExpertTopic]
    url: str  # the experts page's address, "" when no page is written
