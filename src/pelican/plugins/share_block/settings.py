"""Settings of the share_block plugin: each one declared once, here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pelican_masthead.build import config_of
from pelican_masthead.labels import STRICT_SETTING
from pelican_masthead.labels import labels as masthead_labels
from pelican_masthead.organization import Organization, organization
from pelican_masthead.settings import Setting, resolve, strings_list
from pelican_masthead.sites import sites_of

from .describe import IMAGE_FORMS, image_problem
from .locales import DEFAULT_LOCALES, check_locales
from .networks import NETWORKS

ARTICLE_TYPES = (
    "Article",
    "NewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "ReportageNewsArticle",
    "BlogPosting",
    "Report",
    "ScholarlyArticle",
)

_HOST = re.compile(
    r"(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}", re.I
)
_X_HANDLE = re.compile(r"@?\w{1,15}")


def _networks(value: list) -> str:
    problem = strings_list(value)
    if problem:
        return problem
    unknown = [key for key in value if key not in NETWORKS]
    if unknown:
        return (
            f"unknown network {', '.join(map(repr, unknown))}; the networks are "
            + ", ".join(NETWORKS)
            + "."
        )
    if len(set(value)) != len(value):
        return "a network is listed twice."
    return ""


def _utm(value: dict) -> str:
    if not all(isinstance(k, str) and k.startswith("utm_") for k in value):
        return "every key must be a 'utm_' parameter, like 'utm_medium'."
    if not all(isinstance(v, str) and v for v in value.values()):
        return "every value must be a non-empty string."
    return ""


def _host(value: str | None) -> str:
    if value is None or _HOST.fullmatch(value):
        return ""
    return (
        f"{value!r} is not a server name like 'mastodon.social' (no https://, no path)."
    )


def _x_handle(value: str) -> str:
    if not value or _X_HANDLE.fullmatch(value):
        return ""
    return f"{value!r} is not an X handle like '@larkspur' (letters, digits, _)."


def _script_path(value: str) -> str:
    if value and (value.startswith("/") or ".." in value.split("/")):
        return "must be a path inside the output folder, like 'masthead/share.js'."
    return ""


def _image(value: str) -> str:
    problem = image_problem(value.strip())
    return f"{value!r} {problem}; it must be {IMAGE_FORMS}." if problem else ""


def _article_type(value: str) -> str:
    if value in ARTICLE_TYPES:
        return ""
    return f"{value!r} is not one of {', '.join(ARTICLE_TYPES)}."


SETTINGS = (
    Setting(
        "SHARE_NETWORKS",
        list(NETWORKS),
        "The share links, in the order shown, by key: "
        + ", ".join(f"`{key}`" for key in NETWORKS)
        + ".",
        check=_networks,
    ),
    Setting(
        "SHARE_COPY_LINK",
        True,
        "Show a 'Copy link' button to readers whose browser runs JavaScript.",
    ),
    Setting(
        "SHARE_NATIVE",
        True,
        "Show a 'Share…' button opening the device's own share sheet, where the "
        "browser offers one (Web Share API).",
    ),
    Setting(
        "SHARE_MASTODON_INSTANCE",
        None,
        "Mastodon server the Mastodon link points to when the reader has not "
        "chosen one, like 'mastodon.social'. With JavaScript the reader is asked "
        "for their own server; with None, readers without JavaScript see no "
        "Mastodon link.",
        types=(str, type(None)),
        check=_host,
    ),
    Setting(
        "SHARE_UTM",
        {},
        "Campaign parameters added to the shared address, like "
        "`{'utm_medium': 'social', 'utm_campaign': 'share'}`; `utm_source` is "
        "then the network's key unless given. Empty: none added.",
        check=_utm,
    ),
    Setting(
        "SHARE_SCRIPT_PATH",
        "masthead/share.js",
        "Where, inside the output folder, the plugin writes its small script "
        "(copy link, share sheet, Mastodon server). Empty: not written nor "
        "referenced, and those buttons stay hidden.",
        check=_script_path,
    ),
    Setting(
        "SOCIAL_X_HANDLE",
        "",
        "The site's X account, like '@larkspur': the `via` of X share links and "
        "`twitter:site`.",
        check=_x_handle,
    ),
    Setting(
        "SOCIAL_DEFAULT_IMAGE",
        "",
        "Image for link previews of pages without an `Image:`: a path from the "
        "site root or an https address.",
        check=_image,
    ),
    Setting(
        "SOCIAL_PUBLISHER_NAME",
        None,
        "Deprecated: use `MASTHEAD_ORGANIZATION`'s `name`. Publisher named in "
        "structured data; None: `SITENAME`.",
        types=(str, type(None)),
        replaced_by="MASTHEAD_ORGANIZATION['name']",
    ),
    Setting(
        "SOCIAL_PUBLISHER_LOGO",
        "",
        "Deprecated: use `MASTHEAD_ORGANIZATION`'s `logo`. Publisher's logo for "
        "structured data: a path from the site root or an https address.",
        check=_image,
        replaced_by="MASTHEAD_ORGANIZATION['logo']",
    ),
    Setting(
        "SOCIAL_DESCRIPTION_LENGTH",
        200,
        "Longest description, in characters, taken from an article's text when "
        "it has no `Summary:`; cut at a word.",
        check=lambda v: "" if 50 <= v <= 1000 else "must be from 50 to 1000.",
    ),
    Setting(
        "SOCIAL_LOCALES",
        {},
        "`og:locale` of pages in each language, by `Lang` code, like "
        "`{'en': 'en_GB'}`; only the ones to change. A code with a region "
        "(`pt-PT`) gives its own; the rest: "
        + ", ".join(f"{k} {v}" for k, v in DEFAULT_LOCALES.items())
        + ". A language in neither gets no `og:locale`.",
        check=check_locales,
    ),
    Setting(
        "SOCIAL_ARTICLE_TYPE",
        "NewsArticle",
        "schema.org type of articles in structured data: "
        + ", ".join(ARTICLE_TYPES)
        + ".",
        check=_article_type,
    ),
)


@dataclass(frozen=True)
class Options:
    """The resolved settings the plugin's modules work from."""

    siteurl: str
    sitename: str
    networks: tuple[str, ...]
    copy_link: bool
    native: bool
    mastodon_instance: str | None
    utm: dict
    script_path: str  # inside the output folder; "" when not shipped
    # The script's address from the site's root: in a subsite of
    # pelican-i18n-subsites, the main site's copy.
    script_url: str
    x_handle: str  # without "@"
    default_image: str
    publisher: Organization
    description_length: int
    article_type: str
    labels: dict[str, str]
    lang: str  # the site's language (a subsite's own)
    locales: dict[str, str]  # SOCIAL_LOCALES


def options(settings: dict) -> Options:
    """Resolved options for Pelican's settings dict, computed once per build."""
    return config_of(settings, load)


def load(settings: dict) -> Options:
    """Read and check every setting; stops the build naming a bad one."""
    values = resolve(SETTINGS, settings)
    STRICT_SETTING.read(settings)
    return Options(
        siteurl=str(settings.get("SITEURL") or "").rstrip("/"),
        sitename=str(settings.get("SITENAME") or ""),
        networks=tuple(values["SHARE_NETWORKS"]),
        copy_link=values["SHARE_COPY_LINK"],
        native=values["SHARE_NATIVE"],
        mastodon_instance=values["SHARE_MASTODON_INSTANCE"],
        utm=dict(values["SHARE_UTM"]),
        script_path=values["SHARE_SCRIPT_PATH"],
        script_url=(
            sites_of(settings).shared(values["SHARE_SCRIPT_PATH"], Path())[0]
            if values["SHARE_SCRIPT_PATH"]
            else ""
        ),
        x_handle=values["SOCIAL_X_HANDLE"].lstrip("@"),
        default_image=values["SOCIAL_DEFAULT_IMAGE"],
        publisher=organization(
            settings,
            legacy={
                "name": values["SOCIAL_PUBLISHER_NAME"] or "",
                "logo": values["SOCIAL_PUBLISHER_LOGO"],
            },
        ),
        description_length=values["SOCIAL_DESCRIPTION_LENGTH"],
        article_type=values["SOCIAL_ARTICLE_TYPE"],
        labels=masthead_labels(settings),
        lang=str(settings.get("DEFAULT_LANG") or ""),
        locales=dict(values["SOCIAL_LOCALES"]),
    )
