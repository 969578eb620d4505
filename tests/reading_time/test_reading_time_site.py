"""Reading time on real Pelican builds: attributes, snippet, writers' overrides.

Expected figures are worked out by hand in the comments, with the default
speeds: 238 words, 500 characters (Chinese 439, Japanese 653) and 120 code
words a minute; images 12 s, one less each, at least 3 s.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader
from pelican import signals
from pelican.plugins.reading_time.wiring import TEMPLATES
from pelican_masthead import text
from pelican_masthead.contents import contents_of
from pelican_masthead.settings import SettingsError

PLUGINS = ["pelican.plugins.reading_time"]

# 12 words.
ENGLISH = "Flood maps of the delta were redrawn after the long spring survey."
# 14 words.
PUMPS = (
    "Pumps along the canal were tested twice before the monsoon season began this year."
)
# Urdu: 11 words.
URDU = "شہر کے دریا میں پانی کی سطح ہر سال بدلتی ہے۔"
# Chinese: 10 characters and a full stop.
CHINESE = "河流每年都在慢慢变化。"
# Japanese: 14 characters and a full stop.
JAPANESE = "川の水位は毎年少しずつ変わる。"


def paragraphs(sentence: str, times: int, per_paragraph: int = 5) -> str:
    """``sentence`` ``times`` times, in paragraphs of ``per_paragraph``."""
    lines = [sentence] * times
    return "\n\n".join(
        " ".join(lines[i : i + per_paragraph]) for i in range(0, times, per_paragraph)
    )


def article(title: str, body: str, **fields: str) -> str:
    header = {"Title": title, "Date": "2024-05-01", **fields}
    return "\n".join(f"{k}: {v}" for k, v in header.items()) + "\n\n" + body + "\n"


@pytest.fixture
def built():
    """Every article and page of the last build, by source file name."""
    found: dict[str, object] = {}

    def collect(generators):
        for content in contents_of(generators):
            found[Path(content.source_path).name] = content

    signals.all_generators_finalized.connect(collect)
    yield found
    signals.all_generators_finalized.disconnect(collect)


@pytest.fixture
def snippet_theme(tmp_path) -> Path:
    """Templates that show the snippet on articles, pages and listings."""
    folder = tmp_path / "overrides"
    folder.mkdir()
    (folder / "article.html").write_text(
        '<main><h1>{{ article.title }}</h1>{% include "masthead/reading_time.html" %}'
        '<p id="label">{{ masthead_labels.reading_time }}</p></main>\n'
    )
    (folder / "page.html").write_text(
        '<main>{% include "masthead/reading_time.html" %}</main>\n'
    )
    (folder / "index.html").write_text(
        "<ul>{% for article in articles %}"
        '<li data-slug="{{ article.slug }}">'
        '{% include "masthead/reading_time.html" %}</li>'
        "{% endfor %}</ul>\n"
    )
    return folder


def assert_reading_time(content, words: int, minutes: int, label: str = "") -> None:
    assert content.word_count == words
    assert content.reading_time == minutes
    # In the article's language: the shipped Urdu and Chinese labels.
    assert content.reading_time_label == (label or f"{minutes} min read")
    assert content.reading_time_iso == f"PT{minutes}M"


def test_english_article(site, built):
    # 50 sentences of 12 words + the heading "Findings" = 601 words;
    # 601 / 238 = 2.53 min -> 3.
    site.write(
        "delta.md", article("Delta", "## Findings\n\n" + paragraphs(ENGLISH, 50))
    )
    site.build(PLUGINS=PLUGINS)
    assert_reading_time(built["delta.md"], 601, 3)


def test_urdu_article_is_counted_by_words(site, built):
    # 40 sentences of 11 words = 440 words; 440 / 238 = 1.85 min -> 2.
    site.write("river.md", article("دریا", paragraphs(URDU, 40), Lang="ur"))
    site.build(PLUGINS=PLUGINS)
    assert_reading_time(built["river.md"], 440, 2, "2 منٹ کا مطالعہ")


def test_chinese_article_is_counted_by_characters(site, built):
    # 70 sentences of 10 characters = 700 characters at 439 a minute:
    # 1.59 min -> 2 (at the generic 500 a minute it would be 1).
    site.write("he.md", article("河流", paragraphs(CHINESE, 70), Lang="zh"))
    site.build(PLUGINS=PLUGINS, DEFAULT_LANG="zh")
    assert_reading_time(built["he.md"], 700, 2, "阅读时间 2 分钟")


def test_code_heavy_article(site, built):
    # Prose: 17 sentences of 14 words = 238 words, 1 min.
    # Code: 80 lines of "total = total + rain[day]", 3 words each ("=" and
    # "+" are not words) = 240 code words at 120 a minute, 2 min.
    # 1 + 2 = 3 min; read as prose, the 478 words would take 2.
    code = "\n".join(["    total = total + rain[day]"] * 80)
    body = paragraphs(PUMPS, 17) + "\n\n" + code
    site.write("pumps.md", article("Pumps", body))
    site.build(PLUGINS=PLUGINS)
    assert_reading_time(built["pumps.md"], 478, 3)


def test_article_made_only_of_images(site, built):
    # 20 images: 12 + 11 + ... + 3 (75 s) + 10 x 3 s = 105 s = 1.75 min -> 2.
    # Alt text is not read as running text.
    images = "\n\n".join(f"![Gauge {n} at noon](/images/g{n}.png)" for n in range(20))
    site.write("gauges.md", article("Gauges", images))
    site.build(PLUGINS=PLUGINS)
    assert_reading_time(built["gauges.md"], 0, 2)


def test_empty_article(site, built):
    site.write("empty.md", article("Nothing yet", ""))
    site.build(PLUGINS=PLUGINS)
    assert_reading_time(built["empty.md"], 0, 1)


@pytest.fixture
def jinja2content():
    """pelican-jinja2content for one build; it never disconnects itself, and
    would otherwise render every later test's Markdown as Jinja."""
    plugin = pytest.importorskip("pelican.plugins.jinja2content")

    yield "pelican.plugins.jinja2content"
    signals.readers_init.disconnect(plugin.add_reader)


def test_words_made_by_jinja2content_count(site, built, jinja2content):
    # The loop writes 40 sentences of 9 words (360) and the macro one of 7:
    # 367 words, 367 / 238 = 1.54 min -> 2. Counted before rendering, the
    # source would hold about 20 words, 1 min.
    site.write(
        "weir.md",
        """\
        Title: Weir
        Date: 2024-05-01

        {% macro note(place) %}Flooding was reported in {{ place }} twice.{% endmacro %}
        {% for station in range(40) %}
        Gauge readings were logged at the weir every morning.
        {% endfor %}

        {{ note("Harrow Fen") }}
        """,
    )
    site.build(PLUGINS=[jinja2content, *PLUGINS])
    assert_reading_time(built["weir.md"], 367, 2)


def test_drafts_pages_and_translations_get_it(site, built):
    # English original: 600 words, 2.52 min -> 3.
    site.write("delta.md", article("Delta", paragraphs(ENGLISH, 50), Slug="delta"))
    # Its Chinese translation: 700 characters at 439 a minute -> 2.
    site.write(
        "delta-zh.md",
        article("三角洲", paragraphs(CHINESE, 70), Slug="delta", Lang="zh"),
    )
    # Its Japanese translation: 50 x 14 = 700 characters at 653 a minute:
    # 1.07 min -> 1.
    site.write(
        "delta-ja.md",
        article("デルタ", paragraphs(JAPANESE, 50), Slug="delta", Lang="ja"),
    )
    # A draft: 476 words = 2 min exactly.
    site.write("draft.md", article("Draft", paragraphs(PUMPS, 34), Status="draft"))
    site.write("hidden.md", article("Hidden", paragraphs(PUMPS, 17), Status="hidden"))
    # Pages: 238 words = 1 min; a draft page of 714 words = 3 min.
    site.write("pages/about.md", "Title: About\n\n" + paragraphs(PUMPS, 17))
    site.write(
        "pages/plans.md", "Title: Plans\nStatus: draft\n\n" + paragraphs(PUMPS, 51)
    )
    site.build(PLUGINS=PLUGINS)
    assert_reading_time(built["delta.md"], 600, 3)
    assert_reading_time(built["delta-zh.md"], 700, 2, "阅读时间 2 分钟")
    assert_reading_time(built["delta-ja.md"], 700, 1)
    assert_reading_time(built["draft.md"], 476, 2)
    assert_reading_time(built["hidden.md"], 238, 1)
    assert_reading_time(built["about.md"], 238, 1)
    assert_reading_time(built["plans.md"], 714, 3)


def test_per_language_speed_from_settings(site, built):
    # 440 Urdu words at a site's 160 a minute: 2.75 min -> 3.
    site.write("river.md", article("دریا", paragraphs(URDU, 40), Lang="ur"))
    site.build(PLUGINS=PLUGINS, READING_TIME_LANGUAGES={"ur": {"wpm": 160}})
    assert_reading_time(built["river.md"], 440, 3, "3 منٹ کا مطالعہ")


def test_writer_reading_time_wins(site, built):
    site.write("delta.md", article("Delta", paragraphs(ENGLISH, 50), Reading_time="12"))
    site.build(PLUGINS=PLUGINS)
    # The word count stays measured; only the time is the writer's.
    assert_reading_time(built["delta.md"], 600, 12)


@pytest.mark.parametrize("given", ["soon", "0", "4.5", "-3"])
def test_invalid_writer_reading_time_is_reported(site, built, warnings_logged, given):
    site.write(
        "delta.md", article("Delta", paragraphs(ENGLISH, 50), Reading_time=given)
    )
    site.build(PLUGINS=PLUGINS)
    assert_reading_time(built["delta.md"], 600, 3)
    [warning] = [m for m in warnings_logged() if "Reading_time" in m]
    assert "delta.md" in warning
    assert repr(given) in warning
    assert "estimate (3 min)" in warning


def test_invalid_writer_reading_time_fails_a_strict_build(site):
    site.write("delta.md", article("Delta", "Short.", Reading_time="soon"))
    with pytest.raises(Exception, match="Reading_time"):
        site.build(PLUGINS=PLUGINS, MASTHEAD_STRICT=True)


def test_invalid_setting_stops_the_build(site):
    site.write("delta.md", article("Delta", "Short."))
    with pytest.raises(SettingsError, match="READING_TIME_WPM"):
        site.build(PLUGINS=PLUGINS, READING_TIME_WPM=-238)


def test_snippet_on_article_page_and_listing(site, snippet_theme):
    site.write(
        "delta.md",
        article("Delta", paragraphs(ENGLISH, 50), Author="Odile Fenwright"),
    )
    site.write("pages/about.md", "Title: About\n\n" + paragraphs(PUMPS, 17))
    site.build(PLUGINS=PLUGINS, THEME_TEMPLATES_OVERRIDES=[str(snippet_theme)])

    time = site.page("delta.html").find("time")
    assert (
        str(time) == '<time class="masthead-reading-time" data-masthead="reading-time" '
        'datetime="PT3M">3 min read</time>'
    )
    # The labels global exists with only this plugin enabled.
    assert site.page("delta.html").find(id="label").text == "{minutes} min read"
    assert site.page("pages/about.html").find("time")["datetime"] == "PT1M"
    for listing in ("index.html", "category/misc.html", "author/odile-fenwright.html"):
        listed = site.page(listing).find("li", attrs={"data-slug": "delta"})
        assert listed.find("time", class_="masthead-reading-time").text == "3 min read"


def test_snippet_escapes_a_translated_label(site, snippet_theme):
    site.write("delta.md", article("Delta", "Short text."))
    site.build(
        PLUGINS=PLUGINS,
        THEME_TEMPLATES_OVERRIDES=[str(snippet_theme)],
        MASTHEAD_LABELS={"reading_time": '<{minutes}> "min" & مطالعہ'},
    )
    html = (site.output / "delta.html").read_text(encoding="utf-8")
    assert "&lt;1&gt;" in html
    assert site.page("delta.html").find("time").text == '<1> "min" & مطالعہ'


def test_snippet_renders_nothing_without_data():
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)))
    snippet = env.get_template("masthead/reading_time.html")

    class Bare:
        title = "No reading time"

    class Measured:
        reading_time_label = "2 min read"
        reading_time_iso = "PT2M"

    assert snippet.render(article=Bare()).strip() == ""
    assert snippet.render().strip() == ""
    assert snippet.render(article=Measured()).strip() == (
        '<time class="masthead-reading-time" data-masthead="reading-time" '
        'datetime="PT2M">2 min read</time>'
    )


def test_extraction_runs_once_per_article(site, built, extract_calls):
    site.write("delta.md", article("Delta", paragraphs(ENGLISH, 10)))
    site.write("pumps.md", article("Pumps", paragraphs(PUMPS, 10)))
    site.write("draft.md", article("Draft", "A draft.", Status="draft"))
    site.write("pages/about.md", "Title: About\n\nAbout us.")
    site.build(PLUGINS=PLUGINS)
    assert len(extract_calls) == 4
    # A second plugin asking for the same text gets the cached result.
    for content in built.values():
        assert text.text_of(content) is text.text_of(content)
    assert len(extract_calls) == 4


def test_text_asked_for_early_leaves_links_alone(site):
    # A plugin may ask for an article's text before the pages are read;
    # Pelican's link-rewritten HTML would then freeze an unresolved link.
    def early(generator):
        for content in generator.articles:
            text.text_of(content)

    signals.article_generator_pretaxonomy.connect(early)
    try:
        site.write(
            "delta.md", article("Delta", "See [our team]({filename}pages/about.md).")
        )
        site.write("pages/about.md", "Title: About\n\nAbout us.")
        site.build(PLUGINS=PLUGINS)
    finally:
        signals.article_generator_pretaxonomy.disconnect(early)
    link = site.page("delta.html").find("a", string="our team")
    assert link["href"] == "https://example.org/pages/about.html"


def test_blocks_that_writer_macros_fill_in_are_counted_once(
    site, built, jinja2content, extract_calls
):
    # person_card() leaves a marker (an HTML comment, no words) while the page
    # is read; author_profiles fills the card in once every generator is done.
    site.write(
        "people/ana.md", "Title: Ana Kova\nRoles: Research Officer\n\nStudies rivers.\n"
    )
    site.write(
        "pages/team.md",
        "Title: Team\n\nThe person to ask about rivers is here.\n\n"
        '{{ person_card("ana-kova") }}\n',
    )
    site.build(PLUGINS=[jinja2content, "pelican.plugins.author_profiles", *PLUGINS])
    team = built["team.md"]
    # 8 words of prose, and the card's: at least her name and her title.
    assert team.word_count >= 8 + 4
    assert "Ana Kova" in text.text_of(team).prose
    assert "Research Officer" in text.text_of(team).prose
    assert len(extract_calls) == len(built)


def test_a_later_build_without_the_plugin_is_left_alone(site, built, tmp_path):
    # Pelican keeps signal receivers for the life of the process.
    site.write("delta.md", article("Delta", paragraphs(ENGLISH, 50)))
    site.build(PLUGINS=PLUGINS)
    assert built["delta.md"].reading_time == 3
    site.build(
        PLUGINS=["pelican.plugins.author_profiles"],
        OUTPUT_PATH=str(tmp_path / "second"),
        READING_TIME_WPM="not checked either",
    )
    assert not hasattr(built["delta.md"], "reading_time_label")


def test_cached_articles_follow_changed_settings(site, built):
    # Pelican's generator-level cache hands back whole article objects without
    # building them again; their reading time must still follow the settings.
    cache = {
        "CACHE_CONTENT": True,
        "LOAD_CONTENT_CACHE": True,
        "CONTENT_CACHING_LAYER": "generator",
    }
    site.write("delta.md", article("Delta", paragraphs(ENGLISH, 50)))
    site.build(PLUGINS=PLUGINS, **cache)
    assert built["delta.md"].reading_time == 3
    # 600 words at 100 a minute: 6 min.
    site.build(PLUGINS=PLUGINS, READING_TIME_WPM=100, **cache)
    assert built["delta.md"].reading_time == 6
