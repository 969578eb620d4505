"""What the site knows about a person: the data read from a people file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

STAFF_KINDS = ("current", "former", "guest")


@dataclass(frozen=True)
class Role:
    """A role title, with the years it was held when the writer gave them."""

    title: str
    start: int | None = None
    end: int | None = None

    @property
    def is_current(self) -> bool:
        return self.end is None

    @property
    def years(self) -> str:
        """ "2019–2022", "2022–" or "" for an undated role."""
        if self.start is None:
            return ""
        return f"{self.start}–{self.end if self.end is not None else ''}"

    def held_in(self, year: int) -> bool:
        if self.start is not None and year < self.start:
            return False
        return self.end is None or year <= self.end

    def __str__(self) -> str:
        return self.title


@dataclass(frozen=True)
class Link:
    """A link to the person elsewhere: their site, profiles, ORCID record."""

    network: str  # key, e.g. "mastodon"
    label: str  # network's display name, e.g. "Mastodon"
    url: str
    text: str  # what a reader sees, e.g. "@amina@scholar.social"


@dataclass(frozen=True)
class MediaContact:
    """How journalists reach a person: ``kind`` is "email" or "telephone"."""

    kind: str
    text: str  # as a reader sees it: the address, the number as written
    url: str  # mailto: or tel:
    value: str  # for structured data: the address, the number without spaces


@dataclass(frozen=True)
class Topic:
    """An expertise topic; ``url`` points at its place on the experts page."""

    name: str
    url: str = ""

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Image:
    """A resized portrait; URLs are relative to the site, like ``author.url``."""

    url: str
    url_2x: str
    width: int
    height: int


@dataclass(frozen=True)
class Detail:
    """A plain-text field of people files that profile pages list, labelled."""

    field: str  # the people-file field, lower case ("pronouns")
    label: str  # the masthead label shown before it (pelican_masthead/labels.py)
    # Markdown's inline marks (*emphasis*, [links](https://...)) shown as such;
    # everything else in the value is text, whatever it holds.
    inline_markup: bool = False


# The plain-text fields profile pages list under their label, in this order.
# Adding one is one row here and its label in DEFAULT_LABELS: it is then read
# from people files, checked like every field, and shown by the profile
# snippet and the theme.
DETAILS = (
    Detail("pronouns", "pronouns"),
    # What a reader should know of the person's interests (funding, boards).
    Detail("disclosure", "disclosure", inline_markup=True),
)


@dataclass(frozen=True)
class ShownDetail:
    """One detail of one person, as a profile shows it."""

    label: str  # a masthead label's name
    value: str  # text, or Markup for a detail with inline markup


@dataclass
class Person:
    """One person, read from one people file."""

    source: str  # path of the people file, relative to the content folder
    slug: str
    name: str
    honorific: str = ""
    roles: list[Role] = field(default_factory=list)
    expertise: list[str] = field(default_factory=list)
    photo_path: Path | None = None
    photo_alt: str = ""
    email: str = ""
    links: list[Link] = field(default_factory=list)
    affiliation: str = ""
    department: str = ""
    staff: str = "current"
    aliases: list[str] = field(default_factory=list)
    order: int | None = None
    summary: str = ""
    # The family name as citations put it first ("van Dijk"), when the
    # person's file gives it; "" means the name's last word.
    family_name: str = ""
    bio: str = ""  # HTML from the file's Markdown body
    details: dict[str, str] = field(default_factory=dict)  # DETAILS, by field
    spoken_languages: list[str] = field(default_factory=list)  # 'Languages'
    media_contact: MediaContact | None = None
    # The language the file is written in: its 'Lang', or the site's
    # DEFAULT_LANG for a file without one.
    lang: str = ""
    # The fields the file itself gave (lower case, "bio" for a body): a
    # translation takes every other field from the default-language file.
    given: frozenset[str] = frozenset()
    # The same person in other languages, by language code: each read from
    # its own file and completed from this one (translations.py).
    translations: dict[str, Person] = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        """The person's name in each of their languages, this one first."""
        found = [self.name]
        for other in self.translations.values():
            if other.name not in found:
                found.append(other.name)
        return found

    @property
    def display_name(self) -> str:
        return f"{self.honorific} {self.name}" if self.honorific else self.name

    @property
    def current_roles(self) -> list[Role]:
        return [r for r in self.roles if r.is_current]

    @property
    def past_roles(self) -> list[Role]:
        return [r for r in self.roles if not r.is_current]
