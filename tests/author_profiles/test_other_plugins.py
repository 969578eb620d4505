"""What other plugins set on Pelican's Author objects survives author_profiles."""

from __future__ import annotations

import pytest
from conftest import ALL_PLUGINS
from pelican import signals


@pytest.fixture
def avatar_plugin():
    """A stand-in for plugins like pelican-avatar: decorates each article's
    Author as soon as the article exists."""

    def decorate(content):
        for author in getattr(content, "authors", []):
            author.avatar = f"https://img.example/{author.slug}.png"
            author.bio = f"<em>{author.name}</em> writes here."

    signals.content_object_init.connect(decorate)
    yield
    signals.content_object_init.disconnect(decorate)


@pytest.fixture
def seen_authors():
    found = {}

    def note(generator):
        for author, _articles in getattr(generator, "authors", []):
            found[author.name] = author

    signals.article_generator_finalized.connect(note)
    yield found
    signals.article_generator_finalized.disconnect(note)


@pytest.mark.parametrize("with_people_files", [False, True])
def test_attributes_other_plugins_set_on_authors_survive(
    site, avatar_plugin, seen_authors, with_people_files
):
    if with_people_files:
        site.write("people/ana-kova.md", "Title: Ana Kova\n\nAna's own bio.\n")
    site.write(
        "a.md", "Title: A\nDate: 2024-01-01\nAuthors: Ana Kova; Ben Osei\n\nText.\n"
    )
    site.build(PLUGINS=ALL_PLUGINS)
    ana, ben = seen_authors["Ana Kova"], seen_authors["Ben Osei"]
    assert ana.avatar == "https://img.example/ana-kova.png"
    assert ben.avatar == "https://img.example/ben-osei.png"
    # Without a profile the other plugin's bio is what the theme gets; with
    # one, the people file's bio is shown.
    assert ben.bio == "<em>Ben Osei</em> writes here."
    if with_people_files:
        assert "Ana's own bio." in ana.bio
    else:
        assert ana.bio == "<em>Ana Kova</em> writes here."
