"""Every JSON-LD block the plugins write is schema.org: the example site with
our theme and with Pelican's notmyidea, checked against a schema.org release
kept with the tests (tests/schema_org.py)."""

from __future__ import annotations

import pytest
from other_themes import build_example_with_theme
from schema_org import CONTEXTS, problems, site_problems, vocabulary

ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Rivers",
    "author": [{"@type": "Person", "name": "Ana", "jobTitle": "Editor"}],
    "publisher": {
        "@type": "Organization",
        "name": "Centre",
        "logo": {"@type": "ImageObject", "url": "https://example.org/l.png"},
    },
    "mainEntityOfPage": {"@type": "WebPage", "@id": "https://example.org/r/"},
}


def test_the_release_file_holds_the_whole_vocabulary():
    vocab = vocabulary()
    assert len(vocab.ancestors) > 800 and len(vocab.domains) > 1400
    assert {"Organization", "Thing"} <= vocab.ancestors["NewsMediaOrganization"]
    assert "Organization" in vocab.domains["correctionsPolicy"]


def test_a_valid_article_passes_with_properties_of_its_superclasses():
    # headline is CreativeWork's, name Thing's: NewsArticle inherits both.
    assert problems(ARTICLE) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"@type": "NewsArticel"}, "$: NewsArticel is not a schema.org type"),
        ({"jobTitle": "Editor"}, "$.jobTitle: not a property of NewsArticle"),
        ({"readingTime": "PT3M"}, "$.readingTime: not a schema.org property"),
        ({"@context": "https://example.org"}, "@context is 'https://example.org'"),
        (
            {"author": [{"@type": "Person", "headline": "x"}]},
            "$.author[0].headline: not a property of Person",
        ),
        ({"publisher": {"name": "Centre"}}, "$.publisher: no @type"),
    ],
)
def test_a_wrong_type_or_property_anywhere_is_named_with_its_place(change, expected):
    found = problems({**ARTICLE, **change})
    assert any(expected in problem for problem in found), found


def test_a_role_may_repeat_the_property_it_stands_for_and_no_other():
    person = {
        "@context": CONTEXTS[0],
        "@type": "Person",
        "name": "Ana",
        "hasOccupation": {
            "@type": "Role",
            "roleName": "Editor",
            "startDate": "2019",
            "hasOccupation": {"@type": "Occupation", "name": "Editor"},
        },
    }
    assert problems(person) == []
    person["hasOccupation"]["worksFor"] = {"@type": "Organization", "name": "C"}
    assert problems(person) == ["$.hasOccupation.worksFor: not a property of Role"]


def assert_schema_org(output):
    found, checked = site_problems(output)
    assert found == {}
    # Articles, profiles and the staff page all carry JSON-LD.
    assert checked >= 20


def test_the_example_site_writes_only_schema_org(example_output):
    assert_schema_org(example_output)


def test_the_example_site_with_notmyidea_writes_only_schema_org(tmp_path):
    output = tmp_path / "site"
    result = build_example_with_theme("notmyidea", output)
    assert result.returncode == 0, result.stdout + result.stderr
    assert_schema_org(output)
