"""The writer's loop: what a rebuild after saving one file costs.

    benchmarks/run loop [--articles 2000] [--configs a,b] [--repeats 1]

For each configuration, on its own copy of the generated site, with
Pelican's content cache on (``LOAD_CONTENT_CACHE``, ``CACHE_CONTENT``):

1. the first build, with empty output and cache folders (as CI has it);
2. the rebuild after one article was edited (a sentence added);
3. the rebuild after one people file was edited.

Each build is a new process; the configurations of one step run side by
side (one per CPU), so both meet the same machine. It prints CPU and wall
time of each step and the ratio of the first configuration to the last.
Pelican writes every page on every build, so a rebuild saves the reading
only: its content cache keeps each file's reading until the file changes.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import builds
import configs

BENCHMARKS = Path(__file__).resolve().parent
STEPS = ("first build", "edit an article", "edit a person")
CACHE_ON = {"LOAD_CONTENT_CACHE": True, "CACHE_CONTENT": True}


def edit(path: Path, words: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.rstrip("\n") + f"\n\n{words}\n", encoding="utf-8")


def edited_files(content: Path) -> tuple[Path, Path]:
    """The article and the people file a writer edits: the first of each."""
    article = sorted((content / "articles").rglob("*.md"))[0]
    person = sorted((content / "people").glob("*.md"))[0]
    return article, person


def one_loop(args, config: configs.Config, source: Path, repeat: int, step: int):
    folder = args.work / "loop" / str(args.articles) / config.key
    content = folder / "content"
    if step == 0:
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(source, content)
    else:
        article, person = edited_files(content)
        edit(article if step == 1 else person, f"Edited in round {repeat + 1}.")
    return builds.build(
        args.work,
        config,
        content,
        args.articles,
        repeat,
        folder=folder,
        keep=step > 0,
        extra_settings=CACHE_ON,
        timeout=args.timeout,
    )


def run(args) -> dict:
    chosen = [configs.lookup(key) for key in args.configs]
    source = builds.site(args.work, args.articles, args.people, args.seed)
    seconds: dict[tuple[str, int], list[tuple[float, float]]] = {}
    for repeat in range(args.repeats):
        for step, name in enumerate(STEPS):
            with ThreadPoolExecutor(len(chosen)) as pool:
                done = list(
                    pool.map(
                        lambda c, s=step, r=repeat: one_loop(args, c, source, r, s),
                        chosen,
                    )
                )
            for config, result in zip(chosen, done, strict=True):
                if result.exit != 0:
                    print(f"build failed; see {result.log}", file=sys.stderr)
                    raise SystemExit(1)
                seconds.setdefault((config.key, step), []).append(
                    (result.cpu_seconds or 0.0, result.wall_seconds)
                )
                print(
                    f"{config.key}  #{repeat + 1}  {name:<16} "
                    f"{result.cpu_seconds or 0:7.2f} s CPU  "
                    f"{result.wall_seconds:7.2f} s wall",
                    flush=True,
                )
    return seconds


def report(args, seconds) -> str:
    keys = args.configs
    first, last = keys[0], keys[-1]
    lines = [
        f"Writer's loop, {args.articles} articles, content cache on, "
        f"medians of {args.repeats} round(s); configurations side by side",
        "",
        "| step | "
        + " | ".join(f"{k} CPU s | {k} wall s" for k in keys)
        + f" | {first}/{last} CPU | {first}/{last} wall |",
        "|---|" + "---:|" * (2 * len(keys) + 2),
    ]
    for step, name in enumerate(STEPS):
        cpu = {k: statistics.median(c for c, _w in seconds[(k, step)]) for k in keys}
        wall = {k: statistics.median(w for _c, w in seconds[(k, step)]) for k in keys}
        cells = " | ".join(f"{cpu[k]:.2f} | {wall[k]:.2f}" for k in keys)
        lines.append(
            f"| {name} | {cells} | {cpu[first] / cpu[last]:.3f} | "
            f"{wall[first] / wall[last]:.3f} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="benchmarks/run loop", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--people", type=int, default=100)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument(
        "--configs",
        default="a,b",
        help="configurations, built side by side (default: %(default)s)",
    )
    parser.add_argument("--work", type=Path, default=BENCHMARKS / ".work")
    parser.add_argument("--timeout", type=float, default=3600, help="per build, s")
    args = parser.parse_args(argv)
    args.configs = [k.strip() for k in args.configs.split(",") if k.strip()]
    for key in args.configs:
        try:
            configs.lookup(key)
        except KeyError:
            parser.error(f"unknown configuration {key!r}")
    print(report(args, run(args)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
