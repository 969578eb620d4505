"""schema.org JSON-LD for articles and profile pages, assembled from parts.

The builders here know only Pelican's own objects. What a plugin knows (a
person's roles, an article's reading time or editors) it adds as a *part*:
a function registered on the build (``Build.contribute``) under
``ARTICLE_PARTS`` or ``PROFILE_PARTS``, which returns properties to merge
into the entity. So this module reads no plugin's attributes, and a plugin
left out simply contributes nothing.

- an article part: ``part(article, siteurl) -> dict`` of Article properties;
- a profile part: ``part(author, siteurl, publisher) -> dict`` of Person
  properties for the ``mainEntity`` of a ``ProfilePage``.

Shapes follow Google's article and profile-page guidance: every author is
its own ``Person`` with a ``url``; a profile page is a ``ProfilePage`` whose
``mainEntity`` is the ``Person``. ``json_ld_script`` writes an entity as a
``<script>`` element.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from markupsafe import Markup

from .build import current

CONTEXT = "https://schema.org"

# The kinds of parts plugins contribute (see the module's docstring).
ARTICLE_PARTS = "json-ld article"
PROFILE_PARTS = "json-ld profile"

ArticlePart = Callable[[Any, str], dict[str, Any]]
ProfilePart = Callable[[Any, str, "dict[str, Any] | None"], dict[str, Any]]

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
    that can be done (the build warns about an empty SITEURL).
    """
    if not path:
        return ""
    if "://" in path.split("?", 1)[0]:
        return path
    return without_dot_segments(f"{siteurl.rstrip('/')}/{path.lstrip('/')}")


def without_dot_segments(url: str) -> str:
    """``url`` with "./" and "../" resolved, as a browser would before asking.

    A subsite of pelican-i18n-subsites links to the main site's files by a
    path such as "../people-photos/a.jpg"; an address given to crawlers and
    link previews is clean.
    """
    parts = urlsplit(url)
    segments = parts.path.split("/")
    if "." not in segments and ".." not in segments:
        return url
    path = posixpath.normpath(parts.path)
    if parts.path.endswith("/") and not path.endswith("/"):
        path += "/"
    return urlunsplit(parts._replace(path=path))


def content_address(siteurl: str, content) -> str:
    """The absolute address of an article or page, worked out once per pass.

    Share links, Open Graph, JSON-LD and citations all need it, and Pelican
    formats ``url`` anew at every use (tens of microseconds). The address is
    kept in the running build's ``addresses``, never on the content object:
    Pelican's own ``url`` stays as it is.

    A written page whose URL is empty is the site's home (``:url:`` left
    empty with ``:save_as: index.html``): Pelican links to it as the site's
    root, so that is its address, not none.
    """
    return _remembered(siteurl, content, _content_address)


def _content_address(siteurl: str, content) -> str:
    url = getattr(content, "url", "") or ""
    if not url and getattr(content, "save_as", ""):
        return f"{siteurl.rstrip('/')}/"
    return absolute_url(siteurl, url)


def _remembered(siteurl: str, thing, work: Callable[[str, Any], str]) -> str:
    running = current()
    if running is None:
        return work(siteurl, thing)
    key = (work, id(thing), siteurl)
    known = running.addresses.get(key)
    # The object is kept beside its address, so its id stays its own.
    if known is not None and known[0] is thing:
        return known[1]
    address = work(siteurl, thing)
    running.addresses[key] = (thing, address)
    return address


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
    """The absolute address of an author's page, or "" when none is written;
    worked out once per pass, as ``content_address``."""
    return _remembered(siteurl, author, _profile_url)


def _profile_url(siteurl: str, author) -> str:
    if not getattr(author, "save_as", ""):
        return ""
    return absolute_url(siteurl, getattr(author, "url", ""))


def person_entity(author, siteurl: str) -> dict[str, Any]:
    """A schema.org ``Person`` for one of Pelican's Authors: name and page."""
    return compact(
        {
            "@type": "Person",
            "name": str(getattr(author, "name", author)),
            "url": profile_url(author, siteurl),
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


def article_entity(
    article,
    siteurl: str,
    *,
    kind: str = "NewsArticle",
    image: str = "",
    description: str = "",
    publisher: dict[str, Any] | None = None,
    url: str = "",
    parts: Iterable[ArticlePart] = (),
) -> dict[str, Any]:
    """A schema.org article (``NewsArticle`` unless ``kind`` says otherwise).

    ``image`` must be absolute; so must ``url``, the article's address, which
    is worked out when not given (Pelican formats it anew at every use).
    Each of ``parts`` adds what its plugin knows.
    """
    url = url or content_address(siteurl, article)
    published = getattr(article, "date", None)
    modified = getattr(article, "modified", None) or published
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
            person_entity(a, siteurl) for a in getattr(article, "authors", None) or []
        ],
        "publisher": publisher,
        "inLanguage": getattr(article, "lang", ""),
        "articleSection": str(category) if category else "",
        "keywords": [str(tag) for tag in getattr(article, "tags", None) or []],
    }
    for part in parts:
        entity.update(part(article, siteurl))
    return compact(entity)


def profile_page_entity(
    author,
    siteurl: str,
    *,
    publisher: dict[str, Any] | None = None,
    parts: Iterable[ProfilePart] = (),
) -> dict[str, Any]:
    """A ``ProfilePage`` whose ``mainEntity`` is the person, as the parts
    describe them; ``publisher`` is the site's Organization."""
    person = person_entity(author, siteurl)
    for part in parts:
        person.update(part(author, siteurl, publisher))
    return compact(
        {
            "@context": CONTEXT,
            "@type": "ProfilePage",
            "url": profile_url(author, siteurl),
            "mainEntity": compact(person),
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
