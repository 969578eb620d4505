"""``<meta name="fediverse:creator">``: Mastodon credits a shared link's
writers from it, one tag per author, as "@name@server"."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# A Mastodon user name: letters, digits and underscores (the server allows
# dots in some forks); a single class, linear on any input.
_USER = re.compile(r"[\w.]{1,64}")
_HOST = re.compile(r"[a-z0-9.-]{1,253}", re.IGNORECASE)


def fediverse_handle(author) -> str:
    """The author's "@name@server" from their Mastodon link, or ""."""
    for link in getattr(author, "links", None) or []:
        if link.network != "mastodon":
            continue
        parts = urlsplit(link.url)
        user = parts.path.strip("/").removeprefix("@")
        host = parts.hostname or ""
        # Only a profile address of Mastodon's own form, "https://server/@name",
        # says which account it is; others (".../users/name") are linked on the
        # profile but not claimed here.
        if (
            parts.path.startswith("/@")
            and _USER.fullmatch(user)
            and _HOST.fullmatch(host)
            and "." in host.strip(".")
        ):
            return f"@{user}@{host}"
    return ""


def fediverse_creators(article) -> list[str]:
    """One handle per author with one, in byline order, each once."""
    handles: list[str] = []
    for author in getattr(article, "authors", None) or []:
        handle = fediverse_handle(author)
        if handle and handle not in handles:
            handles.append(handle)
    return handles
