"""The staff page's structured data: the organisation and its people."""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup
from pelican.plugins.author_profiles.structured_data import person_entity
from pelican_masthead.organization import Organization
from pelican_masthead.structured_data import CONTEXT, json_ld_script


def staff_json_ld(site: Organization, siteurl: str, people: Iterable[tuple]) -> Markup:
    """An ``Organization`` whose ``employee`` list is its current people.

    ``people`` are (author, job title) pairs; each becomes a ``Person`` with
    its absolute profile address.
    """
    organization = site.entity()
    organization["employee"] = [
        person_entity(author, siteurl, job_title=title) for author, title in people
    ]
    return json_ld_script({"@context": CONTEXT, **organization})
