"""Portraits resized locally to the sizes the pages show.

Resized files are kept in Pelican's cache folder, keyed by the source file's
content and the way they are made (``RECIPE``), so a rebuild only copies them;
a build with a clean output folder does not pay for resizing again. A build
with an empty cache resizes them on worker threads (``PortraitWriter``).
"""

from __future__ import annotations

import hashlib
import io
import os
import posixpath
import shutil
import threading
import warnings
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image as PillowImage
from PIL import ImageCms, ImageOps

from .person import Image


@dataclass(frozen=True)
class PortraitJob:
    source: Path
    target: str  # path inside the output folder, with "/" separators
    size: int  # square side in pixels


def plan_portraits(
    slug: str, source: Path, sizes: dict[str, int], folder: str, at: str = ""
) -> tuple[dict[str, Image], list[PortraitJob]]:
    """The images a person's portrait gives: URLs now, files when writing.

    Returns the images by size name and the resizing jobs to run. ``at``: the
    path from the site's root to the site whose output holds the files (a
    subsite showing its main site's portraits: ".."), or "".
    """
    images, jobs = {}, []
    for name, width in sizes.items():
        targets = [f"{folder.strip('/')}/{slug}-{width * d}.jpg" for d in (1, 2)]
        jobs += [
            PortraitJob(source, t, width * d)
            for t, d in zip(targets, (1, 2), strict=True)
        ]
        urls = [posixpath.join(at, t) if at else t for t in targets]
        images[name] = Image(urls[0], urls[1], width, width)
    return images, jobs


# What Pillow raises for a file it cannot read as an image (an SVG, a text
# file, a truncated JPEG, an image too large to open safely).
IMAGE_ERRORS = (OSError, ValueError, SyntaxError, PillowImage.DecompressionBombError)

# The formats of photos on the web. Pillow would open forty more, some through
# outside programs (EPS runs Ghostscript) or with a history of parser bugs;
# a photo comes from content, so only these are opened.
PHOTO_FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "AVIF")


class TooManyPixels(ValueError):
    """A photo larger than the pixel budget (``PEOPLE_PHOTO_MAX_PIXELS``)."""


def open_photo(path: Path, max_pixels: int) -> PillowImage.Image:
    """Open ``path`` lazily (only its header is read), refusing formats
    other than ``PHOTO_FORMATS`` and images with more than ``max_pixels``."""
    PillowImage.init()
    formats = [f for f in PHOTO_FORMATS if f in PillowImage.OPEN]
    with warnings.catch_warnings():
        # Pillow warns about large images on its own; our budget decides.
        warnings.simplefilter("ignore", PillowImage.DecompressionBombWarning)
        image = PillowImage.open(path, formats=formats)
    width, height = image.size
    if width * height > max_pixels:
        image.close()
        raise TooManyPixels(
            f"{width} x {height} is {width * height:,} pixels, more than "
            f"PEOPLE_PHOTO_MAX_PIXELS ({max_pixels:,})"
        )
    return image


def photo_problem(path: Path, max_pixels: int) -> str:
    """What is wrong with ``path`` as a photo, as the end of a sentence
    starting "'Photo' 'x.jpg' ...", or "" when nothing is.

    Only the header is read (and, for formats with checksums, the data), so
    this is cheap enough for every build. A JPEG cut off half way passes; its
    resizing fails later (``PortraitWriter.outcome``).
    """
    try:
        with open_photo(path, max_pixels) as image:
            image.verify()
    except TooManyPixels as error:
        return f"is too large to be read safely ({error})"
    except IMAGE_ERRORS as error:
        reason = _reason(error, path)
        if "cannot identify" in reason:
            reason += "; a JPEG, PNG, GIF, WebP or AVIF file is needed"
        return f"is not an image that can be read ({reason})"
    return ""


def _reason(error: Exception, path: Path) -> str:
    # Pillow names the file by its absolute path; the message already names it.
    return str(error).replace(str(path), path.name) or type(error).__name__


class AwaitedPortraits(Mapping):
    """A person's portraits by size name, known to be written when read.

    Portraits are resized on worker threads while Pelican reads content, and a
    photo that only fails while decoding (cut off half way) is found out
    there. The first page or plugin that reads these images waits for that
    photo's resizing, once; if it failed, the mapping is empty and the
    templates draw the initials avatar, so no page links to a missing file.
    Pages render after every photo is read, so the waiting happens late and
    overlaps the reading of content.
    """

    def __init__(self, planned: dict[str, Image], succeeded: Callable[[], bool]):
        self._images = planned
        self._succeeded: Callable[[], bool] | None = succeeded

    def _settled(self) -> dict[str, Image]:
        if self._succeeded is not None:
            succeeded, self._succeeded = self._succeeded, None
            if not succeeded():
                self._images = {}
        return self._images

    def __getitem__(self, key: str) -> Image:
        return self._settled()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._settled())

    def __len__(self) -> int:
        return len(self._settled())

    def __reduce__(self):
        # Pickled (Pelican's content cache) as the plain dict it settles to.
        return (dict, (dict(self._settled()),))


class PortraitWriter:
    """Resizes portraits on worker threads while Pelican reads and writes pages.

    On a build with an empty cache (CI, a fresh clone) every portrait must be
    resized, a large photograph taking many times a small one. Pillow
    releases the GIL while it decodes, resizes and encodes, so on a machine
    with more than one core the work overlaps the page rendering instead of
    adding to it. Workers only fill the cache folder; ``finish`` copies into
    the output on the calling thread, after Pelican has cleaned and written it.
    """

    def __init__(self, jobs: list[PortraitJob], cache: Path, max_pixels: int):
        self._jobs = jobs
        by_source: dict[Path, list[int]] = {}
        for job in jobs:
            by_source.setdefault(job.source, []).append(job.size)
        workers = max(1, min(4, (os.cpu_count() or 1) - 1))
        pool = ThreadPoolExecutor(workers, thread_name_prefix="portraits")
        cache.mkdir(parents=True, exist_ok=True)
        self._results: dict[Path, Future] = {
            source: pool.submit(_resize_all, source, sizes, cache, max_pixels)
            for source, sizes in by_source.items()
        }
        # No more work will come; the workers end when the queue is empty.
        pool.shutdown(wait=False)

    def outcome(self, source: Path) -> str:
        """Waits for the portraits of ``source``: why they failed, or ""."""
        try:
            self._results[source].result()
        except Exception as error:  # any failure: the avatar, not a crash
            return _reason(error, source)
        return ""

    def finish(self, output: Path) -> dict[Path, str]:
        """Copy every portrait made into ``output``; the photos that failed,
        with why."""
        failed = {}
        for job in self._jobs:
            problem = self.outcome(job.source)
            if problem:
                failed[job.source] = problem
                continue
            cached = self._results[job.source].result()[job.size]
            target = output / job.target
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cached, target)
        return failed


# Part of every cached file's name: change it when the files this module
# writes change, so a kept cache folder does not serve the old ones.
RECIPE = b"portraits 3: chained, never enlarged, sRGB, no metadata, JPEG q82\n"


def _resize_all(
    source: Path, sizes: list[int], cache: Path, max_pixels: int
) -> dict[int, Path]:
    """Every size of one portrait in the cache, decoding the source once."""
    fingerprint = hashlib.sha1(RECIPE + source.read_bytes()).hexdigest()[:16]
    cached = {size: cache / f"{fingerprint}-{size}.jpg" for size in sizes}
    missing = sorted(
        (s for s, path in cached.items() if not path.exists()), reverse=True
    )
    if missing:
        with open_photo(source, max_pixels) as image:
            profile = image.info.get("icc_profile")
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
                _save(_in_srgb(resized, profile), cached[size])
    return cached


def _centre_square(image: PillowImage.Image) -> PillowImage.Image:
    side = min(image.size)
    left, top = (image.width - side) // 2, (image.height - side) // 2
    return image.crop((left, top, left + side, top + side))


_SRGB = ImageCms.createProfile("sRGB")


def _in_srgb(image: PillowImage.Image, profile: bytes | None) -> PillowImage.Image:
    """``image`` with its colours turned into sRGB, so the portrait needs no
    colour profile of its own (a profile may carry notes, like any metadata).
    """
    if not profile:
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        return ImageCms.profileToProfile(image, source, _SRGB, outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError):
        # A profile that cannot be used (broken, or for CMYK data that
        # Pillow has already turned into RGB): the colours are kept as they
        # are, and the profile is dropped all the same.
        return image


def _save(square: PillowImage.Image, target: Path) -> None:
    # Written aside and renamed, so a build stopped halfway leaves no broken
    # file in the cache.
    partial = target.with_name(f"{target.name}.{threading.get_ident()}.part")
    # Baseline, not progressive: at these sizes progressive files come out
    # larger and take longer to write.
    # A new image holds pixels only: Pillow would otherwise copy the source's
    # comment (and keep EXIF, XMP and text chunks in ``info``) into the file.
    clean = PillowImage.new("RGB", square.size)
    clean.paste(square)
    clean.save(partial, "JPEG", quality=82, optimize=True)
    partial.replace(target)
