"""Settings of the staff_roles plugin: each one declared once, here."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from pelican_masthead.build import config_of
from pelican_masthead.content_paths import output_path_problem
from pelican_masthead.organization import Organization, organization
from pelican_masthead.settings import Setting, resolve

from .ranks import Ranks, title_key

# Metadata Pelican or author_profiles already give a meaning; a credit kind
# with one of these names would change what the article says.
_RESERVED_METADATA = {
    "title",
    "author",
    "authors",
    "date",
    "modified",
    "category",
    "tags",
    "slug",
    "summary",
    "status",
    "lang",
    "translation",
    "template",
    "save_as",
    "url",
    "written",  # the kind of the "written" group in author.work
}
_METADATA_NAME = re.compile(r"[a-z][a-z0-9_]*")


def _check_sections(value: dict) -> str:
    seen: dict[str, str] = {}
    for section, titles in value.items():
        if not isinstance(section, str) or not section.strip():
            return f"section names must be non-empty strings, not {section!r}."
        if not isinstance(titles, list | tuple) or not titles:
            return f"{section!r} needs a non-empty list of role titles."
        for title in titles:
            if not isinstance(title, str) or not title_key(title):
                return f"{section!r} has a role title that is not text: {title!r}."
            other = seen.setdefault(title_key(title), section)
            if other != section or titles.count(title) > 1:
                return (
                    f"the role {title!r} is listed twice (in {other!r} and "
                    f"{section!r}); each role ranks once."
                )
    return ""


def _check_credits(value: dict) -> str:
    for key, label in value.items():
        if not isinstance(key, str) or not _METADATA_NAME.fullmatch(key):
            return (
                f"{key!r} is not a metadata name; use the field name in lower "
                "case, as Pelican reads it (for example 'editors')."
            )
        if key in _RESERVED_METADATA:
            return f"{key!r} already has a meaning in Pelican; choose another name."
        if not isinstance(label, str) or not label.strip():
            return f"the label of {key!r} must be non-empty text, not {label!r}."
    return ""


# An address below SITEURL, or a file below the output folder: never one
# elsewhere on the machine.
_check_path = output_path_problem


SETTINGS = (
    Setting(
        "STAFF_SECTIONS",
        {},
        "Role titles in rank order, grouped into the sections of the staff "
        "page: a dict of section name to a list of role titles, highest first; "
        "sections in rank order. Titles match ignoring case. A person's "
        "primary role is their highest-ranked current role; roles not listed "
        "rank after every listed one (the build names them).",
        check=_check_sections,
    ),
    Setting(
        "STAFF_URL",
        "staff/",
        "Address of the staff page, relative to SITEURL.",
        check=_check_path,
    ),
    Setting(
        "STAFF_SAVE_AS",
        "staff/index.html",
        "File of the staff page inside the output folder; '' writes no staff page.",
        check=_check_path,
    ),
    Setting(
        "EXPERTS_URL",
        "experts/",
        "Address of the experts-by-topic page, relative to SITEURL; each "
        "expertise topic links to this address plus '#' and the topic's id.",
        check=_check_path,
    ),
    Setting(
        "EXPERTS_SAVE_AS",
        "experts/index.html",
        "File of the experts-by-topic page inside the output folder; '' writes "
        "no experts page and leaves topics unlinked.",
        check=_check_path,
    ),
    Setting(
        "STAFF_ORGANIZATION_NAME",
        "",
        "Deprecated: use `MASTHEAD_ORGANIZATION`'s `name`. Name of the "
        "organisation in the staff page's structured data; '' uses SITENAME.",
        replaced_by="MASTHEAD_ORGANIZATION['name']",
    ),
    Setting(
        "STAFF_CREDITS",
        {
            "editors": "Edited by",
            "reviewers": "Reviewed by",
            "translators": "Translated by",
        },
        "Credits beyond authorship: a dict of article metadata name (lower "
        "case) to the label shown before the names, in the order shown. "
        "Writers list names like Authors: 'Editors: A; B'. The three default "
        "labels come in each article's language (the credit_* labels) unless "
        "changed here.",
        check=_check_credits,
    ),
)


@dataclass(frozen=True)
class StaffSettings:
    """The plugin's settings, resolved once per build."""

    ranks: Ranks
    staff_url: str  # "" when no staff page is written
    staff_save_as: str
    experts_url: str  # "" when no experts page is written
    experts_save_as: str
    organization: Organization
    credits: Mapping[str, str]  # metadata name -> label, in the order shown


def load(settings: dict) -> StaffSettings:
    """Read and check every setting; stops the build naming a bad one."""
    values = resolve(SETTINGS, settings)
    return StaffSettings(
        ranks=Ranks.from_sections(values["STAFF_SECTIONS"]),
        staff_url=values["STAFF_URL"] if values["STAFF_SAVE_AS"] else "",
        staff_save_as=values["STAFF_SAVE_AS"],
        experts_url=values["EXPERTS_URL"] if values["EXPERTS_SAVE_AS"] else "",
        experts_save_as=values["EXPERTS_SAVE_AS"],
        organization=organization(
            settings, legacy={"name": values["STAFF_ORGANIZATION_NAME"]}
        ),
        credits=MappingProxyType(dict(values["STAFF_CREDITS"])),
    )


def staff_settings(settings: dict) -> StaffSettings:
    """The settings of the build ``settings`` belong to."""
    return config_of(settings, load)
