"""``Disclosure:`` on an article and in a people file, labelled where
readers see them, with inline Markdown and nothing else."""

import time

import pytest
from conftest import ALL_PLUGINS, THEME
from pelican_masthead.inline_markup import inline_html


@pytest.mark.parametrize(
    ("written", "html"),
    [
        ("Funded by *the Fund*.", "Funded by <em>the Fund</em>."),
        ("**Board** member", "<strong>Board</strong> member"),
        (
            "See [our policy](https://ex.org/p?a=1&b=2)",
            'See <a href="https://ex.org/p?a=1&amp;b=2">our policy</a>',
        ),
        ("`code`", "<code>code</code>"),
        ('<b onclick="x">hi</b>', "&lt;b onclick=&#34;x&#34;&gt;hi&lt;/b&gt;"),
        ("[click](javascript:alert(1))", "[click](javascript:alert(1))"),
        (
            '[x](https://a.example/"onmouseover=1)',
            '<a href="https://a.example/&#34;onmouseover=1">x</a>',
        ),
        ("*unclosed and also", "*unclosed and also"),
        ("AT&T", "AT&amp;T"),
    ],
)
def test_inline_markdown_and_nothing_else(written, html):
    assert str(inline_html(written)) == html


SIZE = 200_000
BENIGN = "Funded by *the Fund*, **unpaid**, see [us](https://a.example) `x`. "


def fastest(text: str) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        inline_html(text)
        times.append(time.perf_counter() - start)
    return min(times)


@pytest.mark.parametrize(
    "unit",
    ["*" + "a" * 50, "**" + "a" * 50, "[a](", "`", "[", "[a](b c", "*" * 7 + "]("],
)
def test_inline_markup_costs_no_more_on_unclosed_marks(unit):
    # As much hostile text as benign text full of marks: a pattern that went
    # back over what it read would take hundreds of times longer on the first.
    benign = fastest((BENIGN * (SIZE // len(BENIGN) + 1))[:SIZE])
    hostile = fastest((unit * (SIZE // len(unit) + 1))[:SIZE])
    assert hostile < benign * 10 + 0.05


def disclosed_site(site) -> None:
    site.write(
        "people/ana.md",
        "Title: Ana Kova\nDisclosure: Advises the *Rivers Trust* (unpaid); "
        "مستشارة <script>x</script>\n\nBio.\n",
    )
    site.write(
        "a.md",
        "Title: A\nDate: 2024-01-01\nAuthors: Ana Kova\n"
        'Disclosure: Funded by the "Water & Cities" **Fund**.\n\nThe text.\n',
    )
    site.write("b.md", "Title: B\nDate: 2024-01-02\nAuthors: Ana Kova\n\nOther.\n")


@pytest.mark.parametrize("theme", ["notmyidea", str(THEME)])
def test_an_articles_disclosure_follows_its_text(site, theme):
    disclosed_site(site)
    site.build(PLUGINS=ALL_PLUGINS, THEME=theme)
    page = site.page("a.html")
    [note] = page.select('[data-masthead="disclosure"]')
    assert note.get_text(" ", strip=True) == (
        'Disclosure: Funded by the "Water & Cities" Fund .'
    )
    assert note.select_one("strong:not(.masthead-disclosure__label)").text == "Fund"
    text = page.find(string=lambda s: s and "The text." in s)
    assert note in text.find_all_next()
    assert not site.page("b.html").select('[data-masthead="disclosure"]')


@pytest.mark.parametrize("theme", ["notmyidea", str(THEME)])
def test_a_persons_disclosure_shows_on_their_profile(site, theme):
    disclosed_site(site)
    site.build(PLUGINS=ALL_PLUGINS, THEME=theme)
    page = site.page("author/ana-kova.html")
    [row] = [p for p in page.find_all("p") if p.get_text().startswith("Disclosure:")]
    assert row.select_one("em").text == "Rivers Trust"
    assert "<script>x</script>" in row.get_text()  # shown as typed, not run
    assert not page.select("p script")
