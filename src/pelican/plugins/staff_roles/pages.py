"""A Pelican generator that writes the staff page and the experts page.

It runs after the articles and pages generators, so every person and their
articles are known; it works out the directory and the topics before any page
is written, so that profile pages and staff cards can link to topics.
"""

from __future__ import annotations

from types import SimpleNamespace

from markupsafe import Markup
from pelican.generators import Generator, PelicanTemplateNotFound
from pelican.plugins.author_profiles.settings import SETTINGS as PROFILE_SETTINGS
from pelican.utils import get_relative_path, path_to_url
from pelican_masthead.labels import labels
from pelican_masthead.settings import resolve

from .directory import StaffDirectory, build_sections, current_cards
from .experts import ExpertsIndex, build_topics, topic_urls
from .organization import staff_json_ld
from .ranks import Ranks
from .settings import SETTINGS

AUTHOR_INDEX = "author_index"  # put in the context by author_profiles


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
            template, extra = self._template(name, fallback, about, save_as)
            writer.write_file(
                save_as,
                template,
                self.context,
                relative_urls=self.settings["RELATIVE_URLS"],
                url=config[f"{prefix}_URL"],
                template_name=name,
                page_name=save_as.rsplit(".", 1)[0],
                staff_page=about,
                **extra,
            )

    def _template(self, name: str, fallback: str, about, save_as: str):
        """The template to write a page with, and what it adds to the context.

        The theme's own ``<name>.html`` if it has one; else the theme's
        ``page.html`` with a stand-in page whose content is the directory, so
        the page sits in the site's own layout even in a theme with no
        ``base.html``; else the plugin's page, which extends ``base.html``.
        """
        try:
            return self.get_template(name), {}
        except PelicanTemplateNotFound:
            pass
        try:
            page_template = self.get_template("page")
        except PelicanTemplateNotFound:
            return self.env.get_template(fallback), {}
        context = self.context
        if self.settings["RELATIVE_URLS"]:
            # As Pelican's writer does for the page around it.
            context = dict(context, SITEURL=path_to_url(get_relative_path(save_as)))
        body = self.env.get_template(_BODIES[name]).render(context)
        return page_template, {"page": _stand_in_page(about, body, save_as, self)}


# The snippet each page shows, inside the theme's page.html.
_BODIES = {
    "staff": "masthead/staff_directory.html",
    "experts": "masthead/experts_index.html",
}


def _stand_in_page(about, body: str, save_as: str, generator) -> SimpleNamespace:
    """What a theme's page.html reads of a Pelican page, for a page that has
    no source file. Attributes it does not have render as nothing."""
    lang = generator.settings.get("DEFAULT_LANG", "en")
    return SimpleNamespace(
        title=about.title,
        content=Markup(body),
        summary="",
        description=about.description,
        url=about.url,
        save_as=save_as,
        slug=save_as.split("/", 1)[0].rsplit(".", 1)[0],
        lang=lang,
        in_default_lang=True,
        translations=[],
        authors=[],
        tags=[],
        metadata={"title": about.title},
        status="published",
        template="page",
    )


def _small_portrait_size(settings: dict) -> int:
    return resolve(PROFILE_SETTINGS, settings)["PEOPLE_PHOTO_SIZES"]["small"]


def _title(card) -> str:
    return card.roles[0].title if card.roles else ""
