"""schema.org JSON-LD for articles, people and profile pages.

The builders return plain dicts, so a plugin can add to them before they are
written; ``json_ld_script`` turns one into a ``<script>`` element. They read
Pelican objects with ``getattr`` and skip what is missing, so they work with
the rich authors of author_profiles and with Pelican's plain ones alike.

Shapes follow Google's article and profile-page guidance: every author is
its own ``Person`` with a ``url``; a profile page is a ``ProfilePage`` whose
``mainEntity`` is the ``Person``. A role held over known years follows
schema.org's ``Role`` pattern: the ``Role`` stands where the value would
(``hasOccupation``), names the role in ``roleName``, carries ``startDate`` and
``endDate``, and repeats the property inside for the value itself.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

CONTEXT = "https://schema.org"

# Credits (staff_roles' ``article.credits``) -> the Article property they fill.
CREDIT_PROPERTIES = {
    "editors": "editor",
    "translators": "translator",
    "reviewers": "contributor",
}

# Characters that could end the script element or open a comment inside it,
# and the two line separators old JavaScript parsers choke on.
_SCRIPT_SAFE = str.maketrans(
    {
        "<": "\\u003c",
        ">": "\\u003e",
        "&": "\\u0026",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
    }
)


def absolute_url(siteurl: str, path: str) -> str:
    """``path`` on the site; an address with a scheme is returned as it is.

    With an empty ``siteurl`` the result is the site-relative path, the best
    that can be done (the share_block plugin warns about it).
    """
    if not path:
        return ""
    if "://" in path.split("?", 1)[0]:
        return path
    return f"{siteurl.rstrip('/')}/{path.lstrip('/')}"


def compact(entity: dict[str, Any]) -> dict[str, Any]:
    """The entity without empty values, which validators flag."""
    return {k: v for k, v in entity.items() if v not in (None, "", [], {})}


def organization_entity(name: str, url: str = "", logo: str = "") -> dict[str, Any]:
    return compact(
        {
            "@type": "Organization",
            "name": name,
            "url": url,
            "logo": compact({"@type": "ImageObject", "url": logo}) if logo else None,
        }
    )


def profile_url(author, siteurl: str) -> str:
    """The absolute address of an author's page, or "" when none is written."""
    if not getattr(author, "save_as", ""):
        return ""
    return absolute_url(siteurl, getattr(author, "url", ""))


def same_as(author) -> list[str]:
    """The person's addresses elsewhere; email is contact, not identity."""
    return [
        link.url
        for link in getattr(author, "links", None) or []
        if link.network != "email" and not link.url.startswith("mailto:")
    ]


def _portrait(author, siteurl: str) -> str:
    photo = getattr(author, "photo", None)
    return absolute_url(siteurl, photo.url) if photo is not None else ""


def person_entity(
    author,
    siteurl: str,
    *,
    job_title: str | None = None,
    detailed: bool = False,
    employer: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A schema.org ``Person`` for an Author object.

    ``job_title`` overrides the author's own title (a byline may show the
    title held when the article appeared). ``detailed`` adds what a profile
    page shows: description, expertise, affiliation and every role;
    ``employer`` (an Organization) becomes ``worksFor`` for current staff.
    """
    entity = {
        "@type": "Person",
        "name": str(getattr(author, "name", author)),
        "honorificPrefix": getattr(author, "honorific", ""),
        "url": profile_url(author, siteurl),
        "jobTitle": getattr(author, "title", "") if job_title is None else job_title,
        "image": _portrait(author, siteurl),
        "sameAs": same_as(author),
    }
    if detailed:
        entity.update(_profile_details(author, employer))
    return compact(entity)


def _profile_details(author, employer: dict[str, Any] | None) -> dict[str, Any]:
    affiliation = getattr(author, "affiliation", "")
    has_profile = getattr(author, "has_profile", False)
    return {
        "description": getattr(author, "summary", ""),
        "knowsAbout": [str(t) for t in getattr(author, "expertise", None) or []],
        "affiliation": organization_entity(affiliation) if affiliation else None,
        "worksFor": (
            employer
            if employer and has_profile and getattr(author, "staff", "") == "current"
            else None
        ),
        "hasOccupation": [
            occupation_entity(role) for role in getattr(author, "roles", None) or []
        ],
    }


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


def title_text(content) -> str:
    """A content object's title for link previews, share links and JSON-LD.

    With ``TYPOGRIFY`` on, Pelican has already turned the writer's title into
    HTML (entities for quotes and dashes, ``<span class="caps">`` around
    capitals), which a shared post or a search result would show as such; its
    text is taken, as the page shows it. Otherwise the title is kept as the
    writer wrote it.
    """
    title = str(getattr(content, "title", ""))
    if (getattr(content, "settings", None) or {}).get("TYPOGRIFY"):
        return Markup(title).striptags()
    return title


def _iso(value) -> str:
    return value.isoformat() if value is not None else ""


def _byline_titles(article) -> dict[str, str]:
    return {
        entry.author.slug: entry.title
        for entry in getattr(article, "byline", None) or []
    }


def _credits(article, siteurl: str) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for credit in getattr(article, "credits", None) or []:
        prop = CREDIT_PROPERTIES.get(getattr(credit, "kind", ""))
        if prop is None:
            continue
        people = found.setdefault(prop, [])
        people += [person_entity(p, siteurl) for p in getattr(credit, "people", [])]
    return found


def article_entity(
    article,
    siteurl: str,
    *,
    kind: str = "NewsArticle",
    image: str = "",
    description: str = "",
    publisher: dict[str, Any] | None = None,
    url: str = "",
) -> dict[str, Any]:
    """A schema.org article (``NewsArticle`` unless ``kind`` says otherwise).

    ``image`` must be absolute; so must ``url``, the article's address, which
    is worked out when not given (Pelican formats it anew at every use).
    Reading time and credits are included when the reading_time and
    staff_roles plugins have added them to the article.
    """
    url = url or absolute_url(siteurl, article.url)
    published = getattr(article, "date", None)
    modified = getattr(article, "modified", None) or published
    titles = _byline_titles(article)
    word_count = getattr(article, "word_count", None)
    category = getattr(article, "category", None)
    entity = {
        "@context": CONTEXT,
        "@type": kind,
        "headline": title_text(article),
        "description": description,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "image": [image] if image else [],
        "datePublished": _iso(published),
        "dateModified": _iso(modified),
        "author": [
            person_entity(a, siteurl, job_title=titles.get(getattr(a, "slug", None)))
            for a in getattr(article, "authors", None) or []
        ],
        "publisher": publisher,
        "inLanguage": getattr(article, "lang", ""),
        "articleSection": str(category) if category else "",
        "keywords": [str(tag) for tag in getattr(article, "tags", None) or []],
        "wordCount": word_count if isinstance(word_count, int) else None,
        "timeRequired": getattr(article, "reading_time_iso", "") or "",
        **_credits(article, siteurl),
    }
    return compact(entity)


def profile_page_entity(
    author, siteurl: str, *, employer: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A ``ProfilePage`` whose ``mainEntity`` is the person, in full."""
    return compact(
        {
            "@context": CONTEXT,
            "@type": "ProfilePage",
            "url": profile_url(author, siteurl),
            "mainEntity": person_entity(
                author, siteurl, detailed=True, employer=employer
            ),
        }
    )


def json_ld_script(data: dict[str, Any]) -> Markup:
    """A ``<script type="application/ld+json">`` element holding ``data``.

    ``<``, ``>`` and ``&`` are written as JSON escapes, so no string (a title
    like ``</script>``) can end the element early, and the JSON still
    decodes to the original text.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(
        '<script type="application/ld+json">'
        + text.translate(_SCRIPT_SAFE)
        + "</script>"
    )
