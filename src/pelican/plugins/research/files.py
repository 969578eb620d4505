"""Where an article's citation files go, and writing them there.

Each kind (BibTeX, RIS) has a ``*_SAVE_AS`` and a ``*_URL`` setting,
formatted with the article's metadata as Pelican formats ``ARTICLE_SAVE_AS``
(``{slug}``, ``{date:%Y}``, ``{lang}``, ``{category}``...). ``None`` (the
default) puts the file beside the article's own page; ``""`` writes none.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path

from pelican_masthead.problems import report


@dataclass(frozen=True)
class FileKind:
    key: str  # "bibtex", "ris"
    setting: str  # "CITATION_BIBTEX"
    extension: str  # ".bib"
    media_type: str


BIBTEX = FileKind("bibtex", "CITATION_BIBTEX", ".bib", "application/x-bibtex")
RIS = FileKind("ris", "CITATION_RIS", ".ris", "application/x-research-info-systems")


@dataclass(frozen=True)
class CitationFile:
    """One downloadable file of a citation."""

    kind: FileKind
    label: str
    save_as: str  # inside the output folder
    url: str  # from the site's root
    text: str


def beside(save_as: str, slug: str, extension: str) -> str:
    """The file beside a page saved as ``save_as``: ``2022/rivers/index.html``
    gives ``2022/rivers/rivers.bib``, ``rivers-fr.html`` ``rivers-fr.bib``."""
    folder, name = posixpath.split(save_as)
    stem = posixpath.splitext(name)[0]
    if stem == "index" or not stem:
        stem = slug or "citation"
    return posixpath.join(folder, stem + extension)


def formatted(pattern: str, content, setting: str) -> str | None:
    """``pattern`` with the article's metadata, or None (reported) when it
    names something the article does not have."""
    try:
        return pattern.format(**content.url_format)
    except (KeyError, IndexError, ValueError, AttributeError) as error:
        report(
            f"{content.relative_source_path}: {setting} {pattern!r} cannot be "
            f"filled in for this article ({type(error).__name__}: {error}); "
            "no file was written for it."
        )
        return None


def addresses(
    kind: FileKind, save_as_pattern: str | None, url_pattern: str | None, content
) -> tuple[str, str] | None:
    """Where the file of ``kind`` goes and its address, or None for none."""
    if save_as_pattern == "":
        return None
    if save_as_pattern is None:
        page = str(getattr(content, "save_as", "") or "")
        if not page:
            return None
        save_as = beside(page, str(getattr(content, "slug", "") or ""), kind.extension)
    else:
        save_as = formatted(save_as_pattern, content, f"{kind.setting}_SAVE_AS")
        if not save_as:
            return None
    if url_pattern is None:
        return save_as, save_as
    url = formatted(url_pattern, content, f"{kind.setting}_URL")
    return (save_as, url) if url is not None else None


class FileWriter:
    """Writes citation files into the output folder, each path once."""

    def __init__(self, output_path: str):
        self.root = Path(output_path).resolve()
        self.written: dict[str, str] = {}  # save_as -> source that wrote it

    def write(self, file: CitationFile, source: str) -> bool:
        target = (self.root / file.save_as).resolve()
        if not target.is_relative_to(self.root) or target == self.root:
            report(
                f"{source}: the {file.label} file would be written outside the "
                f"output folder ({file.save_as!r}); it was not written."
            )
            return False
        earlier = self.written.get(str(target))
        if earlier is not None:
            report(
                f"{source}: its {file.label} file {file.save_as!r} is also "
                f"{earlier}'s; only the first was written. Put {{lang}} or "
                f"{{slug}} in {file.kind.setting}_SAVE_AS."
            )
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(file.text, encoding="utf-8", newline="")
        self.written[str(target)] = source
        return True
