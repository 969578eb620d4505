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
