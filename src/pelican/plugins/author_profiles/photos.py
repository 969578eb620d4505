"""Portraits resized locally to the sizes the pages show.

Resized files are kept in Pelican's cache folder, keyed by the source file's
content and the way they are made (``RECIPE``), so a rebuild only copies them;
a build with a clean output folder does not pay for resizing again. A build
with an empty cache resizes them on worker threads (``PortraitWriter``).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image as PillowImage
from PIL import ImageOps

from .person import Image


@dataclass(frozen=True)
class PortraitJob:
    source: Path
    target: str  # path inside the output folder, with "/" separators
    size: int  # square side in pixels


def plan_portraits(
    slug: str, source: Path, sizes: dict[str, int], folder: str
) -> tuple[dict[str, Image], list[PortraitJob]]:
    """The images a person's portrait gives: URLs now, files when writing.

    Returns the images by size name and the resizing jobs to run.
    """
    images, jobs = {}, []
    for name, width in sizes.items():
        targets = [f"{folder.strip('/')}/{slug}-{width * d}.jpg" for d in (1, 2)]
        jobs += [
            PortraitJob(source, t, width * d)
            for t, d in zip(targets, (1, 2), strict=True)
        ]
        images[name] = Image(targets[0], targets[1], width, width)
    return images, jobs


# What Pillow raises for a file it cannot read as an image (an SVG, a text
# file, a truncated JPEG, an image too large to open safely).
IMAGE_ERRORS = (OSError, ValueError, SyntaxError, PillowImage.DecompressionBombError)


def unreadable(path: Path) -> str:
    """Why Pillow cannot read ``path`` as an image, or "" when it can.

    Only the header is read (and, for formats with checksums, the data), so
    this is cheap enough for every build.
    """
    try:
        with PillowImage.open(path) as image:
            image.verify()
    except IMAGE_ERRORS as error:
        return _reason(error, path)
    return ""


def _reason(error: Exception, path: Path) -> str:
    # Pillow names the file by its absolute path; the message already names it.
    return str(error).replace(str(path), path.name) or type(error).__name__


class PortraitWriter:
    """Resizes portraits on worker threads while Pelican reads and writes pages.

    On a build with an empty cache (CI, a fresh clone) resizing costs about
    8 ms for a small portrait and 70 ms for a 1600 x 2000 photograph. Pillow
    releases the GIL while it decodes, resizes and encodes, so on a machine
    with more than one core the work overlaps the page rendering instead of
    adding to it. Workers only fill the cache folder; ``finish`` copies into
    the output on the calling thread, after Pelican has cleaned and written it.
    """

    def __init__(self, jobs: list[PortraitJob], cache: Path):
        self._jobs = jobs
        by_source: dict[Path, list[int]] = {}
        for job in jobs:
            by_source.setdefault(job.source, []).append(job.size)
        workers = max(1, min(4, (os.cpu_count() or 1) - 1))
        pool = ThreadPoolExecutor(workers, thread_name_prefix="portraits")
        cache.mkdir(parents=True, exist_ok=True)
        self._results: dict[Path, Future] = {
            source: pool.submit(_resize_all, source, sizes, cache)
            for source, sizes in by_source.items()
        }
        # No more work will come; the workers end when the queue is empty.
        pool.shutdown(wait=False)

    def finish(self, output: Path) -> list[tuple[PortraitJob, str]]:
        """Copy every portrait into ``output``; the jobs that failed, with why."""
        failed = []
        for job in self._jobs:
            try:
                cached = self._results[job.source].result()[job.size]
            except IMAGE_ERRORS as error:
                failed.append((job, _reason(error, job.source)))
                continue
            target = output / job.target
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cached, target)
        return failed


# Part of every cached file's name: change it when the files this module
# writes change, so a kept cache folder does not serve the old ones.
RECIPE = b"portraits 2: chained, never enlarged, baseline JPEG q82\n"


def _resize_all(source: Path, sizes: list[int], cache: Path) -> dict[int, Path]:
    """Every size of one portrait in the cache, decoding the source once."""
    fingerprint = hashlib.sha1(RECIPE + source.read_bytes()).hexdigest()[:16]
    cached = {size: cache / f"{fingerprint}-{size}.jpg" for size in sizes}
    missing = sorted(
        (s for s, path in cached.items() if not path.exists()), reverse=True
    )
    if missing:
        with PillowImage.open(source) as image:
            # A camera's JPEG is decoded at a fraction of its size when that
            # still leaves twice the pixels of the largest square.
            image.draft("RGB", (2 * missing[0], 2 * missing[0]))
            square = _centre_square(ImageOps.exif_transpose(image).convert("RGB"))
            made: list[PillowImage.Image] = []
            for size in missing:
                # Never enlarged: a browser scales a small photo up as well,
                # without the bytes (the page gives every size its width).
                side = min(size, square.width)
                # Each size is made from the smallest one made before it
                # that still has twice its pixels: one full-size resize per
                # portrait instead of one per size, and no visible loss.
                larger = [m for m in made if m.width >= 2 * side]
                start = larger[-1] if larger else square
                resized = (
                    start
                    if start.width == side
                    else start.resize((side, side), PillowImage.Resampling.LANCZOS)
                )
                made.append(resized)
                _save(resized, cached[size])
    return cached


def _centre_square(image: PillowImage.Image) -> PillowImage.Image:
    side = min(image.size)
    left, top = (image.width - side) // 2, (image.height - side) // 2
    return image.crop((left, top, left + side, top + side))


def _save(square: PillowImage.Image, target: Path) -> None:
    # Written aside and renamed, so a build stopped halfway leaves no broken
    # file in the cache.
    partial = target.with_name(f"{target.name}.{threading.get_ident()}.part")
    # Baseline, not progressive: at these sizes progressive files came out
    # 5-20 % larger and took twice as long to write.
    square.save(partial, "JPEG", quality=82, optimize=True)
    partial.replace(target)
