"""A person in one of their other languages, for bylines and profile pages.

The site keeps one ``Author`` per person (authors.py), in the language of
the person's main people file. Each translation file of that person
(translations.py) gives a ``LanguageVersion``: it answers to everything an
Author does, with the name, roles, summary, bio and details of its language,
and has its own profile page (``PEOPLE_LANG_URL``). Whatever is the same in
every language (portraits, links, staff, expertise, articles, what other
plugins declared) is read from the Author itself.

``author.in_language(lang)`` gives the version to show on content written
in ``lang``, or the Author when the person has none in that language.
"""

from __future__ import annotations

from pelican.urlwrappers import Author as PelicanAuthor

from .authors import Author
from .person import Person, Role


class LanguageVersion:
    """One person as written in one language other than their main one."""

    def __init__(
        self,
        author: Author,
        person: Person,
        url: str,
        save_as: str,
        page_of_its_own: bool = True,
    ):
        self.default_version = author
        self.person = person
        self.url = url
        self.save_as = save_as
        self.photo_alt = person.photo_alt
        # False on a site built as one subsite per language: the version is
        # the person's page in its language's subsite (this one or another),
        # which the language pages' generator does not write.
        self.page_of_its_own = page_of_its_own

    def __getattr__(self, name: str):
        # Only reached for what this class does not define: what a person is
        # in every language. Dunder names are never forwarded (copy and
        # pickle look them up before __init__ has run).
        if name.startswith("__") or "default_version" not in self.__dict__:
            raise AttributeError(name)
        return getattr(self.default_version, name)

    @property
    def name(self) -> str:
        return self.person.name

    @property
    def slug(self) -> str:
        return self.default_version.slug

    @property
    def page_name(self) -> str:
        """The address without its ending, for themes' pagination links."""
        return self.url.rsplit("/index.html", 1)[0].rsplit(".html", 1)[0].rstrip("/")

    @property
    def _roles(self) -> list[Role]:
        """The translated roles, in the order the Author's roles were ranked.

        A translation lists its roles in the order of the main file; when it
        lists another number of them, they are shown as written.
        """
        written = self.person.roles
        order = self.default_version._role_order
        if len(written) != len(self.default_version.person.roles):
            return list(written)
        return [written[i] for i in order]

    @property
    def roles(self) -> list[Role]:
        return self._roles

    @property
    def languages(self) -> list:
        return self.default_version.languages

    def in_language(self, lang: str | None):
        return self.default_version.in_language(lang)

    def lang_of(self, field: str) -> str:
        """The language ``field`` is shown in: this version's when its file
        gives it, else the main file's."""
        given = self.person.given
        if field in given or (field == "summary" and "bio" in given):
            return self.lang
        if field == "name":
            return self.lang if "title" in given else self.default_version.lang
        return self.default_version.lang

    # The same computations as the Author's, on this version's texts.
    _get = Author._get
    has_profile = Author.has_profile
    family_name = Author.family_name
    lang = Author.lang
    other_languages = Author.other_languages
    direction = Author.direction
    language_name = Author.language_name
    lang_attr = Author.lang_attr
    field_lang_attr = Author.field_lang_attr
    honorific = Author.honorific
    bio = Author.bio
    summary = Author.summary
    affiliation = Author.affiliation
    department = Author.department
    details = Author.details
    spoken_languages = Author.spoken_languages
    display_name = Author.display_name
    current_roles = Author.current_roles
    past_roles = Author.past_roles
    title = Author.title
    title_on = Author.title_on
    initials_avatar = Author.initials_avatar

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"<LanguageVersion {self.slug!r} {self.lang!r}>"

    def __reduce__(self):
        # As the Author's: Pelican's content cache keeps only the name.
        return (PelicanAuthor, (self.name, self.default_version.settings))
