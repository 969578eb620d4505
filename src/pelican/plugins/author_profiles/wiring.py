"""Connects the plugin to Pelican's signals; the work is done elsewhere.

Data flows one way: people files -> ``People`` -> ``AuthorIndex`` -> the
Author objects of articles and pages -> templates.
"""

from __future__ import annotations

from pathlib import Path

from pelican_masthead import wiring
from pelican_masthead.build import build_of
from pelican_masthead.contents import contents_of
from pelican_masthead.enabled import when_enabled
from pelican_masthead.labels import LABELS_SETTING, STRICT_SETTING
from pelican_masthead.placement import (
    AFTER_CONTENT,
    BEFORE_CONTENT,
    HEAD,
    PLACEMENT_SETTING,
    PROFILE,
    Snippet,
)
from pelican_masthead.problems import ContentError
from pelican_masthead.sites import sites_of
from pelican_masthead.structured_data import ARTICLE_PARTS, PROFILE_PARTS
from pelican_masthead.templates import add_snippets
from pelican_masthead.writer_macros import add_macros, render_all

from .api import CONTEXT_KEY, author_index
from .feed_authors import by_address, credit_every_author
from .feeds import colliding_feeds, date_empty_feed
from .index import AuthorIndex
from .language_pages import ProfileLanguagesGenerator
from .loading import load_people
from .macros import MACROS
from .redirects import Move, write_redirects
from .registry import People
from .settings import profile_settings
from .structured_data import article_authors, profile_person

NAME = "author_profiles"
TEMPLATES = Path(__file__).parent / "templates"
# Snippets placed into pages of themes that do not include them.
PLACED = (
    Snippet("byline", "masthead/byline.html", BEFORE_CONTENT, 10, on_pages=True),
    Snippet("author-boxes", "masthead/author_box.html", AFTER_CONTENT, 20),
    Snippet("profile", "masthead/profile.html", PROFILE, 10),
    Snippet("media-contact", "masthead/media_contact.html", PROFILE, 15),
    Snippet(
        "profile-alternates",
        "masthead/profile_alternates.html",
        HEAD,
        30,
        needs="author",
    ),
    Snippet("author-feed", "masthead/author_feed_link.html", HEAD, 20, needs="author"),
)


@when_enabled(NAME)
def configure(pelican) -> None:
    """Check the settings and keep people files out of articles and pages."""
    settings = pelican.settings
    people_paths = profile_settings(settings).people_paths
    LABELS_SETTING.read(settings)
    STRICT_SETTING.read(settings)
    PLACEMENT_SETTING.read(settings)
    for key in ("ARTICLE_EXCLUDES", "PAGE_EXCLUDES"):
        excluded = list(settings.get(key, []))
        settings[key] = excluded + [p for p in people_paths if p not in excluded]
    add_macros(settings, MACROS)
    build = build_of(settings)
    build.contribute(ARTICLE_PARTS, article_authors)
    build.contribute(PROFILE_PARTS, profile_person)


@when_enabled(NAME)
def add_templates(generator) -> None:
    add_snippets(generator, TEMPLATES, PLACED)


@when_enabled(NAME)
def add_generator(pelican):
    """The generator of profile pages in people's other languages."""
    return ProfileLanguagesGenerator


@when_enabled(NAME)
def load(generator) -> None:
    settings = generator.settings
    config = profile_settings(settings)
    # Read with the generator's own readers: the site's Markdown extensions,
    # YAML metadata or reST, exactly as its articles are read.
    people = People(
        load_people(
            Path(generator.path),
            config.people_paths,
            settings,
            generator.readers.readers,
        )
    )
    build = build_of(settings)
    # A subsite of pelican-i18n-subsites shows the portraits its main site
    # (built around it, its people already read) resizes and writes.
    main = (
        None if build.main is build else getattr(build.main.state(NAME), "index", None)
    )
    shared_at = sites_of(settings).to_main if main is not None else None
    if shared_at is None:
        index = AuthorIndex(people, settings, config)
        index.start_portraits(Path(settings["CACHE_PATH"]) / "masthead-portraits")
    else:
        index = AuthorIndex(people, settings, config, portraits_at=shared_at)
        index.share_portraits(main)
    build.state(NAME).index = index
    generator.context[CONTEXT_KEY] = index


@when_enabled(NAME)
def attach_to_articles(generator) -> None:
    index = author_index(generator.context)
    for article in contents_of([generator]):
        index.attach(article)


@when_enabled(NAME)
def attach_to_pages(generator) -> None:
    index = author_index(generator.context)
    for page in contents_of([generator]):
        index.attach(page)
    list_everyone(generator)


@when_enabled(NAME)
def list_everyone(generator) -> None:
    """Give every person a page, with or without published articles, and
    every name without a people file that a published article or page shows.

    Pelican makes author pages only from published articles' bylines; the
    list it writes pages from is also the template context's ``authors``. A
    name known only from drafts and hidden articles stays unpublished with
    them: no page, no feed, no entry in the list of authors.

    On a site built as one subsite per language (pelican-i18n-subsites), a
    guest writer gets a page in a subsite only when they wrote (or are
    credited) in its language: a page there would be empty. Staff, current
    and former, have a page in every subsite (the staff page lists them), and
    everyone has one in the main site, the one address every language's
    pages can link to.
    """
    authors = generator.context.get("authors")
    if not isinstance(authors, list):
        return
    # Called again for pages: a subsite's list then holds language versions.
    listed = {getattr(author, "default_version", author) for author, _a in authors}
    shown = _named_publicly(generator)
    index = author_index(generator.context)
    subsite = sites_of(generator.settings).is_subsite
    authors.extend(
        (a, [])
        for a in index
        if a not in listed
        and (a in shown or (a.has_profile and not (subsite and _guest_here(a, index))))
    )
    # In a subsite, the person's page is their version in its language.
    authors[:] = [(index.home_version(a) or a, arts) for a, arts in authors]
    authors.sort(key=lambda pair: pair[0].slug)


def _guest_here(author, index) -> bool:
    """A guest writer whose profile is not written in this subsite's
    language (named in none of its articles or pages either, see above)."""
    return author.staff == "guest" and index.home_version(author) is None


# Lists of a generator's published content: articles and their translations,
# pages and theirs. Drafts and hidden content are kept in lists of their own.
_PUBLISHED = ("articles", "translations", "pages")


def _named_publicly(generator) -> set:
    """Everyone a published article or page names, in its byline or credits."""
    return {
        person
        for key in _PUBLISHED
        for content in getattr(generator, key, None) or []
        for person in [
            *(getattr(content, "authors", None) or []),
            *(p for c in getattr(content, "credits", None) or [] for p in c.people),
        ]
    }


@when_enabled(NAME)
def link_articles(generator) -> None:
    author_index(generator.context).link_articles(generator.articles)
    # What Pelican's feeds list: published articles and their translations.
    state = build_of(generator.settings).state(NAME)
    state.feed_articles = [*generator.articles, *generator.translations]


@when_enabled(NAME)
def report_unmatched(generators) -> None:
    for generator in generators:
        index = author_index(generator.context)
        if index is not None:
            index.report_unmatched()
            return


@when_enabled(NAME)
def check_feed_addresses(generators) -> None:
    for generator in generators:
        authors = generator.context.get("authors")
        if isinstance(authors, list) and hasattr(generator, "categories"):
            named = {
                "AUTHOR": [a for a, _articles in authors],
                "CATEGORY": [c for c, _articles in generator.categories],
                "TAG": list(getattr(generator, "tags", {})),
            }
            clashes = colliding_feeds(generator.settings, named)
            if clashes:
                raise ContentError(" ".join(clashes))
            return


@when_enabled(NAME)
def render_writer_macros(generators) -> None:
    render_all(generators, MACROS)


@when_enabled(NAME)
def write_portraits(generator, writer) -> None:
    author_index(generator.context).write_portraits(Path(generator.output_path))


@when_enabled(NAME)
def write_redirects_for_moved_pages(generator, writer) -> None:
    index = author_index(generator.context)
    # In a subsite, to the person's page there (their version in its language).
    moves = [
        Move(slug, index.home_version(author) or author, index.moved_articles[slug])
        for slug, author in sorted(index.moved.items())
    ]
    if not moves:
        return
    authors = [a for a, _articles in generator.context.get("authors") or []]
    taken = {a.save_as for a in authors} | {
        str(generator.settings.get(key) or "").format(slug=a.slug)
        for a in authors
        for key in ("AUTHOR_FEED_ATOM", "AUTHOR_FEED_RSS")
    }
    write_redirects(
        moves,
        taken,
        generator.settings,
        Path(generator.output_path),
        profile_settings(generator.settings).redirect_map,
    )


@when_enabled(NAME)
def date_empty_feeds(context, feed) -> None:
    date_empty_feed(feed, context.get("articles") or [])


@when_enabled(NAME)
def credit_every_author_in_feeds(context, feed) -> None:
    state = build_of(context).state(NAME)
    if getattr(state, "feed_index", None) is None:
        state.feed_index = by_address(getattr(state, "feed_articles", []))
    credit_every_author(feed, state.feed_index, str(context.get("SITEURL") or ""))


# This plugin's timeline: each receiver and the signal it answers, in order.
RECEIVERS = (
    ("initialized", configure),
    ("get_generators", add_generator),
    ("generator_init", add_templates),
    ("article_generator_init", load),
    ("article_generator_pretaxonomy", attach_to_articles),
    ("article_generator_finalized", list_everyone),
    ("article_generator_finalized", link_articles),
    ("page_generator_finalized", attach_to_pages),
    ("all_generators_finalized", report_unmatched),
    ("all_generators_finalized", check_feed_addresses),
    ("all_generators_finalized", render_writer_macros),
    ("article_writer_finalized", write_portraits),
    ("article_writer_finalized", write_redirects_for_moved_pages),
    ("feed_generated", date_empty_feeds),
    ("feed_generated", credit_every_author_in_feeds),
)


def connect() -> None:
    wiring.connect(NAME, RECEIVERS)
