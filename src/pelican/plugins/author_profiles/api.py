"""What other plugins may use of author_profiles. The one page to read.

Get the build's people::

    from pelican.plugins.author_profiles.api import author_index

    index = author_index(generator.context)  # None when the plugin is off

``AuthorIndex`` (see index.py) iterates the site's Author objects, one per
person and one per byline name without a people file; ``index.people``
looks people up (``by_slug``, ``match``); ``index.author_for(name, where)``
gives the Author a name in some article's metadata means.

An ``Author`` (authors.py) may be read for: ``name``, ``slug``, ``url``,
``save_as``, ``display_name``, ``has_profile``, ``person``, ``honorific``,
``roles``, ``current_roles``, ``past_roles``, ``title``, ``title_on(date)``,
``expertise``, ``summary``, ``bio``, ``links``, ``email``, ``affiliation``,
``department``, ``staff``, ``order``, ``orcid``, ``family_name``,
``spoken_languages``, ``media_contact`` (a ``MediaContact``: ``kind``,
``text``, ``url``, ``value``), ``photo``, ``thumbnail``, ``photo_alt``,
``initials_avatar(size)``, ``feed_url`` and ``articles``.
An article with a byline has ``byline`` (``BylineEntry`` items: ``author``,
``title``) and ``more_by_authors``.

A person in several languages (a people file per language, translations.py)
is still one Author, in the language of their main file. For content in
another language, ask ``author.in_language(lang)``: the person's
``LanguageVersion`` in ``lang`` (language_versions.py; same attributes, the
name, roles, summary, bio and details of that language, its own ``url`` and
``save_as``), or the Author itself when there is none. Every Author and
version also has ``lang`` ("" for a byline name without a people file),
``languages`` (every version, the main one first), ``other_languages``,
``default_version``, ``direction`` ("rtl"/"ltr"), ``language_name`` (in
itself: "اردو"), ``lang_of(field)`` (the language a field is shown in: a
translation's own, or the main file's for a field it left out) and, for
templates, ``lang_attr(*around)`` and ``field_lang_attr(field, *around)``.
A byline's entries are already the versions of the article's language.
``index.language_versions()`` lists every person's other languages.

Other plugins never set attributes on Authors or people. They:

- order every person's roles with ``index.rank_roles(key)``, after which
  ``roles``, ``title`` and ``title_on`` follow that order;
- give expertise topics addresses with ``index.link_topics(urls_for)``;
- add data of their own with ``declare_field(name, empty)`` at registration,
  then ``index.set_field(author, name, value)``: templates read it as
  ``author.<name>``, and an Author no one filled in gives ``empty()``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .authors import Author, BylineEntry
from .index import AuthorIndex
from .language_versions import LanguageVersion

__all__ = [
    "CONTEXT_KEY",
    "Author",
    "AuthorIndex",
    "BylineEntry",
    "LanguageVersion",
    "author_index",
    "declare_field",
]

# Where the index sits in Pelican's shared context; templates reach it there.
CONTEXT_KEY = "author_index"


def author_index(context: Mapping) -> AuthorIndex | None:
    """The people of the build whose context this is, or None."""
    index = context.get(CONTEXT_KEY)
    return index if isinstance(index, AuthorIndex) else None


def declare_field(name: str, empty: Callable[[], Any]) -> None:
    """Let a plugin add the field ``name`` to every Author.

    ``empty`` makes the value of an Author no one filled in (``list`` for an
    empty list). Declaring the same field again with the same ``empty`` is
    harmless; a name an Author already has, or another plugin's, is refused.
    """
    known = Author.declared_fields.get(name)
    if known is empty:
        return
    if known is not None or hasattr(Author, name):
        raise ValueError(f"Author already has a field {name!r}")
    Author.declared_fields[name] = empty
