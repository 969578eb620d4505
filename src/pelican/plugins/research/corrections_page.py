"""The corrections page and its feeds: every dated note of every published
article, newest first, each linked to its note on the article.

The page is written like the staff page: the theme's own ``corrections.html``
if it has one, else inside its ``page.html``, else the plugin's page (see
``pelican_masthead.plugin_pages``). The feeds are written by Pelican's own
writer, one entry a note, so ``FEED_DOMAIN``, the overwrite checks and the
``feed_generated`` / ``feed_written`` signals apply to them as to its feeds.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from types import SimpleNamespace

from markupsafe import Markup
from pelican.generators import Generator
from pelican_masthead.build import config_of
from pelican_masthead.plugin_pages import write_page
from pelican_masthead.problems import report

from .corrected import ShownNote, dated_notes, midnight
from .settings import load

PAGE = "corrections"
FALLBACK = "masthead/corrections_page.html"
BODY = "masthead/corrections_list.html"


@dataclass(frozen=True)
class ListedNote:
    """A note on the corrections page: the note and its article."""

    note: ShownNote
    article: object

    @property
    def url(self) -> str:
        """The note's address on its article, relative to SITEURL."""
        return f"{self.article.url}#{self.note.anchor}"


@dataclass(frozen=True)
class CorrectionsIndex:
    notes: tuple[ListedNote, ...]  # newest first
    url: str  # of the page, "" when none is written
    feed_url: str  # of the Atom feed, "" when none is written


def listed_notes(articles) -> tuple[ListedNote, ...]:
    """Every dated note of ``articles``, newest first (a day's notes by their
    articles' dates, newest first, then as written)."""
    listed = [ListedNote(shown, a) for a in articles for shown in dated_notes(a)]
    listed.sort(key=lambda n: (n.note.date, n.article.date, n.note.line), reverse=True)
    return tuple(listed)


class FeedNote:
    """A note as Pelican's feed writer reads an article."""

    def __init__(self, listed: ListedNote, words: dict):
        note, article = listed.note, listed.article
        kind = words[note.kind]
        self.title = words["corrections_feed_entry"].format(
            kind=kind, title=Markup(str(article.title)).striptags()
        )
        self.url = listed.url
        self.date = self.modified = midnight(article, note.date)
        self.summary = escape(note.text)
        self._content = (
            f"<p>{escape(kind)}, {escape(note.date_text)}: {escape(note.text)}</p>"
        )
        if getattr(article, "author", None) is not None:
            self.author = article.author

    def get_content(self, siteurl: str) -> str:
        return self._content


class CorrectionsPageGenerator(Generator):
    def generate_context(self) -> None:
        config = load_config(self.settings)
        atom = config.corrections_feeds.get("atom")
        self.context["corrections_index"] = CorrectionsIndex(
            listed_notes(self.context.get("articles") or []),
            config.corrections_url,
            atom[1] if atom else "",
        )

    def generate_output(self, writer) -> None:
        config = load_config(self.settings)
        index = self.context.get("corrections_index")
        if index is None:
            return
        words = config.labels
        if config.corrections_save_as:
            self._write_page(writer, config, words)
        title = words["corrections_page_title"]
        items = [FeedNote(listed, words) for listed in index.notes]
        for kind, (path, url) in config.corrections_feeds.items():
            writer.write_feed(
                items, self.context, path, url, feed_type=kind, feed_title=title
            )

    def _write_page(self, writer, config, words) -> None:
        save_as = config.corrections_save_as
        site = self.settings.get("SITENAME", "")
        about = SimpleNamespace(
            title=words["corrections_page_title"],
            url=config.corrections_url,
            description=words["corrections_page_description"].format(site=site),
        )
        written = write_page(
            self,
            writer,
            name=PAGE,
            fallback=FALLBACK,
            body=BODY,
            about=about,
            save_as=save_as,
            corrections_page=about,
        )
        if not written:
            report(
                f"Another page of the site is written to {save_as!r}, the file "
                "CORRECTIONS_SAVE_AS gives the corrections page; that page is "
                "kept and the corrections page is not written. Set "
                "CORRECTIONS_SAVE_AS (and CORRECTIONS_URL) to another file."
            )


def load_config(settings: dict):
    return config_of(settings, load)
