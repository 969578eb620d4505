"""A Pelican generator that writes the staff page and the experts page.

It runs after the articles and pages generators, so every person and their
articles are known; it works out the directory and the topics before any page
is written, so that profile pages and staff cards can link to topics.
"""

from __future__ import annotations

import posixpath
from types import SimpleNamespace

from pelican.generators import Generator
from pelican.plugins.author_profiles.api import author_index
from pelican.plugins.author_profiles.settings import profile_settings
from pelican_masthead.labels import labels
from pelican_masthead.plugin_pages import write_page
from pelican_masthead.problems import report
from pelican_masthead.sites import sites_of
from pelican_masthead.structured_data import absolute_url

from .directory import StaffDirectory, build_sections, current_cards, in_language
from .experts import ExpertsIndex, build_topics, topic_urls
from .organization import staff_json_ld
from .settings import load, staff_settings

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
        index = author_index(self.context)
        if index is None:
            return
        config = staff_settings(self.settings)
        words = labels(self.settings)
        sections = in_language(
            build_sections(
                index, config.ranks, words["staff_other_section"], words["former_staff"]
            ),
            self.settings.get("DEFAULT_LANG") or "",
        )
        current = [(card.author, _title(card)) for card in current_cards(sections)]

        experts_url = config.experts_url
        topics = build_topics(current) if experts_url else []
        index.link_topics(lambda author: topic_urls(author, topics, experts_url))

        siteurl = self.settings.get("SITEURL", "")
        json_ld = staff_json_ld(config.organization, siteurl, current)
        small = profile_settings(self.settings).photo_sizes["small"]
        self.context["staff_directory"] = StaffDirectory(
            sections, config.staff_url, json_ld, small, config.organization
        )
        self.context["experts_index"] = ExpertsIndex(topics, experts_url)

    def generate_output(self, writer) -> None:
        if author_index(self.context) is None:
            return
        config = staff_settings(self.settings)
        pages = (
            ("staff", "masthead/staff_page.html"),
            ("experts", "masthead/experts_page.html"),
        )
        words = labels(self.settings)
        site = self.settings.get("SITENAME", "")
        for name, fallback in pages:
            save_as = getattr(config, f"{name}_save_as")
            if not save_as:
                continue
            # What share_block's head metadata (title, canonical URL,
            # description) reads on pages that are not articles.
            url = getattr(config, f"{name}_url")
            about = SimpleNamespace(
                title=words[f"{name}_page_title"],
                url=url,
                description=words[f"{name}_page_description"].format(site=site),
                **in_other_languages(self.settings, name, url),
            )
            written = write_page(
                self,
                writer,
                name=name,
                fallback=fallback,
                body=_BODIES[name],
                about=about,
                save_as=save_as,
                staff_page=about,
            )
            if not written:
                # Pelican refuses before writing anything: a writer's page or a
                # person's profile (written earlier) already has the file.
                setting = f"{name.upper()}_SAVE_AS"
                report(
                    f"{self._owner_of(save_as)}: its page is written to "
                    f"{save_as!r}, the file {setting} gives the {name} page; that "
                    f"page is kept and the {name} page is not written. Give the "
                    f"page another 'Slug', or set {setting} (and "
                    f"{name.upper()}_URL) to another file."
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
        for author in [*people, *(author_index(self.context) or [])]:
            if posixpath.normpath(getattr(author, "save_as", "") or ".") == wanted:
                person = getattr(author, "person", None)
                return person.source if person else f"the byline name {author.name!r}"
        return "Another page of the site"


# The snippet each page shows, inside the theme's page.html.
_BODIES = {
    "staff": "masthead/staff_directory.html",
    "experts": "masthead/experts_index.html",
}


def in_other_languages(settings: dict, name: str, url: str) -> dict:
    """The page's language and its versions in the other languages of a site
    built as one subsite per language (pelican-i18n-subsites), for
    ``hreflang`` links and ``og:locale:alternate``: ``lang``, ``address``
    (this page's), ``alternates`` ((language, address) of each other
    language's page) and ``main_address`` (the main site's, for
    ``x-default``). A site alone has no alternates."""
    sites = sites_of(settings)
    alternates = []
    for other in sites.others:
        other_url = getattr(load(sites.settings_of(other)), f"{name}_url")
        if other_url:
            alternates.append((other.lang, absolute_url(other.siteurl, other_url)))
    address = absolute_url(sites.this.siteurl, url)
    main = dict(alternates).get(sites.main.lang, address)
    return {
        "lang": sites.this.lang,
        "address": address,
        "alternates": tuple(alternates),
        "main_address": main,
    }


def _title(card) -> str:
    return card.roles[0].title if card.roles else ""
