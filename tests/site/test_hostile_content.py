"""Whole sites of hostile content, made up by Hypothesis.

People files and articles in other encodings or of random bytes, with
control characters and noncharacters, huge fields, photos named by paths
that lead out of the content folder, metadata that contradicts itself,
hand-written macro markers and Jinja payloads. Whatever the mix, a build
with all four plugins finishes (or stops only where the code says it must,
naming the files), writes nothing outside its output folder, copies nothing
of the machine into the output, names every file it could not use, and
publishes every article it could read.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import ALL_PLUGINS, Site, masthead_messages
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pelican.log import LimitFilter
from pelican_masthead.problems import ContentError
from PIL import Image

# In every file planted outside the content folder; it must never reach
# the output, in any form a file could be copied in.
MARKER = "canary-7d41c9e0b2"
MARKERS = (MARKER.encode(), MARKER.encode("utf-16-le"), MARKER.encode("utf-16-be"))
# The colour of the canary photo: a resized copy carries no marker bytes,
# but its colour gives it away.
CANARY_COLOUR = (255, 0, 255)

NAMES = ["Ana Kova", "Bo Linde", "Cy Moor"]

# --- Pieces of hostile text -----------------------------------------------

NASTY = [
    "\x00",
    "\x0b",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\ufffe",
    "\uffff",
    "\ufdd0",
    "\U0010ffff",
    "\u202e",  # right-to-left override
    "\ud800",  # a lone surrogate: not UTF-8 at all once written
    "<script>alert(1)</script>",
    "\"'><img src=x onerror=alert(1)>",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{% include 'escape.txt' %}",
    "{% include '../outside/canary.txt' %}",
    "<!--masthead-macro:0123456789abcdef0123456789abcdef person_card "
    "%5B%5B%22ana-kova%22%5D%2C%7B%7D%5D -->",
    "<!--masthead-macro staff_directory -->",
    "<!--masthead-macro unclosed",
    "-->",
    "&#0;&#xFFFF;",
    "\r",
    "\t",
]

noise = st.lists(
    st.one_of(
        st.sampled_from(NASTY),
        st.text(max_size=12),
        st.characters(),
    ),
    max_size=6,
).map("".join)


def huge(size: int) -> st.SearchStrategy[str]:
    # Long, but bounded so each build stays fast.
    return st.builds(lambda s, n: (s or "x") * n, st.text(max_size=8), st.just(size))


# How a file's text becomes bytes.
ENCODINGS = [
    "utf-8",
    "utf-8-sig",
    "latin-1",
    "utf-16",  # with a byte order mark
    "utf-16-le",  # without one
    "random",
]


def encode(text: str, encoding: str, junk: bytes) -> bytes:
    if encoding == "random":
        return junk
    if encoding == "latin-1":
        return text.encode("latin-1", errors="replace")
    return text.encode(encoding, errors="surrogatepass")


def readable(data: bytes) -> bool:
    """Whether the bytes are UTF-8 text, as Pelican reads content. Text saved
    as UTF-16 without a byte order mark is valid UTF-8 when it is ASCII, but
    every other byte is a NUL: no reader finds its fields."""
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return data.count(b"\x00") * 4 <= len(data)


# --- What a site holds --------------------------------------------------

PHOTOS = [
    "photos/ok.jpg",
    "/people/photos/ok.jpg",
    "{outside}/canary.jpg",
    "../../outside/canary.jpg",
    "../outside/canary.jpg",
    "photos/../../../outside/canary.jpg",
    "photos/escape.jpg",  # a link to the canary
    "../escape.jpg",  # the same, in the content folder's top
    "C:\\outside\\canary.jpg",
    "..\\..\\outside\\canary.jpg",
    "\\\\server\\share\\canary.jpg",
    "photos/ok.jpg\x00../../outside/canary.jpg",
    "file:///etc/passwd",
    "//outside/canary.jpg",
    "photos/missing.jpg",
    "photos/",
    "/",
    "",
]

IMAGES = [
    "file:///etc/passwd",
    "javascript:alert(1)",
    "//evil.example/x.jpg",
    "{static}../../outside/canary.jpg",
    "{static}/../outside/canary.txt",
    "https://example.org/card.png",
    "/images/card.png",
    "",
]


@dataclass
class PeopleFile:
    name: str
    title_noise: str
    slug: str
    aliases: str
    photo: str
    extra: dict[str, str]
    bio: str
    encoding: str
    junk: bytes

    def text(self, outside: Path) -> str:
        lines = [f"Title: {self.name} {self.title_noise}".rstrip()]
        if self.slug:
            lines.append(f"Slug: {self.slug}")
        if self.aliases:
            lines.append(f"Aliases: {self.aliases}")
        if self.photo:
            lines.append(f"Photo: {self.photo.replace('{outside}', str(outside))}")
        lines += [f"{k}: {v}" for k, v in self.extra.items()]
        return "\n".join(lines) + "\n\n" + self.bio + "\n"


@dataclass
class ArticleFile:
    authors: str
    title_noise: str
    extra: dict[str, str]
    body: str
    encoding: str
    junk: bytes

    def text(self, number: int) -> str:
        lines = [
            f"Title: Piece {number} {self.title_noise}".rstrip(),
            f"Slug: piece-{number}",
            f"Date: 2024-01-{number + 1:02d}",
        ]
        if self.authors:
            lines.append(f"Author: {self.authors}")
        lines += [f"{k}: {v}" for k, v in self.extra.items()]
        return "\n".join(lines) + f"\n\npiece{number}body {self.body}\n"


def one_line(strategy):
    # A field's value ends at the end of its line; what follows is the bio.
    return strategy.map(lambda s: " ".join(s.replace("\x85", " ").split()))


people_files = st.builds(
    PeopleFile,
    name=st.sampled_from(NAMES),
    title_noise=one_line(st.one_of(noise, huge(3_000))),
    slug=st.sampled_from(["", "ana-kova", "same-slug", "Not a slug!", "../x", "\x00"]),
    aliases=st.sampled_from(
        ["", "Ana Kova", "Bo Linde, Cy Moor", "ana-kova", "Canary Person"]
    ),
    photo=st.sampled_from(PHOTOS),
    extra=st.dictionaries(
        st.sampled_from(
            ["Roles", "Expertise", "Email", "Website", "Staff", "Order", "Orcid"]
        ),
        one_line(st.one_of(noise, huge(2_000), st.sampled_from(["maybe", "-3"]))),
        max_size=3,
    ),
    bio=st.one_of(noise, huge(20_000)),
    encoding=st.sampled_from(ENCODINGS),
    junk=st.binary(max_size=200),
)

articles = st.builds(
    ArticleFile,
    authors=st.one_of(
        st.sampled_from(
            ["", "Ana Kova", "Dr Ana Kova", "Bo Linde, Cy Moor", "Canary Person"]
        ),
        one_line(st.one_of(noise, huge(1_000))).map(lambda s: s.replace(",", " ")),
    ),
    title_noise=one_line(noise),
    extra=st.fixed_dictionaries(
        {},
        optional={
            "Share": st.sampled_from(["maybe", "yes", "no", ""]),
            "Reading_time": st.sampled_from(["-3", "0", "abc", "5", "9" * 40]),
            "Image": st.sampled_from(IMAGES),
            "Summary": one_line(st.one_of(noise, huge(5_000))),
            "Tags": one_line(noise),
            "Editor": st.sampled_from(["Ana Kova", "Nobody Known", "Bo Linde"]),
        },
    ),
    body=st.one_of(noise, huge(50_000)),
    encoding=st.sampled_from(ENCODINGS),
    junk=st.binary(max_size=200),
)


# --- The machine around the site ------------------------------------------


def plant(root: Path) -> Path:
    """The canaries outside the content folder, the links to them inside it,
    and one good photo; returns the folder outside."""
    outside = root / "outside"
    outside.mkdir()
    canary = Image.new("RGB", (120, 120), CANARY_COLOUR)
    canary.save(outside / "canary.jpg", "JPEG", comment=MARKER.encode())
    (outside / "canary.txt").write_text(f"{MARKER}\n")
    (outside / "canary.md").write_text(f"Title: Canary Person\n\n{MARKER}\n")
    content = root / "content"
    photos = content / "people" / "photos"
    photos.mkdir(parents=True)
    Image.new("RGB", (120, 120), "teal").save(photos / "ok.jpg", "JPEG")
    os.symlink(outside / "canary.jpg", photos / "escape.jpg")
    os.symlink(outside / "canary.jpg", content / "escape.jpg")
    os.symlink(outside / "canary.txt", content / "escape.txt")
    os.symlink(outside / "canary.md", content / "people" / "escape.md")
    return outside


def snapshot(root: Path) -> dict[str, str]:
    """Every file under ``root`` but the output and cache, with its content."""
    found = {}
    for folder, subfolders, files in os.walk(root):
        here = Path(folder)
        if here == root:
            subfolders[:] = [s for s in subfolders if s not in ("output", "cache")]
        for name in files + subfolders:
            path = here / name
            key = path.relative_to(root).as_posix()
            if path.is_symlink():
                found[key] = "link to " + os.readlink(path)
            elif path.is_file():
                found[key] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                found[key] = "folder"
    return found


def canary_pixels(path: Path) -> bool:
    try:
        with Image.open(path) as image:
            small = image.convert("RGB").resize((8, 8))
    except Exception:
        return False
    return any(
        abs(r - 255) + g + abs(b - 255) < 90 for r, g, b in small.get_flattened_data()
    )


@dataclass
class Outcome:
    warnings: list[str]
    error: Exception | None
    people: dict[str, bytes] = field(default_factory=dict)
    articles: dict[str, bytes] = field(default_factory=dict)
    junk: set[str] = field(default_factory=set)  # files of random bytes


def build_hostile_site(root, people, pieces, jinja) -> Outcome:
    outside = plant(root)
    site = Site(root)
    outcome = Outcome([], None)
    for number, person in enumerate(people):
        relative = f"people/p{number}.md"
        data = encode(person.text(outside), person.encoding, person.junk)
        (site.content / relative).write_bytes(data)
        outcome.people[relative] = data
        if person.encoding == "random":
            outcome.junk.add(relative)
    for number, piece in enumerate(pieces):
        relative = f"piece-{number}.md"
        data = encode(piece.text(number), piece.encoding, piece.junk)
        (site.content / relative).write_bytes(data)
        outcome.articles[relative] = data
        if piece.encoding == "random":
            outcome.junk.add(relative)
    before = snapshot(root)
    LimitFilter._raised_messages.clear()
    LimitFilter._group_count.clear()
    with masthead_messages("") as messages:
        try:
            site.build(PLUGINS=ALL_PLUGINS, MASTHEAD_JINJA_CONTENT=jinja)
        except ContentError as error:
            outcome.error = error
    outcome.warnings = messages
    assert snapshot(root) == before, "the build wrote outside its output folder"
    return outcome


@pytest.mark.full  # builds a whole hostile site per example
@settings(
    max_examples=30,
    # The same examples on every run: CI and a developer see one result.
    derandomize=True,
    deadline=None,
    # A failing site is reported as generated: shrinking whole builds takes
    # many minutes, and the warnings it shows already name the culprit.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    people=st.lists(people_files, min_size=1, max_size=4),
    pieces=st.lists(articles, min_size=1, max_size=3),
    jinja=st.booleans(),
)
def test_hostile_content_is_survived_named_and_contained(people, pieces, jinja):
    with tempfile.TemporaryDirectory(prefix="masthead-hostile-") as folder:
        root = Path(folder)
        outcome = build_hostile_site(root, people, pieces, jinja)
        output = root / "output"
        said = "\n".join(outcome.warnings)

        # Nothing of the machine outside the content folder is in the output.
        for path in output.rglob("*"):
            assert not path.is_symlink(), path
            if path.is_file():
                data = path.read_bytes()
                assert not any(m in data for m in MARKERS), path
                if path.suffix.lower() in (".jpg", ".jpeg", ".png", ".gif", ".webp"):
                    assert not canary_pixels(path), path

        # The people folder's link to a file outside is named.
        assert "people/escape.md" in said

        if outcome.error is not None:
            # Two people with one slug stop the build by design: the message
            # names both files.
            message = str(outcome.error)
            named = [p for p in outcome.people if p in message]
            assert len(named) == 2, message
            return

        # Every file that could not be used is named; random bytes may
        # happen to be text, but hold no title.
        for relative, data in {**outcome.people, **outcome.articles}.items():
            if not readable(data) or relative in outcome.junk:
                assert relative in said, (relative, outcome.warnings)

        # Every readable article is published, unless Jinja could not render
        # it, which is named too.
        for relative, data in outcome.articles.items():
            if not readable(data) or relative in outcome.junk:
                continue
            slug = Path(relative).stem
            page = output / f"{slug}.html"
            token = f"piece{slug.removeprefix('piece-')}body"
            if page.exists():
                assert token in page.read_text(encoding="utf-8"), relative
            else:
                assert jinja and f"{relative}: could not be read" in said, (
                    relative,
                    outcome.warnings,
                )
