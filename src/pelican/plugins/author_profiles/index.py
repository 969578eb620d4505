"""One Author object per person for the whole site, made on demand.

``AuthorIndex`` is what the plugin puts in Pelican's shared context, for
templates and for the other masthead plugins (see api.py).
"""

from __future__ import annotations

import logging
import posixpath
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pelican.contents import Article
from pelican_masthead.problems import report
from pelican_masthead.sites import sites_of

from .authors import Author, BylineEntry
from .joined_names import check_single_author
from .language_versions import LanguageVersion
from .loading import make_slug
from .person import Person
from .photos import (
    AwaitedPortraits,
    PortraitJob,
    PortraitWriter,
    photo_problem,
    plan_portraits,
)
from .registry import People
from .settings import ProfileSettings

logger = logging.getLogger(__name__)

# Names shown in the warning about names with no profile; the rest go to a
# file in the cache folder.
UNMATCHED_SHOWN = 5
UNMATCHED_FILE = "masthead-unmatched-names.txt"


class AuthorIndex:
    def __init__(
        self,
        people: People,
        settings: dict,
        config: ProfileSettings,
        portraits_at: str = "",
    ):
        """``portraits_at``: the path from the site's root to the site whose
        output holds the portraits, when it is another (a subsite of
        pelican-i18n-subsites shows its main site's); see ``share_portraits``.
        """
        self.people = people
        self._sites = sites_of(settings)
        self._portraits_at = portraits_at
        self._writes_portraits = True
        self.settings = settings
        self._sizes = dict(config.photo_sizes)
        self._photo_folder = config.photo_output
        self._max_pixels = config.photo_max_pixels
        # Photos whose failure to resize has been reported: once each.
        self._failures_reported: set[Path] = set()
        self._more_by_count = config.more_by_count
        self._lang_url = config.lang_url
        self._lang_save_as = (
            config.lang_save_as if settings.get("AUTHOR_SAVE_AS") else ""
        )
        self._by_slug: dict[str, Author] = {}
        self.portrait_jobs: list[PortraitJob] = []
        self._portraits: PortraitWriter | None = None
        # Byline and credit names without a profile -> where they are used:
        # each a file and the field naming them ("a.md ('Editors')").
        self.unmatched: dict[str, list[str]] = defaultdict(list)
        # Byline slugs Pelican would have given a page of their own, now
        # served by another Author's page (a people file's spelling, an
        # alias): old slug -> that Author.
        self.moved: dict[str, Author] = {}
        # Old slug -> how many published articles its page listed (its
        # continuation pages, author/bob2.html..., must still answer).
        self.moved_articles: dict[str, int] = defaultdict(int)
        for person in people:
            self._by_slug[person.slug] = self._make(person.name, person.slug, person)

    def _make(self, name: str, slug: str, person: Person | None) -> Author:
        author = Author(name, self.settings, slug, person)
        for key, translated in (person.translations if person else {}).items():
            author.versions[key] = LanguageVersion(
                author, translated, *self._address_in(slug, translated.lang)
            )
        if person is not None and self.home_version(author) is not None:
            url, _save_as, own_page = self._address_in(slug, person.lang)
            if not own_page:
                author.elsewhere = url
        if person is not None and self._readable_photo(person):
            images, jobs = plan_portraits(
                slug,
                person.photo_path,
                self._sizes,
                self._photo_folder,
                self._portraits_at,
            )
            author.images = AwaitedPortraits(
                images, lambda person=person: self._portraits_made(person)
            )
            author.photo_alt = person.photo_alt
            self.portrait_jobs += jobs
        feed = self.settings.get("AUTHOR_FEED_ATOM")
        if feed:
            url = self.settings.get("AUTHOR_FEED_ATOM_URL") or feed
            author.feed_url = url.format(slug=slug)
        return author

    def _address_in(self, slug: str, lang: str) -> tuple[str, str, bool]:
        """The url and save_as of a person's profile in ``lang``, and whether
        it is a page of its own (``PEOPLE_LANG_URL``).

        On a site built as one subsite per language, a profile in a language
        with a subsite is the person's page there (``AUTHOR_URL``): in this
        subsite, its own author page; in another, that one's, as a path from
        this site's root ("../author/x.html"), not written here.
        """
        site = self._sites.site_in(lang) if len(self._sites.every) > 1 else None
        path = self._sites.path_to(site) if site is not None else None
        if site is None or path is None:
            return (
                self._lang_url.format(slug=slug, lang=lang),
                self._lang_save_as.format(slug=slug, lang=lang),
                True,
            )
        settings = self._sites.settings_of(site)
        if not settings.get("AUTHOR_SAVE_AS"):
            return "", "", False
        url = str(settings.get("AUTHOR_URL") or "").format(slug=slug)
        if site == self._sites.this:
            return url, str(settings["AUTHOR_SAVE_AS"]).format(slug=slug), False
        url = posixpath.join(path, url)
        return url, url, False

    def home_version(self, author: Author) -> LanguageVersion | None:
        """The person's version in this subsite's language, which has their
        page here, or None."""
        in_language = getattr(author, "in_language", None)
        if not self._sites.is_subsite or in_language is None:
            return None
        version = in_language(self._sites.this.lang)
        return version if isinstance(version, LanguageVersion) else None

    def _readable_photo(self, person: Person) -> bool:
        if person.photo_path is None:
            return False
        problem = photo_problem(person.photo_path, self._max_pixels)
        if problem:
            report(
                f"{person.source}: 'Photo' {person.photo_path.name!r} {problem}; "
                "an initials avatar is shown instead."
            )
        return not problem

    def _portraits_made(self, person: Person) -> bool:
        """Waits for the portraits of ``person``; False (reported) if they
        could not be made."""
        if self._portraits is None or person.photo_path is None:
            return True
        problem = self._portraits.outcome(person.photo_path)
        if problem:
            self._report_failure(person.source, person.photo_path, problem)
        return not problem

    def _report_failure(self, source: str, photo: Path, problem: str) -> None:
        if photo in self._failures_reported:
            return
        self._failures_reported.add(photo)
        report(
            f"{source}: 'Photo' {photo.name!r} could not be resized ({problem}); "
            "an initials avatar is shown instead."
        )

    def __iter__(self):
        return iter(self._by_slug.values())

    def language_versions(self) -> list[LanguageVersion]:
        """Every person's versions in their other languages."""
        return [v for author in self for v in author.versions.values()]

    def for_person(self, person: Person) -> Author:
        return self._by_slug[person.slug]

    def author_for(self, name: str, source: str = "") -> Author:
        """The site's one Author for a byline name, made if it is new.

        ``source`` says where the name was written, for the warning about
        names without a profile: the file, and the field when known.
        """
        person = self.people.match(name)
        if person is not None:
            return self._by_slug[person.slug]
        if source and source not in self.unmatched[name]:
            self.unmatched[name].append(source)
        slug = self.people.slug_for_unprofiled(name, make_slug(name, self.settings))
        if slug not in self._by_slug:
            self._by_slug[slug] = self._make(name, slug, None)
        return self._by_slug[slug]

    def attach(self, content) -> None:
        """Give a content object the site's Author objects and its byline."""
        source = getattr(content, "relative_source_path", "") or ""
        check_single_author(content, self.people)
        originals = list(getattr(content, "authors", []))
        written = "author" in content.metadata or "authors" in content.metadata
        if not written and not isinstance(content, Article):
            # A page naming nobody (about, team, the home page, 404) has no
            # writer: Pelican's AUTHOR default on it is no byline.
            return
        if not written:
            # Pelican fills in the site's AUTHOR setting (often the
            # organisation's name) where the writer named nobody: that is a
            # byline only when it names a person.
            originals = [a for a in originals if self.people.match(a.name)]
        field = "Authors" if "authors" in content.metadata else "Author"
        where = f"{source} ('{field}')" if source else ""
        authors = []
        for original in originals:
            author = self.author_for(original.name, where)
            author.keep_data_of(original)
            if original.slug != author.slug:
                self.moved.setdefault(original.slug, author)
                if _listed_on_author_pages(content):
                    self.moved_articles[original.slug] += 1
            if author not in authors:
                authors.append(author)
        if not authors:
            return
        content.authors = authors
        content.author = authors[0]
        content.metadata["authors"] = authors
        content.metadata["author"] = authors[0]
        # Each name as written in the content's language, when the person
        # has a profile in it.
        lang = getattr(content, "lang", None)
        content.byline = [
            BylineEntry(a.in_language(lang), getattr(content, "date", None))
            for a in authors
        ]

    def link_articles(self, articles: list) -> None:
        """Give each Author their published articles, and each article the
        other articles of its authors ("More by")."""
        for author in self:
            author.articles = []
        for article in articles:
            for author in getattr(article, "authors", []):
                if isinstance(author, Author):
                    author.articles.append(article)
        for author in self:
            author.articles.sort(key=_date, reverse=True)
        # One list per author, of their newest articles: an article by one
        # person that is not among them shows exactly that list, the same
        # tuple on every such page (so a template renders it once, see
        # pelican_masthead/fragments.py). The article itself may be among the
        # newest, so one more is kept; sorting whole lists per article made
        # this quadratic in the size of the archive.
        count = self._more_by_count
        wanted = count + 1
        newest_of = {id(a): tuple(a.articles[:wanted]) for a in self}
        shown_of = {key: newest[:count] for key, newest in newest_of.items()}
        for article in articles:
            authors = [a for a in getattr(article, "authors", []) if id(a) in newest_of]
            if len(authors) == 1:
                shown = shown_of[id(authors[0])]
                if all(other is not article for other in shown):
                    article.more_by_authors = shown
                    continue
            candidates = {
                id(other): other
                for author in authors
                for other in newest_of[id(author)]
                if other is not article
            }
            ordered = sorted(candidates.values(), key=_date, reverse=True)
            article.more_by_authors = tuple(ordered[:count])

    def rank_roles(self, key: Callable) -> None:
        """Put every person's roles in the order of ``key`` (a sort key of a
        Role); bylines then show the first role held at the article's date."""
        for author in self:
            if author.person is None:
                continue
            written = author.person.roles
            author._role_order = sorted(
                author._role_order, key=lambda i: key(written[i])
            )
            author._roles = [written[i] for i in author._role_order]

    def link_topics(self, urls_for: Callable[[Author], dict[str, str]]) -> None:
        """Give each person's expertise topics an address: ``urls_for(author)``
        maps a topic's name, casefolded, to the page about it."""
        for author in self:
            author._topic_urls = dict(urls_for(author))

    @staticmethod
    def set_field(author: Author, name: str, value: Any) -> None:
        """Fill in a field a plugin declared (api.declare_field)."""
        if name not in Author.declared_fields:
            raise AttributeError(f"no plugin declared the Author field {name!r}")
        author.__dict__[name] = value

    def report_unmatched(self) -> None:
        """One short warning about byline or credit names with no profile.

        It shows the first few; a site moving hundreds of bylines over would
        otherwise get one line of thousands of characters. The whole list is
        logged at debug level and written to a file in the cache folder,
        which the warning names.
        """
        listing = self.unmatched_list_path()
        if not self.unmatched:
            listing.unlink(missing_ok=True)  # a list from an earlier build
            return
        lines = []
        for name, sources in sorted(self.unmatched.items()):
            hint = self.people.suggestion(name)
            did_you_mean = (
                f" (did you mean {hint.name!r}, {hint.source}?)" if hint else ""
            )
            lines.append(f"{name!r} in {', '.join(sources)}{did_you_mean}")
        logger.debug("Names with no profile:\n%s", "\n".join(lines))
        count = len(lines)
        shown = "; ".join(lines[:UNMATCHED_SHOWN])
        rest = count - UNMATCHED_SHOWN
        try:
            listing.parent.mkdir(parents=True, exist_ok=True)
            listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
            where = f"every one is listed in {listing}"
        except OSError as error:
            where = f"run with --debug to list every one ({listing}: {error})"
        more = f"; and {rest} more" if rest > 0 else ""
        # A site that writes no author pages (AUTHOR_SAVE_AS = "") gets none
        # for these names either.
        written = bool(self.settings.get("AUTHOR_SAVE_AS"))
        pages = "each still gets a page; " if written else ""
        report(
            f"{count} name{'s' if count != 1 else ''} with no profile ({pages}add "
            f"a people file or an 'Aliases' entry to give it one): {shown}{more}. "
            f"{where[0].upper()}{where[1:]}."
        )

    def unmatched_list_path(self) -> Path:
        return Path(self.settings.get("CACHE_PATH") or "cache") / UNMATCHED_FILE

    def __getstate__(self) -> dict:
        # Pelican's generator-level content cache pickles every article with
        # the context it holds, this index included; the resizing under way
        # (threads, futures) belongs to this build and cannot be pickled.
        return {**self.__dict__, "_portraits": None}

    def start_portraits(self, cache: Path) -> None:
        """Begin resizing every portrait into ``cache``, in the background."""
        self._portraits = PortraitWriter(self.portrait_jobs, cache, self._max_pixels)

    def share_portraits(self, main: AuthorIndex) -> None:
        """Show the portraits ``main`` (the main site's index) resizes and
        writes, instead of making and writing copies of them."""
        self._portraits = main._portraits
        self._writes_portraits = False

    def write_portraits(self, output: Path) -> None:
        if self._portraits is None or not self._writes_portraits:
            return
        owners = {
            a.person.photo_path: a.person.source for a in self if a.person is not None
        }
        # Photos no page asked for are reported here; every other failure
        # was reported when a page first asked for the portraits.
        for photo, problem in self._portraits.finish(output).items():
            self._report_failure(owners.get(photo, str(photo)), photo, problem)


def _date(content):
    return content.date


def _listed_on_author_pages(content) -> bool:
    # Pelican's author pages list published articles only.
    return isinstance(content, Article) and content.status == "published"
