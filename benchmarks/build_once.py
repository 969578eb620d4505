"""Run one Pelican build in this process and report what it cost.

    python build_once.py RESULT.json [--profile OUT.prof [--cpu-clock]]
                         [--memory SNAPSHOT] [--phases OUT.json] -- PELICAN ARGUMENTS

The parent times the whole process from outside; this wrapper adds what only
the process itself knows: its own peak resident memory. The parent's
``RUSAGE_CHILDREN`` would give the largest peak of all its children so far,
not this build's.
"""

from __future__ import annotations

import cProfile
import gc
import json
import resource
import sys
import time
from pathlib import Path


def run(pelican_args: list[str]) -> int:
    from pelican import main

    try:
        main(pelican_args)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else 1
    return 0


def snapshot_when_done(path: Path) -> None:
    """Trace allocations; dump what is alive when Pelican has written the site.

    At that moment every article, author and plugin object is still held, so
    the snapshot shows what makes up the peak.
    """
    import tracemalloc

    from pelican import signals

    tracemalloc.start()

    def dump(_pelican) -> None:
        tracemalloc.take_snapshot().dump(str(path))

    signals.finalized.connect(dump, weak=False)


def main(argv: list[str]) -> int:
    split = argv.index("--")
    own, pelican_args = argv[:split], argv[split + 1 :]
    result = Path(own[0])
    profile = Path(own[own.index("--profile") + 1]) if "--profile" in own else None
    if "--memory" in own:
        snapshot_when_done(Path(own[own.index("--memory") + 1]))
    phases_file = Path(own[own.index("--phases") + 1]) if "--phases" in own else None
    if phases_file is not None:
        import phases

        phases.install()

    started = time.perf_counter()
    if profile is None:
        code = run(pelican_args)
    else:
        # On a busy machine the wall clock charges the wait for a core to
        # whichever function was running; the CPU clock does not, but reading
        # it is a system call, which slows a profiled build several times.
        clock = time.process_time if "--cpu-clock" in own else time.perf_counter
        profiler = cProfile.Profile(clock)
        code = profiler.runcall(run, pelican_args)
        profiler.dump_stats(profile)
    seconds = time.perf_counter() - started
    if phases_file is not None:
        phases.dump(phases_file)

    usage = resource.getrusage(resource.RUSAGE_SELF)
    result.write_text(
        json.dumps(
            {
                "exit": code,
                "seconds_in_process": round(seconds, 3),
                # Kibibytes on Linux.
                "max_rss_kib": usage.ru_maxrss,
                "user_seconds": round(usage.ru_utime, 3),
                "system_seconds": round(usage.ru_stime, 3),
                # Garbage collections of each generation: a build that
                # allocates more short-lived objects collects more often.
                "gc_collections": [g["collections"] for g in gc.get_stats()],
            }
        ),
        encoding="utf-8",
    )
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
