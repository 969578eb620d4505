"""Pelican ``Author`` objects that carry a person's profile.

Pelican makes a separate Author object for every article. This module gives
the whole site one Author object per person instead, so whatever a plugin adds
to an author is seen on every article, listing and profile page, and a name
written three ways in three bylines still leads to one page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from markupsafe import Markup
from pelican.urlwrappers import Author as PelicanAuthor
from pelican_masthead.inline_markup import inline_html
from pelican_masthead.languages import direction, language_key, native_name, primary

from .avatars import initials_svg
from .person import DETAILS, Image, Link, Person, Role, ShownDetail, Topic

# What Pelican's own Author keeps on each instance.
_PELICAN_OWN = frozenset({"settings", "_name", "_slug", "_slug_from_name"})


class Author(PelicanAuthor):
    """A byline name, with the profile of the person it names if there is one.

    The class keeps Pelican's name ``Author`` because Pelican finds the
    ``AUTHOR_URL`` and ``AUTHOR_SAVE_AS`` settings by the class name.
    """

    # Fields other plugins add to every Author, by name -> a function giving
    # the value of an Author that was not given one (see api.declare_field).
    declared_fields: ClassVar[dict[str, Callable[[], Any]]] = {}

    def __init__(self, name: str, settings: dict, slug: str, person: Person | None):
        super().__init__(name, settings)
        self.slug = slug
        self.person = person
        self.images: dict[str, Image] = {}
        self.photo_alt = ""
        self.feed_url = ""
        # Published articles naming this person, newest first; set once the
        # articles are known.
        self.articles: list = []
        # The person's roles in the order a ranking plugin gave (AuthorIndex.
        # rank_roles), and the address of each expertise topic's page
        # (AuthorIndex.link_topics); as written and unlinked until then.
        self._roles: list[Role] = list(person.roles) if person else []
        # Where each of ``_roles`` stands in the people file: translations
        # of the roles follow the same order.
        self._role_order: list[int] = list(range(len(self._roles)))
        # The person in their other languages, by language key (made by the
        # index, one per translation file).
        self.versions: dict[str, Any] = {}
        # The person's page in another site, from this site's root, when
        # this site shows them in another language (a subsite of
        # pelican-i18n-subsites, where their version in its language has the
        # page): what ``url`` and ``save_as`` give then.
        self.elsewhere = ""
        self._topic_urls: dict[str, str] = {}
        # What other plugins had set on Pelican's own Author objects for this
        # name under a name this class computes (a `bio`): shown for names
        # without a profile, where the class has nothing of its own.
        self._foreign: dict[str, object] = {}

    @property
    def url(self) -> str:
        return self.elsewhere or PelicanAuthor.url.fget(self)

    @property
    def save_as(self) -> str:
        return self.elsewhere or PelicanAuthor.save_as.fget(self)

    def keep_data_of(self, original: PelicanAuthor) -> None:
        """Take over what other plugins set on one of Pelican's Authors.

        This object replaces Pelican's Author of each article that names the
        person; attributes another plugin gave that Author (an avatar, a
        tagline) must not vanish with it. The first value set wins.
        """
        if original is self:
            return
        for key, value in vars(original).items():
            if key in _PELICAN_OWN or key in self.__dict__:
                continue
            if hasattr(type(self), key):
                self._foreign.setdefault(key, value)
            else:
                self.__dict__[key] = value

    def __getattr__(self, name: str):
        # Only reached for names an instance does not have: a declared field
        # no plugin filled in for this Author reads as its empty value.
        factory = Author.declared_fields.get(name)
        if factory is None:
            raise AttributeError(name)
        return factory()

    # Everything below reads the profile, or is empty for a name without one.

    @property
    def has_profile(self) -> bool:
        return self.person is not None

    # The person in each of their languages (language_versions.py).

    @property
    def lang(self) -> str:
        """The language the profile is written in; "" for a byline name."""
        return self.person.lang if self.person is not None else ""

    @property
    def default_version(self) -> Author:
        return self

    def in_language(self, lang: str | None):
        """The person as written in ``lang``: the Author itself, or its
        version in that language (same attributes, translated texts, its
        own page). Falls back to the default language; "ur-PK" finds "ur"."""
        if not lang or not self.versions:
            return self
        return self.versions.get(language_key(lang)) or self.versions.get(
            primary(lang), self
        )

    @property
    def languages(self) -> list:
        """Every language version of the person, the default one first."""
        return [self, *self.versions.values()]

    @property
    def other_languages(self) -> list:
        """The versions other than this one (for links between them)."""
        return [v for v in self.languages if v is not self]

    @property
    def direction(self) -> str:
        return direction(self.lang)

    @property
    def language_name(self) -> str:
        """The name of the profile's language in itself ("اردو")."""
        return native_name(self.lang)

    def lang_of(self, field: str) -> str:
        """The language ``field`` ("bio", "roles"...) is shown in: the
        profile's own."""
        return self.lang

    def field_lang_attr(self, field: str, *around: str, with_dir: bool = False):
        """``lang_attr`` for one field, which a translation may have left to
        the main file's language."""
        return _lang_attribute(self.lang_of(field), around, with_dir)

    def lang_attr(self, *around: str, with_dir: bool = False) -> Markup:
        """`` lang=".."`` (and `` dir=".."`` with ``with_dir``) for the
        person's texts, when they may sit among texts in another language
        (any of ``around``); nothing otherwise."""
        return _lang_attribute(self.lang, around, with_dir)

    def _get(self, field: str, empty):
        if self.person is not None:
            return getattr(self.person, field)
        return self._foreign.get(field, empty)

    honorific = property(lambda self: self._get("honorific", ""))
    roles: list[Role] = property(lambda self: self._roles)
    current_roles = property(lambda self: [r for r in self._roles if r.is_current])
    past_roles = property(lambda self: [r for r in self._roles if not r.is_current])
    # A profile's bio is HTML the plugin made from Markdown; what another
    # plugin set is handed on as it was given.
    bio = property(
        lambda self: Markup(self.person.bio) if self.person else self._get("bio", "")
    )
    summary = property(lambda self: self._get("summary", ""))
    links: list[Link] = property(lambda self: self._get("links", []))
    email = property(lambda self: self._get("email", ""))
    affiliation = property(lambda self: self._get("affiliation", ""))
    department = property(lambda self: self._get("department", ""))
    staff = property(lambda self: self._get("staff", "guest"))
    order = property(lambda self: self._get("order", None))
    family_name = property(lambda self: self._get("family_name", ""))
    # The languages the person speaks (``Languages``), as the file writes them.
    spoken_languages: list[str] = property(
        lambda self: self._get("spoken_languages", [])
    )
    media_contact = property(lambda self: self._get("media_contact", None))

    @property
    def orcid(self) -> str:
        """The person's checked ORCID iD ("0000-0002-1825-0097"), or ""."""
        for link in self.links:
            if link.network == "orcid":
                return link.text
        return ""

    @property
    def details(self) -> list[ShownDetail]:
        """The person's plain-text details (pronouns...), each with its label."""
        given = self.person.details if self.person else {}
        return [
            ShownDetail(
                d.label,
                inline_html(given[d.field]) if d.inline_markup else given[d.field],
            )
            for d in DETAILS
            if d.field in given
        ]

    @property
    def display_name(self) -> str:
        """The name with the honorific: "Dr Amina Qureshi"."""
        return f"{self.honorific} {self.name}" if self.honorific else self.name

    @property
    def title(self) -> str:
        """The role shown beside the name when nothing more precise is known."""
        current = self.current_roles
        return current[0].title if current else ""

    def title_on(self, when: date | None) -> str:
        """The role to print beside the name on a piece dated ``when``.

        A byline keeps the title the person had when the piece appeared: an
        article from 2020 by today's Senior Research Officer says "Research
        Officer". Roles are kept in rank order once a plugin ranked them, so
        the first one held that year is the primary one.
        """
        if when is None or self.person is None:
            return self.title
        held = [role for role in self._roles if role.held_in(when.year)]
        if held:
            return held[0].title
        return self.title

    @property
    def expertise(self) -> list[Topic]:
        return [
            Topic(name, self._topic_urls.get(name.casefold(), ""))
            for name in self._get("expertise", [])
        ]

    @property
    def photo(self) -> Image | None:
        """The large portrait (profile pages), or None."""
        return self.images.get("large")

    @property
    def thumbnail(self) -> Image | None:
        """The small portrait (author boxes, cards), or None."""
        return self.images.get("small")

    def initials_avatar(self, size: int) -> Markup:
        """An inline SVG of the name's initials, ``size`` pixels square."""
        return initials_svg(self.name, size, self.name)

    def __reduce__(self):
        # Pelican's content cache pickles articles with their authors; the
        # profile is attached again on every build, so only the name is kept.
        return (PelicanAuthor, (self.name, self.settings))


def _lang_attribute(lang: str, around, with_dir: bool) -> Markup:
    """`` lang=".."`` (and `` dir=".."``) for a text in ``lang`` placed among
    texts in any of the languages ``around``; nothing when they agree."""
    if not lang or all(not a or primary(a) == primary(lang) for a in around):
        return Markup("")
    if with_dir:
        return Markup(' lang="{}" dir="{}"').format(lang, direction(lang))
    return Markup(' lang="{}"').format(lang)


@dataclass(frozen=True)
class BylineEntry:
    """One name in an article's byline, with the title shown beside it.

    The title is looked up when a template asks for it, not when the article
    is read, so that plugins which rank roles (staff_roles) can order them
    later in the build.
    """

    author: Author
    date: date | None = None

    @property
    def title(self) -> str:
        return self.author.title_on(self.date)

    @property
    def fragment_key(self) -> tuple:
        # What a byline or an author box shows of this entry: the person
        # (the site's one Author object) and the title on that date.
        return (self.author, self.title)
