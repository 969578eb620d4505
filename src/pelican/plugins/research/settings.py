"""Settings of the research plugin: each one declared once, here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pelican_masthead.content_paths import output_path_problem
from pelican_masthead.labels import labels
from pelican_masthead.organization import organization
from pelican_masthead.settings import Setting, resolve
from pelican_masthead.sites import sites_of

from .replies import reply_address_problem


def _articles_choice(value) -> str:
    if isinstance(value, str):
        return "" if value in ("all", "none") else 'must be "all", "none" or a list.'
    if not all(isinstance(item, str) and item.strip() for item in value):
        return f"every category must be a non-empty string, got {value!r}."
    return ""


def _reply_email_problem(value) -> str:
    return reply_address_problem(value) if value else ""


def _path_pattern(value: str | None) -> str:
    if value and (value.startswith("/") or ".." in value.split("/")):
        return "must be a path inside the output folder, like 'citations/{slug}.bib'."
    return ""


def _file_settings(kind: str, name: str, example: str) -> tuple[Setting, Setting]:
    return (
        Setting(
            f"CITATION_{kind}_SAVE_AS",
            None,
            f"Where each article's {name} file is written, formatted with the "
            f"article's metadata like ARTICLE_SAVE_AS (`'{example}'`). None: "
            "beside the article's page, named after its file or, for an "
            "`index.html`, its slug. Empty: no file, and no link to one.",
            types=(str, type(None)),
            check=_path_pattern,
        ),
        Setting(
            f"CITATION_{kind}_URL",
            None,
            f"The address of each article's {name} file, formatted like "
            f"ARTICLE_URL. None: the path given by CITATION_{kind}_SAVE_AS.",
            types=(str, type(None)),
        ),
    )


_OPTIONAL_PATH = (str, type(None))


def _optional_path(value: str | None) -> str:
    return output_path_problem(value or "")


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "CITATION_ARTICLES",
        "all",
        'Which articles show a "Cite this" block: "all", "none", or a list of '
        "category names (`['Reports', 'Analysis']`). `Cite: no` on an article "
        "turns it off; pages show one only with `Cite: yes`.",
        types=(str, list, tuple),
        check=_articles_choice,
    ),
    Setting(
        "RESEARCH_REPLY_EMAIL",
        None,
        "The address readers' replies go to (letters@example.org): each article "
        "then ends with a 'Reply by email' link, with the article's title as the "
        "subject; `Replies: no` on an article leaves it out. None: no link.",
        (str, type(None)),
        _reply_email_problem,
    ),
    *_file_settings("BIBTEX", "BibTeX", "citations/{slug}.bib"),
    *_file_settings("RIS", "RIS", "citations/{slug}.ris"),
    Setting(
        "CITATION_SCRIPT_PATH",
        "masthead/cite.js",
        "Where, inside the output folder, the plugin writes its small script: a "
        '"Copy" button for each citation, shown where the browser lets a page '
        "use the clipboard. Empty: not written nor referenced, and no button.",
        check=_path_pattern,
    ),
    Setting(
        "CORRECTIONS_URL",
        "corrections/",
        "Address of the corrections page (every note of every article, newest "
        "first), relative to SITEURL.",
        check=output_path_problem,
    ),
    Setting(
        "CORRECTIONS_SAVE_AS",
        "corrections/index.html",
        "File of the corrections page inside the output folder; '' writes no "
        "corrections page.",
        check=output_path_problem,
    ),
    Setting(
        "CORRECTIONS_FEED_ATOM",
        "feeds/corrections.atom.xml",
        "File of the Atom feed of corrections, one entry a note; '' or None "
        "writes none.",
        types=_OPTIONAL_PATH,
        check=_optional_path,
    ),
    Setting(
        "CORRECTIONS_FEED_ATOM_URL",
        None,
        "Address of the Atom feed of corrections, relative to SITEURL (None: "
        "CORRECTIONS_FEED_ATOM).",
        types=_OPTIONAL_PATH,
        check=_optional_path,
    ),
    Setting(
        "CORRECTIONS_FEED_RSS",
        None,
        "File of an RSS feed of corrections; None writes none.",
        types=_OPTIONAL_PATH,
        check=_optional_path,
    ),
    Setting(
        "CORRECTIONS_FEED_RSS_URL",
        None,
        "Address of the RSS feed of corrections, relative to SITEURL (None: "
        "CORRECTIONS_FEED_RSS).",
        types=_OPTIONAL_PATH,
        check=_optional_path,
    ),
)


@dataclass(frozen=True)
class ResearchConfig:
    """The resolved settings the plugin's modules work from."""

    labels: dict[str, str]
    siteurl: str
    # Who publishes the site (MASTHEAD_ORGANIZATION's name, else SITENAME),
    # named as the publisher in citations.
    publisher: str
    # The site's AUTHOR setting: Pelican's byline where a writer named nobody.
    default_author: str
    # None: every article; else the categories (by name) whose articles.
    cited_categories: frozenset[str] | None
    script_path: str  # "": no copy buttons
    # Where pages link the script: a subsite links the main site's copy.
    script_url: str
    reply_email: str  # "" when replies by email are off
    # SAVE_AS and URL patterns by file kind, "bibtex" and "ris" ("": no
    # file; None: beside the article).
    files: dict[str, tuple[str | None, str | None]]
    corrections_url: str  # "" when no corrections page is written
    corrections_save_as: str
    # (file, address) of each feed of corrections written: "atom", "rss".
    corrections_feeds: dict[str, tuple[str, str]]


def load(settings: dict) -> ResearchConfig:
    """Read and check every setting; stops the build naming a bad one."""
    values = resolve(SETTINGS, settings)
    choice = values["CITATION_ARTICLES"]
    if choice == "all":
        categories = None
    elif choice == "none":
        categories = frozenset()
    else:
        categories = frozenset(name.strip().casefold() for name in choice)
    save_as = values["CORRECTIONS_SAVE_AS"]
    return ResearchConfig(
        labels=labels(settings),
        siteurl=str(settings.get("SITEURL") or "").rstrip("/"),
        publisher=" ".join(organization(settings).name.split()),
        default_author=" ".join(str(settings.get("AUTHOR") or "").split()),
        cited_categories=categories,
        script_path=values["CITATION_SCRIPT_PATH"],
        script_url=(
            sites_of(settings).shared(values["CITATION_SCRIPT_PATH"], Path())[0]
            if values["CITATION_SCRIPT_PATH"]
            else ""
        ),
        reply_email=(values["RESEARCH_REPLY_EMAIL"] or "").strip(),
        files={
            kind.lower(): (
                values[f"CITATION_{kind}_SAVE_AS"],
                values[f"CITATION_{kind}_URL"],
            )
            for kind in ("BIBTEX", "RIS")
        },
        corrections_url=values["CORRECTIONS_URL"] if save_as else "",
        corrections_save_as=save_as,
        corrections_feeds=_feeds(values),
    )


def _feeds(values: dict) -> dict[str, tuple[str, str]]:
    feeds = {}
    for kind in ("atom", "rss"):
        path = values[f"CORRECTIONS_FEED_{kind.upper()}"]
        if path:
            feeds[kind] = (path, values[f"CORRECTIONS_FEED_{kind.upper()}_URL"] or path)
    return feeds
