"""Generated sites and single timed builds, in a scratch folder.

Layout of the scratch folder (``benchmarks/.work`` unless told otherwise)::

    sites/<articles>x<people>-seed<seed>/content    generated once, reused
    builds/<articles>/<config>/                      settings, output, cache, log
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import configs
import generate_site

BENCHMARKS = Path(__file__).resolve().parent
GENERATOR_FILES = ("generate_site.py", "prose.py", "vocabulary.py", "images.py")


@dataclass
class Build:
    config: str
    articles: int
    repeat: int
    exit: int
    wall_seconds: float
    seconds_in_process: float | None
    # User + system CPU time of the build process: on a busy machine it
    # varies much less than wall time, which includes waiting for a core.
    cpu_seconds: float | None
    max_rss_mib: float | None
    warnings: int
    log: str
    # Collections of each garbage-collector generation, 0 to 2.
    gc_collections: list[int] | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def generator_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in GENERATOR_FILES:
        digest.update((BENCHMARKS / name).read_bytes())
    return digest.hexdigest()[:16]


def scratch(work: Path) -> Path:
    """The scratch folder, made invisible to git and to ruff.

    Ruff formats the code blocks of Markdown files too; without this, a
    ``ruff format .`` in the checkout would rewrite generated articles.
    """
    work.mkdir(parents=True, exist_ok=True)
    ignore = work / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# Scratch files of benchmarks/run.\n*\n")
    return work


def site(work: Path, articles: int, people: int, seed: int) -> Path:
    """The content folder of a generated site, made unless already there."""
    scratch(work)
    folder = work / "sites" / f"{articles}x{people}-seed{seed}"
    stamp = folder / "generator.txt"
    fingerprint = generator_fingerprint()
    marker = folder / generate_site.MARKER
    if not (marker.exists() and stamp.exists() and stamp.read_text() == fingerprint):
        print(f"generating {articles} articles, {people} people ...", flush=True)
        generate_site.generate(folder, articles, people, seed)
        stamp.write_text(fingerprint)
    return folder / "content"


def build(
    work: Path,
    config: configs.Config,
    content: Path,
    articles: int,
    repeat: int,
    *,
    profile: Path | None = None,
    cpu_clock: bool = False,
    memory: Path | None = None,
    phases: Path | None = None,
    timeout: float = 3600,
    folder: Path | None = None,
    keep: bool = False,
    extra_settings: dict | None = None,
) -> Build:
    """One build in a fresh process, with an empty output and cache folder
    (``keep``: with those of the last build in ``folder``, as a writer's
    rebuild has them)."""
    scratch(work)
    folder = folder or work / "builds" / str(articles) / config.key
    output, cache = folder / "output", folder / "cache"
    if not keep:
        for old in (output, cache):
            shutil.rmtree(old, ignore_errors=True)
    settings = configs.settings_for(config, content, cache)
    settings.update(extra_settings or {})
    settings = configs.write_settings(folder / "settings.py", settings)
    result, log = folder / "result.json", folder / "build.log"
    result.unlink(missing_ok=True)
    command = [sys.executable, str(BENCHMARKS / "build_once.py"), str(result)]
    if profile is not None:
        command += ["--profile", str(profile)] + (["--cpu-clock"] if cpu_clock else [])
    if memory is not None:
        command += ["--memory", str(memory)]
    if phases is not None:
        command += ["--phases", str(phases)]
    command += ["--", "-s", str(settings), "-o", str(output), "--fatal", "errors"]

    with log.open("w", encoding="utf-8") as handle:
        started = time.perf_counter()
        process = subprocess.run(
            command,
            stdout=handle,
            stderr=subprocess.STDOUT,
            timeout=timeout,
            check=False,
        )
        wall = time.perf_counter() - started
    own = json.loads(result.read_text()) if result.exists() else {}
    return Build(
        config=config.key,
        articles=articles,
        repeat=repeat,
        exit=process.returncode,
        wall_seconds=round(wall, 3),
        seconds_in_process=own.get("seconds_in_process"),
        cpu_seconds=(
            round(own["user_seconds"] + own["system_seconds"], 3) if own else None
        ),
        max_rss_mib=round(own["max_rss_kib"] / 1024, 1) if own else None,
        warnings=_count_warnings(log),
        log=str(log),
        gc_collections=own.get("gc_collections"),
    )


def _count_warnings(log: Path) -> int:
    text = log.read_text(encoding="utf-8", errors="replace")
    return sum(1 for line in text.splitlines() if "WARNING" in line)


def output_folder(work: Path, config: configs.Config, articles: int) -> Path:
    return work / "builds" / str(articles) / config.key / "output"
