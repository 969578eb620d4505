"""Writers' mistakes, in one site: each named with its file and field, and the
rest of the site still built. A strict build fails and lists every one of
them; mistakes the build cannot go on with stop it with a clear message."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ALL_PLUGINS, THEME, Site, masthead_messages
from pelican.log import LimitFilter
from pelican.plugins.share_block.networks import NETWORKS
from pelican_masthead.problems import StrictModeError
from pelican_masthead.settings import SettingsError
from PIL import Image

PLUGINS = ALL_PLUGINS

PEOPLE = {
    "marta-quill": "Title: Marta Quill\nRoles: Research Officer\n",
    "oren-vasko": "Title: Oren Vasko\nRoles: Editor\nFavourite_colour: teal\n",
    "petra-lunde": "Title: Petra Lunde\nPhoto: photos/petra-missing.jpg\n",
    "rafe-dunmore": (
        "Title: Rafe Dunmore\n"
        "Roles: Research Officer (2019-20x2); Data Editor (2023-2021)\n"
    ),
    "sian-okafor": "Title: Sian Okafor\nRoles: Editor\nStaff: retired\n",
    # A vertical tab, as a word processor's line break pasted into the name.
    "tove-halden": "Title: Tove\x0bHalden\nRoles: Research Officer\n",
    "una-brekke": "Title: Una Brekke\nPhoto: photos/una.jpg\n",
    "vera-tull": "Title: Vera Tull\nPhoto: photos/vera.jpg\n",
}

ARTICLES = {
    "good": "Author: Marta Quill\n",
    "typo": "Authors: Marta Quill; Oren Vaskko\n",
    "credit": "Author: Petra Lunde\nEditors: Sian Okafur\n",
    "estimate": "Author: Rafe Dunmore\nReading_time: about five\n",
    "share": "Author: Tove Halden\nShare: perhaps\n",
}
UNREADABLE = {
    "heading": "Author: Marta Quill\n\n## Method {#method}\n\nText.\n",
    "braces": "Author: Marta Quill\n\nThe template says {{ article.title\n",
}

# Each mistake: the file, the field as the writer wrote it, and more words
# the message must hold.
MISTAKES = [
    ("people/oren-vasko.md", "Favourite_colour", []),
    ("people/petra-lunde.md", "Photo", ["photos/petra-missing.jpg"]),
    ("people/rafe-dunmore.md", "Roles", ["2019-20x2"]),
    ("people/rafe-dunmore.md", "Roles", ["2023-2021"]),
    ("people/sian-okafor.md", "Staff", ["retired", "current, former, guest"]),
    ("people/tove-halden.md", "Title", ["control characters"]),
    ("people/una-brekke.md", "Photo", ["una.jpg", "not an image"]),
    ("people/vera-tull.md", "Photo", ["vera.jpg", "could not be resized"]),
    ("pasted.md", "Title", ["'Summary'", "'Category'", "'Tags'", "the text"]),
    ("typo.md", "Authors", ["Oren Vaskko", "did you mean 'Oren Vasko'"]),
    ("credit.md", "Editors", ["Sian Okafur", "did you mean 'Sian Okafor'"]),
    ("estimate.md", "Reading_time", ["about five"]),
    ("share.md", "Share", ["perhaps"]),
]


def write_mistakes(site: Site) -> None:
    photos = site.content / "people" / "photos"
    photos.mkdir(parents=True)
    # A file that is no image at all, and a photo cut off half way.
    (photos / "una.jpg").write_text("A note, saved with the wrong name.\n")
    jpeg = io.BytesIO()
    Image.new("RGB", (300, 300), "teal").save(jpeg, "JPEG")
    (photos / "vera.jpg").write_bytes(jpeg.getvalue()[: len(jpeg.getvalue()) // 2])
    for slug, fields in PEOPLE.items():
        site.write(f"people/{slug}.md", f"{fields}\nA short bio.\n")
    # Pasted from a word processor: control characters in every field.
    site.write(
        "pasted.md",
        "Title: Pasted\x0bpiece\nDate: 2024-02-01\nAuthor: Marta Quill\n"
        "Summary: A\x0csummary.\nCategory: Water\x0bPolicy\nTags: rain\x07fall\n"
        "\nThe text\x0bwent on.\n",
    )
    for number, (name, fields) in enumerate({**ARTICLES, **UNREADABLE}.items()):
        site.write(
            f"{name}.md",
            f"Title: Piece {name}\nDate: 2024-03-{number + 1:02d}\n{fields}"
            + ("" if name in UNREADABLE else "\nSome text.\n"),
        )


def build_logging_problems(site: Site, **settings) -> list[str]:
    """Build, and return the content problems the plugins logged."""
    # Pelican logs a message once per process; each build here is a new run.
    LimitFilter._raised_messages.clear()
    with masthead_messages() as records:
        site.build(
            PLUGINS=PLUGINS,
            THEME=str(THEME),
            FEED_ALL_ATOM="feeds/all.atom.xml",
            AUTHOR_FEED_ATOM="feeds/authors/{slug}.atom.xml",
            MASTHEAD_JINJA_CONTENT=True,
            **settings,
        )
    return records


@pytest.fixture(scope="module")
def mistakes(tmp_path_factory) -> tuple[Site, list[str]]:
    site = Site(tmp_path_factory.mktemp("mistakes"))
    write_mistakes(site)
    return site, build_logging_problems(site)


def about(messages: list[str], source: str, field: str) -> list[str]:
    """Messages naming the file and, in quotes, the field."""
    quoted = re.compile(rf"'{re.escape(field)}'", re.IGNORECASE)
    return [
        m
        for m in messages
        if re.search(rf"(^|[\s/(]){re.escape(source)}\b", m) and quoted.search(m)
    ]


@pytest.mark.parametrize(
    ("source", "field", "words"),
    MISTAKES,
    ids=[f"{source}:{field}:{i}" for i, (source, field, _) in enumerate(MISTAKES)],
)
def test_each_mistake_is_named_with_its_file_and_field(mistakes, source, field, words):
    _site, messages = mistakes
    found = about(messages, source, field)
    assert [m for m in found if all(w in m for w in words)], (
        f"no message names {source} and '{field}' with {words}:\n" + "\n".join(messages)
    )


@pytest.mark.parametrize("name", UNREADABLE)
def test_an_unreadable_article_is_named_with_its_file_and_line(mistakes, name):
    site, messages = mistakes
    [message] = [m for m in messages if m.startswith(f"{name}.md:")]
    assert "could not be read" in message and re.search(r"\(line \d+\)", message)
    assert not (site.output / f"piece-{name}.html").exists()


def test_the_rest_of_the_site_still_builds(mistakes):
    site, _messages = mistakes
    for name in ARTICLES:
        article = site.page(f"piece-{name}.html")
        assert article.select(".masthead-byline__author"), name
    # Every person has a page, also those whose file had a mistake, and so
    # does each misspelt name (with its articles).
    for slug in PEOPLE:
        assert site.page(f"author/{slug}.html").select_one("h1.profile__name")
    for slug, piece in (("oren-vaskko", "typo"), ("sian-okafur", "credit")):
        profile = site.page(f"author/{slug}.html")
        assert f"Piece {piece}" in profile.get_text()
    # What could be used of each mistake is used.
    staff = site.page("staff/index.html").get_text()
    assert "Sian Okafor" in staff  # treated as current staff
    assert "Research Officer (2019-20x2)" in staff  # shown as written
    for slug in ("petra-lunde", "una-brekke"):
        assert site.page(f"author/{slug}.html").select_one(
            ".profile__photo .masthead-avatar-initials"
        )
    assert site.page("piece-estimate.html").select_one(".masthead-reading-time")
    assert site.page("piece-share.html").select_one(".masthead-share-block")
    # The name that held a control character reads as two words everywhere,
    # and the feeds it is in were written.
    assert (
        site.page("piece-share.html")
        .select_one(".masthead-byline__author .p-name")
        .get_text()
        == "Tove Halden"
    )
    assert "Tove Halden" in (site.output / "feeds/all.atom.xml").read_text()
    assert (site.output / "feeds/authors/tove-halden.atom.xml").exists()
    pasted = site.page("pasted-piece.html")
    assert pasted.select_one("h1").get_text() == "Pasted piece"
    assert "The text went on." in pasted.select_one(".e-content").get_text()
    assert "Pasted piece" in (site.output / "feeds/all.atom.xml").read_text()


def test_a_strict_build_fails_listing_every_mistake(mistakes, tmp_path):
    site, messages = mistakes
    strict = Site(tmp_path)
    write_mistakes(strict)
    with pytest.raises(StrictModeError) as failure:
        build_logging_problems(strict, MASTHEAD_STRICT=True)
    # Messages naming a file the build wrote (the list of names with no
    # profile, in the cache folder) name each site's own.
    text = str(failure.value).replace(str(strict.root), str(site.root))
    listed = text.split("\n- ")[1:]
    assert f"reported {len(messages)} content problems" in text
    assert sorted(listed) == sorted(messages)
    for source, field, words in MISTAKES:
        assert [m for m in about(listed, source, field) if all(w in m for w in words)]
    for name in UNREADABLE:
        assert [m for m in listed if m.startswith(f"{name}.md:")]


def test_two_people_with_one_slug_stop_the_build_naming_both_files(tmp_path):
    site = Site(tmp_path)
    site.write("people/marta-quill.md", "Title: Marta Quill\nSlug: marta\n\nBio.\n")
    site.write("people/marta-q.md", "Title: Marta Q. Rowe\nSlug: marta\n\nBio.\n")
    site.write(
        "piece.md", "Title: Piece\nDate: 2024-03-01\nAuthor: Marta Quill\n\nText.\n"
    )
    config = tmp_path / "pelicanconf.py"
    config.write_text(
        f"PATH = {str(site.content)!r}\nTHEME = {str(THEME)!r}\n"
        f"PLUGINS = {PLUGINS!r}\nTIMEZONE = 'UTC'\n",
        encoding="utf-8",
    )
    pelican = Path(sys.executable).with_name("pelican")
    # A wide console, so that the message is not wrapped across lines.
    env = {**os.environ, "COLUMNS": "400"}
    result = subprocess.run(
        [str(pelican), "-s", str(config), "-o", str(site.output)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    said = result.stdout + result.stderr
    assert result.returncode != 0
    assert re.search(
        r"people/marta-q\.md and people/marta-quill\.md both have the slug 'marta'"
        r"|people/marta-quill\.md and people/marta-q\.md both have the slug 'marta'",
        said,
    ), said
    assert "'Slug'" in said
    assert not (site.output / "piece.html").exists()


@pytest.mark.parametrize(
    ("setting", "value", "words"),
    [
        ("READING_TIME_WPM", "fast", ["a number", "'fast'"]),
        ("READING_TIME_LANGUAGES", {"zh": {"wpn": 400}}, ["'zh'", "'wpn'"]),
        (
            "SHARE_NETWORKS",
            ["x", "myspace"],
            ["unknown network 'myspace'", ", ".join(NETWORKS)],
        ),
    ],
)
def test_a_wrong_setting_stops_the_build_naming_it(tmp_path, setting, value, words):
    site = Site(tmp_path)
    site.write("piece.md", "Title: Piece\nDate: 2024-03-01\n\nText.\n")
    with pytest.raises(SettingsError) as failure:
        site.build(PLUGINS=ALL_PLUGINS, THEME=str(THEME), **{setting: value})
    message = str(failure.value)
    assert message.startswith(setting)
    for word in words:
        assert word in message
    assert not (site.output / "piece.html").exists()
