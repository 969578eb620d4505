"""Files that content names, kept inside the content folder.

Content files are untrusted: a field naming a file (``Photo: ../../x.png``,
``/etc/x.png``, or a symlink placed in the content folder) must never make
the build read a file elsewhere on the machine. The answer for a place outside
is the same whether or not something exists there, so a content file cannot
be used to probe the machine either.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path, PurePosixPath, PureWindowsPath


class OutsideContent(ValueError):
    """A path that names a place outside the content folder."""


def is_inside(root: Path, path: Path) -> bool:
    """Whether ``path``, with every symlink followed, is inside ``root``."""
    real_root = Path(os.path.realpath(root))
    return Path(os.path.realpath(path)).is_relative_to(real_root)


def resolve_inside(root: Path, value: str, bases: Iterable[Path]) -> Path | None:
    """The file ``value`` names, tried relative to each of ``bases`` in turn.

    Returns None when no such file exists inside ``root``. Raises
    ``OutsideContent`` when ``value`` is an absolute path, or when every
    reading of it leads outside ``root`` (through ``..`` or a symlink).
    Lexical checks come first, so a place outside is never looked at.
    """
    if "\x00" in value or _is_absolute(value):
        raise OutsideContent("is an absolute path")
    top = os.path.normpath(os.path.abspath(root))
    readings_inside, linked_outside = 0, False
    for base in bases:
        joined = os.path.normpath(os.path.join(os.path.abspath(base), value))
        if not Path(joined).is_relative_to(top):
            continue
        readings_inside += 1
        # Checked before asking whether the file exists: a link to a place
        # outside is refused whether or not its target is there.
        if not is_inside(Path(top), Path(joined)):
            linked_outside = True
            continue
        if os.path.isfile(joined):
            return Path(joined)
    if linked_outside:
        raise OutsideContent("is a link to a place outside the content folder")
    if not readings_inside:
        raise OutsideContent("leads outside the content folder")
    return None


def _is_absolute(value: str) -> bool:
    # A Windows drive or UNC path is refused on every system, so a site
    # built on Linux and on Windows gives the same answer.
    return PurePosixPath(value).is_absolute() or bool(
        PureWindowsPath(value).drive or PureWindowsPath(value).root
    )


def relative_folder_problem(value: str) -> str:
    """Why ``value`` is not a folder written relative to another, or ""."""
    if not value.strip() or value.strip() in (".", "./"):
        return "is empty; it must name a folder"
    if "\x00" in value or _is_absolute(value):
        return "is an absolute path"
    parts = PureWindowsPath(value).parts  # splits on both "/" and "\"
    if ".." in parts:
        return "contains '..'"
    return ""


def output_path_problem(value: str) -> str:
    """A check for a plugin page's ``*_URL`` or ``*_SAVE_AS`` setting: an
    address below SITEURL or a file below the output folder, or "" (off)."""
    if value and ("://" in value or relative_folder_problem(value)):
        return (
            "must be relative to SITEURL and inside the output folder (no "
            "leading '/', no '..'), or '' to turn it off."
        )
    return ""
