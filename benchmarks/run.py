"""Build time and memory of the plugins, side by side with the alternatives.

    benchmarks/run [--sizes 500,2000,8000] [--repeats 3] [--configs a,b,c,d]

(``benchmarks/run`` sets up ``benchmarks/.venv`` and calls this file.)

For every size it generates a site (or reuses one made by the same generator),
then builds it with each configuration in turn, round-robin (with ``--together``,
all of a round's configurations at once, one per CPU), ``--repeats``
times: each build in a new process, with an empty output and cache folder and
Pelican's content cache off. It prints medians, the overhead ratios and the
scaling ratios against their targets, and saves them as Markdown and JSON in
``benchmarks/results/``.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.metadata
import importlib.util
import json
import os
import platform
import re
import shlex
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import builds
import configs
import report

BENCHMARKS = Path(__file__).resolve().parent
ROOT = BENCHMARKS.parent
OUR_PACKAGES = {
    "pelican.plugins.author_profiles": "src/pelican/plugins/author_profiles",
    "pelican.plugins.staff_roles": "src/pelican/plugins/staff_roles",
    "pelican.plugins.reading_time": "src/pelican/plugins/reading_time",
    "pelican.plugins.share_block": "src/pelican/plugins/share_block",
    "pelican_masthead": "src/pelican_masthead",
}


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="benchmarks/run", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--sizes",
        default="500,2000,8000",
        help="numbers of articles, comma-separated (default: %(default)s)",
    )
    parser.add_argument("--people", type=int, default=100)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--configs",
        default=",".join(configs.DEFAULT_CONFIGS),
        help="configurations to build, from "
        + ", ".join(f"{c.key} ({c.title})" for c in configs.CONFIGS.values())
        + ", or a-<plugin> (a without that plugin, e.g. a-share_block)"
        + " (default: %(default)s)",
    )
    parser.add_argument("--work", type=Path, default=BENCHMARKS / ".work")
    parser.add_argument("--results", type=Path, default=BENCHMARKS / "results")
    parser.add_argument(
        "--no-save", action="store_true", help="print the report, write no file"
    )
    parser.add_argument("--timeout", type=float, default=3600, help="per build, s")
    parser.add_argument(
        "--together",
        action="store_true",
        help="build each round's configurations at the same time, one per CPU, "
        "so that all of them meet the same machine (for a shared, noisy machine)",
    )
    args = parser.parse_args(argv)
    args.sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s]
    args.configs = [k.strip() for k in args.configs.split(",") if k.strip()]
    unknown = []
    for key in args.configs:
        try:
            configs.lookup(key)
        except KeyError:
            unknown.append(key)
    if unknown or not args.configs:
        parser.error(
            f"unknown configuration {unknown}; choose from {list(configs.CONFIGS)} "
            "or a-<plugin>"
        )
    if args.together and len(args.configs) > (os.cpu_count() or 1):
        parser.error(
            f"--together builds {len(args.configs)} configurations at once, "
            f"one per CPU, but this machine has {os.cpu_count()}"
        )
    if args.repeats < 1 or not args.sizes:
        parser.error("needs at least one size and one repeat")
    return args


def stale_files() -> list[str]:
    """Checkout files that differ from the installed plugins the builds use."""
    differing = []
    for package, folder in OUR_PACKAGES.items():
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            differing.append(f"{package} (not installed)")
            continue
        installed = Path(next(iter(spec.submodule_search_locations)))
        source = ROOT / folder
        for path in sorted(source.rglob("*")):
            if (
                path.suffix not in (".py", ".html", ".css", ".svg")
                or not path.is_file()
            ):
                continue
            copy = installed / path.relative_to(source)
            if not copy.exists() or not filecmp.cmp(path, copy, shallow=False):
                differing.append(str(path.relative_to(ROOT)))
    return differing


def machine_info(args: argparse.Namespace, argv: list[str]) -> dict:
    def version(name: str) -> str:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            return "not installed"

    return {
        "date": date.today().isoformat(),
        "command": " ".join(["benchmarks/run", *map(shlex.quote, argv)]),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "memory": _memory(),
        "python": platform.python_version(),
        "pelican": version("pelican"),
        "masthead": version("pelican-masthead"),
        "readtime": version("pelican-readtime"),
        "share_post": version("pelican-share-post"),
        "commit": _commit(),
        "load_before": _load(),
        "people": args.people,
        "seed": args.seed,
        "repeats": args.repeats,
        "together": args.together,
    }


def _memory() -> str:
    try:
        text = Path("/proc/meminfo").read_text()
    except OSError:
        return "unknown"
    match = re.search(r"MemTotal:\s+(\d+) kB", text)
    return f"{int(match.group(1)) / 1024**2:.1f} GiB" if match else "unknown"


def _commit() -> str:
    def git(*words: str) -> str:
        done = subprocess.run(
            ["git", *words], cwd=ROOT, capture_output=True, text=True, check=False
        )
        return done.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "no git"
    dirty = git(
        "status", "--porcelain", "--untracked-files=no", "--", "plugins", "theme"
    )
    return commit + (" with uncommitted changes" if dirty else "")


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def article_page(content: Path, output: Path) -> Path | None:
    """The page of the first co-written English article, to check markers on."""
    settings = configs.base_settings()
    for path in sorted((content / "articles").rglob("*.md")):
        head = path.read_text(encoding="utf-8").split("\n\n", 1)[0]
        fields = dict(line.split(": ", 1) for line in head.splitlines())
        if "Authors" in fields and "Lang" not in fields:
            year = fields["Date"][:4]
            save_as = settings["ARTICLE_SAVE_AS"].replace("{date:%Y}", year)
            return output / save_as.format(slug=fields["Slug"])
    return None


def verify(config: configs.Config, page: Path | None) -> str:
    if page is None:
        return "no co-written article"
    if not page.exists():
        return f"article page missing ({page.name})"
    problems = configs.check_markers(config, page.read_text(encoding="utf-8"))
    return "yes" if not problems else "NO: " + "; ".join(problems)


def run(args: argparse.Namespace, argv: list[str]) -> tuple[dict, dict]:
    stale = stale_files()
    if stale:
        print(
            "warning: the installed plugins differ from the checkout "
            f"({', '.join(stale[:5])}{' ...' if len(stale) > 5 else ''}); "
            "benchmarks/run reinstalls them",
            file=sys.stderr,
        )
    info = machine_info(args, argv)
    chosen = [configs.lookup(k) for k in args.configs]
    done: list[dict] = []
    verified: dict[str, str] = {}
    for size in args.sizes:
        content = builds.site(args.work, size, args.people, args.seed)
        for repeat in range(args.repeats):
            for config, result in _round(args, chosen, content, size, repeat):
                done.append(result.as_dict())
                print(
                    f"{size:>6} articles  {config.key}  #{repeat + 1}  "
                    f"{result.wall_seconds:8.2f} s  "
                    f"{result.cpu_seconds or 0:8.2f} s CPU  "
                    f"{result.max_rss_mib or 0:7.1f} MiB  "
                    f"gc {'/'.join(map(str, result.gc_collections or []))}  "
                    f"exit {result.exit}",
                    flush=True,
                )
                if result.exit != 0:
                    print(_tail(Path(result.log)), file=sys.stderr)
                if repeat == 0:
                    output = builds.output_folder(args.work, config, size)
                    page = article_page(content, output)
                    verified[f"{size}/{config.key}"] = (
                        verify(config, page) if result.exit == 0 else "build failed"
                    )
    info["load_after"] = _load()
    summary = report.summarise(done, args.sizes, args.configs)
    return info, {"summary": summary, "verified": verified, "builds": done}


def _round(args, chosen, content: Path, size: int, repeat: int):
    """One build of each configuration: in turn, or all at once (``--together``).

    On a shared machine the speed of a core changes from minute to minute, by
    up to half here; builds running side by side see the same changes, so
    their ratio holds still where the ratio of builds run in turn does not.
    Each build is its own process; the threads only wait for them.
    """

    def one(config):
        return builds.build(
            args.work, config, content, size, repeat, timeout=args.timeout
        )

    if not args.together:
        for config in chosen:
            yield config, one(config)
        return
    with ThreadPoolExecutor(len(chosen)) as pool:
        yield from zip(chosen, pool.map(one, chosen), strict=True)


def _tail(log: Path, lines: int = 15) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def save(results: Path, info: dict, data: dict, text: str) -> Path:
    results.mkdir(parents=True, exist_ok=True)
    stem, n = info["date"], 2
    while (results / f"{stem}.md").exists() or (results / f"{stem}.json").exists():
        stem, n = f"{info['date']}-{n}", n + 1
    (results / f"{stem}.md").write_text(text, encoding="utf-8")
    (results / f"{stem}.json").write_text(
        json.dumps({"info": info, **data}, indent=2) + "\n", encoding="utf-8"
    )
    return results / f"{stem}.md"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_arguments(argv)
    started = time.monotonic()
    info, data = run(args, argv)
    text = report.markdown(info, data["summary"], data["verified"], args.configs)
    print()
    print(text)
    if not args.no_save:
        print(f"saved {save(args.results, info, data, text)}")
    print(f"total {time.monotonic() - started:.0f} s")
    failed = sum(b["exit"] != 0 for b in data["builds"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
