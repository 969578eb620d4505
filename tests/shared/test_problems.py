"""Content Pelican cannot read is named with its file and why; strict mode fails."""

from __future__ import annotations

import pytest
from pelican_masthead.problems import StrictModeError

JINJA = {"PLUGINS": ["pelican.plugins.author_profiles"], "MASTHEAD_JINJA_CONTENT": True}
HEADING_ID = "Title: Broken\nDate: 2024-01-01\n\n## Method {#method}\n\nText.\n"


def test_an_unreadable_article_is_named_with_its_file_and_reason(site, warnings_logged):
    site.write("fine.md", "Title: Fine\nDate: 2024-01-01\n\nText.\n")
    site.write("broken.md", HEADING_ID)
    output = site.build(**JINJA)
    assert (output / "fine.html").exists()
    [message] = [m for m in warnings_logged() if "could not be read" in m]
    assert message.startswith("broken.md:") or "/broken.md:" in message
    assert "TemplateSyntaxError" in message and "writer's guide" in message


def test_strict_mode_fails_the_build_after_listing_every_problem(site):
    site.write("broken.md", HEADING_ID)
    site.write("people/ana.md", "Title: Ana Kova\nStaff: retired\n\nBio.\n")
    with pytest.raises(StrictModeError) as failure:
        site.build(MASTHEAD_STRICT=True, **JINJA)
    text = str(failure.value)
    assert "2 content problems" in text
    assert "broken.md" in text and "people/ana.md" in text


def test_without_strict_mode_the_same_site_builds(site):
    site.write("broken.md", HEADING_ID)
    site.write("ok.md", "Title: Ok\nDate: 2024-01-01\n\nText.\n")
    output = site.build(**JINJA)
    assert (output / "ok.html").exists()
