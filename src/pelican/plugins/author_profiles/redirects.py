"""Old author addresses that still lead to the new ones.

Pelican gives each byline name a page at its own slug. A people file can
change that: its Title may spell the name differently from the bylines
("Jane A. Doe" for "Jane Doe"), or an alias may gather two spellings into
one person. The person's page then lives at the person's slug, and every
address the site had before still answers, its later listing pages
(``author/bob2.html``) included: a small page that search engines
do not index and that names the new address as canonical, a copy of the
author feed at its old address (feed readers do not follow HTML), and a map
of both for a web server that can redirect by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from markupsafe import escape
from pelican.paginator import Paginator
from pelican_masthead.structured_data import absolute_url


@dataclass(frozen=True)
class Move:
    old_slug: str
    author: object  # the Author whose page now serves that name
    articles: int = 0  # how many articles the old page listed


def _formatted(settings: dict, key: str, slug: str) -> str:
    pattern = settings.get(key)
    return str(pattern).format(slug=slug) if pattern else ""


def redirect_page(name: str, target: str, lang: str) -> str:
    """A page that sends readers (and search engines) to ``target``."""
    target, name, lang = escape(target), escape(name), escape(lang)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{name}</title>\n"
        '<meta name="robots" content="noindex">\n'
        f'<link rel="canonical" href="{target}">\n'
        f'<meta http-equiv="refresh" content="0; url={target}">\n'
        f'</head>\n<body>\n<p><a href="{target}">{name}</a></p>\n</body>\n</html>\n'
    )


def write_redirects(
    moves: list[Move], taken: set[str], settings: dict, output: Path, map_file: str
) -> list[str]:
    """Write what each move needs into ``output``; returns the pages written.

    ``taken`` holds the files the build itself writes for authors: an old
    address another author's page now uses is left to that page.
    """
    siteurl = str(settings.get("SITEURL") or "")
    lang = str(settings.get("DEFAULT_LANG") or "en")
    lines, written = [], []
    for move in moves:
        old = _formatted(settings, "AUTHOR_SAVE_AS", move.old_slug)
        if not old or old in taken or not _fits_file_system(old):
            # A name too long for a file name never had a page of its own.
            continue
        new_url = absolute_url(siteurl, move.author.url) or f"/{move.author.url}"
        target = output / old
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            redirect_page(move.author.name, new_url, lang), encoding="utf-8"
        )
        written.append(old)
        old_url = _formatted(settings, "AUTHOR_URL", move.old_slug)
        lines.append(f"/{old_url.lstrip('/')} {_site_path(move.author.url)} 301")
        for page, new_page in continuation_pages(move, old, old_url, settings):
            if page.save_as in taken or not _fits_file_system(page.save_as):
                continue
            target = output / page.save_as
            target.parent.mkdir(parents=True, exist_ok=True)
            new_url = absolute_url(siteurl, new_page.url) or f"/{new_page.url}"
            target.write_text(
                redirect_page(move.author.name, new_url, lang), encoding="utf-8"
            )
            written.append(page.save_as)
            lines.append(f"{_site_path(page.url)} {_site_path(new_page.url)} 301")
        for feed in ("AUTHOR_FEED_ATOM", "AUTHOR_FEED_RSS"):
            source = output / _formatted(settings, feed, move.author.slug)
            copy = _formatted(settings, feed, move.old_slug)
            if copy and source.is_file() and copy not in taken:
                (output / copy).parent.mkdir(parents=True, exist_ok=True)
                (output / copy).write_bytes(source.read_bytes())
    if map_file and lines:
        (output / map_file).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return written


def continuation_pages(move: Move, old_save_as: str, old_url: str, settings: dict):
    """Each later page of the old author listing (``author/bob2.html``...),
    with the page of the new listing at the same number, or its last."""
    paginated = settings.get("PAGINATED_TEMPLATES") or {}
    if "author" not in paginated:
        return []
    per_page = paginated["author"] or settings.get("DEFAULT_PAGINATION")
    if not per_page or move.articles <= per_page:
        return []
    old = Paginator(old_save_as, old_url, [None] * move.articles, settings, per_page)
    listed = list(getattr(move.author, "articles", None) or [None])
    new = Paginator(move.author.save_as, move.author.url, listed, settings, per_page)
    return [
        (old.page(number), new.page(min(number, new.num_pages)))
        for number in range(2, old.num_pages + 1)
    ]


# The longest file name most file systems take, in bytes.
_NAME_MAX = 255


def _fits_file_system(path: str) -> bool:
    return all(len(part.encode()) <= _NAME_MAX for part in path.split("/"))


def _site_path(url: str) -> str:
    return "/" + url.lstrip("/")
