"""The problems found on real Pelican sites, rebuilt from their fixtures.

Each folder of tests/fixtures/real_sites is a fictional site reproducing what
one real site showed after adopting the plugins (docs/real_sites.md); its
README says what happened then and what happens now. Every site here is built
from its own settings.py, as its maintainer would build it, with the current
code and no network.
"""

from __future__ import annotations

import contextlib
import gzip
import importlib.metadata
import shutil
import subprocess
import sys
import weakref
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from conftest import ALL_PLUGINS, FIXTURES
from packaging.requirements import Requirement
from pelican import Pelican
from pelican.plugins import _utils as plugin_utils
from pelican.plugins import signals
from pelican.settings import read_settings

REAL_SITES = FIXTURES / "real_sites"
SOCIAL_KEYS = ("og:type", "og:title", "og:url", "og:site_name", "og:description")


@contextlib.contextmanager
def receivers_restored():
    """Disconnect, after the build, whatever the site's own plugins connected.

    Pelican's signals are global: a fixture's plugin (a gzip pass, a Markdown
    extension) would otherwise act on every later build of the test run.
    """
    before = {
        name: set(sig.receivers)
        for name, sig in vars(signals).items()
        if hasattr(sig, "receivers")
    }
    try:
        yield
    finally:
        for name, known in before.items():
            sig = getattr(signals, name)
            for key, receiver in list(sig.receivers.items()):
                if key in known:
                    continue
                if isinstance(receiver, weakref.ref):
                    receiver = receiver()
                if receiver is not None:
                    sig.disconnect(receiver)


def copy_of(case: str, tmp_path: Path) -> Path:
    root = tmp_path / case
    shutil.copytree(REAL_SITES / case, root)
    return root


def build(case: str, tmp_path: Path, **overrides) -> Path:
    """Build the fixture ``case`` from its settings.py; returns the output.

    Folders in ``overrides`` are relative to the fixture, as in its settings
    (Pelican resolves only the settings file's own paths).
    """
    root = copy_of(case, tmp_path)
    output = root / "output"
    if "THEME_TEMPLATES_OVERRIDES" in overrides:
        overrides["THEME_TEMPLATES_OVERRIDES"] = [
            str(root / folder) for folder in overrides["THEME_TEMPLATES_OVERRIDES"]
        ]
    settings = read_settings(
        str(root / "settings.py"),
        override={"OUTPUT_PATH": str(output), "LOAD_CONTENT_CACHE": False, **overrides},
    )
    plugins_folder = str(root / "plugins")
    try:
        with receivers_restored():
            Pelican(settings).run()
    finally:
        for name, module in list(sys.modules.items()):
            if str(getattr(module, "__file__", "") or "").startswith(plugins_folder):
                del sys.modules[name]
    return output


def read(output: Path, relative: str) -> BeautifulSoup:
    path = output / relative
    assert path.exists(), f"{relative} was not written"
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def only_what_installing_masthead_brings(monkeypatch) -> None:
    """Pelican's discovery as on a site that installed pelican-masthead alone.

    The tests' environment also has pelican-jinja2content and
    pelican-yaml-metadata (test extras), which discovery would enable too.
    """
    find = plugin_utils.get_namespace_plugins

    def ours(*args, **kwargs):
        found = find(*args, **kwargs)
        return {name: found[name] for name in found if name in ALL_PLUGINS}

    monkeypatch.setattr(plugin_utils, "get_namespace_plugins", ours)


def runtime_requirements(distribution: str) -> list[Requirement]:
    required = importlib.metadata.requires(distribution) or []
    return [Requirement(r) for r in required if "extra ==" not in r]


def head_keys(page: BeautifulSoup) -> list[str]:
    head = page.head
    keys = [m.get("property") or m.get("name") or "" for m in head.find_all("meta")]
    keys += ["canonical" for link in head.find_all("link", rel="canonical")]
    return keys


def in_column(page: BeautifulSoup, element, column: str) -> bool:
    """Whether ``element`` sits inside an element matching the CSS ``column``."""
    columns = page.select(column)
    return any(parent is c for parent in element.parents for c in columns)


# -- draft_author_published -------------------------------------------------


def test_the_writer_of_a_draft_gets_no_page_feed_or_listing(tmp_path):
    output = build("draft_author_published", tmp_path)
    assert (output / "author" / "odile-brannigan.html").exists()
    assert not (output / "author" / "teodor-vallance.html").exists()
    assert not list(output.glob("feeds/teodor-vallance.*"))
    public = [
        p
        for p in output.rglob("*")
        if p.is_file() and p.suffix in {".html", ".xml"} and "drafts" not in p.parts
    ]
    assert public
    for path in public:
        assert "Teodor" not in path.read_text(encoding="utf-8"), path
    # The draft itself is still written, with its byline, for its writer.
    draft = read(output, "drafts/unfinished-note.html")
    assert "Not ready." in draft.get_text()
    assert "Teodor Vallance" in draft.select_one('[data-masthead="byline"]').get_text()


# -- jinja_article_dropped, jinja_code_sample_erased -------------------------


def test_installing_pelican_masthead_brings_no_jinja_content_plugin():
    names = [r.name.lower() for r in runtime_requirements("pelican-masthead")]
    assert not [n for n in names if "jinja2content" in n], names


@pytest.mark.parametrize(
    ("case", "pages", "samples"),
    [
        (
            "jinja_article_dropped",
            ["a-plain-article", "redirecting-an-old-address", "including-a-code-file"],
            [
                '<meta http-equiv="refresh" content="0; url={{ article.redirect }}">',
                "{% include_code snippets/hello.py lang:python %}",
            ],
        ),
        (
            "jinja_code_sample_erased",
            ["changing-the-labels-of-a-template"],
            [
                "{# Label for the list of links #}\n{% if not LINKS_LABEL %}\n"
                "{% set LINKS_LABEL = 'Elsewhere' %}\n{% endif %}",
                "Text enclosed in {# #} is a comment.",
            ],
        ),
    ],
)
def test_a_site_without_plugins_keeps_every_article_and_code_sample_verbatim(
    tmp_path, monkeypatch, warnings_logged, case, pages, samples
):
    # The fixture has no PLUGINS: discovery enables what is installed.
    only_what_installing_masthead_brings(monkeypatch)
    output = build(case, tmp_path)
    text = ""
    for slug in pages:
        page = read(output, f"{slug}.html")
        # The plugins were discovered and placed their byline.
        assert page.select_one('[data-masthead="byline"]'), slug
        text += page.get_text()
    for sample in samples:
        assert sample in text
    assert not [m for m in warnings_logged() if "could not be read" in m]


# -- markdown_extension_crash ------------------------------------------------


def markdown_version() -> tuple[int, ...]:
    return tuple(int(part) for part in markdown.__version__.split(".")[:2])


def test_installing_pelican_masthead_keeps_a_site_pinned_to_markdown_3_3_7():
    # The site pins Markdown 3.3.7 for its extensions; each runtime
    # requirement, and Pelican's own Markdown extra when we ask for it,
    # must accept that version, or installing us upgrades Markdown.
    wanted = runtime_requirements("pelican-masthead")
    for requirement in wanted:
        if requirement.name.lower() == "pelican" and "markdown" in requirement.extras:
            wanted += [
                Requirement(r.split(";")[0])
                for r in importlib.metadata.requires("pelican") or []
                if 'extra == "markdown"' in r
            ]
    markdown_pins = [r for r in wanted if r.name.lower() == "markdown"]
    assert markdown_pins, "Markdown people files need Markdown installed"
    for requirement in markdown_pins:
        assert requirement.specifier.contains("3.3.7"), requirement


def test_a_markdown_extension_that_fails_costs_only_the_files_it_reads(
    tmp_path, warnings_logged
):
    output = build("markdown_extension_crash", tmp_path)
    rest = read(output, "a-note-in-rest.html")
    assert "Pim Achterberg" in rest.select_one('[data-masthead="byline"]').get_text()
    said = warnings_logged()
    if markdown_version() < (3, 4):
        # The Markdown the site pins: its extension works, everything builds,
        # the people file gives the byline its title.
        byline = read(output, "first-note.html").select_one('[data-masthead="byline"]')
        assert "Odile Brannigan, Editor" in " ".join(byline.get_text().split())
        assert not [m for m in said if "could not be read" in m]
    else:
        # A newer Markdown refuses the extension: each Markdown file is
        # reported by name, as Pelican reports articles; the rest is built.
        assert [m for m in said if m.startswith("people/odile-brannigan.md: could")]
        assert [m for m in said if m.startswith("first.md: could not be read")]
        assert (output / "staff" / "index.html").exists()


# -- share_js_not_precompressed ----------------------------------------------


@pytest.mark.parametrize("gzip_first", [True, False])
def test_share_js_is_gzipped_by_a_finalized_gzip_pass_in_either_order(
    tmp_path, gzip_first
):
    # A fresh process, as `pelican` runs: receivers connect in PLUGINS order.
    root = copy_of("share_js_not_precompressed", tmp_path)
    if not gzip_first:
        settings = root / "settings.py"
        text = settings.read_text(encoding="utf-8")
        text = text.replace('    "gzip_at_finalized",\n', "")
        text = text.replace(
            '"pelican.plugins.share_block",\n]',
            '"pelican.plugins.share_block",\n    "gzip_at_finalized",\n]',
        )
        settings.write_text(text, encoding="utf-8")
    pelican = Path(sys.executable).with_name("pelican")
    result = subprocess.run(
        [str(pelican), "content", "-s", "settings.py", "-o", "output"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    output = root / "output"
    for name in ("masthead/share.js", "masthead/snippets.css", "staff/index.html"):
        packed = output / (name + ".gz")
        assert packed.exists(), name
        assert gzip.decompress(packed.read_bytes()) == (output / name).read_bytes()
    article = (output / "a-shared-note.html").read_text(encoding="utf-8")
    assert "/masthead/share.js" in article


# -- theme_og_and_layout, theme_without_head_block ---------------------------


def assert_one_of_each_social_tag(page: BeautifulSoup, siteurl: str) -> None:
    keys = head_keys(page)
    for key in (*SOCIAL_KEYS, "canonical", "twitter:card"):
        assert keys.count(key) == 1, (key, keys)
    og_url = page.head.find("meta", property="og:url")["content"]
    assert og_url.startswith(siteurl + "/")
    assert page.head.find("script", type="application/ld+json")


def assert_around_the_article(page: BeautifulSoup, column: str) -> None:
    """Byline and reading time before the text, share links and author boxes
    after it, all inside the theme's content column; the text unchanged."""
    text = page.find(string="Some words to read.")
    assert text is not None and text.parent.name == "p"
    body = str(page.body)
    at = body.index("<p>Some words to read.</p>")
    for marker, before in [
        ("byline", True),
        ("reading-time", True),
        ("share-block", False),
        ("author-boxes", False),
    ]:
        [element] = page.select(f'[data-masthead="{marker}"]')
        assert in_column(page, element, column), marker
        assert (body.index(f'data-masthead="{marker}"') < at) == before, marker
    boxes = page.select_one('[data-masthead="author-boxes"]').get_text()
    assert "Odile Brannigan" in boxes and "Pim Achterberg" in boxes


@pytest.mark.parametrize(
    ("case", "column"),
    [
        # The whole page is in `content`, sidebar and footer included.
        ("theme_og_and_layout", "main.content article"),
        # No `head` block; og:title written in `meta_tags_in_head`.
        ("theme_without_head_block", "main article"),
    ],
)
def test_with_the_readme_path_every_feature_is_in_the_column_and_head(
    tmp_path, case, column
):
    output = build(case, tmp_path)
    page = read(output, "a-shared-note.html")
    assert_one_of_each_social_tag(page, "https://quillmere.example")
    assert_around_the_article(page, column)
    # The theme's own sidebar and footer are where the theme put them.
    if case == "theme_og_and_layout":
        footer = page.select_one("footer.site-footer")
        assert not footer.select("[data-masthead]")


@pytest.mark.parametrize("case", ["theme_og_and_layout", "theme_without_head_block"])
def test_the_theming_guides_overrides_give_one_tag_of_each_key(tmp_path, case):
    # docs/theming.md's "Including the snippets yourself", on these themes.
    output = build(case, tmp_path, THEME_TEMPLATES_OVERRIDES=["overrides"])
    page = read(output, "a-shared-note.html")
    assert_one_of_each_social_tag(page, "https://quillmere.example")
    for marker in ("byline", "reading-time", "share-block", "author-boxes"):
        assert len(page.select(f'[data-masthead="{marker}"]')) == 1, marker


# -- home_page_without_address ----------------------------------------------


def test_a_home_page_at_the_root_has_the_root_as_its_address(tmp_path):
    output = build("home_page_without_address", tmp_path)
    home = read(output, "index.html")
    assert "Brackenholt, a Field Station" in home.title.get_text()
    canonical = home.head.find_all("link", rel="canonical")
    assert [link["href"] for link in canonical] == ["https://brackenholt.example/"]
    og_url = home.head.find_all("meta", property="og:url")
    assert [m["content"] for m in og_url] == ["https://brackenholt.example/"]
    article = read(output, "the-autumn-moth-count.html")
    og_url = article.head.find_all("meta", property="og:url")
    assert [m["content"] for m in og_url] == [
        "https://brackenholt.example/the-autumn-moth-count.html"
    ]
