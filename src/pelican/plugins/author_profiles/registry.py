"""The people of a site, and matching the names writers put in bylines."""

from __future__ import annotations

import difflib
import hashlib
import re

from pelican_masthead.names import name_key
from pelican_masthead.problems import ContentError, report

from .person import Person

# Stripped from a byline name when it does not match as written, so that
# "Dr Amina Qureshi" finds "Amina Qureshi".
_HONORIFIC = re.compile(
    r"^(dr|prof|professor|mr|mrs|ms|mx|sir|dame|rev)\b\.?\s+", re.IGNORECASE
)


class People:
    """All profiles of a site, looked up by slug, full name or alias."""

    def __init__(self, people: list[Person]):
        self.people = people
        self._by_slug: dict[str, Person] = {}
        self._by_key: dict[str, Person] = {}
        self._unprofiled: dict[str, str] = {}
        for person in people:
            self._add_slug(person)
        for person in people:
            for text in (person.name, person.slug, *person.aliases):
                self._add_name(text, person)

    def _add_slug(self, person: Person) -> None:
        other = self._by_slug.get(person.slug)
        if other is not None:
            raise ContentError(
                f"{other.source} and {person.source} both have the slug "
                f"{person.slug!r}; give one of them another 'Slug'."
            )
        self._by_slug[person.slug] = person

    def _add_name(self, text: str, person: Person) -> None:
        key = name_key(text)
        other = self._by_key.setdefault(key, person)
        if other is not person:
            report(
                f"{person.source}: the name or alias {text!r} already belongs to "
                f"{other.name!r} ({other.source}), so bylines that use it go to "
                f"{other.name!r}; change one of the 'Aliases'."
            )

    def __iter__(self):
        return iter(self.people)

    def __len__(self) -> int:
        return len(self.people)

    def by_slug(self, slug: str) -> Person | None:
        return self._by_slug.get(slug)

    def match(self, name: str) -> Person | None:
        """The person a byline name means, ignoring case, accents and titles."""
        key = name_key(name)
        found = self._by_key.get(key)
        if found is None:
            bare = _HONORIFIC.sub("", name.strip())
            if bare != name.strip():
                found = self._by_key.get(name_key(bare))
        return found

    def suggestion(self, name: str) -> Person | None:
        """A profile whose name is close to ``name``, for "did you mean"."""
        close = difflib.get_close_matches(
            name_key(name), list(self._by_key), n=1, cutoff=0.75
        )
        return self._by_key[close[0]] if close else None

    def slug_for_unprofiled(self, name: str, wanted: str) -> str:
        """A page slug for a byline name with no profile.

        The same name always gets the same slug; two different names never
        share one, nor take a profile's (two Chinese names can transliterate
        alike, and some names transliterate to nothing).
        """
        key = name_key(name)
        if key in self._unprofiled:
            return self._unprofiled[key]
        digest = hashlib.sha1(key.encode()).hexdigest()[:8]
        slug = wanted or f"author-{digest}"
        candidate, n = slug, 2
        while candidate in self._by_slug or candidate in self._unprofiled.values():
            candidate, n = f"{slug}-{n}", n + 1
        self._unprofiled[key] = candidate
        return candidate
