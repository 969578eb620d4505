"""The date of an author feed with nothing in it yet.

Every person gets a profile page, and Pelican writes a feed for every author
it lists, so someone who has not published yet gets an empty Atom feed.
feedgenerator dates a feed without entries by the clock of the build, so two
builds of the same content would differ in those files. Such a feed is dated
by the newest article of the site instead (nothing has been added to it since
then), or the Unix epoch on a site without articles.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def date_empty_feed(feed, articles: Iterable) -> None:
    """Give ``feed`` (a feedgenerator feed) a fixed date when it has no items."""
    if feed.items:
        return
    newest = max((article.date for article in articles), default=EPOCH)
    feed.latest_post_date = lambda: newest


# Authors last, so a clash names the author feed setting to change.
_FEEDS = ("CATEGORY", "TAG", "AUTHOR")


def colliding_feeds(settings: dict, named: dict[str, list]) -> list[str]:
    """Feed files two of the site's authors, categories or tags would share.

    ``named`` maps "AUTHOR", "CATEGORY" and "TAG" to the objects of that kind.
    Pelican's defaults give author and category feeds one pattern, so a
    person and a category with one slug would write one file: Pelican stops
    the build there without saying why. The plugin never moves a feed the
    site already has; it names the clash and the setting that resolves it.
    """
    owners: dict[str, str] = {}
    clashes = []
    for kind in _FEEDS:
        for form in ("ATOM", "RSS"):
            pattern = settings.get(f"{kind}_FEED_{form}")
            if not pattern:
                continue
            for item in named.get(kind, []):
                path = str(pattern).format(slug=item.slug)
                owner = f"the {kind.lower()} {str(item)!r}"
                other = owners.setdefault(path, owner)
                if other != owner:
                    clashes.append(
                        f"{other} and {owner} would both write the feed {path}; "
                        f"give {kind}_FEED_{form} a pattern of its own "
                        f'(for example "feeds/{kind.lower()}s/{{slug}}.'
                        f'{form.lower()}.xml"), or another slug to one of them.'
                    )
    return clashes
