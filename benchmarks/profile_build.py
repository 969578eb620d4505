"""Where a build's time goes: one build under cProfile, summed by owner.

    benchmarks/run profile [--articles 2000] [--config a] [--top 30] [--memory]
    benchmarks/run profile --phases --config a,b [--repeats 3]

It builds the generated site once (as ``run.py`` does, in a new process with
empty output and cache folders) under cProfile, timed by the wall clock
(``--cpu-clock``: by CPU time, for a busy machine), then prints:

- the share of the build spent in each of our plugins' signal handlers
  (the functions of their ``wiring.py``) and in the templates they ship;
- the functions of our code (plugins, shared library, theme and snippet
  templates) with the largest cumulative and own time;
- the largest cumulative times overall, for context.

cProfile slows Python code down by a roughly even factor, so shares are what
to read, not seconds.

With ``--phases`` it builds each configuration of ``--config`` (a,b) several
times with light timers instead (see ``phases.py``) and prints the CPU time of
reading, of each template and of each signal receiver side by side: where one
configuration spends more than the other, without cProfile's distortion.

With ``--memory`` it traces allocations instead (tracemalloc) and shows what
the memory still alive when the site has been written was allocated by: each
of our parts, and the lines holding the most.
"""

from __future__ import annotations

import argparse
import pstats
import sys
from collections import defaultdict
from pathlib import Path

import builds
import configs

BENCHMARKS = Path(__file__).resolve().parent
OUR_PLUGINS = ("author_profiles", "staff_roles", "reading_time", "share_block")


def owner(filename: str) -> str | None:
    """Which of our parts a function's file belongs to, if any."""
    path = filename.replace("\\", "/")
    for plugin in OUR_PLUGINS:
        if f"/pelican/plugins/{plugin}/" in path:
            return plugin
    if "/pelican_masthead/" in path:
        return "pelican_masthead"
    if path.startswith(str(configs.OUR_THEME)):
        return "theme"
    return None


def label(func: tuple) -> str:
    filename, line, name = func
    path = filename.replace("\\", "/")
    for marker in ("/pelican/plugins/", "/site-packages/", str(configs.ROOT) + "/"):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    return f"{path}:{line}({name})"


def handler_times(stats: pstats.Stats) -> dict[str, float]:
    """Cumulative time of each plugin's signal handlers (their wiring.py)."""
    totals: dict[str, float] = defaultdict(float)
    for func, (_cc, _nc, _tt, cumulative, _callers) in stats.stats.items():
        part = owner(func[0])
        if part in OUR_PLUGINS and func[0].endswith("wiring.py"):
            totals[part] += cumulative
    return dict(totals)


def total_time(stats: pstats.Stats) -> float:
    return max(cumulative for (_cc, _nc, _tt, cumulative, _c) in stats.stats.values())


def table(rows: list[tuple], total: float, top: int) -> list[str]:
    lines = [
        "| cumulative s | share | own s | calls | function |",
        "|---:|---:|---:|---:|---|",
    ]
    for func, (cc, nc, tt, cumulative, _callers) in rows[:top]:
        calls = str(nc) if nc == cc else f"{nc}/{cc}"
        lines.append(
            f"| {cumulative:.2f} | {cumulative / total:.1%} | {tt:.2f} | {calls} "
            f"| `{label(func)}` |"
        )
    return lines


def summarise(profile: Path, top: int) -> str:
    stats = pstats.Stats(str(profile))
    total = total_time(stats)
    items = list(stats.stats.items())
    ours = [(f, s) for f, s in items if owner(f[0])]
    by_cumulative = sorted(ours, key=lambda item: item[1][3], reverse=True)
    by_own = sorted(ours, key=lambda item: item[1][2], reverse=True)
    everything = sorted(items, key=lambda item: item[1][3], reverse=True)

    lines = [f"Profiled build: {total:.2f} s under cProfile.", ""]
    lines += ["Signal handlers of each plugin (cumulative, their wiring.py):", ""]
    for part, seconds in sorted(handler_times(stats).items(), key=lambda x: -x[1]):
        lines.append(f"- {part}: {seconds:.2f} s ({seconds / total:.1%})")
    own_by_part: dict[str, float] = defaultdict(float)
    for func, (_cc, _nc, own, _cum, _callers) in ours:
        own_by_part[owner(func[0])] += own
    lines += ["", "Own time of the code in each part (excluding what it calls):", ""]
    for part, seconds in sorted(own_by_part.items(), key=lambda x: -x[1]):
        lines.append(f"- {part}: {seconds:.2f} s ({seconds / total:.1%})")
    lines += ["", f"Our functions by cumulative time (top {top}):", ""]
    lines += table(by_cumulative, total, top)
    lines += ["", f"Our functions by own time (top {top}):", ""]
    lines += table(by_own, total, top)
    lines += ["", f"All functions by cumulative time (top {top}):", ""]
    lines += table(everything, total, top)
    return "\n".join(lines) + "\n"


def summarise_memory(path: Path, top: int) -> str:
    """What the memory alive at the end of the build was allocated by."""
    import tracemalloc

    stats = tracemalloc.Snapshot.load(str(path)).statistics("lineno")
    total = sum(s.size for s in stats)
    by_part: dict[str, int] = defaultdict(int)
    for stat in stats:
        by_part[owner(stat.traceback[0].filename) or "others"] += stat.size
    lines = [f"Memory alive when the site was written: {total / 2**20:.1f} MiB.", ""]
    lines += ["Allocated by (the line that made each block):", ""]
    for part, size in sorted(by_part.items(), key=lambda x: -x[1]):
        lines.append(f"- {part}: {size / 2**20:.1f} MiB ({size / total:.1%})")
    for title, chosen in (
        ("Lines of our code", [s for s in stats if owner(s.traceback[0].filename)]),
        ("All lines", stats),
    ):
        lines += ["", f"{title} holding the most (top {top}):", ""]
        lines += ["| MiB | blocks | line |", "|---:|---:|---|"]
        for stat in chosen[:top]:
            frame = stat.traceback[0]
            where = label((frame.filename, frame.lineno, ""))[:-2]
            lines.append(f"| {stat.size / 2**20:.2f} | {stat.count} | `{where}` |")
    return "\n".join(lines) + "\n"


def compare_phases(args: argparse.Namespace) -> int:
    """Phase times of several configurations, medians of ``--repeats`` builds."""
    import json
    import statistics

    keys = [k.strip() for k in args.config.split(",") if k.strip()]
    content = builds.site(args.work, args.articles, args.people, args.seed)
    runs: dict[str, list[dict]] = defaultdict(list)
    cpu: dict[str, list[float]] = defaultdict(list)
    for repeat in range(args.repeats):
        for key in keys:
            path = args.work / f"phases-{key}-{args.articles}.json"
            result = builds.build(
                args.work,
                configs.lookup(key),
                content,
                args.articles,
                repeat,
                phases=path,
            )
            if result.exit != 0:
                print(f"build failed; see {result.log}", file=sys.stderr)
                return 1
            runs[key].append(json.loads(path.read_text()))
            cpu[key].append(result.cpu_seconds)
            print(f"{key} #{repeat + 1}: {result.cpu_seconds:.2f} s CPU", flush=True)

    def median(key: str, row: str) -> float:
        return statistics.median(r.get(row, [0, 0])[0] for r in runs[key])

    rows = sorted({row for key in keys for r in runs[key] for row in r})
    first, last = keys[0], keys[-1]
    rows.sort(key=lambda row: -abs(median(first, row) - median(last, row)))
    print(
        f"\nCPU seconds, medians of {args.repeats} builds of {args.articles} articles"
    )
    print("(a receiver called while a file is read or written counts in both rows)\n")
    print("| phase | " + " | ".join(keys) + f" | {first} minus {last} |")
    print("|---|" + "---:|" * (len(keys) + 1))
    totals = [statistics.median(cpu[k]) for k in keys]
    cells = " | ".join(f"{t:.2f}" for t in totals)
    print(f"| whole build | {cells} | {totals[0] - totals[-1]:+.2f} |")
    for row in rows[: args.top]:
        values = [median(k, row) for k in keys]
        cells = " | ".join(f"{v:.2f}" for v in values)
        print(f"| {row} | {cells} | {values[0] - values[-1]:+.2f} |")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="benchmarks/run profile", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--people", type=int, default=100)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument(
        "--config", default="a", help="a configuration of run.py (default: a)"
    )
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--work", type=Path, default=BENCHMARKS / ".work")
    parser.add_argument(
        "--cpu-clock",
        action="store_true",
        help="count CPU time, not wall time: for a busy machine, but much slower",
    )
    parser.add_argument(
        "--phases",
        action="store_true",
        help="time reading, each template and each signal receiver instead, for "
        "each configuration of --config (comma-separated, e.g. a,b), side by side",
    )
    parser.add_argument("--repeats", type=int, default=3, help="with --phases")
    parser.add_argument(
        "--memory",
        action="store_true",
        help="trace memory instead: what holds the memory at the end of the build",
    )
    parser.add_argument(
        "--stats",
        type=Path,
        help="summarise this .prof file (or memory snapshot) instead of building",
    )
    args = parser.parse_args(argv)
    if args.phases:
        return compare_phases(args)
    try:
        config = configs.lookup(args.config)
    except KeyError:
        parser.error(f"unknown configuration {args.config!r}")

    if args.memory:
        return profile_memory(args, config)
    profile = args.stats
    if profile is None:
        content = builds.site(args.work, args.articles, args.people, args.seed)
        profile = args.work / f"profile-{args.config}-{args.articles}.prof"
        result = builds.build(
            args.work,
            config,
            content,
            args.articles,
            0,
            profile=profile,
            cpu_clock=args.cpu_clock,
        )
        if result.exit != 0:
            print(f"build failed; see {result.log}", file=sys.stderr)
            return 1
        print(f"profile written to {profile}\n")
    print(summarise(profile, args.top))
    return 0


def profile_memory(args: argparse.Namespace, config: configs.Config) -> int:
    snapshot = args.stats
    if snapshot is None:
        content = builds.site(args.work, args.articles, args.people, args.seed)
        snapshot = args.work / f"memory-{args.config}-{args.articles}.snapshot"
        result = builds.build(
            args.work, config, content, args.articles, 0, memory=snapshot
        )
        if result.exit != 0 or not snapshot.exists():
            print(f"build failed; see {result.log}", file=sys.stderr)
            return 1
        print(f"snapshot written to {snapshot}\n")
    print(summarise_memory(snapshot, args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
