"""Reading people files: fields, roles, links, and the messages writers see."""

from pathlib import Path

import pytest
from conftest import THEME
from pelican.plugins.author_profiles.loading import load_people
from pelican.settings import DEFAULT_CONFIG

SETTINGS = {**DEFAULT_CONFIG, "PATH": ""}


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / "people" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def load(folder: Path):
    return load_people(folder, ["people"], {**SETTINGS, "PATH": str(folder)})


def test_fields_of_a_full_profile(tmp_path):
    write(
        tmp_path,
        "amina.md",
        "Title: Amina Qureshi\n"
        "Honorific: Dr\n"
        "Roles: Research Officer (2019-2022); Senior Research Officer (2022-);"
        " Managing Editor, Insight\n"
        "Expertise: Water security, nuclear policy, Water Security\n"
        "Aliases: A. Qureshi, Amina Q.\n"
        "Affiliation: Larkspur Centre\n"
        "Order: 3\n"
        "\n"
        "Amina studies *rivers*.\n\nSecond paragraph.\n",
    )
    [person] = load(tmp_path)
    assert person.name == "Amina Qureshi"
    assert person.display_name == "Dr Amina Qureshi"
    assert person.slug == "amina-qureshi"
    assert [r.title for r in person.roles] == [
        "Research Officer",
        "Senior Research Officer",
        "Managing Editor, Insight",
    ]
    assert (person.roles[0].start, person.roles[0].end) == (2019, 2022)
    assert (person.roles[1].start, person.roles[1].end) == (2022, None)
    assert [r.title for r in person.current_roles] == [
        "Senior Research Officer",
        "Managing Editor, Insight",
    ]
    # The same topic written twice with other capitals is kept once.
    assert person.expertise == ["Water security", "nuclear policy"]
    assert person.aliases == ["A. Qureshi", "Amina Q."]
    assert person.order == 3
    assert "<em>rivers</em>" in person.bio
    assert person.summary == "Amina studies rivers."


def test_explicit_slug_wins_and_file_name_rescues_unsluggable_names(tmp_path):
    write(tmp_path, "a.md", "Title: عائشہ ملک\nSlug: ayesha-malik\n\nBio.\n")
    write(tmp_path, "party.md", "Title: 🎉🎉\n\nBio.\n")
    slugs = {p.name: p.slug for p in load(tmp_path)}
    assert slugs["عائشہ ملک"] == "ayesha-malik"
    assert slugs["🎉🎉"] == "party"


def test_names_in_other_scripts_get_non_empty_slugs(tmp_path):
    write(tmp_path, "a.md", "Title: 王小明\n\nBio.\n")
    write(tmp_path, "b.md", "Title: عائشہ ملک\n\nBio.\n")
    for person in load(tmp_path):
        assert person.slug, person.name


@pytest.mark.parametrize(
    ("field", "value", "url"),
    [
        ("Mastodon", "@ana@social.example", "https://social.example/@ana"),
        ("ORCID", "0000-0002-1825-0097", "https://orcid.org/0000-0002-1825-0097"),
        ("Bluesky", "ana.bsky.example", "https://bsky.app/profile/ana.bsky.example"),
        ("GitHub", "ana-k", "https://github.com/ana-k"),
        ("Website", "ana.example/notes", "https://ana.example/notes"),
        ("Email", "ana@centre.example", "mailto:ana@centre.example"),
    ],
)
def test_link_fields_become_absolute_links(tmp_path, field, value, url):
    write(tmp_path, "a.md", f"Title: Ana Kova\n{field}: {value}\n\nBio.\n")
    [person] = load(tmp_path)
    assert [link.url for link in person.links] == [url]


@pytest.mark.parametrize(
    "value", ["javascript:alert(1)", "data:text/html,<b>x</b>", "JavaScript:void(0)"]
)
def test_unsafe_website_is_reported_not_linked(tmp_path, warnings_logged, value):
    write(tmp_path, "a.md", f"Title: Ana Kova\nWebsite: {value}\n\nBio.\n")
    [person] = load(tmp_path)
    assert person.links == []
    assert any("people/a.md" in m and "Website" in m for m in warnings_logged())


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Favourite: tea", "favourite"),
        ("Staff: retired", "Staff"),
        ("Roles: Officer (2019-20x)", "Roles"),
        ("Roles: Officer (2022-2019)", "Roles"),
        ("Photo: missing.jpg", "Photo"),
        ("Order: first", "Order"),
        ("Mastodon: not an address", "Mastodon"),
    ],
)
def test_mistakes_name_the_file_and_the_field(tmp_path, warnings_logged, header, field):
    write(tmp_path, "ana.md", f"Title: Ana Kova\n{header}\n\nBio.\n")
    [person] = load(tmp_path)
    assert person.name == "Ana Kova"  # the profile is still loaded
    messages = [m for m in warnings_logged() if "people/ana.md" in m]
    assert messages and field in messages[0]


def test_a_role_with_unreadable_years_keeps_its_text(tmp_path):
    write(
        tmp_path, "a.md", "Title: Ana Kova\nRoles: Officer (since spring 2019)\n\nB.\n"
    )
    [person] = load(tmp_path)
    assert [r.title for r in person.roles] == ["Officer (since spring 2019)"]


def test_a_file_without_a_name_or_not_markdown_is_reported(tmp_path, warnings_logged):
    write(tmp_path, "nameless.md", "Roles: Director\n\nBio.\n")
    write(tmp_path, "notes.txt", "Title: Someone\n")
    assert load(tmp_path) == []
    messages = " ".join(warnings_logged())
    assert "people/nameless.md" in messages and "Title" in messages
    assert "people/notes.txt" in messages


def test_photo_is_found_beside_the_file_or_in_the_content_root(tmp_path):
    (tmp_path / "people" / "photos").mkdir(parents=True)
    (tmp_path / "people" / "photos" / "a.jpg").write_bytes(b"x")
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "b.jpg").write_bytes(b"x")
    write(tmp_path, "a.md", "Title: Ana Kova\nPhoto: photos/a.jpg\n\nBio.\n")
    write(tmp_path, "b.md", "Title: Bo Linde\nPhoto: shared/b.jpg\n\nBio.\n")
    photos = {p.name: p.photo_path for p in load(tmp_path)}
    assert photos["Ana Kova"] == tmp_path / "people" / "photos" / "a.jpg"
    assert photos["Bo Linde"] == tmp_path / "shared" / "b.jpg"


# --- Read by the site's own readers ---------------------------------------


@pytest.fixture
def yaml_metadata_plugin():
    """The YAML metadata plugin, disconnected after the test: it connects its
    reader for good, which would change every later build in the run."""
    from pelican import signals
    from pelican.plugins import yaml_metadata

    yield "pelican.plugins.yaml_metadata"
    signals.readers_init.disconnect(yaml_metadata.add_reader)


YAML_PROFILE = """\
---
title: "Maren Oduya: Coasts"
honorific: Dr
roles:
  - Research Officer (2019-2022)
  - Senior Research Officer (2022-)
expertise: [Coastal erosion, Sea level]
aliases:
  - M. Oduya
order: 2
staff: former
summary: Studies *coastal* erosion.
email: maren@centre.example
---
Maren writes about **coasts**.
"""


def test_a_site_with_yaml_metadata_reads_people_files_with_it(
    site, yaml_metadata_plugin, warnings_logged
):
    site.write("people/maren.md", YAML_PROFILE)
    site.write(
        "a.md",
        "---\ntitle: Tides\ndate: 2024-01-01\nauthor: M. Oduya\n---\nText.\n",
    )
    output = site.build(
        PLUGINS=["pelican.plugins.author_profiles", yaml_metadata_plugin],
        THEME=str(THEME),
    )
    assert warnings_logged() == []
    index_page = (output / "author" / "maren-oduya-coasts.html").read_text()
    assert "Maren writes about <strong>coasts</strong>" in index_page
    assert "Senior Research Officer" in index_page
    # The byline used the alias from the YAML list.
    assert "maren-oduya-coasts.html" in (output / "tides.html").read_text()


def test_yaml_values_become_the_same_fields_as_markdown_ones(
    tmp_path, yaml_metadata_plugin
):
    from pelican.plugins.yaml_metadata import YAMLMetadataReader

    write(tmp_path, "maren.md", YAML_PROFILE)
    settings = {**SETTINGS, "PATH": str(tmp_path)}
    readers = {"md": YAMLMetadataReader(settings)}
    [person] = load_people(tmp_path, ["people"], settings, readers)
    assert person.name == "Maren Oduya: Coasts"
    assert person.display_name == "Dr Maren Oduya: Coasts"
    assert [(r.title, r.start, r.end) for r in person.roles] == [
        ("Research Officer", 2019, 2022),
        ("Senior Research Officer", 2022, None),
    ]
    assert person.expertise == ["Coastal erosion", "Sea level"]
    assert person.aliases == ["M. Oduya"]
    assert (person.order, person.staff) == (2, "former")
    # Pelican would make the summary HTML; the profile keeps it as typed.
    assert person.summary == "Studies *coastal* erosion."
    assert [link.url for link in person.links] == ["mailto:maren@centre.example"]


def test_a_people_file_in_restructuredtext_is_read(tmp_path, warnings_logged):
    write(
        tmp_path,
        "ines.rst",
        "Inés Varga & Co\n###############\n\n"
        ":slug: ines-varga\n"
        ":roles: Data Editor (2021-); Fellow (2018-2020)\n"
        ":aliases: Inés V.\n"
        ":summary: Maps *rivers*.\n\n"
        "Inés maps rivers for the centre.\n",
    )
    [person] = load(tmp_path)
    assert (person.name, person.slug) == ("Inés Varga & Co", "ines-varga")
    assert [r.title for r in person.current_roles] == ["Data Editor"]
    assert person.aliases == ["Inés V."]
    assert person.summary == "Maps rivers."
    assert "Inés maps rivers" in person.bio
    assert warnings_logged() == []


def test_the_site_markdown_settings_apply_to_people_files(tmp_path):
    write(tmp_path, "a.md", "Title: Ana Kova\n\nHer [^1] notes.\n\n[^1]: A footnote.\n")
    settings = {
        **SETTINGS,
        "PATH": str(tmp_path),
        "MARKDOWN": {"extensions": ["markdown.extensions.footnotes"]},
    }
    [person] = load_people(tmp_path, ["people"], settings)
    assert 'class="footnote"' in person.bio


def test_people_files_send_no_content_signals(site):
    from pelican import signals

    seen = []

    def note(content):
        seen.append(content.relative_source_path)

    signals.content_object_init.connect(note)
    try:
        site.write("people/a.md", "Title: Ana Kova\n\nBio.\n")
        site.write("a.md", "Title: A\nDate: 2024-01-01\nAuthor: Ana Kova\n\nText.\n")
        site.build()
    finally:
        signals.content_object_init.disconnect(note)
    assert "a.md" in seen
    assert not any(path.startswith("people") for path in seen)


def test_a_detail_field_is_read_and_listed_with_its_label(tmp_path):
    from pelican.plugins.author_profiles.authors import Author

    people = tmp_path / "people"
    people.mkdir()
    (people / "ana.md").write_text("Title: Ana Kova\nPronouns: she/her\n\nBio.\n")
    [person] = load_people(tmp_path, ["people"], {**SETTINGS, "PATH": str(tmp_path)})
    assert person.details == {"pronouns": "she/her"}
    author = Author(person.name, SETTINGS, person.slug, person)
    assert [(d.label, d.value) for d in author.details] == [("pronouns", "she/her")]
