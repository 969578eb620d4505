"""Medians, ratios against the targets, and the Markdown report of a run."""

from __future__ import annotations

import itertools
import statistics
from collections import defaultdict

import configs

# Our plugins may add at most 5 % to a build; an archive k times larger may
# cost at most 5 % more than k times as much (4.2 for 8,000 vs 2,000).
OVERHEAD_TARGET = 1.05
SCALING_SLACK = 1.05
# Each configuration against what it adds to: r (research), t (people in two
# languages) and zr price features on top of a and z; z and zr price the
# zero-edit path against d.
RATIOS = (
    ("a", "b"),
    ("c", "d"),
    ("e", "b"),
    ("a", "e"),
    ("l", "b"),
    ("a", "l"),
    ("r", "a"),
    ("r", "b"),
    ("t", "a"),
    ("z", "d"),
    ("zr", "d"),
    ("zr", "z"),
)
MEASURES = (
    ("wall", "wall_seconds"),
    ("cpu", "cpu_seconds"),
    ("memory", "max_rss_mib"),
)


def summarise(builds: list[dict], sizes: list[int], keys: list[str]) -> dict:
    cells: dict[tuple[int, str], list[dict]] = defaultdict(list)
    for build in builds:
        cells[(build["articles"], build["config"])].append(build)

    rows = []
    for size in sizes:
        for key in keys:
            done = [b for b in cells[(size, key)] if b["exit"] == 0]
            walls = [b["wall_seconds"] for b in done]
            row = {
                "articles": size,
                "config": key,
                "builds": len(done),
                "failed": len(cells[(size, key)]) - len(done),
                "min_wall": min(walls) if walls else None,
                "max_wall": max(walls) if walls else None,
                "min_cpu": min(
                    (b["cpu_seconds"] for b in done if b.get("cpu_seconds")),
                    default=None,
                ),
                "warnings": max((b["warnings"] for b in done), default=None),
            }
            for name, field in MEASURES:
                row[name] = _median(
                    [b[field] for b in done if b.get(field) is not None]
                )
            rows.append(row)
    by_cell = {(r["articles"], r["config"]): r for r in rows}
    return {
        "rows": rows,
        "ratios": _ratios(by_cell, sizes, keys, builds),
        "scaling": _scaling(by_cell, sizes, keys),
    }


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 3) if values else None


def _divide(top, bottom) -> float | None:
    return round(top / bottom, 3) if top and bottom else None


def _compare(upper: dict, lower: dict) -> dict:
    ratios = {name: _divide(upper[name], lower[name]) for name, _ in MEASURES}
    # On a shared machine other programs only ever slow a build down, so the
    # fastest build of each configuration is the least disturbed one; the
    # ratio of the fastest builds is steadier than that of the medians.
    for name in ("min_wall", "min_cpu"):
        ratios[name] = _divide(upper.get(name), lower.get(name))
    return ratios


def _round_by_round(builds: list[dict], size: int, top: str, bottom: str):
    """Median of each round's wall-time ratio: builds of one round ran next to
    each other (side by side with ``--together``), so they met the same
    machine."""
    rounds: dict[int, dict[str, float]] = defaultdict(dict)
    for b in builds:
        if b["articles"] == size and b["exit"] == 0 and b["config"] in (top, bottom):
            rounds[b["repeat"]][b["config"]] = b["wall_seconds"]
    ratios = [r[top] / r[bottom] for r in rounds.values() if len(r) == 2]
    return round(statistics.median(ratios), 3) if ratios else None


def _ratios(by_cell, sizes, keys, builds) -> list[dict]:
    found = []
    ablations = [("a", k) for k in keys if k.startswith("a-")]
    for top, bottom in (*RATIOS, *ablations):
        if top not in keys or bottom not in keys:
            continue
        for size in sizes:
            found.append(
                {
                    "ratio": f"{top}/{bottom}",
                    "articles": size,
                    **_compare(by_cell[(size, top)], by_cell[(size, bottom)]),
                    "rounds": _round_by_round(builds, size, top, bottom),
                    # Only our plugins' overhead has a target.
                    "target": OVERHEAD_TARGET if (top, bottom) == ("a", "b") else None,
                }
            )
    return found


def _scaling(by_cell, sizes, keys) -> list[dict]:
    found = []
    for small, large in itertools.pairwise(sorted(sizes)):
        for key in keys:
            found.append(
                {
                    "config": key,
                    "sizes": f"{large}/{small}",
                    **_compare(by_cell[(large, key)], by_cell[(small, key)]),
                    "target": round(large / small * SCALING_SLACK, 3),
                }
            )
    return found


def _number(value, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _judged(value, target, digits: int = 3) -> str:
    """The value, in bold when it misses its target."""
    text = _number(value, digits)
    if value is None or target is None or value <= target:
        return text
    return f"**{text}**"


def markdown(info: dict, summary: dict, verified: dict, keys: list[str]) -> str:
    lines = _header(info, keys)
    lines += [
        "## Build time and peak memory (medians)",
        "",
        "| articles | config | wall time (s) | wall min–max (s) | CPU time (s) "
        "| peak RSS (MiB) | builds | warnings | plugins' output on the page |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for row in summary["rows"]:
        check = verified.get(f"{row['articles']}/{row['config']}", "not built")
        count = str(row["builds"]) + (
            f" ({row['failed']} failed)" if row["failed"] else ""
        )
        warnings = "–" if row["warnings"] is None else row["warnings"]
        lines.append(
            f"| {row['articles']:,} | {row['config']} | {_number(row['wall'])} "
            f"| {_number(row['min_wall'])}–{_number(row['max_wall'])} "
            f"| {_number(row['cpu'])} | {_number(row['memory'], 0)} | {count} "
            f"| {warnings} | {check} |"
        )
    lines += [
        "",
        "## Overhead of plugins (ratios of medians, and of the fastest builds)",
        "",
        f"Target for a/b: at most {OVERHEAD_TARGET:.2f} (bold: missed). Other "
        "programs on the machine only ever slow a build down, so the fastest "
        "build of each configuration is its least disturbed one. Round by round: the "
        "median of each round's ratio, the steadiest with `--together`.",
        "",
        "| ratio | articles | wall time | CPU time | wall, fastest | CPU, fastest "
        "| wall, round by round | peak memory |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in summary["ratios"]:
        lines.append(
            f"| {r['ratio']} | {r['articles']:,} | {_judged(r['wall'], r['target'])} "
            f"| {_judged(r['cpu'], r['target'])} "
            f"| {_judged(r['min_wall'], r['target'])} "
            f"| {_judged(r['min_cpu'], r['target'])} "
            f"| {_judged(r['rounds'], r['target'])} | {_number(r['memory'], 3)} |"
        )
    if summary["scaling"]:
        lines += [
            "",
            "## Scaling (ratios of medians between sizes)",
            "",
            "Target: at most 1.05 times the ratio of sizes (bold: missed).",
            "",
            "| config | sizes | target | wall time | CPU time | peak memory |",
            "|---|---|---:|---:|---:|---:|",
        ]
        for s in summary["scaling"]:
            lines.append(
                f"| {s['config']} | {s['sizes']} | {s['target']:.2f} "
                f"| {_judged(s['wall'], s['target'], 2)} "
                f"| {_judged(s['cpu'], s['target'], 2)} "
                f"| {_judged(s['memory'], s['target'], 2)} |"
            )
    return "\n".join(lines) + "\n"


def _header(info: dict, keys: list[str]) -> list[str]:
    lines = [
        f"# Benchmark run of {info['date']}",
        "",
        f"- Command: `{info['command']}`",
        f"- Machine: {info['machine']}, {info['cpus']} CPUs, {info['memory']} memory;"
        f" load average (1, 5, 15 min) {info['load_before']} before,"
        f" {info['load_after']} after",
        f"- Python {info['python']}, Pelican {info['pelican']}, "
        f"pelican-masthead {info['masthead']} ({info['commit']}), "
        f"pelican-readtime {info['readtime']}, pelican-share-post {info['share_post']}",
        f"- Site: generated, {info['people']} people, seed {info['seed']}; "
        f"{info['repeats']} builds per configuration and size, "
        + (
            "each round's configurations side by side (--together)"
            if info.get("together")
            else "round-robin"
        ),
        "",
        "Configurations:",
        "",
    ]
    lines += [f"- **{k}**: {configs.lookup(k).title}" for k in keys]
    return [*lines, ""]
