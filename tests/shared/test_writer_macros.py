"""Writers' macros in Markdown: staff_directory() and person_card("slug")."""

from __future__ import annotations

import pytest
from conftest import THEME

PLUGINS = [
    "pelican.plugins.author_profiles",
    "pelican.plugins.staff_roles",
]
SECTIONS = {"Leadership": ["Director"], "Research": ["Research Officer"]}
JINJA = {"MASTHEAD_JINJA_CONTENT": True}


def people(site):
    site.write("people/wren.md", "Title: Wren Halloway\nRoles: Director\n\nLeads.\n")
    ana = "Title: Ana Kova\nRoles: Research Officer\nExpertise: Rivers"
    site.write("people/ana.md", f"{ana}\n\nStudies rivers.\n")


def build(site, **settings):
    settings = {"PLUGINS": PLUGINS, **JINJA, **settings}
    return site.build(STAFF_SECTIONS=SECTIONS, THEME=str(THEME), **settings)


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


def test_macros_also_work_on_a_site_that_lists_jinja2content(site):
    pytest.importorskip("pelican.plugins.jinja2content")
    people(site)
    site.write("pages/team.md", 'Title: Team\n\n{{ person_card("ana-kova") }}\n')
    build(
        site,
        PLUGINS=["pelican.plugins.jinja2content", *PLUGINS],
        MASTHEAD_JINJA_CONTENT=False,
    )
    card = site.page("pages/team.html").select_one("main .masthead-staff-card")
    assert card.select_one(".p-name").get_text() == "Ana Kova"


def test_without_jinja_in_content_a_macro_call_is_text(site, warnings_logged):
    people(site)
    site.write("pages/team.md", 'Title: Team\n\n{{ person_card("ana-kova") }}\n')
    build(site, MASTHEAD_JINJA_CONTENT=False)
    main = site.page("pages/team.html").select_one("main")
    assert '{{ person_card("ana-kova") }}' in main.get_text()
    assert not main.select(".masthead-staff-card")


# Comments a writer could type to forge a call, or garble one.
HAND_WRITTEN = [
    "<!--masthead-macro person_card %5B%5B%22ana-kova%22%5D%2C%20%7B%7D%5D -->",
    "<!--masthead-macro person_card %ZZnot-json -->",
    "<!--masthead-macro person_card [[1, 2, 3], {}] -->",
    "<!--masthead-macro launch_rockets %5B%5B%5D%2C%20%7B%7D%5D -->",
    "<!--masthead-macro:0123456789abcdef0123456789abcdef person_card x -->",
]


@pytest.mark.parametrize("jinja", [False, True], ids=["jinja-off", "jinja-on"])
@pytest.mark.parametrize("comment", HAND_WRITTEN)
def test_a_hand_written_marker_is_reported_and_never_run(
    site, warnings_logged, comment, jinja
):
    people(site)
    site.write("pages/team.md", f"Title: Team\n\nBefore.\n\n{comment}\n\nAfter.\n")
    build(site, MASTHEAD_JINJA_CONTENT=jinja)
    page = site.page("pages/team.html")
    main = page.select_one("main")
    assert "Before." in main.get_text() and "After." in main.get_text()
    assert not main.select(".masthead-staff-card")
    assert "masthead-macro" not in page.decode()
    [message] = [m for m in warnings_logged() if "masthead-macro" in m]
    assert message.startswith("pages/team.md:") and "by hand" in message


def test_an_unclosed_marker_is_shown_as_text_not_hiding_the_page(site, warnings_logged):
    people(site)
    site.write(
        "pages/team.md", "Title: Team\n\n<div><!--masthead-macro oops</div>\n\nAfter.\n"
    )
    build(site)
    main = site.page("pages/team.html").select_one("main")
    assert "<!--masthead-macro oops" in main.get_text()
    assert "After." in main.get_text()
    [message] = [m for m in warnings_logged() if "masthead-macro" in m]
    assert message.startswith("pages/team.md:") and "no '-->'" in message


@pytest.mark.parametrize(
    ("call", "words"),
    [
        ("person_card(42)", ["person_card()", "text in quotes"]),
        ("person_card(cycler)", ["person_card()", "no people file"]),
        ('person_card("ana-kova", "extra")', ["person_card()", "argument"]),
        ("staff_directory(sections=['Research'])", ["staff_directory()", "argument"]),
    ],
)
def test_odd_arguments_are_reported_with_the_file(site, warnings_logged, call, words):
    people(site)
    site.write("pages/team.md", f"Title: Team\n\n{{{{ {call} }}}}\n\nAfter.\n")
    build(site)
    assert "After." in site.page("pages/team.html").get_text()
    messages = [m for m in warnings_logged() if m.startswith("pages/team.md:")]
    assert [m for m in messages if all(w in m for w in words)], messages


def test_a_person_card_speaks_the_language_of_its_page(site):
    people(site)
    site.write(
        "people/ana.ur.md",
        "Title: آنا کووا\nSlug: ana-kova\nLang: ur\nRoles: ریسرچ آفیسر\n",
    )
    site.write(
        "pages/about-ur.md",
        "Title: ہمارے بارے میں\nSlug: about\nLang: ur\n\n"
        '{{ person_card("ana-kova") }}\n',
    )
    build(site)
    card = site.page("pages/about-ur.html").select_one(".masthead-staff-card")
    assert card.select_one(".p-name").get_text() == "آنا کووا"
    assert card.select_one(".p-job-title").get_text() == "ریسرچ آفیسر"
    assert card.select_one(".u-url")["href"].endswith("/author/ana-kova-ur.html")
