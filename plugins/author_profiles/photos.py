"""Portraits resized locally to the sizes the pages show.

Resized files are kept in Pelican's cache folder, keyed by the source file's
content, so a rebuild only copies them; a build with a clean output folder does
not pay for resizing again.
"""

from __future__ import annotations

import hashlib
import shutil
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


def write_portraits(
    jobs: list[PortraitJob], output: Path, cache: Path
) -> list[tuple[PortraitJob, str]]:
    """Write every portrait; returns the jobs that failed, with the reason."""
    cache.mkdir(parents=True, exist_ok=True)
    failed = []
    for job in jobs:
        cached = cache / f"{_fingerprint(job.source)}-{job.size}.jpg"
        if not cached.exists():
            try:
                _resize(job.source, cached, job.size)
            except IMAGE_ERRORS as error:
                failed.append((job, _reason(error, job.source)))
                continue
        target = output / job.target
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(cached, target)
    return failed


def _fingerprint(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()[:16]


def _resize(source: Path, target: Path, size: int) -> None:
    with PillowImage.open(source) as image:
        image = ImageOps.exif_transpose(image).convert("RGB")
        square = ImageOps.fit(image, (size, size), PillowImage.Resampling.LANCZOS)
        partial = target.with_suffix(".part")
        square.save(partial, "JPEG", quality=82, optimize=True, progressive=True)
        partial.replace(target)
