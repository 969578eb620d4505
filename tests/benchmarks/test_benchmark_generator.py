"""The benchmark's synthetic site: reproducible, and a site Pelican builds.

Nothing here is timed: these tests check that the benchmarks measure a real,
working build of the same content every time.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT

BENCHMARKS = ROOT / "benchmarks"
ARTICLES, PEOPLE = 20, 10


def generate(out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "generate_site.py"),
            str(out),
            "--articles",
            str(ARTICLES),
            "--people",
            str(PEOPLE),
            *extra,
        ],
        capture_output=True,
        text=True,
        check=True,
    )


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def header(path: Path) -> dict[str, str]:
    head = path.read_text(encoding="utf-8").split("\n\n", 1)[0]
    return dict(line.split(": ", 1) for line in head.splitlines())


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("generated") / "site"
    generate(out)
    return out / "content"


@pytest.fixture
def benchmark_modules(monkeypatch):
    # The benchmark scripts import each other as top-level modules, as they do
    # when run from benchmarks/.
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import builds
    import configs
    import run

    return builds, configs, run


def test_same_arguments_give_byte_identical_files(generated, tmp_path):
    generate(tmp_path / "again")
    first, second = files_of(generated), files_of(tmp_path / "again" / "content")
    assert list(first) == list(second)
    assert [name for name in first if first[name] != second[name]] == []


def test_another_seed_gives_another_site(generated, tmp_path):
    generate(tmp_path / "other", "--seed", "9")
    assert files_of(generated) != files_of(tmp_path / "other" / "content")


def test_site_has_the_requested_articles_and_people(generated):
    articles = sorted((generated / "articles").rglob("*.md"))
    people = sorted((generated / "people").glob("*.md"))
    assert len(articles) == ARTICLES
    assert len(people) == PEOPLE
    for person in people:
        photo = header(person).get("Photo")
        if photo:
            assert (person.parent / photo).is_file(), person.name


def test_content_has_no_jinja_delimiters(generated):
    # pelican-jinja2content renders every Markdown file as a Jinja template.
    for path in generated.rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        for opener in ("{{", "{%", "{#"):
            assert opener not in text, (path.name, opener)


def test_every_linked_file_exists(generated):
    for path in (generated / "articles").rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        for kind, target in _links(text):
            assert (generated / target).is_file(), (path.name, kind, target)


def _links(text: str) -> list[tuple[str, str]]:
    return re.findall(r"\]\(\{(static|filename)\}/([^)\s]+)\)", text)


def test_articles_are_varied_like_an_archive(tmp_path):
    out = tmp_path / "site"
    subprocess.run(
        [sys.executable, str(BENCHMARKS / "generate_site.py"), str(out)],
        capture_output=True,
        check=True,
    )
    heads = [header(p) for p in (out / "content" / "articles").rglob("*.md")]
    co_written = [h for h in heads if "Authors" in h]
    assert 0.1 < len(co_written) / len(heads) < 0.3
    assert any(h.get("Lang") == "ur" for h in heads)
    assert any(h.get("Lang") == "zh" for h in heads)
    assert any("Editors" in h for h in heads)
    assert any("Translators" in h for h in heads)
    # A translation shares its original's slug, in another language; two
    # articles with one slug and one language would overwrite each other.
    keys = [(h["Slug"], h.get("Lang", "en")) for h in heads]
    assert len(keys) == len(set(keys))


@pytest.mark.full  # builds the generated archive once per configuration
@pytest.mark.parametrize("key", ["a", "b", "l", "z"])
def test_generated_site_builds_with_each_theme(
    generated, tmp_path, key, benchmark_modules
):
    builds, configs, run = benchmark_modules
    config = configs.CONFIGS[key]
    result = builds.build(tmp_path, config, generated, ARTICLES, 0)
    log = Path(result.log).read_text(encoding="utf-8", errors="replace")
    assert result.exit == 0, log
    assert result.max_rss_mib and result.max_rss_mib > 0

    output = builds.output_folder(tmp_path, config, ARTICLES)
    page = run.article_page(generated, output)
    assert page is not None and page.is_file()
    # The benchmark's own check: plugins' output present with them (a),
    # absent without them (b).
    html = page.read_text(encoding="utf-8")
    assert configs.check_markers(config, html) == []
    # The lean configuration's settings reach the build; z places the
    # snippets in notmyidea, whose article page has no "More by".
    assert ("more-by" in html) == (key == "a")
    assert ("share-facebook" in html) == (key in ("a", "z"))
    if key == "a":
        for person in (generated / "people").glob("*.md"):
            slug = header(person).get("Slug", person.stem)
            profile = output / "people" / slug / "index.html"
            assert profile.is_file(), slug
            name = header(person)["Title"]
            text = BeautifulSoup(profile.read_text(encoding="utf-8"), "html.parser")
            assert name in text.get_text(), slug
