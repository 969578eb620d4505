"""CPU time of a build by phase, with almost no overhead.

Three things are timed, each with the process's CPU clock, by wrapping them
before Pelican starts:

- reading: ``Readers.read_file``, by content class (readers and
  jinja2content included);
- writing: ``Writer.write_file``, by template (rendering and paginating);
- every signal receiver, by its module and name.

A receiver called while a file is read or written counts in both rows. Unlike
cProfile, nothing inside these calls is slowed down, so the rows of two
configurations compare directly.
"""

from __future__ import annotations

import functools
import json
import time
from collections import defaultdict
from pathlib import Path

_seconds: dict[str, float] = defaultdict(float)
_calls: dict[str, int] = defaultdict(int)


def _timed(label: str, function, *args, **kwargs):
    started = time.process_time()
    try:
        return function(*args, **kwargs)
    finally:
        _seconds[label] += time.process_time() - started
        _calls[label] += 1


def install() -> None:
    from blinker import Signal
    from pelican import readers, writers

    read_file = readers.Readers.read_file

    @functools.wraps(read_file)
    def timed_read(self, base_path, path, content_class=readers.Page, *a, **k):
        label = f"read {content_class.__name__}"
        return _timed(label, read_file, self, base_path, path, content_class, *a, **k)

    write_file = writers.Writer.write_file

    @functools.wraps(write_file)
    def timed_write(self, name, template, *args, **kwargs):
        label = f"write {getattr(template, 'name', template)}"
        return _timed(label, write_file, self, name, template, *args, **kwargs)

    receivers_for = Signal.receivers_for

    @functools.wraps(receivers_for)
    def timed_receivers(self, sender):
        for receiver in receivers_for(self, sender):
            name = getattr(receiver, "__qualname__", repr(receiver))
            label = f"signal {self.name}: {receiver.__module__}.{name}"
            yield functools.partial(_timed, label, receiver)

    readers.Readers.read_file = timed_read
    writers.Writer.write_file = timed_write
    Signal.receivers_for = timed_receivers


def dump(path: Path) -> None:
    rows = {k: [round(_seconds[k], 4), _calls[k]] for k in sorted(_seconds)}
    path.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
