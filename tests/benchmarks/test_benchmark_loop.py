"""The writer's-loop benchmark and the configurations that price features."""

from __future__ import annotations

import sys
from argparse import Namespace

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import configs
import loop


def test_a_writer_edit_adds_text_and_keeps_what_was_there(tmp_path):
    (tmp_path / "articles" / "2024").mkdir(parents=True)
    (tmp_path / "people").mkdir()
    article = tmp_path / "articles" / "2024" / "a.md"
    article.write_text("Title: A\n\nText.\n", encoding="utf-8")
    person = tmp_path / "people" / "ana.md"
    person.write_text("Title: Ana\n\nBio.\n", encoding="utf-8")
    assert loop.edited_files(tmp_path) == (article, person)
    loop.edit(article, "Edited in round 1.")
    assert article.read_text(encoding="utf-8") == (
        "Title: A\n\nText.\n\nEdited in round 1.\n"
    )


def test_the_loop_report_gives_each_step_and_the_ratio_side_by_side():
    seconds = {
        ("a", 0): [(12.0, 20.0)],
        ("b", 0): [(10.0, 16.0)],
        ("a", 1): [(6.6, 9.0)],
        ("b", 1): [(6.0, 9.0)],
        ("a", 2): [(9.0, 12.0)],
        ("b", 2): [(6.0, 8.0)],
    }
    args = Namespace(articles=2000, repeats=1, configs=["a", "b"])
    lines = loop.report(args, seconds).splitlines()
    rows = {line.split(" | ")[0].strip("| "): line for line in lines}
    assert rows["first build"].endswith("| 1.200 | 1.250 |")
    assert rows["edit an article"].endswith("| 1.100 | 1.000 |")
    assert rows["edit a person"].endswith("| 1.500 | 1.500 |")


def test_the_loop_builds_with_pelicans_content_cache_on(tmp_path):
    settings = configs.settings_for(configs.lookup("a"), tmp_path, tmp_path / "c")
    settings.update(loop.CACHE_ON)
    assert settings["LOAD_CONTENT_CACHE"] and settings["CACHE_CONTENT"]


def test_each_new_feature_has_a_configuration_priced_against_its_base():
    import report

    research = configs.lookup("r")
    assert research.plugins == (*configs.CONFIGS["a"].plugins, configs.RESEARCH_PLUGIN)
    assert configs.lookup("zr").theme == configs.lookup("d").theme == "notmyidea"
    assert {("r", "a"), ("z", "d"), ("zr", "d")} <= set(report.RATIOS)
