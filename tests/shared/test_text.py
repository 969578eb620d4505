"""The shared extraction of an article's text (pelican_masthead.text)."""

from __future__ import annotations

import html
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pelican_masthead import text
from pelican_masthead.text import extract, text_of


def test_tags_go_and_words_stay_whole():
    found = extract("<p>The <em>delta</em>’s <a href='/x'>levees</a> held.</p>")
    assert found.prose == "The delta’s levees held."


def test_block_boundaries_separate_words():
    found = extract("<h2>Findings</h2><p>Rain</p><ul><li>fell</li><li>twice</li></ul>")
    assert found.prose.split() == ["Findings", "Rain", "fell", "twice"]


def test_scripts_styles_comments_and_templates_are_not_text():
    found = extract(
        "<p>Visible</p><script>var hidden = 1;</script>"
        "<style>p { color: red }</style><!-- a note <p>to editors</p> -->"
        "<template><p>later</p></template><noscript><p>fallback</p></noscript>"
    )
    assert found.prose == "Visible"


def test_tags_in_capitals_are_tags_too():
    found = extract(
        "<P>Upper<BR>case</P><SCRIPT>var x;</SCRIPT><Pre>code()</PRE><IMG SRC=a>"
    )
    assert (found.prose, found.code, found.images) == ("Upper case", "code()", 1)


def test_entities_are_decoded_once():
    found = extract("<p>Tom &amp; Jerry &lt;b&gt; &amp;lt; &#8212; caf&eacute;</p>")
    assert found.prose == "Tom & Jerry <b> &lt; — café"


def test_a_quoted_angle_bracket_does_not_end_a_tag():
    found = extract('<p>Levels <img alt="high > low" src="a.png"> rose.</p>')
    assert found.prose == "Levels rose."


def test_a_lone_less_than_sign_is_text():
    assert extract("<p>a <3 b</p>").prose == "a <3 b"


def test_ruby_annotations_are_not_read_twice():
    found = extract("<p><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>字</p>")
    assert found.prose == "漢字"


def test_code_blocks_are_kept_apart_from_prose():
    found = extract(
        '<p>Run this:</p><div class="highlight"><pre><span></span><code>'
        '<span class="n">level</span> <span class="o">=</span> gauge()\n'
        "</code></pre></div><p>Then <code>stop</code>.</p>"
    )
    assert found.prose == "Run this: Then stop."
    assert found.code == "level = gauge()"


def test_images_are_counted_but_not_fallback_copies():
    found = extract(
        '<p><img src="a.png"><IMG SRC="b.png"></p>'
        '<noscript><img src="a-full.png"></noscript><svg><image href="c.svg"/></svg>'
    )
    assert found.images == 2


def test_empty_markup():
    assert extract("") == extract(None) == text.ExtractedText("", "", 0)


class StoredContent:
    """Stands in for a Pelican content object whose links are not yet final."""

    def __init__(self, html: str):
        self._content = html

    @property
    def content(self):  # Pelican's property rewrites and memoizes links
        raise AssertionError("text_of must not ask for the link-rewritten HTML")


def test_text_of_extracts_once_however_often_asked(extract_calls):
    article = StoredContent("<p>One river.</p>")
    first, second = text_of(article), text_of(article)
    assert first is second
    assert first.prose == "One river."
    assert len(extract_calls) == 1


def test_text_of_follows_a_plugin_that_replaces_the_html(extract_calls):
    article = StoredContent("<p>Draft text.</p>")
    text_of(article)
    article._content = "<p>Final text, edited.</p>"
    assert text_of(article).prose == "Final text, edited."
    assert len(extract_calls) == 2


def test_text_of_reads_objects_that_only_have_content():
    class Plain:
        content = "<p>Only this.</p>"

    assert text_of(Plain()).prose == "Only this."


@given(st.text(max_size=60))
def test_escaped_text_comes_back_as_written(written):
    # Whatever a writer types (quotes, "<3", "&", right-to-left letters) comes
    # back whole, with its spaces collapsed.
    markup = f"<p><em>{html.escape(written)}</em></p>"
    assert extract(markup).prose == " ".join(written.split())


def _seconds(markup: str) -> float:
    start = time.perf_counter()
    extract(markup)
    return time.perf_counter() - start


@pytest.mark.parametrize(
    "unit",
    [
        "<style>",  # opened, never closed: once searched to the end each time
        "<script type=x>",
        "<!--",
        "<pre>",
        "<rt>",
        "<style></style ",  # closing tags that never finish
        "<a ",  # a tag whose `>` never comes
        '<img alt="',  # a quoted value never closed
        "<style><script><!--<pre><template><noscript>",
    ],
)
def test_extraction_time_grows_with_size_not_with_unclosed_tags(unit):
    # A megabyte of hostile markup costs about what a megabyte of prose does;
    # a pattern that searched from every unclosed tag took minutes.
    size = 1_000_000
    benign = ("<p>The levees held <em>once</em> more. " * (size // 30))[:size]
    hostile = (unit * (size // len(unit) + 1))[:size]
    assert len(hostile) == len(benign)
    assert _seconds(hostile) < 20 * _seconds(benign) + 0.5


def test_an_unclosed_hidden_element_hides_nothing():
    found = extract("<p>Before</p><style>p { }<p>After</p><rt>kept")
    assert found.prose == "Before p { } After kept"


def test_heading_permalinks_are_not_text_but_links_are():
    found = extract(
        '<h2 id="f">Findings<a class="headerlink" href="#f" title="Permanent link">'
        '¶</a></h2><p>See <a href="/map">the map</a>.</p>'
    )
    assert found.prose == "Findings See the map."
