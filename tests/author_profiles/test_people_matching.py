"""Matching byline names to people, and slugs that never collide."""

import logging

import pytest
from pelican.plugins.author_profiles.person import Person
from pelican.plugins.author_profiles.registry import People
from pelican.settings import DEFAULT_CONFIG
from pelican_masthead.names import initials, name_key
from pelican_masthead.problems import ContentError, StrictModeError


def person(name, slug, aliases=(), source=None):
    return Person(
        source=source or f"people/{slug}.md",
        slug=slug,
        name=name,
        aliases=list(aliases),
    )


@pytest.fixture
def people():
    return People(
        [
            person("José Núñez", "jose-nunez", ["J. Núñez"]),
            person("Amina Qureshi", "amina-qureshi"),
            person("عائشہ ملک", "ayesha-malik", ["Ayesha Malik"]),
        ]
    )


@pytest.mark.parametrize(
    ("written", "slug"),
    [
        ("José Núñez", "jose-nunez"),
        ("jose nunez", "jose-nunez"),  # case and accents ignored
        ("JOSÉ NÚÑEZ", "jose-nunez"),
        ("J. Nunez", "jose-nunez"),  # alias
        ("jose-nunez", "jose-nunez"),  # slug
        ("Dr Amina Qureshi", "amina-qureshi"),  # honorific ignored
        ("Prof. amina qureshi", "amina-qureshi"),
        ("عائشہ ملک", "ayesha-malik"),
        ("Ayesha Malik", "ayesha-malik"),
    ],
)
def test_byline_names_match_their_person(people, written, slug):
    assert people.match(written).slug == slug


def test_unknown_names_do_not_match_but_get_a_suggestion(people):
    assert people.match("Amina Qureshy") is None
    assert people.suggestion("Amina Qureshy").slug == "amina-qureshi"
    assert people.suggestion("Zed Unrelated") is None


def test_two_people_with_one_slug_stop_the_build():
    with pytest.raises(ContentError) as error:
        People([person("Ana Kova", "ana"), person("Ana Kovač", "ana", source="x.md")])
    assert "people/ana.md" in str(error.value) and "x.md" in str(error.value)


def test_unprofiled_names_get_distinct_stable_slugs(people):
    first = people.slug_for_unprofiled("李伟", "li-wei")
    second = people.slug_for_unprofiled("李偉", "li-wei")  # transliterates alike
    assert first != second
    assert people.slug_for_unprofiled("李伟", "li-wei") == first
    # A name no transliteration can spell still gets a slug of its own.
    assert people.slug_for_unprofiled("🎉", "")
    # A profile's slug is never given to a different, unprofiled name.
    assert people.slug_for_unprofiled("Amina Q", "amina-qureshi") != "amina-qureshi"


def test_name_key_and_initials():
    assert name_key("  Zoë   O'Brien ") == name_key("zoe o brien")
    assert initials("Amina Qureshi") == "AQ"
    assert initials("Madonna") == "M"
    assert initials("José María Núñez") == "JN"
    assert initials("") == "?"
    assert DEFAULT_CONFIG  # settings import keeps Pelican's defaults loadable


def test_an_alias_two_people_claim_matches_neither(warnings_logged):
    people = People(
        [
            person("Ana Kova", "ana-kova", ["A. Kova"]),
            person("Aleksander Kova", "aleksander-kova", ["A. Kova"]),
        ]
    )
    # The file that sorts first no longer wins: nobody can tell which is meant.
    assert people.match("A. Kova") is None
    [message] = warnings_logged()
    assert "people/ana-kova.md" in message
    assert "people/aleksander-kova.md" in message and "'A. Kova'" in message


@pytest.mark.parametrize(
    ("field", "warned"),
    [
        ("Author: Ana Ruiz, Ben Osei", "Authors: Ana Ruiz; Ben Osei"),
        ("Author: Ana Ruiz, Ben Osei, Cleo Marr", "Authors: Ana Ruiz; Ben Osei; Cleo"),
        # "Bo" is one word, but a person of the site.
        ("Author: Ana Ruiz, Bo", "Authors: Ana Ruiz; Bo"),
        ("Author: Ruiz, Ana", ""),  # surname first: one person
        ("Author: Ana Ruiz, PhD", ""),
        ("Author: Ana Ruiz, and others", ""),
        ("Authors: Ana Ruiz, Ben Osei", ""),  # Pelican splits this one
    ],
)
def test_several_names_in_one_author_field_are_named_with_the_fix(
    site, warnings_logged, field, warned
):
    site.write("people/bo.md", "Title: Bo\n\nA single name.\n")
    site.write("rain.md", f"Title: Rain\nDate: 2024-01-01\n{field}\n\nText.\n")
    site.build()
    found = [m for m in warnings_logged() if m.startswith("rain.md: 'Author'")]
    if warned:
        [message] = found
        assert "read as one name" in message and warned in message
    else:
        assert found == []


def test_many_names_without_a_profile_make_one_short_warning_and_a_full_list(
    site, warnings_logged, caplog
):
    caplog.set_level(logging.DEBUG, logger="pelican.plugins.author_profiles")
    names = [f"Guest Writer{chr(ord('a') + n)}" for n in range(12)]
    for number, name in enumerate(names):
        site.write(
            f"guest-{number}.md",
            f"Title: Guest {number}\nDate: 2024-01-{number + 1:02d}\n"
            f"Author: {name}\n\nText.\n",
        )
    site.build()
    [warning] = [m for m in warnings_logged() if "with no profile" in m]
    listing = site.root / "cache" / "masthead-unmatched-names.txt"
    assert warning.startswith("12 names with no profile")
    assert "'Guest Writera' in guest-0.md ('Author')" in warning
    assert "and 7 more" in warning and str(listing) in warning
    assert "Guest Writerl" not in warning and len(warning) < 600
    full = listing.read_text(encoding="utf-8").splitlines()
    assert [line.split("'")[1] for line in full] == names
    debug = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG]
    assert [m for m in debug if all(name in m for name in names)]
    with pytest.raises(StrictModeError, match="12 names with no profile"):
        site.build(MASTHEAD_STRICT=True)


def test_a_site_whose_names_all_match_keeps_no_stale_list(site):
    listing = site.root / "cache" / "masthead-unmatched-names.txt"
    site.write("rain.md", "Title: Rain\nDate: 2024-01-01\nAuthor: Cleo Marr\n\nT.\n")
    site.build()
    assert listing.exists()
    site.write("people/cleo.md", "Title: Cleo Marr\n\nBio.\n")
    site.build()
    assert not listing.exists()


def test_an_alias_cannot_take_another_persons_name(warnings_logged):
    # The taker's file sorts first, and lists the name before its owner does.
    people = People(
        [
            person("Aaron Taker", "aaron-taker", ["Alice Normal", "alice-normal"]),
            person("Alice Normal", "alice-normal"),
        ]
    )
    assert people.match("Alice Normal").slug == "alice-normal"
    assert people.match("alice-normal").slug == "alice-normal"
    assert people.match("Dr Alice Normal").slug == "alice-normal"
    # One message for the name (its two spellings are one name): it blames
    # the taker, and names the owner's file too.
    [message] = warnings_logged()
    assert message.startswith("people/aaron-taker.md:")
    assert "people/alice-normal.md" in message and "Aliases" in message


def test_a_title_beats_another_persons_slug():
    people = People(
        [
            # Her slug spells his full name; a byline "Bo Linde" is his,
            # though her file is read first.
            person("Bolette Lindqvist", "bo-linde"),
            person("Bo Linde", "bo"),
        ]
    )
    assert people.match("Bo Linde").slug == "bo"


def test_a_stolen_name_fails_a_strict_build(site):
    site.write("people/aaron.md", "Title: Aaron Taker\nAliases: Alice Normal\n\nA.\n")
    site.write("people/alice.md", "Title: Alice Normal\n\nA.\n")
    site.write(
        "a.md", "Title: Piece\nDate: 2024-01-01\nAuthor: Alice Normal\n\nText.\n"
    )
    with pytest.raises(StrictModeError) as error:
        site.build(MASTHEAD_STRICT=True)
    assert "people/aaron.md" in str(error.value)
    assert "people/alice.md" in str(error.value)
