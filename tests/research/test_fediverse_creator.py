"""``<meta name="fediverse:creator">``: one per author with a Mastodon
address, in byline order."""

from types import SimpleNamespace

import pytest
from conftest import ALL_PLUGINS, THEME
from pelican.plugins.author_profiles.person import Link
from pelican.plugins.research.fediverse import fediverse_handle


def creators(page) -> list[str]:
    return [
        tag["content"]
        for tag in page.head.find_all("meta", attrs={"name": "fediverse:creator"})
    ]


@pytest.mark.parametrize("theme", ["notmyidea", str(THEME)])
def test_each_author_with_a_mastodon_address_in_byline_order(site, theme):
    site.write(
        "people/ana.md", "Title: Ana Kova\nMastodon: @ana@social.example\n\nB.\n"
    )
    site.write("people/bo.md", "Title: Bo Lind\n\nBio.\n")
    site.write(
        "people/cy.md",
        "Title: Cy Rho\nMastodon: https://scholar.example/@cy_rho\n\nBio.\n",
    )
    site.write(
        "a.md", "Title: A\nDate: 2024-01-01\nAuthors: Cy Rho; Bo Lind; Ana Kova\n\nT.\n"
    )
    site.build(PLUGINS=ALL_PLUGINS, THEME=theme)
    page = site.page("a.html")
    assert creators(page) == ["@cy_rho@scholar.example", "@ana@social.example"]
    # Written once, also where the theme includes the snippet itself.
    assert len(page.select('[data-masthead="fediverse-creator"]')) == 1


def test_an_article_without_such_authors_has_none(site):
    site.write("people/bo.md", "Title: Bo Lind\n\nBio.\n")
    site.write("a.md", "Title: A\nDate: 2024-01-01\nAuthors: Bo Lind\n\nT.\n")
    site.build(PLUGINS=ALL_PLUGINS)
    assert creators(site.page("a.html")) == []


@pytest.mark.parametrize(
    "url",
    [
        'https://social.example/@a"><script>alert(1)</script>',
        "https://social.example/users/ana",
        "https://social.example/@",
        'https://ex"><script>.example/@ana',
    ],
)
def test_only_addresses_that_name_an_account_are_claimed(url):
    author = SimpleNamespace(links=[Link("mastodon", "Mastodon", url, "x")])
    assert fediverse_handle(author) == ""


def test_hostile_mastodon_fields_never_reach_the_head(site, warnings_logged):
    site.write(
        "people/ana.md",
        'Title: Ana Kova\nMastodon: @a"><script>alert(1)</script>@social.example\n'
        "\nB.\n",
    )
    site.write("a.md", "Title: A\nDate: 2024-01-01\nAuthors: Ana Kova\n\nT.\n")
    site.build(PLUGINS=ALL_PLUGINS)
    html = (site.output / "a.html").read_text()
    assert "<script>alert" not in html
    assert creators(site.page("a.html")) == []
    assert any("'Mastodon'" in m for m in warnings_logged())
