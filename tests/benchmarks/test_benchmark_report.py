"""The benchmark report's arithmetic: what a maintainer reads off its tables."""

from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import report


def build(config: str, wall: float, cpu: float, repeat: int = 0) -> dict:
    return {
        "articles": 100,
        "config": config,
        "repeat": repeat,
        "exit": 0,
        "wall_seconds": wall,
        "cpu_seconds": cpu,
        "max_rss_mib": 50.0,
        "warnings": 0,
    }


def test_overhead_is_shown_for_medians_and_for_the_fastest_builds():
    # One build of b was slowed down by something else on the machine.
    builds = [
        build("a", 10.5, 10.4, 0),
        build("b", 10.0, 9.9, 0),
        build("a", 10.6, 10.5, 1),
        build("b", 14.0, 13.9, 1),
        build("a", 10.7, 10.6, 2),
        build("b", 10.1, 10.0, 2),
    ]
    summary = report.summarise(builds, [100], ["a", "b"])
    [a_over_b] = [r for r in summary["ratios"] if r["ratio"] == "a/b"]
    assert a_over_b["wall"] == round(10.6 / 10.1, 3)
    assert a_over_b["min_wall"] == round(10.5 / 10.0, 3)
    assert a_over_b["min_cpu"] == round(10.4 / 9.9, 3)
    # Each round's ratio: 1.05, 0.757 (the slowed-down b), 1.059.
    assert a_over_b["rounds"] == round(10.5 / 10.0, 3)
    text = report.markdown(
        {
            "date": "today",
            "command": "run",
            "machine": "m",
            "cpus": 2,
            "memory": "1 GiB",
            "load_before": "0",
            "load_after": "0",
            "python": "3",
            "pelican": "4",
            "masthead": "0",
            "commit": "x",
            "readtime": "-",
            "share_post": "-",
            "people": 1,
            "seed": 1,
            "repeats": 3,
        },
        summary,
        {},
        ["a", "b"],
    )
    row = next(line for line in text.splitlines() if line.startswith("| a/b |"))
    # 1.050 (fastest walls) meets the target; 1.051 (fastest CPU) misses it.
    assert "| 1.050 |" in row and "**1.051**" in row
