"""Connects the plugin to Pelican's signals; the work is done elsewhere.

Articles and pages get their share block and tags just before they are
written, when every other plugin (bylines, reading time, credits) has added
its data. Author pages get theirs once every generator has finished. The
script is copied before any page is written.
"""

from __future__ import annotations

import logging
import shutil
from functools import partial
from pathlib import Path

from pelican.contents import Article
from pelican.plugins.author_profiles.api import author_index
from pelican_masthead import problems, wiring
from pelican_masthead.build import build_of
from pelican_masthead.enabled import when_enabled
from pelican_masthead.labels import labels_for
from pelican_masthead.placement import AFTER_CONTENT, HEAD, Snippet
from pelican_masthead.sites import sites_of
from pelican_masthead.structured_data import (
    ARTICLE_PARTS,
    PROFILE_PARTS,
    content_address,
    title_text,
)
from pelican_masthead.templates import add_snippets

from .links import build_block, share_choice
from .settings import options
from .social import article_meta, meta_for_page, page_meta, profile_meta

logger = logging.getLogger(__name__)

NAME = "share_block"
HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
# Snippets placed into pages of themes that do not include them.
PLACED = (
    Snippet("social-meta", "masthead/social_meta.html", HEAD, 10),
    Snippet("share-block", "masthead/share_block.html", AFTER_CONTENT, 10),
)
SCRIPT = HERE / "static" / "share.js"


@when_enabled(NAME)
def check_settings(pelican) -> None:
    """Stop a build with a wrong setting before any page is read."""
    opts = options(pelican.settings)
    if not opts.siteurl:
        logger.warning(
            "share_block: SITEURL is empty, so share links, the canonical link "
            "and og:url cannot be absolute addresses; set SITEURL (as in "
            "publishconf.py) for a site readers will share."
        )


@when_enabled(NAME)
def add_templates(generator) -> None:
    add_snippets(generator, TEMPLATES, PLACED)
    generator.env.globals.setdefault(
        "masthead_social_meta_for", partial(meta_for_page, generator.settings)
    )


@when_enabled(NAME)
def prepare_content(generator, content) -> None:
    """Give an article or page its ``social_meta`` and ``share_block``."""
    opts = options(generator.settings)
    # Pelican formats ``url`` anew at every use; once is enough here.
    url = content_address(opts.siteurl, content)
    if isinstance(content, Article):
        parts = build_of(generator.settings).contributions(ARTICLE_PARTS)
        content.social_meta = article_meta(content, opts, url, parts)
    else:
        content.social_meta = page_meta(content, opts, url)
    content.share_block = None
    content.share_links = []
    if _wants_share_block(content):
        words = labels_for(generator.settings, content.lang)
        content.share_block = build_block(url, title_text(content), opts, words)
        content.share_links = content.share_block.links


def _wants_share_block(content) -> bool:
    value = content.metadata.get("share", True)
    choice = share_choice(value)
    if choice is None:
        problems.report(
            f"{content.relative_source_path}: 'Share' is {value!r}, but must be "
            "yes or no; the share block is shown."
        )
        return True
    return choice


@when_enabled(NAME)
def prepare_authors(generators) -> None:
    """Give every author with a page its ``social_meta``."""
    for generator in generators:
        authors = generator.context.get("authors")
        if not isinstance(authors, list):
            continue
        opts = options(generator.settings)
        parts = build_of(generator.settings).contributions(PROFILE_PARTS)
        # author_profiles' index also holds people listed only elsewhere.
        everyone = [a for a, _articles in authors]
        everyone += list(author_index(generator.context) or [])
        # Each language of a profile is a page of its own.
        everyone += [v for a in everyone for v in getattr(a, "versions", {}).values()]
        done: set[int] = set()
        for author in everyone:
            if id(author) not in done:
                done.add(id(author))
                words = labels_for(generator.settings, getattr(author, "lang", None))
                author.social_meta = profile_meta(author, opts, parts, words)
        return


@when_enabled(NAME)
def copy_script(pelican) -> None:
    """Put the script in the output, whatever the theme.

    Receiver of ``get_writer``, sent once the output folder is cleaned and
    before any page is written: post-processing plugins (gzip, minify) run at
    ``finalized`` and must find the script there, whatever their order.
    Returns None, so Pelican keeps its own writer.
    """
    path = options(pelican.settings).script_path
    if not path:
        return
    # A subsite of pelican-i18n-subsites writes the main site's copy, which
    # its pages link to (the main site's output is cleaned before any
    # subsite is built).
    _url, target = sites_of(pelican.settings).shared(path, pelican.output_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SCRIPT, target)


# This plugin's timeline: each receiver and the signal it answers, in order.
RECEIVERS = (
    ("initialized", check_settings),
    ("generator_init", add_templates),
    ("article_generator_write_article", prepare_content),
    ("page_generator_write_page", prepare_content),
    ("all_generators_finalized", prepare_authors),
    ("get_writer", copy_script),
)


def connect() -> None:
    wiring.connect(NAME, RECEIVERS)
