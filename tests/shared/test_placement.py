"""Placing snippets into a page a theme wrote: string operations only."""

from __future__ import annotations

import logging
import time
from types import SimpleNamespace

import pytest
from jinja2 import DictLoader, Environment
from pelican_masthead import placement
from pelican_masthead.placement import (
    AFTER_CONTENT,
    BEFORE_CONTENT,
    HEAD,
    PROFILE,
    Snippet,
    place,
    profile_position,
)
from pelican_masthead.settings import SettingsError

SNIPPETS = {
    "byline.html": '<p class="by" data-masthead="byline">By {{ article.who }}</p>',
    "boxes.html": '<section data-masthead="boxes">About {{ article.who }}</section>',
    "empty.html": "{# renders nothing #}",
    "meta.html": (
        "{% if article is defined %}"
        '<link rel="canonical" href="https://example.org/{{ article.url }}">\n'
        '<meta property="og:title" content="{{ article.title }}"'
        ' data-masthead="social-meta">\n'
        '<meta name="twitter:card" content="summary">{% endif %}'
    ),
    "profile.html": '<section data-masthead="profile">{{ author.name }}</section>',
    "theme.html": "{{ html }}",
}
PLACED = [
    Snippet("byline", "byline.html", BEFORE_CONTENT, 10),
    Snippet("empty", "empty.html", BEFORE_CONTENT, 20),
    Snippet("boxes", "boxes.html", AFTER_CONTENT, 10),
    Snippet("social-meta", "meta.html", HEAD, 10),
    Snippet("profile", "profile.html", PROFILE, 10),
]
TEXT = "<p>Rivers run low in August.</p>"


def page(head: str = "", body: str = "", lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><title>T</title>\n{head}</head>'
        f"<body>{body}</body></html>"
    )


def generator(tmp_path, **settings):
    env = Environment(loader=DictLoader(SNIPPETS))
    return SimpleNamespace(
        env=env,
        settings={"DEFAULT_LANG": "en", **settings},
        output_path=str(tmp_path),
        get_template=lambda name: env.get_template(name + ".html"),
    )


def render(tmp_path, html: str, **context) -> str:
    gen = generator(tmp_path)
    place(gen, PLACED)
    return gen.get_template("theme").render(html=html, SITEURL="/s", **context)


ARTICLE = SimpleNamespace(content=TEXT, who="Ana", title="Dry", url="dry.html")


def test_snippets_go_around_the_first_copy_of_the_text_in_the_body(tmp_path):
    html = page(
        head=f'<meta name="description" content="{TEXT[3:10]}">',
        body=f'<div class="post">{TEXT}</div><aside>{TEXT}</aside>',
    )
    out = render(tmp_path, html, article=ARTICLE)
    before = '<div class="masthead-placed masthead-placed--before">'
    assert (
        f'<div class="post">{before}\n<p class="by" data-masthead="byline">By Ana</p>'
        f"\n</div>\n{TEXT}\n"
        '<div class="masthead-placed masthead-placed--after">\n'
        '<section data-masthead="boxes">About Ana</section>\n</div></div>'
        f"<aside>{TEXT}</aside>"
    ) in out
    # The text itself is untouched: the article's content is never changed.
    assert ARTICLE.content == TEXT


def test_a_page_whose_text_is_not_found_gets_no_snippet_and_a_debug_note(
    tmp_path, caplog
):
    caplog.set_level(logging.DEBUG, logger="pelican_masthead.placement")
    html = page(body="<div>Rivers run low in <em>August</em>.</div>")
    out = render(tmp_path, html, article=ARTICLE)
    assert "data-masthead=" not in out.split("</head>")[1]
    assert "is not in the page the theme wrote" in caplog.text


def test_a_snippet_the_theme_already_shows_is_not_placed_twice(tmp_path):
    html = page(body=f'<p class="by" data-masthead="byline">By Ana</p>{TEXT}')
    out = render(tmp_path, html, article=ARTICLE)
    assert out.count('data-masthead="byline"') == 1
    assert out.count('data-masthead="boxes"') == 1


def test_a_snippet_the_theme_includes_is_not_rendered_again_where_it_shows_nothing(
    tmp_path,
):
    # An article without credits: the theme's include writes nothing, and
    # placement must not render the snippet a second time to find that out.
    renders = []
    gen = generator(tmp_path)
    gen.env.globals["rendered"] = lambda: renders.append(1) or ""
    gen.env.loader.mapping.update(
        {
            "credits.html": "{{ rendered() }}{% if article.credits %}"
            '<p data-masthead="credits">{{ article.credits }}</p>{% endif %}',
            "with_credits.html": '{% include "credits.html" %}{{ html }}',
        }
    )
    place(gen, [Snippet("credits", "credits.html", AFTER_CONTENT)])
    html = page(body=TEXT)
    out = gen.get_template("with_credits").render(html=html, article=ARTICLE)
    assert len(renders) == 1 and "masthead-placed" not in out
    # A template of the same theme that does not include it gets it placed.
    credited = SimpleNamespace(**vars(ARTICLE), credits="Data: Omar")
    out = gen.get_template("theme").render(html=html, article=credited)
    assert len(renders) == 2
    assert '<p data-masthead="credits">Data: Omar</p>' in out


def test_a_snippet_for_profile_pages_is_not_even_rendered_on_other_pages(tmp_path):
    renders = []
    gen = generator(tmp_path)
    gen.env.globals["rendered"] = lambda: renders.append(1) or ""
    gen.env.loader.mapping["feed.html"] = (
        "{{ rendered() }}{% if author is defined %}"
        '<link rel="alternate" href="/{{ author.slug }}.xml"'
        ' data-masthead="author-feed">{% endif %}'
    )
    place(gen, [Snippet("author-feed", "feed.html", HEAD, needs="author")])
    out = gen.get_template("theme").render(html=page(body=TEXT), article=ARTICLE)
    assert renders == [] and "author-feed" not in out
    author = SimpleNamespace(name="Ana", slug="ana")
    out = gen.get_template("theme").render(html=page(body=TEXT), author=author)
    assert '<link rel="alternate" href="/ana.xml"' in out.split("</head>")[0]


def test_our_head_tags_replace_the_themes_for_the_same_keys_only(tmp_path):
    theme_head = (
        '<link rel="canonical" href="https://example.org/old">\n'
        '<meta property="og:title" content="Theme title" />\n'
        "<meta property='og:locale' content='en_GB'>\n"
        '<meta\n  name="twitter:card"\n  content="summary_large_image">\n'
        '<meta name="description" content="Theme description">\n'
    )
    out = render(tmp_path, page(head=theme_head, body=TEXT), article=ARTICLE)
    head = out.split("</head>")[0]
    assert head.count('rel="canonical"') == 1
    assert 'href="https://example.org/dry.html"' in head
    assert head.count("og:title") == 1 and 'content="Dry"' in head
    assert head.count("twitter:card") == 1 and "summary_large_image" not in head
    # Keys we do not write stay as the theme wrote them.
    assert "og:locale" in head and "Theme description" in head


def test_a_theme_that_includes_our_head_tags_and_writes_its_own_keeps_ours(tmp_path):
    # docs/theming.md's override includes the snippet in `head`; a theme
    # that writes og:title itself, before or after it, had two of them.
    env = generator(tmp_path).env
    ours = env.get_template("meta.html").render(article=ARTICLE)
    theme_head = (
        '<meta property="og:title" content="Theme title">\n'
        f"{ours}\n"
        '<link rel="canonical" href="http://example.org/dry.html">\n'
        '<meta name="description" content="Theme description">\n'
    )
    out = render(tmp_path, page(head=theme_head, body=TEXT), article=ARTICLE)
    head = out.split("</head>")[0]
    assert head.count("og:title") == 1 and "Theme title" not in head
    assert head.count('rel="canonical"') == 1 and "http://example.org" not in head
    assert head.count('data-masthead="social-meta"') == 1
    assert "Theme description" in head


def test_the_stylesheet_is_linked_and_written_once_something_is_shown(tmp_path):
    out = render(tmp_path, page(body=TEXT), article=ARTICLE)
    assert (
        '<link rel="stylesheet" href="/s/masthead/snippets.css" '
        'data-masthead="stylesheet">'
    ) in out
    assert (tmp_path / "masthead" / "snippets.css").read_text().startswith("/*")


def test_no_stylesheet_where_the_theme_styles_the_snippets_or_none_shows(tmp_path):
    styled = page(
        head='<link rel="stylesheet" href="t.css" data-masthead="stylesheet">',
        body=TEXT,
    )
    assert render(tmp_path, styled, article=ARTICLE).count("stylesheet") == 2
    listing = render(tmp_path, page(body="<ul><li>x</li></ul>"), articles=[])
    assert "snippets.css" not in listing


def test_snippets_say_their_language_on_a_page_in_another(tmp_path):
    out = render(tmp_path, page(body=TEXT, lang="ur"), article=ARTICLE)
    assert 'masthead-placed--before" lang="en" dir="ltr">' in out
    gen = generator(tmp_path, DEFAULT_LANG="fa")
    place(gen, PLACED)
    out = gen.get_template("theme").render(html=page(body=TEXT), article=ARTICLE)
    assert 'masthead-placed--after" lang="fa" dir="rtl">' in out


def test_the_setting_turns_placement_off_and_is_checked(tmp_path):
    gen = generator(tmp_path, MASTHEAD_PLACEMENT=False)
    place(gen, PLACED)
    html = page(body=TEXT)
    assert gen.get_template("theme").render(html=html, article=ARTICLE) == html
    with pytest.raises(SettingsError, match="MASTHEAD_PLACEMENT must be True or"):
        place(generator(tmp_path, MASTHEAD_PLACEMENT="no"), PLACED)


AUTHOR = SimpleNamespace(name="Ana Kova")
FIRST = SimpleNamespace(url="2024/dry.html")
LISTED = SimpleNamespace(object_list=[FIRST])


def test_a_profile_goes_on_author_pages_before_the_listing(tmp_path):
    body = (
        '<nav><a href="/">Home</a></nav><main><h2>Articles by Ana</h2>\n'
        '<article><header><h2><a href="/s/2024/dry.html#dry">Dry</a></h2>'
        "</header></article></main>"
    )
    out = render(tmp_path, page(body=body), author=AUTHOR, articles_page=LISTED)
    assert (
        # Before the cards, as a card: a theme's "main article" rules give
        # the profile the listing's column.
        '<main><article class="masthead-placed masthead-placed--profile">\n'
        '<section data-masthead="profile">Ana Kova</section>\n</article>\n'
        "<h2>Articles by Ana</h2>"
    ) in out


@pytest.mark.parametrize(
    ("body", "before"),
    [
        # A list of cards (smallweb): before the list, inside <main>.
        (
            '<main rel="main">\n<ul class="list">\n<li>\n<article>\n'
            '<a href="https://e.org/2024/dry.html">',
            '<ul class="list">',
        ),
        # A featured first article (notmyidea): inside the featured column.
        (
            '<header><h1><a href="/">Site</a></h1></header>'
            '<aside id="featured" class="body">\n<article>\n'
            '<h1 class="entry-title"><a href="../2024/dry.html">Dry</a></h1>',
            "<article>",
        ),
        # The first article's address also in a sidebar before <main>: the
        # link inside <main> counts.
        (
            '<aside><a href="/2024/dry.html">Dry</a></aside><main><div>'
            '<ol><li><a href="/2024/dry.html">Dry</a>',
            "<ol>",
        ),
    ],
)
def test_the_profile_goes_before_the_card_and_list_of_the_first_article(body, before):
    html = page(body=body)
    at = profile_position(html, html.index("<body>") + 6, "2024/dry.html")
    assert html[at:].startswith(before)


@pytest.mark.parametrize(
    ("body", "after"),
    [
        ("<header><h1>Site</h1></header><main><p>x</p></main>", "<main>"),
        ('<h1>Site</h1><section id="content" class="body"><p>', 'class="body">'),
        ("<div><h1>Site</h1><p>Nothing yet</p></div>", "<h1>Site</h1>"),
        ("<p>Nothing yet</p>", "<body>"),
    ],
)
def test_without_articles_the_profile_opens_the_content_column(body, after):
    html = page(body=body)
    at = profile_position(html, html.index("<body>") + 6, "")
    assert html[:at].endswith(after)


def test_placement_renders_each_page_in_linear_time_on_hostile_markup(tmp_path):
    # Long runs of what the patterns look for, with nothing that completes
    # them: a backtracking expression would take minutes here.
    hostile = (
        "<meta " * 20_000
        + "<a " * 20_000
        + '<x id="content' * 5_000
        + "<a "
        + "h" * 50_000
    )
    html = page(body=hostile + TEXT)
    started = time.perf_counter()
    out = render(tmp_path, html, article=ARTICLE, author=AUTHOR, articles_page=LISTED)
    assert placement.tag_keys(hostile) == set()
    assert profile_position(html, 0, "") == 0  # nothing to go after
    # Quadratic scanning took 9 s here; linear takes milliseconds.
    assert time.perf_counter() - started < 2
    assert 'data-masthead="byline"' in out
