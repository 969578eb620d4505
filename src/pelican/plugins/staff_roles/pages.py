"""A Pelican generator that writes the staff page and the experts page.

It runs after the articles and pages generators, so every person and their
articles are known; it works out the directory and the topics before any page
is written, so that profile pages and staff cards can link to topics.
"""

from __future__ import annotations

import posixpath
from types import SimpleNamespace

from pelican.generators import Generator, PelicanTemplateNotFound
from pelican.plugins.author_profiles.settings import SETTINGS as PROFILE_SETTINGS
from pelican.writers import FileOverwriteFailedError
from pelican_masthead.labels import labels
from pelican_masthead.problems import report
from pelican_masthead.settings import resolve

from .directory import StaffDirectory, build_sections, current_cards
from .experts import ExpertsIndex, build_topics, topic_urls
from .organization import staff_json_ld
from .ranks import Ranks
from .settings import SETTINGS

AUTHOR_INDEX = "author_index"  # put in the context by author_profiles
# Where Pelican's generators leave the content they wrote pages for.
_CONTENT_LISTS = (
    "articles",
    "hidden_articles",
    "drafts",
    "pages",
    "hidden_pages",
    "draft_pages",
)


class StaffPagesGenerator(Generator):
    def generate_context(self) -> None:
        index = self.context.get(AUTHOR_INDEX)
        if index is None:
            return
        config = resolve(SETTINGS, self.settings)
        words = labels(self.settings)
        ranks = Ranks.from_sections(config["STAFF_SECTIONS"])
        sections = build_sections(
            index, ranks, words["staff_other_section"], words["former_staff"]
        )
        experts_url = config["EXPERTS_URL"] if config["EXPERTS_SAVE_AS"] else ""
        staff_url = config["STAFF_URL"] if config["STAFF_SAVE_AS"] else ""
        current = [(card.author, _title(card)) for card in current_cards(sections)]

        topics = build_topics(current) if experts_url else []
        for author in index:
            author.topic_urls = topic_urls(author, topics, experts_url)

        siteurl = self.settings.get("SITEURL", "")
        name = config["STAFF_ORGANIZATION_NAME"] or self.settings.get("SITENAME", "")
        json_ld = staff_json_ld(name, siteurl, current)
        self.context["staff_directory"] = StaffDirectory(
            sections, staff_url, json_ld, _small_portrait_size(self.settings)
        )
        self.context["experts_index"] = ExpertsIndex(topics, experts_url)

    def generate_output(self, writer) -> None:
        if AUTHOR_INDEX not in self.context:
            return
        config = resolve(SETTINGS, self.settings)
        pages = (
            ("staff", "STAFF", "masthead/staff_page.html"),
            ("experts", "EXPERTS", "masthead/experts_page.html"),
        )
        words = labels(self.settings)
        site = self.settings.get("SITENAME", "")
        for name, prefix, fallback in pages:
            save_as = config[f"{prefix}_SAVE_AS"]
            if not save_as:
                continue
            # What share_block's head metadata (title, canonical URL,
            # description) reads on pages that are not articles.
            about = SimpleNamespace(
                title=words[f"{name}_page_title"],
                url=config[f"{prefix}_URL"],
                description=words[f"{name}_page_description"].format(site=site),
            )
            try:
                writer.write_file(
                    save_as,
                    self._template(name, fallback),
                    self.context,
                    relative_urls=self.settings["RELATIVE_URLS"],
                    url=config[f"{prefix}_URL"],
                    template_name=name,
                    page_name=save_as.rsplit(".", 1)[0],
                    staff_page=about,
                )
            except FileOverwriteFailedError:
                # Pelican refuses before writing anything: a writer's page or a
                # person's profile (written earlier) already has the file.
                report(
                    f"{self._owner_of(save_as)}: its page is written to "
                    f"{save_as!r}, the file {prefix}_SAVE_AS gives the {name} "
                    f"page; that page is kept and the {name} page is not "
                    f"written. Give the page another 'Slug', or set "
                    f"{prefix}_SAVE_AS (and {prefix}_URL) to another file."
                )

    def _owner_of(self, save_as: str) -> str:
        """The file (or byline name) whose page Pelican wrote to ``save_as``."""
        wanted = posixpath.normpath(save_as)
        contents = [
            content
            for key in _CONTENT_LISTS
            for content in self.context.get(key) or []
            if hasattr(content, "save_as")
        ]
        for content in contents:
            if posixpath.normpath(content.save_as or ".") == wanted:
                return content.relative_source_path
        people = [author for author, _articles in self.context.get("authors") or []]
        for author in [*people, *(self.context.get(AUTHOR_INDEX) or [])]:
            if posixpath.normpath(getattr(author, "save_as", "") or ".") == wanted:
                person = getattr(author, "person", None)
                return person.source if person else f"the byline name {author.name!r}"
        return "Another page of the site"

    def _template(self, name: str, fallback: str):
        """The theme's own ``<name>.html`` if it has one, else the plugin's."""
        try:
            return self.get_template(name)
        except PelicanTemplateNotFound:
            return self.env.get_template(fallback)


def _small_portrait_size(settings: dict) -> int:
    return resolve(PROFILE_SETTINGS, settings)["PEOPLE_PHOTO_SIZES"]["small"]


def _title(card) -> str:
    return card.roles[0].title if card.roles else ""
