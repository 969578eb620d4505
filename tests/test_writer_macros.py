"""Writers' macros in Markdown: staff_directory() and person_card("slug")."""

from __future__ import annotations

from conftest import THEME

PLUGINS = [
    "pelican.plugins.jinja2content",
    "pelican.plugins.author_profiles",
    "pelican.plugins.staff_roles",
]
SECTIONS = {"Leadership": ["Director"], "Research": ["Research Officer"]}


def people(site):
    site.write("people/wren.md", "Title: Wren Halloway\nRoles: Director\n\nLeads.\n")
    ana = "Title: Ana Kova\nRoles: Research Officer\nExpertise: Rivers"
    site.write("people/ana.md", f"{ana}\n\nStudies rivers.\n")


def build(site, **settings):
    return site.build(
        PLUGINS=PLUGINS, STAFF_SECTIONS=SECTIONS, THEME=str(THEME), **settings
    )


def test_a_page_shows_the_directory_a_section_and_a_person_card(site):
    people(site)
    site.write(
        "pages/about.md",
        """\
        Title: About us

        Everyone:

        {{ staff_directory() }}

        Our researchers: {{ staff_directory(section="research") }}

        {{ person_card("ana-kova") }}

        In templates, write {% raw %}`{{ author.name }}`{% endraw %}.
        """,
    )
    build(site)
    page = site.page("pages/about-us.html")
    main = page.select_one("main")
    [everyone, research] = main.select(".masthead-staff-directory")
    assert [n.get_text() for n in everyone.select(".p-name")] == [
        "Wren Halloway",
        "Ana Kova",
    ]
    assert [n.get_text() for n in research.select(".p-name")] == ["Ana Kova"]
    cards = [c for c in main.select(".masthead-staff-card") if not c.find_parent("ul")]
    assert len(cards) == 1
    assert cards[0].select_one(".p-job-title").get_text() == "Research Officer"
    assert cards[0].select_one(".u-url")["href"].endswith("/author/ana-kova.html")
    assert "{{ author.name }}" in main.get_text()
    # The organisation's structured data is the staff page's alone.
    assert not main.select('script[type="application/ld+json"]')
    # No stray markers: the HTML is what a reader gets.
    assert "masthead-macro" not in page.decode()


def test_a_wrong_slug_or_section_is_named_with_the_file(site, warnings_logged):
    people(site)
    site.write(
        "pages/about.md",
        'Title: About\n\n{{ person_card("ana-kovaa") }}\n\n'
        '{{ staff_directory(section="Gardening") }}\n\nThe rest stays.\n',
    )
    build(site)
    assert "The rest stays." in site.page("pages/about.html").get_text()
    messages = [m for m in warnings_logged() if "pages/about.md" in m]
    assert any("person_card" in m and "'ana-kova'" in m for m in messages)
    assert any("Gardening" in m and "'Research'" in m for m in messages)


def test_a_cached_page_shows_a_person_as_their_profile_now_reads(site):
    people(site)
    site.write("pages/team.md", 'Title: Team\n\n{{ person_card("wren-halloway") }}\n')
    cache = {"LOAD_CONTENT_CACHE": True, "CACHE_CONTENT": True}
    build(site, **cache)
    site.write("people/wren.md", "Title: Wren Halloway\nRoles: Director\n\nNew bio.\n")
    build(site, **cache)
    assert "New bio." in site.page("pages/team.html").get_text()
