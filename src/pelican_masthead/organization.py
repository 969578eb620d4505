"""The organisation that publishes the site: name, logo, policies, funders.

One setting, ``MASTHEAD_ORGANIZATION``, says it once for every plugin;
``organization(settings)`` reads and checks it once per build and returns an
``Organization``: what link previews and search engines are told about the
publisher (``entity()``), and the policy pages a staff page links to.

A plugin that had a setting of its own for a part of this (a publisher's
name) passes its value as ``legacy``: it fills only what
``MASTHEAD_ORGANIZATION`` leaves out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from .build import config_of
from .settings import Setting
from .sites import sites_of
from .structured_data import absolute_url, compact, organization_entity

# The policies, in the order a staff page lists them: the key in the setting,
# the schema.org property of an Organization, and the label of its link.
POLICIES = (
    ("publishing_principles", "publishingPrinciples", "publishing_principles"),
    ("corrections_policy", "correctionsPolicy", "corrections_policy"),
    ("ethics_policy", "ethicsPolicy", "ethics_policy"),
)
_ADDRESS_KEYS = ("url", "logo", *(key for key, _p, _l in POLICIES))
KEYS = ("name", *_ADDRESS_KEYS, "funders")
_FUNDER_KEYS = ("name", "url")
ADDRESS_FORMS = "an http(s) address or a path on the site, like /about/ethics/"


def address_problem(address: str, *, site_path: bool = True) -> str:
    """Why ``address`` cannot be linked, or "" when it can.

    Web addresses are linked, and (with ``site_path``) paths on the site;
    ``javascript:``, ``mailto:`` or ``//host/x`` (another server, for a
    browser; ``\\`` counts as ``/`` there) are not, nor is text with spaces.
    """
    if not address.strip():
        return "is empty"
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in address):
        return "has spaces or control characters in it"
    if address.startswith(("//", "/\\", "\\")):
        return "is an address without http: or https: in front"
    try:
        parts = urlsplit(address)
    except ValueError:
        return "is not a valid address"
    scheme = parts.scheme.lower()
    if scheme and scheme not in ("http", "https"):
        return f"is a {scheme}: address"
    if scheme and not parts.hostname:
        return "names no server"
    if not scheme and not site_path:
        return "has no https:// in front"
    if not scheme and address.lower().startswith("www."):
        return "looks like a server name: write https:// in front"
    return ""


def _address(key: str, value: Any, site_path: bool = True) -> str:
    if not isinstance(value, str):
        return f"{key!r} must be a string, not {type(value).__name__} ({value!r})."
    problem = address_problem(value, site_path=site_path)
    if problem:
        forms = ADDRESS_FORMS if site_path else "an http(s) address"
        return f"{key!r} {value!r} {problem}; it must be {forms}."
    return ""


def _funder_problem(index: int, funder: Any) -> str:
    where = f"'funders' item {index + 1}"
    if isinstance(funder, str):
        return "" if funder.strip() else f"{where} is an empty name."
    if not isinstance(funder, Mapping):
        return (
            f"{where} must be a name or a dict with 'name' and 'url', not "
            f"{type(funder).__name__} ({funder!r})."
        )
    unknown = [key for key in funder if key not in _FUNDER_KEYS]
    if unknown:
        return f"{where} has unknown key {unknown[0]!r}; its keys are name, url."
    name = funder.get("name")
    if not isinstance(name, str) or not name.strip():
        return f"{where} needs a 'name' that is non-empty text, not {name!r}."
    if "url" in funder:
        problem = _address("url", funder["url"], site_path=False)
        if problem:
            return f"{where}: {problem}"
    return ""


def _check(value: dict) -> str:
    unknown = [key for key in value if key not in KEYS]
    if unknown:
        return f"unknown key {unknown[0]!r}; the keys are {', '.join(KEYS)}."
    if "name" in value:
        name = value["name"]
        if not isinstance(name, str) or not name.strip():
            return f"'name' must be non-empty text, not {name!r}."
    for key in _ADDRESS_KEYS:
        if key in value:
            problem = _address(key, value[key])
            if problem:
                return problem
    funders = value.get("funders", [])
    if not isinstance(funders, list | tuple):
        return (
            "'funders' must be a list of names or of dicts with 'name' and "
            f"'url', not {type(funders).__name__} ({funders!r})."
        )
    for index, funder in enumerate(funders):
        problem = _funder_problem(index, funder)
        if problem:
            return problem
    return ""


ORGANIZATION_SETTING = Setting(
    "MASTHEAD_ORGANIZATION",
    {},
    "The organisation that publishes the site, a dict; every key is optional: "
    "`name` (else `SITENAME`), `url` (its home; else `SITEURL`), `logo`, "
    "`publishing_principles`, `corrections_policy`, `ethics_policy` (each "
    f"{ADDRESS_FORMS}), and `funders` (a list of names, or of "
    "`{'name': ..., 'url': 'https://...'}`). The organisation is the publisher "
    "in every page's structured data, with its policies "
    "(`publishingPrinciples`, `correctionsPolicy`, `ethicsPolicy`) and "
    "funders (`funder`); the staff page links the policies under 'How we "
    "work' and lists the funders.",
    check=_check,
)


@dataclass(frozen=True)
class Funder:
    name: str
    url: str = ""  # an http(s) address, or ""


@dataclass(frozen=True)
class Policy:
    """One policy page: its setting key, schema.org property and label key."""

    key: str
    property: str
    label: str
    address: str  # as the setting gives it: an http(s) address or a site path
    url: str  # absolute when SITEURL is set
    # The path from this site's root to the root a site path starts from: ""
    # (this site), ".." (a subsite's main site), None (not reachable so).
    root: str | None = ""

    def href(self, siteurl: str) -> str:
        """The link from a page whose ``SITEURL`` (relative or not) is given."""
        path = self.address.lstrip("/")
        if urlsplit(self.address).scheme:
            return self.address
        if self.root == "":
            return f"{siteurl.rstrip('/')}/{path}"
        relative = not urlsplit(siteurl).scheme and not siteurl.startswith("/")
        if self.root is None or not relative:
            return self.url
        return f"{siteurl.rstrip('/')}/{self.root}/{path}"


@dataclass(frozen=True)
class Organization:
    name: str
    url: str  # absolute address of its home, or "" without SITEURL
    logo_url: str  # absolute when SITEURL is set, or ""
    policies: tuple[Policy, ...] = ()
    funders: tuple[Funder, ...] = ()

    def entity(self) -> dict[str, Any]:
        """A schema.org ``Organization``, for JSON-LD."""
        return compact(
            {
                **organization_entity(self.name, self.url, self.logo_url),
                **{policy.property: policy.url for policy in self.policies},
                "funder": [organization_entity(f.name, f.url) for f in self.funders],
            }
        )


def organization(
    settings: dict, legacy: Mapping[str, str] | None = None
) -> Organization:
    """The site's organisation, read and checked once per build.

    ``legacy`` holds what a plugin's own, older setting says (``name`` or
    ``logo``); it is used only where ``MASTHEAD_ORGANIZATION`` says nothing.
    """
    found = config_of(settings, _load)
    if not legacy:
        return found
    given = ORGANIZATION_SETTING.read(settings)
    siteurl = _siteurl(settings)
    changes = {}
    if legacy.get("name") and "name" not in given:
        changes["name"] = legacy["name"]
    if legacy.get("logo") and "logo" not in given:
        changes["logo_url"] = absolute_url(siteurl, legacy["logo"])
    return replace(found, **changes) if changes else found


def _siteurl(settings: dict) -> str:
    """The SITEURL the setting's site paths start from.

    In a subsite of pelican-i18n-subsites, that is the main site's unless
    the subsite gives its own ``MASTHEAD_ORGANIZATION``: the setting was
    written for the main site, and the policy pages are there (a subsite may
    have no copy of an untranslated page).
    """
    sites = sites_of(settings)
    if sites.is_subsite and ORGANIZATION_SETTING.name not in sites.this.overrides:
        return sites.main.siteurl
    return str(settings.get("SITEURL") or "").rstrip("/")


def _root(settings: dict) -> str | None:
    sites = sites_of(settings)
    if sites.is_subsite and ORGANIZATION_SETTING.name not in sites.this.overrides:
        return sites.to_main
    return ""


def _load(settings: dict) -> Organization:
    value = ORGANIZATION_SETTING.read(settings)
    siteurl = _siteurl(settings)
    root = _root(settings)
    home = f"{siteurl}/" if siteurl else ""
    return Organization(
        name=value.get("name", "").strip() or str(settings.get("SITENAME") or ""),
        url=absolute_url(siteurl, value["url"]) if "url" in value else home,
        logo_url=absolute_url(siteurl, value.get("logo", "")),
        policies=tuple(
            Policy(
                key, prop, label, value[key], absolute_url(siteurl, value[key]), root
            )
            for key, prop, label in POLICIES
            if key in value
        ),
        funders=tuple(
            Funder(f.strip())
            if isinstance(f, str)
            else Funder(f["name"].strip(), f.get("url", ""))
            for f in value.get("funders", ())
        ),
    )
