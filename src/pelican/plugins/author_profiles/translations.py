"""One person, a people file per language.

People files follow Pelican's rule for translations: a file with a ``Lang``
other than the main files' (``PEOPLE_DEFAULT_LANG``, by default the site's
``DEFAULT_LANG``) and the ``Slug`` of another people file is that person in
that language (``samina-haroon.ur.md`` beside
``samina-haroon.md``). It gives the name, roles, summary and bio in its
language; every field it leaves out is taken from the default-language file.
What a person is, whatever the language (portrait, links, staff, order,
expertise), is read from the default-language file only.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from pelican_masthead.languages import language_key
from pelican_masthead.problems import report

from .html_text import first_paragraph
from .person import DETAILS, Person, Role

# People-file fields a translation may give -> the Person attribute each fills.
TRANSLATED_FIELDS = {
    "title": "name",
    "honorific": "honorific",
    "roles": "roles",
    "summary": "summary",
    "bio": "bio",
    "photo_alt": "photo_alt",
    "affiliation": "affiliation",
    "department": "department",
    "aliases": "aliases",
    "family_name": "family_name",
    # Display names of languages are words of the profile's language.
    "languages": "spoken_languages",
}
# Fields only the default-language file gives, besides these two.
_ALWAYS_ALLOWED = {"slug", "lang"}


def gather(people: list[Person], default_lang: str) -> list[Person]:
    """Each person once, in the default-language version, with the other
    languages in ``translations``. ``people`` holds one Person per file.

    A translation whose default-language file is missing stands for the
    person itself; two files of one slug in one language keep the first.
    Each is reported, naming the files.
    """
    by_slug: dict[str, list[Person]] = defaultdict(list)
    for person in people:
        by_slug[person.slug].append(person)
    gathered = []
    for slug, files in by_slug.items():
        defaults = [
            p for p in files if language_key(p.lang) == language_key(default_lang)
        ]
        if len(defaults) > 1:
            # Two profiles of one slug in the default language: the registry
            # stops the build, naming both (it always has).
            gathered += defaults
            continue
        others = [p for p in files if p not in defaults]
        base = defaults[0] if defaults else _orphan(slug, others, default_lang)
        if base is None:
            continue
        if base in others:
            others.remove(base)
        base.translations = _translations(base, others)
        gathered.append(base)
    return gathered


def _orphan(slug: str, files: list[Person], default_lang: str) -> Person | None:
    """The translation that stands for a person with no default-language file."""
    named = [p for p in files if p.name]
    sources = " and ".join(p.source for p in files)
    if not named:
        report(
            f"{sources}: no people file in the site's language ({default_lang}) "
            f"has the slug {slug!r}, and this one has no 'Title'; no profile was "
            "read from it. Give it the 'Slug' of the person's main file."
        )
        return None
    base = named[0]
    report(
        f"{sources}: a translation ('Lang: {base.lang}') of no people file: none "
        f"in the site's language ({default_lang}) has the slug {slug!r}. It is "
        "the person's profile as it is; give it the 'Slug' of the person's main "
        "file if there is one."
    )
    return base


def _translations(base: Person, others: list[Person]) -> dict[str, Person]:
    found: dict[str, Person] = {}
    for other in others:
        key = language_key(other.lang)
        kept = found.get(key)
        if kept is not None:
            report(
                f"{kept.source} and {other.source} are both the profile of "
                f"{base.slug!r} in {other.lang!r}; {kept.source} is used. Remove "
                f"one of them, or give it another 'Lang'."
            )
            continue
        if key == language_key(base.lang):
            report(
                f"{other.source}: 'Lang' {other.lang!r} is the language of "
                f"{base.source}, the profile with the same slug; it was ignored. "
                "Remove it, or give it another 'Lang'."
            )
            continue
        found[key] = completed(base, other)
    return found


def completed(base: Person, translation: Person) -> Person:
    """``translation`` with every field it leaves out taken from ``base``."""
    ignored = sorted(
        translation.given
        - set(TRANSLATED_FIELDS)
        - _ALWAYS_ALLOWED
        - {d.field for d in DETAILS}
    )
    if ignored:
        fields = ", ".join(f"'{f.capitalize()}'" for f in ignored)
        report(
            f"{translation.source}: {fields} {'is' if len(ignored) == 1 else 'are'} "
            f"the same in every language, and read from {base.source}; ignored "
            "here."
        )
    own = {
        attribute: getattr(translation, attribute)
        for field, attribute in TRANSLATED_FIELDS.items()
        if field in translation.given
    }
    if "roles" in own:
        if len(own["roles"]) != len(base.roles):
            report(
                f"{translation.source}: 'Roles' lists {len(own['roles'])} "
                f"role(s) and {base.source} {len(base.roles)}; a translation "
                "gives each role of the main file, in the same order, so "
                "these are shown as written, without the years or the order "
                "of the main file's roles."
            )
        own["roles"] = _with_years(own["roles"], base.roles)
    if "summary" not in own and "bio" in own:
        # A translated bio must not sit under a summary in another language.
        own["summary"] = first_paragraph(translation.bio)
    details = {
        **base.details,
        **{k: v for k, v in translation.details.items() if k in translation.given},
    }
    return dataclasses.replace(
        base,
        source=translation.source,
        lang=translation.lang,
        given=translation.given,
        details=details,
        translations={},
        **own,
    )


def _with_years(translated: list[Role], main: list[Role]) -> list[Role]:
    """Translated roles, each with the years of the main file's role in the
    same place when it gives none: the years are the same in any language."""
    if len(translated) != len(main):
        return translated
    return [
        role if role.start is not None else Role(role.title, other.start, other.end)
        for role, other in zip(translated, main, strict=True)
    ]
