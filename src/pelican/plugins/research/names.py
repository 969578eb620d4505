"""Names as citations write them: the family name first, given names after.

The rule, as docs/research.md states it: the family name is the last word of
the name ("Ewan Castellane" -> "Castellane", "Ewan"), unless the person's
people file gives ``Family_name:`` ("van Dijk", "Wang"), and a name given
whole (an organisation, or a family name that is the whole name) is never
split or shortened.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CitedName:
    """One author of a cited work."""

    family: str  # the whole name when ``whole``
    given: str = ""
    whole: bool = False  # an organisation, or a name with no given names

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}" if self.given else self.family

    @property
    def inverted(self) -> str:
        """ "Castellane, Ewan": the family name first."""
        return f"{self.family}, {self.given}" if self.given else self.family

    @property
    def initials(self) -> str:
        """ "E." for "Ewan", "J.-P. R." for "Jean-Paul Rémy" (APA's form)."""
        return " ".join(_word_initials(word) for word in self.given.split())


def _word_initials(word: str) -> str:
    parts = [part for part in word.split("-") if part]
    return "-".join(f"{part[0]}." for part in parts)


def split_name(name: str, family_name: str = "") -> CitedName:
    """A person's name as a ``CitedName``; ``family_name`` from the people
    file when it gave one, used when it is the name's first or last words."""
    words = name.split()
    if not words:
        return CitedName("")
    family = family_name.split()
    first, last = words[: len(family)] == family, words[-len(family) :] == family
    # A family name that is not part of this name (the one of the person's
    # main people file, on a name in another language) is not used.
    if not family or not (first or last):
        family = words[-1:]
        first, last = False, True
    if len(family) >= len(words):
        return CitedName(" ".join(words), whole=True)
    given = words[len(family) :] if first and not last else words[: -len(family)]
    return CitedName(" ".join(family), " ".join(given))


def organization_name(name: str) -> CitedName:
    """An organisation, cited whole."""
    return CitedName(" ".join(name.split()), whole=True)
