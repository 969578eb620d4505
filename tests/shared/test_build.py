"""Each build has its own Build; one started inside another (a subsite of
pelican-i18n-subsites) hands the outer one back when it ends."""

from __future__ import annotations

from pelican_masthead import build
from pelican_masthead.structured_data import absolute_url


def test_a_nested_build_has_its_own_state_and_gives_the_outer_one_back():
    main_settings: dict = {}
    main = build.start(main_settings, nested=True)
    main.problems.append("in the main site")
    sub_settings = dict(main_settings)  # as i18n_subsites copies them
    sub = build.start(sub_settings, nested=True)
    assert sub is not main and sub.parent is main and sub.main is main
    assert sub.problems == [] and main_settings[build.SETTINGS_KEY] is main
    assert build.current() is sub
    build.finish(sub)
    assert build.current() is main
    build.finish(main)
    assert build.current() is not main


def test_a_build_after_a_finished_one_is_not_nested_in_it():
    settings: dict = {}
    first = build.start(settings, nested=True)
    build.finish(first)
    second = build.start(dict(settings), nested=True)
    assert second.parent is None
    build.finish(second)


def test_addresses_through_the_main_site_are_written_clean():
    assert (
        absolute_url("https://example.org/ur", "../people-photos/a-96.jpg")
        == "https://example.org/people-photos/a-96.jpg"
    )
    assert absolute_url("https://example.org/ur", "../staff/") == (
        "https://example.org/staff/"
    )
    assert absolute_url("https://example.org", "a/b.html") == (
        "https://example.org/a/b.html"
    )


def test_a_build_left_in_a_settings_dict_is_no_main_site_to_later_runs():
    # A tool or test asks for labels with a dict that outlives it (Pelican's
    # DEFAULT_CONFIG); every later site, copied from it, carries that Build.
    loose: dict = {}
    left = build.build_of(loose)
    assert build.current() is not left
    later = build.start(dict(loose), nested=True)
    try:
        assert later.parent is None
    finally:
        build.finish(later)
