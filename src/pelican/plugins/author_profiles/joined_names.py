"""Several people written in a single ``Author:`` field.

Pelican splits ``Authors:`` on ";" (or ","), but never ``Author:``: "Ana
Ruiz, Ben Osei" becomes one author with that whole name, a page of its own
and a feed, and neither person is credited. A comma alone does not mean
that ("Ruiz, Ana", "Ana Ruiz, PhD"), so a warning is given only when every
part looks like a full name or is a known person.
"""

from __future__ import annotations

from pelican_masthead.problems import report


def _looks_like_a_name(part: str) -> bool:
    words = part.split()
    if len(words) < 2 or any(c.isdigit() for c in part):
        return False
    # Names in scripts without case (Arabic, Chinese) have no capitals to see.
    return not (words[0][0].islower() or words[-1][0].islower())


def check_single_author(content, people) -> None:
    """Warn when a content's ``Author:`` holds what reads as several names."""
    if "authors" in content.metadata or "author" not in content.metadata:
        return
    name = str(getattr(content.metadata["author"], "name", content.metadata["author"]))
    parts = [part.strip() for part in name.split(",")]
    if people.match(name) is not None or len(parts) < 2:
        return
    if all(_looks_like_a_name(p) or people.match(p) is not None for p in parts):
        source = getattr(content, "relative_source_path", "")
        report(
            f"{source}: 'Author' {name!r} is read as one "
            "name (Pelican does not split 'Author'); for several authors write "
            f"'Authors: {'; '.join(parts)}'."
        )
