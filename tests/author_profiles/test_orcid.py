"""ORCID iDs in people files: checked by their check digit, linked on the
profile, and given to search engines as an identifier."""

import json

import pytest
from pelican.plugins.author_profiles.links import orcid_check_digit

# ORCID's own example record, and iDs whose last character was computed by
# hand from ISO 7064 MOD 11-2 (one ending in X).
VALID = ["0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X"]


@pytest.mark.parametrize("orcid", VALID)
def test_the_check_digit_of_real_ids(orcid):
    assert orcid_check_digit(orcid[:-1]) == orcid[-1]


def person_file(site, orcid: str) -> None:
    site.write(
        "people/ana.md",
        f"Title: Ana Kova\nAffiliation: Larkspur Centre\nORCID: {orcid}\n\nBio.\n",
    )
    site.write(
        "a.md",
        "Title: Rivers\nDate: 2024-03-01\nAuthors: Ana Kova\n\nText.\n",
    )


def profile_person(site) -> dict:
    page = site.page("author/ana-kova.html")
    [script] = page.select('script[type="application/ld+json"]')
    return json.loads(script.string)["mainEntity"]


@pytest.mark.parametrize(
    "written", ["0000-0002-1694-233X", "https://orcid.org/0000-0002-1694-233X"]
)
def test_an_orcid_becomes_identifier_same_as_and_a_profile_link(site, written):
    person_file(site, written)
    site.build(
        PLUGINS=["pelican.plugins.author_profiles", "pelican.plugins.share_block"]
    )
    person = profile_person(site)
    assert person["identifier"] == {
        "@type": "PropertyValue",
        "propertyID": "ORCID",
        "value": "0000-0002-1694-233X",
    }
    assert "https://orcid.org/0000-0002-1694-233X" in person["sameAs"]
    links = site.page("author/ana-kova.html").select(".masthead-profile__links a")
    assert [a["href"] for a in links] == ["https://orcid.org/0000-0002-1694-233X"]


@pytest.mark.parametrize(
    "written",
    [
        "0000-0002-1825-0098",  # last digit mistyped
        "0000-0002-1852-0097",  # two digits swapped
        "0000-0002-1825-009",  # one short
        "https://example.org/0000-0002-1825-0097",  # not ORCID's site
    ],
)
def test_a_wrong_orcid_is_named_and_dropped(site, warnings_logged, written):
    person_file(site, written)
    site.build(
        PLUGINS=["pelican.plugins.author_profiles", "pelican.plugins.share_block"]
    )
    warned = [m for m in warnings_logged() if "people/ana.md" in m]
    assert len(warned) == 1 and "'ORCID'" in warned[0], warnings_logged()
    person = profile_person(site)
    assert "identifier" not in person
    assert not any("orcid" in url for url in person.get("sameAs", []))
    assert not site.page("author/ana-kova.html").select(".masthead-profile__links a")
