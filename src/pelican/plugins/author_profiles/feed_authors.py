"""Every author of an article in its feed entries, not only the first.

Pelican hands feedgenerator one ``author_name`` an item: an article's first
author. At ``feed_generated``, before the feed is written, each entry of an
article gets the article's authors in byline order, and the feed a class that
writes them: one Atom ``<author>`` each (``<name>``, and ``<uri>``, the
person's page, when one is written), one RSS ``<dc:creator>`` each. Entries of
anything else (another plugin's items) keep what Pelican wrote.

Works from Pelican's own feed objects, which are the same from 4.9 to 4.12.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote

from feedgenerator import Atom1Feed, Rss201rev2Feed
from pelican_masthead.structured_data import profile_url

# The key, in a feedgenerator item, of the authors to write: (name, uri) pairs.
AUTHORS = "masthead_authors"
DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"


class _AtomAuthors:
    def add_item_elements(self, handler, item):
        authors = item.get(AUTHORS)
        if not authors:
            return super().add_item_elements(handler, item)
        # Atom gives no order to an entry's elements: the authors follow.
        super().add_item_elements(handler, {**item, "author_name": None})
        for name, uri in authors:
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            if uri:
                handler.addQuickElement("uri", uri)
            handler.endElement("author")


class _RssAuthors:
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DUBLIN_CORE}

    def add_item_elements(self, handler, item):
        authors = item.get(AUTHORS)
        if not authors:
            return super().add_item_elements(handler, item)
        super().add_item_elements(
            handler, {**item, "author_name": None, "author_email": None}
        )
        for name, _uri in authors:
            handler.addQuickElement("dc:creator", name)


_CLASSES: dict[type, type] = {}


def _with_authors(feed_class: type) -> type | None:
    """``feed_class`` with every author written, or None for another kind."""
    if issubclass(feed_class, (_AtomAuthors, _RssAuthors)):
        return feed_class
    if feed_class not in _CLASSES:
        if issubclass(feed_class, Atom1Feed):
            mixin = _AtomAuthors
        elif issubclass(feed_class, Rss201rev2Feed):
            mixin = _RssAuthors
        else:
            return None
        _CLASSES[feed_class] = type(feed_class.__name__, (mixin, feed_class), {})
    return _CLASSES[feed_class]


def _path_of(link: str, siteurl: str) -> str:
    """The site-relative address in an entry's link, as Pelican built it."""
    link = link.split("#", 1)[0].split("?", 1)[0]
    base = siteurl.rstrip("/")
    if base and link.startswith(base + "/"):
        link = link[len(base) + 1 :]
    return link.lstrip("/")


def _key(url: str) -> str:
    # feedgenerator percent-encodes a link's non-ASCII characters.
    return quote(str(url), safe="/#%[]=:;$&()+,!?*@'~").lstrip("/")


def by_address(articles: Iterable) -> dict[str, object]:
    """``articles`` by the address a feed entry links to. Built once a pass:
    a site has a feed per author, category and tag, and each would otherwise
    ask every article its address again."""
    return {_key(article.url): article for article in articles}


def credit_every_author(feed, by_path: dict[str, object], siteurl: str) -> None:
    """Give each entry of ``feed`` that is one of the articles of ``by_path``
    (see ``by_address``) all its authors, and ``feed`` the class that writes
    them."""
    feed_class = _with_authors(type(feed))
    if feed_class is None:
        return
    for item in feed.items:
        article = by_path.get(_key(_path_of(item.get("link") or "", siteurl)))
        authors = getattr(article, "authors", None) if article else None
        if authors:
            item[AUTHORS] = [
                (str(author.name), profile_url(author, siteurl)) for author in authors
            ]
    feed.__class__ = feed_class
