"""What a page tells link previews and search engines about itself.

Each builder returns a ``SocialMeta``: the canonical address, Open Graph and
Twitter card tags as (key, value) pairs, and JSON-LD. The snippet
``masthead/social_meta.html`` only prints them, escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from pelican_masthead.structured_data import (
    ArticlePart,
    ProfilePart,
    absolute_url,
    article_entity,
    content_address,
    json_ld_script,
    profile_page_entity,
    profile_url,
    title_text,
)

from .describe import description_of, image_of, trim
from .locales import locale_tags
from .settings import Options, options

_X_HANDLE = re.compile(r"\w{1,15}")


@dataclass(frozen=True)
class SocialMeta:
    canonical: str = ""  # "" when SITEURL is empty: no absolute address exists
    properties: list[tuple[str, str]] = field(default_factory=list)  # og:, article:
    names: list[tuple[str, str]] = field(default_factory=list)  # twitter:
    json_ld: str = ""  # a Markup <script> element, or "" when there is none


def x_handle(author) -> str:
    """The author's X handle as "@name", from their profile links, or ""."""
    for link in getattr(author, "links", None) or []:
        if link.network == "twitter":
            handle = urlsplit(link.url).path.strip("/").split("/")[0].lstrip("@")
            if _X_HANDLE.fullmatch(handle):
                return "@" + handle
    return ""


def publisher(opts: Options) -> dict:
    return opts.publisher.entity()


def _page_tags(
    kind: str,
    title: str,
    description: str,
    url: str,
    image: str,
    opts: Options,
    lang: str = "",
    alternates: Iterable[str] = (),
) -> list[tuple[str, str]]:
    """``lang``: the page's language (else the site's); ``alternates``: the
    languages of its translations."""
    absolute = bool(opts.siteurl)
    tags = [
        (key, value)
        for key, value in (
            ("og:type", kind),
            ("og:title", title),
            ("og:description", description),
            ("og:url", url if absolute else ""),
            ("og:image", image),
            ("og:site_name", opts.sitename),
        )
        if value
    ]
    return tags + locale_tags(lang or opts.lang, list(alternates), opts.locales)


def _translation_langs(content) -> list[str]:
    return [
        str(getattr(t, "lang", "") or "")
        for t in getattr(content, "translations", None) or []
    ]


def _card(image: str, creator: str, opts: Options, large: bool = True) -> list:
    card = "summary_large_image" if image and large else "summary"
    pairs = [
        ("twitter:card", card),
        ("twitter:site", f"@{opts.x_handle}" if opts.x_handle else ""),
        ("twitter:creator", creator),
    ]
    return [(k, v) for k, v in pairs if v]


def _canonical(url: str, opts: Options) -> str:
    return url if opts.siteurl else ""


def article_meta(
    article, opts: Options, url: str = "", parts: Iterable[ArticlePart] = ()
) -> SocialMeta:
    """``url``: the article's absolute address, when the caller has it;
    ``parts``: what other plugins add to its JSON-LD."""
    url = url or content_address(opts.siteurl, article)
    title = title_text(article)
    description = description_of(article, opts.description_length)
    image = image_of(article, opts.siteurl, opts.default_image)
    authors = list(getattr(article, "authors", None) or [])
    published = getattr(article, "date", None)
    modified = getattr(article, "modified", None) or published
    properties = _page_tags(
        "article",
        title,
        description,
        url,
        image,
        opts,
        lang=getattr(article, "lang", ""),
        alternates=_translation_langs(article),
    )
    if published is not None:
        properties.append(("article:published_time", published.isoformat()))
        properties.append(("article:modified_time", modified.isoformat()))
    properties += [
        ("article:author", link)
        for link in (profile_url(a, opts.siteurl) for a in authors)
        if link
    ]
    category = getattr(article, "category", None)
    if category:
        properties.append(("article:section", str(category)))
    properties += [("article:tag", str(t)) for t in getattr(article, "tags", [])]
    entity = article_entity(
        article,
        opts.siteurl,
        kind=opts.article_type,
        image=image,
        description=description,
        publisher=publisher(opts),
        url=url,
        parts=parts,
    )
    return SocialMeta(
        canonical=_canonical(url, opts),
        properties=properties,
        names=_card(image, x_handle(authors[0]) if authors else "", opts),
        json_ld=json_ld_script(entity),
    )


def page_meta(page, opts: Options, url: str = "") -> SocialMeta:
    """For Pelican pages ("About", "Contact"): a website, not an article."""
    url = url or content_address(opts.siteurl, page)
    description = description_of(page, opts.description_length)
    image = image_of(page, opts.siteurl, opts.default_image)
    return SocialMeta(
        canonical=_canonical(url, opts),
        properties=_page_tags(
            "website",
            title_text(page),
            description,
            url,
            image,
            opts,
            lang=getattr(page, "lang", ""),
            alternates=_translation_langs(page),
        ),
        names=_card(image, "", opts),
    )


def listing_meta(
    opts: Options,
    *,
    title: str,
    url: str,
    description: str = "",
    image: str = "",
    alternates: Iterable[str] = (),
) -> SocialMeta:
    """For pages other plugins write (a staff list): ``url`` from the site
    root; ``alternates``: the languages it also exists in (other subsites)."""
    address = absolute_url(opts.siteurl, url)
    picture = absolute_url(opts.siteurl, image or opts.default_image)
    text = trim(description, opts.description_length)
    return SocialMeta(
        canonical=_canonical(address, opts),
        properties=_page_tags(
            "website", title, text, address, picture, opts, alternates=alternates
        ),
        names=_card(picture, "", opts),
    )


def profile_meta(
    author,
    opts: Options,
    parts: Iterable[ProfilePart] = (),
    words: Mapping[str, str] | None = None,
) -> SocialMeta:
    """For an author's page: ``profile`` tags and a ProfilePage, whose person
    the ``parts`` describe; ``words`` are the labels of the profile's
    language (the site's when None)."""
    words = opts.labels if words is None else words
    url = profile_url(author, opts.siteurl)
    photo = getattr(author, "photo", None)
    portrait = absolute_url(opts.siteurl, photo.url) if photo is not None else ""
    image = portrait or absolute_url(opts.siteurl, opts.default_image)
    name = str(getattr(author, "display_name", "") or author.name)
    description = trim(getattr(author, "summary", "") or "", opts.description_length)
    others = getattr(author, "other_languages", None) or []
    properties = _page_tags(
        "profile",
        name,
        description,
        url,
        image,
        opts,
        # A person's profile in each of their languages (author_profiles'
        # language versions), when it has a page.
        lang=str(getattr(author, "lang", "") or ""),
        alternates=[v.lang for v in others if getattr(v, "save_as", "")],
    )
    if portrait:
        alt = getattr(author, "photo_alt", "") or words["photo_alt"].format(
            name=author.name
        )
        properties.insert(
            properties.index(("og:image", image)) + 1, ("og:image:alt", alt)
        )
    return SocialMeta(
        canonical=_canonical(url, opts),
        properties=properties,
        # A portrait is square: the small card shows it whole, the large one
        # would crop it to a wide strip.
        names=_card(image, x_handle(author), opts, large=not portrait),
        json_ld=json_ld_script(
            profile_page_entity(
                author, opts.siteurl, publisher=publisher(opts), parts=parts
            )
        ),
    )


def meta_for_listing(
    settings: dict,
    *,
    title: str,
    url: str,
    description: str = "",
    image: str = "",
    alternates: Iterable[str] = (),
) -> SocialMeta:
    """Tags for a page another plugin writes, such as the staff list.

    ``url`` and ``image`` are paths from the site root (or absolute
    addresses); ``settings`` is Pelican's settings dict. Pass the result to
    the template as ``social_meta``: ``masthead/social_meta.html`` prints it.
    """
    return listing_meta(
        options(settings),
        title=title,
        url=url,
        description=description,
        image=image,
        alternates=alternates,
    )


def meta_for_page(settings: dict, page) -> SocialMeta:
    """``meta_for_listing`` for any object with ``title`` and ``url``.

    ``description`` (or ``summary``) and ``image`` are used when it has them.
    Templates reach it as ``masthead_social_meta_for(staff_page)``.
    """
    return meta_for_listing(
        settings,
        title=str(getattr(page, "title", "") or ""),
        url=str(getattr(page, "url", "") or ""),
        description=str(
            getattr(page, "description", "") or getattr(page, "summary", "") or ""
        ),
        image=str(getattr(page, "image", "") or ""),
        alternates=[lang for lang, _address in getattr(page, "alternates", ())],
    )
