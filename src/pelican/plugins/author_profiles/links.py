"""Turn the link fields of a people file into safe, absolute links.

Writers give a handle or a full address; both become an https URL. Anything
that is not http(s) (``javascript:``, ``data:``) is refused, never linked.

Values come from content, so every check here runs in linear time: single
character classes with nothing that can match the same text two ways, and
``str`` methods where a pattern would have to backtrack (an address is split
at its ``@`` instead of matched by ``[^@]+@[^@]+[.][^@]+``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from .person import Link

# Each a single character class: linear whatever the input.
_HANDLE = re.compile(r"[\w.\-/]+")
_WORD_DOTS = re.compile(r"[\w.]+")
_HOST = re.compile(r"[\w.-]+")
_ADDRESS_PART = re.compile(r"[^@\s<>\"']+")
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:(?!\d)", re.IGNORECASE)
_ORCID = re.compile(r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]")


class LinkError(ValueError):
    """A link field that cannot become a safe link."""


def _web_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise LinkError(f"{value!r} is not an http(s) address")
    return value


def _handle_or_url(base: str) -> Callable[[str], tuple[str, str]]:
    """For networks where a profile is ``base + handle``."""

    def build(value: str) -> tuple[str, str]:
        if "://" in value:
            url = _web_url(value)
            return url, url.rstrip("/").rsplit("/", 1)[-1]
        handle = value.lstrip("@").strip("/")
        if not handle or not _HANDLE.fullmatch(handle):
            raise LinkError(f"{value!r} is neither a handle nor an address")
        return base + quote(handle), "@" + handle if "/" not in handle else handle

    return build


def _website(value: str) -> tuple[str, str]:
    has_scheme = _SCHEME.match(value)
    url = _web_url(value if has_scheme else "https://" + value)
    return url, urlsplit(url).netloc + urlsplit(url).path.rstrip("/")


def _mastodon(value: str) -> tuple[str, str]:
    if "://" in value:
        url = _web_url(value)
        parts = urlsplit(url)
        return url, f"{parts.path.strip('/')}@{parts.netloc}"
    user, at, server = value.removeprefix("@").partition("@")
    if not (at and _WORD_DOTS.fullmatch(user) and _is_domain(server)):
        raise LinkError(
            f"{value!r} is not a Mastodon address like @name@example.social"
        )
    return f"https://{server}/@{user}", f"@{user}@{server}"


def _orcid(value: str) -> tuple[str, str]:
    # The iD is the last 19 characters: a fixed-length match, never a search.
    identifier = value.strip().rstrip("/")[-19:]
    if not _ORCID.fullmatch(identifier) or (
        "://" in value and "orcid.org" not in value
    ):
        raise LinkError(f"{value!r} is not an ORCID iD like 0000-0002-1825-0097")
    if orcid_check_digit(identifier[:-1]) != identifier[-1]:
        # A mistyped digit would link, and credit, someone else's record.
        raise LinkError(
            f"{value!r} is not a valid ORCID iD: its last character does not "
            "match the others (a digit mistyped?)"
        )
    return f"https://orcid.org/{identifier}", identifier


def orcid_check_digit(start: str) -> str:
    """The last character of an ORCID iD whose first fifteen digits are
    ``start`` (hyphens ignored): ISO 7064 MOD 11-2, as ORCID defines it."""
    total = 0
    for digit in start.replace("-", ""):
        total = (total + int(digit)) * 2
    result = (12 - total % 11) % 11
    return "X" if result == 10 else str(result)


def _email(value: str) -> tuple[str, str]:
    local, at, domain = value.partition("@")
    # The domain needs a dot with something on both sides of it.
    if not (
        at
        and _ADDRESS_PART.fullmatch(local)
        and _ADDRESS_PART.fullmatch(domain)
        and "." in domain[1:-1]
    ):
        raise LinkError(f"{value!r} is not an email address")
    return "mailto:" + quote(value, safe="@.+-_"), value


def _is_domain(text: str) -> bool:
    """A host name ending in a dot and two or more letters: "example.social"."""
    name, dot, top = text.rpartition(".")
    return bool(
        dot
        and _HOST.fullmatch(name)
        and len(top) >= 2
        and top.isascii()
        and top.isalpha()
    )


@dataclass(frozen=True)
class Network:
    key: str  # the people-file field, lowercased
    label: str
    build: Callable[[str], tuple[str, str]]


# The order here is the order links are shown on profile pages.
NETWORKS = (
    Network("website", "Website", _website),
    Network("email", "Email", _email),
    Network("orcid", "ORCID", _orcid),
    Network("mastodon", "Mastodon", _mastodon),
    Network("bluesky", "Bluesky", _handle_or_url("https://bsky.app/profile/")),
    Network("twitter", "X", _handle_or_url("https://x.com/")),
    Network("linkedin", "LinkedIn", _handle_or_url("https://www.linkedin.com/in/")),
    Network("github", "GitHub", _handle_or_url("https://github.com/")),
)


def build_link(network: Network, value: str) -> Link:
    """Raises LinkError for a value that cannot be linked safely."""
    url, text = network.build(value.strip())
    return Link(network=network.key, label=network.label, url=url, text=text)
