"""A Pelican generator that writes each person's profile in their other
languages, with the theme's own ``author.html``, as Pelican writes the main
one.

A language's page lists the same articles as the main page, newest first,
each in that language where it has a translation in it and as written
otherwise: a reader of the Urdu page finds the Urdu version of every article
that has one, and still every article of the person.
"""

from __future__ import annotations

from pelican.generators import Generator
from pelican_masthead.compat import FileOverwriteFailedError
from pelican_masthead.labels import labels_for
from pelican_masthead.languages import same_language
from pelican_masthead.problems import report

from .api import author_index


class ProfileLanguagesGenerator(Generator):
    def generate_context(self) -> None:
        """Nothing to add: the versions are known from the people files."""

    def generate_output(self, writer) -> None:
        index = author_index(self.context)
        if index is None:
            return
        versions = [
            v for v in index.language_versions() if v.save_as and v.page_of_its_own
        ]
        if not versions:
            return
        template = self.get_template("author")
        newest_first = self.settings.get("NEWEST_FIRST_ARCHIVES", True)
        for version in versions:
            articles = in_language(version.default_version.articles, version.lang)
            try:
                writer.write_file(
                    version.save_as,
                    template,
                    self.context,
                    relative_urls=self.settings["RELATIVE_URLS"],
                    url=version.url,
                    template_name="author",
                    author=version,
                    articles=articles,
                    dates=sorted(articles, key=lambda a: a.date, reverse=newest_first),
                    blog=True,
                    page_name=version.page_name,
                    all_articles=self.context.get("articles", []),
                    # The page's own words in its language.
                    masthead_labels=labels_for(self.settings, version.lang),
                )
            except FileOverwriteFailedError:
                report(
                    f"{version.person.source}: the profile in {version.lang!r} "
                    f"is written to {version.save_as!r}, which another page "
                    "of the site already has; that page is kept. Set "
                    "PEOPLE_LANG_SAVE_AS (and PEOPLE_LANG_URL) to addresses "
                    "no other page takes."
                )


def in_language(articles: list, lang: str) -> list:
    """Each article in ``lang`` when it has a translation in it."""
    shown = []
    for article in articles:
        if not same_language(getattr(article, "lang", ""), lang):
            article = next(
                (
                    t
                    for t in getattr(article, "translations", None) or []
                    if same_language(t.lang, lang)
                ),
                article,
            )
        shown.append(article)
    return shown
