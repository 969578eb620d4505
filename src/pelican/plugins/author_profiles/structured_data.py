"""People in schema.org JSON-LD: what author_profiles adds to the entities
the shared builders make (see pelican_masthead.structured_data).

A role held over known years follows schema.org's ``Role`` pattern: the
``Role`` stands where the value would (``hasOccupation``), names the role in
``roleName``, carries ``startDate`` and ``endDate``, and repeats the property
inside for the value itself.
"""

from __future__ import annotations

from typing import Any

from pelican_masthead.structured_data import (
    absolute_url,
    compact,
    organization_entity,
    profile_url,
)

from .authors import Author
from .language_versions import LanguageVersion


def same_as(author) -> list[str]:
    """The person's addresses elsewhere; email is contact, not identity."""
    return [
        link.url
        for link in getattr(author, "links", None) or []
        if link.network != "email" and not link.url.startswith("mailto:")
    ]


def person_entity(author, siteurl: str, *, job_title: str | None = None) -> dict:
    """A schema.org ``Person`` for an Author: name, page, title, portrait and
    profiles elsewhere. ``job_title`` overrides the author's own title (a
    byline shows the title held when the article appeared)."""
    photo = getattr(author, "photo", None)
    return compact(
        {
            "@type": "Person",
            "name": str(getattr(author, "name", author)),
            "honorificPrefix": getattr(author, "honorific", ""),
            "url": profile_url(author, siteurl),
            "jobTitle": getattr(author, "title", "")
            if job_title is None
            else job_title,
            "image": absolute_url(siteurl, photo.url) if photo is not None else "",
            "sameAs": same_as(author),
            "identifier": orcid_identifier(getattr(author, "orcid", "")),
        }
    )


def orcid_identifier(orcid: str) -> dict | None:
    """An ORCID iD as schema.org's ``PropertyValue``; its record's address is
    in ``sameAs`` with the person's other profiles."""
    if not orcid:
        return None
    return {"@type": "PropertyValue", "propertyID": "ORCID", "value": orcid}


def occupation_entity(role) -> dict[str, Any]:
    """An ``Occupation``, wrapped in a ``Role`` when the years are known."""
    occupation = {"@type": "Occupation", "name": role.title}
    if getattr(role, "start", None) is None:
        return occupation
    return compact(
        {
            "@type": "Role",
            "roleName": role.title,
            "startDate": str(role.start),
            "endDate": str(role.end) if role.end is not None else None,
            "hasOccupation": occupation,
        }
    )


def article_authors(article, siteurl: str) -> dict[str, Any]:
    """Article part: every author in byline order, with the title the byline
    shows."""
    byline = {entry.author.slug: entry for entry in getattr(article, "byline", ())}
    people = []
    for author in getattr(article, "authors", None) or []:
        entry = byline.get(getattr(author, "slug", None))
        # The byline's version: the person as written in the article's language.
        shown = entry.author if entry is not None else author
        title = entry.title if entry is not None else None
        people.append(person_entity(shown, siteurl, job_title=title))
    return {"author": people}


def profile_person(author, siteurl: str, publisher: dict | None) -> dict[str, Any]:
    """Profile part: the person in full, as their profile page shows them.

    Current staff work for the site's ``publisher``.
    """
    if not isinstance(author, (Author, LanguageVersion)):
        return {}
    affiliation = author.affiliation
    current_staff = author.has_profile and author.staff == "current"
    return {
        **person_entity(author, siteurl),
        # The person's name in their other languages.
        "alternateName": [
            v.name for v in author.other_languages if v.name != author.name
        ],
        "description": author.summary,
        "knowsAbout": [str(t) for t in author.expertise],
        "affiliation": organization_entity(affiliation) if affiliation else None,
        "worksFor": publisher if publisher and current_staff else None,
        "hasOccupation": [occupation_entity(role) for role in author.roles],
        "knowsLanguage": list(author.spoken_languages),
        "contactPoint": media_contact_point(author),
    }


def media_contact_point(author) -> dict[str, Any] | None:
    """A ``ContactPoint`` for journalists, when the person has a media contact."""
    contact = author.media_contact
    if contact is None:
        return None
    return compact(
        {
            "@type": "ContactPoint",
            "contactType": "media",
            contact.kind: contact.value,
            "availableLanguage": list(author.spoken_languages),
        }
    )
