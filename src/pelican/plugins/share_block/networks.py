"""Where each network takes a shared page: one entry per network.

Adding a network is one ``Network`` in ``NETWORKS``. Every address is built
with ``urllib.parse`` and every value percent-encoded with ``quote`` (spaces
become ``%20``, never ``+``, which mail apps would show as it is).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

# Bluesky refuses posts longer than this (it counts graphemes; counting code
# points, as here, can only come out longer, so the text always fits).
BLUESKY_LIMIT = 300


@dataclass(frozen=True)
class Shared:
    """What is shared: the page's absolute address and its title."""

    url: str
    title: str
    via: str = ""  # the site's X handle, without "@"
    mastodon_instance: str | None = None


# Every network quotes the same title and address again, so each is quoted
# once per page; the query is joined by hand because ``urlencode``'s
# generality costs more than the quoting itself.
@lru_cache(maxsize=256)
def _quote(value: str) -> str:
    return quote(value, safe="")


def _query(base: str, **params: str) -> str:
    # The keys are this module's own ASCII names: only values need quoting.
    query = "&".join(f"{key}={_quote(value)}" for key, value in params.items() if value)
    return f"{base}?{query}"


def title_and_url(shared: Shared, limit: int | None = None) -> str:
    """ "Title https://…", the title shortened if the whole must fit ``limit``."""
    text = f"{shared.title} {shared.url}"
    if limit is None or len(text) <= limit:
        return text
    room = limit - len(shared.url) - 2  # the space and the ellipsis
    if room <= 0:
        return shared.url
    return f"{shared.title[:room].rstrip()}… {shared.url}"


def _x(s: Shared) -> str:
    return _query("https://x.com/intent/tweet", text=s.title, url=s.url, via=s.via)


def _facebook(s: Shared) -> str:
    return _query("https://www.facebook.com/sharer/sharer.php", u=s.url)


def _linkedin(s: Shared) -> str:
    # LinkedIn takes only the address; its preview comes from Open Graph.
    return _query("https://www.linkedin.com/sharing/share-offsite/", url=s.url)


def _whatsapp(s: Shared) -> str:
    return _query("https://wa.me/", text=title_and_url(s))


def _telegram(s: Shared) -> str:
    return _query("https://t.me/share/url", url=s.url, text=s.title)


def _reddit(s: Shared) -> str:
    return _query("https://www.reddit.com/submit", url=s.url, title=s.title)


def _hackernews(s: Shared) -> str:
    return _query("https://news.ycombinator.com/submitlink", u=s.url, t=s.title)


def _bluesky(s: Shared) -> str:
    return _query(
        "https://bsky.app/intent/compose", text=title_and_url(s, BLUESKY_LIMIT)
    )


def _mastodon(s: Shared) -> str | None:
    # Mastodon has no central address: each server shares at /share.
    if not s.mastodon_instance:
        return None
    return _query(f"https://{s.mastodon_instance}/share", text=title_and_url(s))


def _threads(s: Shared) -> str:
    return _query("https://www.threads.com/intent/post", text=s.title, url=s.url)


def _email(s: Shared) -> str:
    return _query("mailto:", subject=s.title, body=s.url)


@dataclass(frozen=True)
class Network:
    key: str
    label: str  # the network's own name; not translated
    build: Callable[[Shared], str | None]  # None: no address without JavaScript
    icon: str  # SVG elements drawing it in a 24 x 24 box, stroked, no fill
    label_key: str = ""  # a masthead label that replaces ``label`` when set


# The default order of SHARE_NETWORKS.
NETWORKS: dict[str, Network] = {
    n.key: n
    for n in (
        Network(
            "x",
            "X",
            _x,
            '<path d="M5 4l14 16M19 4L5 20"/>',
        ),
        Network(
            "facebook",
            "Facebook",
            _facebook,
            '<path d="M15 4h-2a3 3 0 0 0-3 3v13M7 11h7"/>',
        ),
        Network(
            "linkedin",
            "LinkedIn",
            _linkedin,
            (
                '<rect x="3" y="3" width="18" height="18" rx="3"/>'
                '<path d="M8 10v7M8 7v.01M12 17v-7M12 13a3 3 0 0 1 6 0v4"/>'
            ),
        ),
        Network(
            "whatsapp",
            "WhatsApp",
            _whatsapp,
            '<path d="M4 20l1.5-4A8 8 0 1 1 8 18.5z"/>',
        ),
        Network(
            "telegram",
            "Telegram",
            _telegram,
            '<path d="M3 11l18-7-4 16-6-5zM11 15l-1 5 3-3"/>',
        ),
        Network(
            "reddit",
            "Reddit",
            _reddit,
            (
                '<ellipse cx="12" cy="14" rx="8" ry="6"/>'
                '<path d="M12 8l2-4 4 1M9 13v.01M15 13v.01M9.5 16.5q2.5 1.5 5 0"/>'
            ),
        ),
        Network(
            "hackernews",
            "Hacker News",
            _hackernews,
            (
                '<rect x="3" y="3" width="18" height="18" rx="2"/>'
                '<path d="M8 7l4 5 4-5M12 12v5"/>'
            ),
        ),
        Network(
            "bluesky",
            "Bluesky",
            _bluesky,
            (
                '<path d="M12 11C9 6 4 4 4 8s3 5 6 4c-3 2-2 6 2 3 4 3 5-1 2-3 3 1 6 0'
                ' 6-4s-5-2-8 3z"/>'
            ),
        ),
        Network(
            "mastodon",
            "Mastodon",
            _mastodon,
            (
                '<path d="M5 8a4 4 0 0 1 4-4h6a4 4 0 0 1 4 4v5a4 4 0 0 1-4 4h-4l-3'
                ' 3v-3a3 3 0 0 1-3-3z"/>'
                '<path d="M9 13V9.5a1.5 1.5 0 0 1 3 0V12v-2.5a1.5 1.5 0 0 1 3 0V13"/>'
            ),
        ),
        Network(
            "threads",
            "Threads",
            _threads,
            (
                '<path d="M17 12a5 5 0 1 1-1.5-3.5M17 12v1.5a2.5 2.5 0 0 0 5 0V12a10'
                ' 10 0 1 0-4 8"/>'
            ),
        ),
        Network(
            "email",
            "Email",
            _email,
            '<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>',
            label_key="share_email",
        ),
    )
}


def share_url(key: str, shared: Shared) -> str | None:
    """The address sharing ``shared`` on network ``key``."""
    return NETWORKS[key].build(shared)
