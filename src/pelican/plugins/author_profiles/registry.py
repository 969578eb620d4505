"""The people of a site, and matching the names writers put in bylines."""

from __future__ import annotations

import difflib
import hashlib
import re

from pelican_masthead.names import name_key
from pelican_masthead.problems import ContentError, report

from .person import Person

# Stripped from a byline name when it does not match as written, so that
# "Dr Amina Qureshi" finds "Amina Qureshi". Anchored at the start, one word
# from a fixed list, then one run of spaces: linear.
_HONORIFIC = re.compile(
    r"(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame|rev)\b\.?\s+", re.IGNORECASE
)

# How strongly a person holds a name: their own Title beats their Slug, and
# either beats anyone's alias, so an alias can never take a name.
_TITLE, _SLUG, _ALIAS = 0, 1, 2
_WHAT = {_TITLE: "Title", _SLUG: "Slug", _ALIAS: "Aliases"}


class People:
    """All profiles of a site, looked up by slug, full name or alias."""

    def __init__(self, people: list[Person]):
        self.people = people
        self._by_slug: dict[str, Person] = {}
        self._by_key: dict[str, Person] = {}
        self._unprofiled: dict[str, str] = {}
        for person in people:
            self._add_slug(person)
        claims: dict[str, dict[int, list[tuple[Person, str]]]] = {}
        for person in people:
            # A name matches in any of the person's languages: an Urdu
            # byline finds the profile written in English, and the reverse.
            versions = [person, *person.translations.values()]
            for strength, texts in (
                (_TITLE, person.names),
                (_SLUG, [person.slug]),
                (_ALIAS, [a for version in versions for a in version.aliases]),
            ):
                for text in texts:
                    by_strength = claims.setdefault(name_key(text), {})
                    held = by_strength.setdefault(strength, [])
                    if all(other is not person for other, _ in held):
                        held.append((person, text))
        for key, by_strength in claims.items():
            owner = self._settle(by_strength)
            if owner is not None:
                self._by_key[key] = owner

    def _add_slug(self, person: Person) -> None:
        other = self._by_slug.get(person.slug)
        if other is not None:
            raise ContentError(
                f"{other.source} and {person.source} both have the slug "
                f"{person.slug!r}; give one of them another 'Slug'."
            )
        self._by_slug[person.slug] = person

    @staticmethod
    def _settle(by_strength: dict[int, list[tuple[Person, str]]]) -> Person | None:
        """The one person a name belongs to, reporting every rival claim."""
        strongest = min(by_strength)
        holders = by_strength[strongest]
        owner = holders[0][0] if len(holders) == 1 else None
        if owner is None:
            files = " and ".join(p.source for p, _ in holders)
            text = holders[0][1]
            report(
                f"{files} each give {text!r} as their "
                f"'{_WHAT[strongest]}', so bylines with that name match none "
                "of them; change it in all but one of these files (a byline "
                "can name a person by their 'Slug')."
            )
        # Weaker claims on a name someone holds more strongly are mistakes:
        # the name stays with its owner (or with no one, if contested).
        for strength in sorted(by_strength)[1:]:
            for person, text in by_strength[strength]:
                holders_text = ", ".join(
                    f"{p.name!r} ({p.source})" for p, _ in holders if p is not person
                )
                if not holders_text:
                    continue  # a person's own alias repeating their own name
                fix = (
                    f"remove it from the 'Aliases' of {person.source}"
                    if strength == _ALIAS
                    else f"give {person.source} another 'Slug'"
                )
                report(
                    f"{person.source}: the {_WHAT[strength]} entry {text!r} is "
                    f"the {_WHAT[strongest]} of {holders_text}; bylines with it "
                    f"stay with {holders_text if owner else 'no one'}; {fix}."
                )
        return owner

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
            written = name.strip()
            honorific = _HONORIFIC.match(written)
            if honorific:
                found = self._by_key.get(name_key(written[honorific.end() :]))
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
