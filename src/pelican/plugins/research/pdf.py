"""An article's ``Pdf:`` field: a file in the content folder, by Pelican's rules.

The field names the file as a link in the article would: ``{static}`` (or a
plain path) from the article's folder, or from the top of the content folder
when it starts with ``/``; ``{attach}`` puts the copy beside the article's
page. The file must be inside the content folder once every link is
followed: ``..`` and symbolic links that lead elsewhere are refused, and the
answer is the same whether or not something exists out there.

Pelican copies the file as it copies any static file an article links to: it
is added to the build's ``static_links``, and its address is the one
Pelican's static generator gives it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from pelican_masthead.content_paths import OutsideContent, resolve_inside
from pelican_masthead.locale_rules import format_number

# How a field names the file: Pelican's {static} and {attach}, and the older
# |static| spelling.
_STATIC = ("{static}", "|static|")
_ATTACH = ("{attach}", "|attach|")
PDF_SIGNATURE = b"%PDF-"


class PdfProblem(ValueError):
    """A ``Pdf:`` value that names no usable file; the message says why."""


@dataclass(frozen=True)
class PdfSource:
    """A found PDF: its path relative to the content folder, and its size."""

    path: str  # posix, relative to the content folder, as Pelican keys it
    size: int  # bytes
    attach: bool  # copied beside the article (``{attach}``)


def find_pdf(value: str, content_path: Path, article_dir: Path) -> PdfSource:
    """The file ``value`` names; raises PdfProblem."""
    written = value.strip()
    attach = written.startswith(_ATTACH)
    for prefix in _STATIC + _ATTACH:
        if written.startswith(prefix):
            written = written[len(prefix) :]
            break
    if "://" in written or written.startswith("//"):
        raise PdfProblem("is a web address; it must be a file in the content folder")
    if not written:
        raise PdfProblem("names no file")
    if written.startswith("/"):
        relative, bases = written.lstrip("/"), (content_path,)
    else:
        relative, bases = written, (article_dir,)
    try:
        found = resolve_inside(content_path, relative, bases)
    except OutsideContent as why:
        raise PdfProblem(
            f"{why}; only files inside the content folder are used"
        ) from None
    if found is None:
        raise PdfProblem("is not a file inside the content folder")
    with open(found, "rb") as file:
        if file.read(len(PDF_SIGNATURE)) != PDF_SIGNATURE:
            raise PdfProblem("is not a PDF file")
    top = Path(os.path.normpath(os.path.abspath(content_path)))
    path = PurePosixPath(*found.relative_to(top).parts).as_posix()
    return PdfSource(path=path, size=found.stat().st_size, attach=attach)


@dataclass(frozen=True)
class PdfDownload:
    """What an article page shows: the file's address and its size."""

    url: str  # relative to SITEURL, as Pelican's own URLs are
    size: int  # bytes
    size_label: str  # "240 KB", "1.4 MB", in the article's labels


def size_label(size: int, labels) -> str:
    """``size`` bytes for a reader of ``labels``' language: whole kilobytes
    under a megabyte, else megabytes to one decimal (1 KB = 1,024 bytes, as
    file managers count), in the language's digits and decimal mark."""
    kilobytes = size / 1024
    if round(kilobytes) < 1024:
        shown = format_number(max(1, round(kilobytes)), labels.lang)
        return labels["size_kb"].format(size=shown)
    shown = format_number(round(kilobytes / 1024, 1), labels.lang, 1)
    return labels["size_mb"].format(size=shown)
