"""People files and photos written to hurt the build: files in other
encodings, links out of the content folder, photos named by absolute paths,
settings pointing elsewhere, inputs made to make patterns backtrack, images
too large or cut off, and notes hidden in image metadata. Each is named and
refused or survived; none stops the build or leaks what is on the machine."""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import time
from pathlib import Path

import pytest
from conftest import THEME
from pelican.log import LimitFilter
from pelican.plugins.author_profiles import html_text
from pelican.plugins.author_profiles.links import NETWORKS, LinkError, build_link
from pelican.plugins.author_profiles.loading import load_people, parse_role
from pelican.plugins.author_profiles.person import Person
from pelican.plugins.author_profiles.registry import People
from pelican.plugins.author_profiles.settings import SETTINGS
from pelican.settings import DEFAULT_CONFIG
from pelican_masthead.settings import SettingsError, resolve
from PIL import Image, ImageCms, PngImagePlugin

SECRET = "secret-note"


def content_folder(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    (content / "people").mkdir(parents=True)
    return content


def load(content: Path):
    return load_people(content, ["people"], {**DEFAULT_CONFIG, "PATH": str(content)})


def names(people) -> set[str]:
    return {p.name for p in people}


# --- Files that are not UTF-8 text ---------------------------------------


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ("Title: José Ruiz\n\nBio.\n".encode("latin-1"), "UTF-8"),
        ("Title: José Ruiz\n\nBio.\n".encode("utf-16"), "UTF-16"),
        (bytes(range(256)) * 8, "not a text file"),
    ],
    ids=["latin-1", "utf-16", "binary"],
)
def test_a_file_that_is_not_utf8_is_named_and_skipped(
    tmp_path, warnings_logged, data, words
):
    content = content_folder(tmp_path)
    (content / "people" / "bad.md").write_bytes(data)
    (content / "people" / "good.md").write_text("Title: Ana Kova\n\nBio.\n")
    assert names(load(content)) == {"Ana Kova"}
    [message] = warnings_logged()
    assert message.startswith("people/bad.md:") and words in message


def test_a_utf8_file_with_a_byte_order_mark_reads_normally(tmp_path, warnings_logged):
    content = content_folder(tmp_path)
    text = "Title: Ana Kova\nRoles: Editor\n\nBio.\n"
    (content / "people" / "a.md").write_bytes(codecs.BOM_UTF8 + text.encode())
    [person] = load(content)
    assert (person.name, [r.title for r in person.roles]) == ("Ana Kova", ["Editor"])
    assert warnings_logged() == []


# --- Links in the people folder ------------------------------------------


def test_a_broken_link_is_reported(tmp_path, warnings_logged):
    content = content_folder(tmp_path)
    os.symlink("moved-away.md", content / "people" / "gone.md")
    assert load(content) == []
    [message] = warnings_logged()
    assert message.startswith("people/gone.md:") and "does not exist" in message


@pytest.mark.parametrize("target_exists", [True, False])
def test_a_link_to_a_file_outside_the_content_folder_is_refused(
    tmp_path, warnings_logged, target_exists
):
    content = content_folder(tmp_path)
    secret = tmp_path / "private" / "secret.md"
    if target_exists:
        secret.parent.mkdir()
        secret.write_text("Title: Hidden Person\n\nPrivate notes.\n")
    os.symlink(secret, content / "people" / "secret.md")
    assert load(content) == []
    # The same answer whether or not the target is there.
    assert warnings_logged() == [
        "people/secret.md: a link to a place outside the content folder; "
        "it was not read."
    ]


def test_a_link_to_a_folder_outside_the_content_folder_is_refused(
    tmp_path, warnings_logged
):
    content = content_folder(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "x.md").write_text("Title: Hidden Person\n\nNotes.\n")
    os.symlink(elsewhere, content / "people" / "more")
    (content / "people" / "a.md").write_text("Title: Ana Kova\n\nBio.\n")
    assert names(load(content)) == {"Ana Kova"}
    [message] = warnings_logged()
    assert message.startswith("people/more:") and "outside" in message


def test_a_people_folder_that_links_outside_is_refused(tmp_path, warnings_logged):
    content = tmp_path / "content"
    content.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "x.md").write_text("Title: Hidden Person\n\nNotes.\n")
    os.symlink(elsewhere, content / "people")
    assert load(content) == []
    [message] = warnings_logged()
    assert message.startswith("people:") and "outside" in message


def test_links_inside_the_content_folder_are_followed(tmp_path, warnings_logged):
    content = content_folder(tmp_path)
    (content / "shared").mkdir()
    (content / "shared" / "a.md").write_text("Title: Ana Kova\n\nBio.\n")
    os.symlink(content / "shared" / "a.md", content / "people" / "a.md")
    # A link back up the tree is not walked for ever.
    os.symlink(content / "people", content / "people" / "loop")
    assert names(load(content)) == {"Ana Kova"}
    assert warnings_logged() == []


# --- Photos stay inside the content folder --------------------------------


def refused_photo(root: Path, warnings_logged, kind: str, exists: bool) -> str:
    """The warning for a photo outside the content folder, its value masked."""
    content = content_folder(root)
    outside = root / "outside.png"
    if exists:
        Image.new("RGB", (50, 50), "teal").save(outside)
    value = {
        "absolute": str(outside),
        "dot-dot": "../../outside.png",
        "symlink": "linked.png",
    }[kind]
    if kind == "symlink":
        # In the content root, not the people folder (where the link itself
        # would be reported when the folder is read).
        os.symlink(outside, content / "linked.png")
    (content / "people" / "a.md").write_text(f"Title: Ana Kova\nPhoto: {value}\n\nB.\n")
    LimitFilter._raised_messages.clear()  # the same message may come twice
    seen = len(warnings_logged())
    [person] = load(content)
    assert person.photo_path is None
    [message] = warnings_logged()[seen:]
    return message.replace(value, "VALUE")


@pytest.mark.parametrize("kind", ["absolute", "dot-dot", "symlink"])
def test_a_photo_outside_the_content_folder_is_refused_without_probing(
    tmp_path, warnings_logged, kind
):
    there = refused_photo(tmp_path / "a", warnings_logged, kind, exists=True)
    absent = refused_photo(tmp_path / "b", warnings_logged, kind, exists=False)
    # The message does not tell whether anything is there.
    assert there == absent
    assert there.startswith("people/a.md: 'Photo' 'VALUE'")
    assert "inside the content folder" in there


def test_a_photo_beside_the_file_or_up_a_folder_inside_is_still_found(tmp_path):
    content = content_folder(tmp_path)
    Image.new("RGB", (50, 50), "teal").save(content / "top.png")
    (content / "people" / "a.md").write_text(
        "Title: Ana Kova\nPhoto: ../top.png\n\nB.\n"
    )
    [person] = load(content)
    assert person.photo_path.resolve() == (content / "top.png").resolve()


# --- Settings pointing outside --------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("PEOPLE_PATHS", ["/etc"]),
        ("PEOPLE_PATHS", ["people", "../private"]),
        ("PEOPLE_PATHS", ["people/../../private"]),
        ("PEOPLE_PATHS", [""]),
        ("PEOPLE_PHOTO_OUTPUT", "/var/www/photos"),
        ("PEOPLE_PHOTO_OUTPUT", "../photos"),
        ("PEOPLE_PHOTO_OUTPUT", "people/../../photos"),
        ("PEOPLE_PHOTO_OUTPUT", ""),
    ],
)
def test_settings_pointing_outside_their_folder_stop_the_build(name, value):
    with pytest.raises(SettingsError) as error:
        resolve(SETTINGS, {name: value})
    message = str(error.value)
    assert message.startswith(name) and "inside the" in message


def test_a_setting_pointing_outside_stops_a_real_build(site):
    site.write("people/a.md", "Title: Ana Kova\n\nBio.\n")
    with pytest.raises(SettingsError, match="PEOPLE_PHOTO_OUTPUT"):
        site.build(PEOPLE_PHOTO_OUTPUT="../escaped")


# --- Patterns that cannot backtrack ---------------------------------------

MEGABYTE = 1_000_000


def _email(value):
    return build_link(next(n for n in NETWORKS if n.key == "email"), value)


def _network(key):
    network = next(n for n in NETWORKS if n.key == key)
    return lambda value: build_link(network, value)


def _match(value):
    return People([Person("people/a.md", "ana-kova", "Ana Kova")]).match(value)


# Each: the function content reaches, an input made to make a pattern
# backtrack, and a harmless input of the same size.
LINEAR_CASES = {
    "email of dots": (_email, "a@" + "." * MEGABYTE + "@", "a@" + "b" * MEGABYTE),
    "email of at signs": (
        _email,
        "a" + "@." * (MEGABYTE // 2),
        "a@b" * 1 + "c" * MEGABYTE,
    ),
    "mastodon": (
        _network("mastodon"),
        "@a@" + "a." * (MEGABYTE // 2),
        "@a@" + "b" * MEGABYTE,
    ),
    "orcid": (_network("orcid"), "0000-" * (MEGABYTE // 5), "x" * MEGABYTE),
    "website": (_network("website"), "a" * MEGABYTE + ":", "b" * MEGABYTE),
    "handle": (_network("github"), "a." * (MEGABYTE // 2) + "!", "b" * MEGABYTE),
    "roles of spaces": (
        lambda v: parse_role(v, "people/a.md"),
        "Officer" + " " * MEGABYTE + "x",
        "Officer" + " x" * (MEGABYTE // 2),
    ),
    "roles of digits": (
        lambda v: parse_role(v, "people/a.md"),
        "(" + "1" * MEGABYTE + " x",
        "(" + "x" * MEGABYTE + " x",
    ),
    "years of spaces": (
        lambda v: parse_role(v, "people/a.md"),
        "Officer (2019" + " " * MEGABYTE + "-x)",
        "Officer (2019" + "x" * MEGABYTE + "-x)",
    ),
    "bio of open paragraphs": (
        html_text.first_paragraph,
        "<p>" * (MEGABYTE // 3),
        "<b>" * (MEGABYTE // 3),
    ),
    "summary of open tags": (
        html_text.html_text,
        "<a" * (MEGABYTE // 2),
        "ab" * (MEGABYTE // 2),
    ),
    "byline of honorifics": (_match, "Dr " * (MEGABYTE // 3), "Ab " * (MEGABYTE // 3)),
}


def _seconds(function, value) -> float:
    start = time.perf_counter()
    with contextlib.suppress(LinkError):
        function(value)
    return time.perf_counter() - start


@pytest.mark.parametrize("case", LINEAR_CASES)
def test_content_cannot_make_a_pattern_backtrack(case, warnings_logged):
    function, hostile, benign = LINEAR_CASES[case]
    assert abs(len(hostile) - len(benign)) < len(benign) // 10
    # Best of two for each, so a busy machine does not decide; the margin
    # is wide, since a backtracking pattern takes hours on a megabyte.
    benign_time = min(_seconds(function, benign) for _ in range(2))
    hostile_time = min(_seconds(function, hostile) for _ in range(2))
    assert hostile_time < 20 * benign_time + 0.5, (hostile_time, benign_time)


# --- Images: pixel budget, cut-off files, metadata -------------------------


def profile_site(site, photos: dict[str, bytes]) -> None:
    """One person per photo, each with an article, so every kind of page
    (article, author page, list of authors) shows their portrait."""
    folder = site.content / "people" / "photos"
    folder.mkdir(parents=True)
    for number, (slug, data) in enumerate(sorted(photos.items())):
        name = slug.replace("-", " ").title()
        (folder / f"{slug}.jpg").write_bytes(data)
        site.write(
            f"people/{slug}.md", f"Title: {name}\nPhoto: photos/{slug}.jpg\n\nBio.\n"
        )
        site.write(
            f"{slug}-piece.md",
            f"Title: Piece {number}\nDate: 2024-01-{number + 1:02d}\n"
            f"Author: {name}\n\nText.\n",
        )


def build(site, **settings):
    return site.build(THEME=str(THEME), **settings)


def portrait_links(output: Path) -> set[str]:
    """Every portrait address the pages use, as paths in the output."""
    found = set()
    for page in output.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        start = 0
        while (start := text.find("people/photos/", start)) >= 0:
            end = min(text.find(c, start) % (len(text) + 1) for c in "\"' ")
            found.add(text[start:end])
            start = end
    return found


def encoded(image: Image.Image, kind: str, **options) -> bytes:
    data = io.BytesIO()
    image.save(data, kind, **options)
    return data.getvalue()


def test_a_photo_over_the_pixel_budget_is_refused_from_its_header(
    site, warnings_logged, monkeypatch
):
    # 13,000 x 13,000 pixels (169 million) in a few kilobytes: one bit each.
    huge = encoded(Image.new("1", (13_000, 13_000)), "PNG", optimize=True)
    assert len(huge) < 200_000
    profile_site(site, {"ana-kova": huge})
    # Decoding it would be the harm; the budget must stop it before.
    from PIL import ImageFile

    def no_decoding(self, *args, **kwargs):
        raise AssertionError("a photo over the budget was decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    output = build(site)
    [message] = [m for m in warnings_logged() if "people/ana-kova.md" in m]
    assert "'Photo' 'ana-kova.jpg'" in message
    assert "PEOPLE_PHOTO_MAX_PIXELS" in message and "169,000,000" in message
    assert portrait_links(output) == set()
    page = site.page("author/ana-kova.html")
    assert page.select("svg[class*=avatar-initials]")


def test_the_pixel_budget_is_a_setting(site, warnings_logged):
    profile_site(site, {"ana-kova": encoded(Image.new("RGB", (300, 300)), "PNG")})
    output = build(site, PEOPLE_PHOTO_MAX_PIXELS=200 * 200)
    assert any("PEOPLE_PHOTO_MAX_PIXELS" in m for m in warnings_logged())
    assert portrait_links(output) == set()


def test_a_photo_cut_off_half_way_gives_the_avatar_not_a_missing_image(
    site, warnings_logged
):
    whole = encoded(Image.new("RGB", (600, 600), "teal"), "JPEG")
    fine = encoded(Image.new("RGB", (600, 600), "navy"), "JPEG")
    profile_site(site, {"ana-kova": whole[: len(whole) // 2], "bo-linde": fine})
    output = build(site)
    links = portrait_links(output)
    # Every portrait a page points at was written; the cut-off one is none.
    assert links and all((output / link).is_file() for link in links)
    assert not any("ana-kova" in link for link in links)
    assert site.page("author/ana-kova.html").select("svg[class*=avatar-initials]")
    [message] = [m for m in warnings_logged() if "people/ana-kova.md" in m]
    assert "'Photo' 'ana-kova.jpg'" in message and "initials avatar" in message


def _icc_with_note() -> bytes:
    """An sRGB colour profile whose description says SECRET."""
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    for encoding in ("utf-16-be", "ascii"):
        old = "sRGB built-in".encode(encoding)
        if old in profile:
            return profile.replace(old, f"{SECRET}!!".encode(encoding))
    raise AssertionError("no description found in the sRGB profile")


def test_portraits_carry_no_metadata_from_the_photo(site):
    picture = Image.new("RGB", (400, 400), "teal")
    exif = Image.Exif()
    exif[0x010E] = SECRET  # ImageDescription
    exif[0x013B] = SECRET  # Artist
    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", SECRET)
    text.add_itxt("Description", SECRET)
    photos = {
        "ana-kova": encoded(
            picture,
            "JPEG",
            comment=SECRET,
            exif=exif.tobytes(),
            icc_profile=_icc_with_note(),
        ),
        "bo-linde": encoded(picture, "PNG", pnginfo=text, exif=exif.tobytes()),
        "cy-moor": encoded(picture.convert("P"), "GIF", comment=SECRET),
        "di-vale": encoded(picture, "WEBP", exif=exif.tobytes()),
    }
    for data in photos.values():
        assert SECRET.encode() in data or SECRET.encode("utf-16-be") in data
    profile_site(site, photos)
    output = build(site)
    portraits = list((output / "people" / "photos").iterdir())
    assert len(portraits) == 4 * len(photos)
    for portrait in portraits:
        data = portrait.read_bytes()
        assert SECRET.encode() not in data, portrait.name
        assert SECRET.encode("utf-16-be") not in data, portrait.name
        with Image.open(portrait) as image:
            assert not image.info.get("icc_profile")
            assert not image.getexif()


def test_a_photo_from_the_top_of_the_content_folder_is_found(tmp_path):
    # "/images/a.png" means the content folder's top, as in Pelican's {static}
    # links, never the machine's root.
    content = content_folder(tmp_path)
    (content / "images").mkdir()
    Image.new("RGB", (50, 50), "teal").save(content / "images" / "a.png")
    (content / "people" / "a.md").write_text(
        "Title: Ana Kova\nPhoto: /images/a.png\n\nB.\n"
    )
    [person] = load(content)
    assert person.photo_path.resolve() == (content / "images" / "a.png").resolve()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("STAFF_SAVE_AS", "../../etc/staff.html"),
        ("STAFF_SAVE_AS", "/var/www/staff.html"),
        ("EXPERTS_SAVE_AS", "../experts.html"),
        ("PEOPLE_REDIRECT_MAP", "../redirects.txt"),
    ],
)
def test_pages_and_files_outside_the_output_folder_are_refused(site, name, value):
    from pelican_masthead.settings import SettingsError

    site.write("people/ana-kova.md", "Title: Ana Kova\n\nBio.\n")
    with pytest.raises(SettingsError, match=name):
        site.build(
            PLUGINS=["pelican.plugins.author_profiles", "pelican.plugins.staff_roles"],
            **{name: value},
        )
    assert not any(site.root.parent.glob("*.html"))


# --- Names too long for a file name ----------------------------------------


def test_names_too_long_for_a_file_name_still_get_their_pages(site, warnings_logged):
    # A slug names files (author/<slug>.html); file systems take 255 bytes.
    first = "Ana Kovalenko" + " Ostrova" * 60
    second = "Ana Kovalenko" + " Ostrova" * 59 + " Lind"
    unprofiled = "Bo " * 200 + "Linde"
    site.write("people/first.md", f"Title: {first}\n\nBio.\n")
    site.write("people/second.md", f"Title: {second}\n\nBio.\n")
    site.write(
        "piece.md",
        f"Title: Piece\nDate: 2024-01-01\nAuthors: {second}, {unprofiled}\n\nText.\n",
    )
    output = site.build()
    pages = {p.name: p.read_text(encoding="utf-8") for p in output.rglob("*.html")}
    assert all(len(name.encode()) <= 255 for name in pages)
    # Each long name has a page of its own, though they start alike.
    named = [
        {n for n in (first, second, unprofiled) if n in site.page(page).title.text}
        for page in ("author/" + p.name for p in (output / "author").glob("*.html"))
    ]
    assert sorted(named, key=str) == sorted([{first}, {second}, {unprofiled}], key=str)
    said = warnings_logged()
    for source in ("people/first.md", "people/second.md"):
        [message] = [m for m in said if m.startswith(f"{source}: 'Title'")]
        assert "too long to be part of an address" in message
