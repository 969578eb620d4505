"""Read the people files of a content folder into ``Person`` objects.

Every field is checked here, once; a problem is reported with the file and the
field, and the person is still loaded with what could be read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from markdown import Markdown
from pelican.utils import slugify
from pelican_masthead.control_characters import cleaned
from pelican_masthead.problems import report
from pelican_masthead.text import extract

from .links import NETWORKS, LinkError, build_link
from .person import STAFF_KINDS, Person, Role

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mkd", ".mdown"}

KNOWN_FIELDS = {
    "title",
    "slug",
    "honorific",
    "roles",
    "expertise",
    "photo",
    "photo_alt",
    "affiliation",
    "department",
    "staff",
    "aliases",
    "order",
    "summary",
} | {network.key for network in NETWORKS}

_YEARS = re.compile(
    r"\s*\(\s*(\d{4})\s*[-–—]\s*(\d{4}|present|now|)\s*\)\s*$", re.IGNORECASE
)
_PARENTHESES = re.compile(r"\s*\(([^()]*\d[^()]*)\)\s*$")


def people_files(content_path: Path, people_paths: Iterable[str]) -> list[Path]:
    """Every file in the people folders, in a stable order."""
    found: list[Path] = []
    for folder in people_paths:
        root = content_path / folder
        if root.is_dir():
            found.extend(p for p in root.rglob("*") if p.is_file())
    return sorted(found)


def load_people(
    content_path: Path, people_paths: Iterable[str], settings: dict
) -> list[Person]:
    markdown = _markdown(settings)
    people = []
    for path in people_files(content_path, people_paths):
        source = path.relative_to(content_path).as_posix()
        if path.name.startswith("."):
            continue
        if path.suffix.lower() not in MARKDOWN_SUFFIXES:
            if path.suffix.lower() not in {".jpg", ".jpeg", ".png", ".webp", ".gif"}:
                report(
                    f"{source}: not a Markdown file, so no profile was read from it."
                )
            continue
        person = read_person(path, source, markdown, settings)
        if person is not None:
            people.append(person)
    return people


def _markdown(settings: dict) -> Markdown:
    config = settings.get("MARKDOWN", {})
    extensions = list(config.get("extensions", []))
    extensions += [
        e for e in config.get("extension_configs", {}) if e not in extensions
    ]
    if "markdown.extensions.meta" not in extensions:
        extensions.append("markdown.extensions.meta")
    return Markdown(
        extensions=extensions,
        extension_configs=config.get("extension_configs", {}),
        output_format=config.get("output_format", "html5"),
    )


def read_person(
    path: Path, source: str, markdown: Markdown, settings: dict
) -> Person | None:
    markdown.reset()
    # Characters feeds and HTML cannot carry are replaced, and reported.
    bio = cleaned(
        markdown.convert(path.read_text(encoding="utf-8")), source, "the biography"
    )
    fields = {
        key: cleaned(
            " ".join(v.strip() for v in values).strip(),
            source,
            f"'{key.capitalize()}'",
            one_line=True,
        )
        for key, values in markdown.Meta.items()
    }
    name = fields.get("title", "")
    if not name:
        report(
            f"{source}: no 'Title' (the person's full name); this profile was skipped."
        )
        return None
    for key in sorted(set(fields) - KNOWN_FIELDS):
        report(
            f"{source}: unknown field '{key}' "
            f"(known fields: {', '.join(sorted(KNOWN_FIELDS))})."
        )

    person = Person(
        source=source,
        slug=_slug(fields, path, source, settings),
        name=name,
        honorific=fields.get("honorific", ""),
        roles=[_role(text, source) for text in _split(fields.get("roles", ""), ";")],
        expertise=_unique(_split(fields.get("expertise", ""), ",")),
        photo_path=_photo(fields.get("photo", ""), path, source, settings),
        photo_alt=fields.get("photo_alt", ""),
        email=fields.get("email", ""),
        affiliation=fields.get("affiliation", ""),
        department=fields.get("department", ""),
        staff=_staff(fields.get("staff", ""), source),
        aliases=_split(fields.get("aliases", ""), ","),
        order=_order(fields.get("order", ""), source),
        bio=bio,
    )
    person.links = _links(fields, source)
    person.summary = fields.get("summary") or _first_paragraph(bio)
    return person


def _split(text: str, separator: str) -> list[str]:
    return [part.strip() for part in text.split(separator) if part.strip()]


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return list(seen.values())


def _slug(fields: dict, path: Path, source: str, settings: dict) -> str:
    explicit = fields.get("slug", "")
    slug = make_slug(explicit or fields["title"], settings)
    if explicit and slug != explicit:
        report(
            f"{source}: 'Slug' {explicit!r} is not usable in an address; "
            f"using {slug!r}."
        )
    # A name in a script that slugify cannot spell (emoji, some symbols) falls
    # back to the file name, which the writer chose and is unique.
    return slug or make_slug(path.stem, settings) or "person"


def make_slug(text: str, settings: dict) -> str:
    """The slug Pelican itself would give an author of this name."""
    return slugify(
        text,
        regex_subs=settings.get(
            "AUTHOR_REGEX_SUBSTITUTIONS", settings.get("SLUG_REGEX_SUBSTITUTIONS", [])
        ),
        preserve_case=settings.get("SLUGIFY_PRESERVE_CASE", False),
        use_unicode=settings.get("SLUGIFY_USE_UNICODE", False),
    )


def _role(text: str, source: str) -> Role:
    match = _YEARS.search(text)
    if match:
        start = int(match.group(1))
        end_text = match.group(2).lower()
        end = int(end_text) if end_text.isdigit() else None
        title = text[: match.start()].strip()
        if end is not None and end < start:
            report(
                f"{source}: 'Roles': {text!r} ends before it starts; "
                "shown without years."
            )
            return Role(title)
        return Role(title, start, end)
    if _PARENTHESES.search(text):
        report(
            f"{source}: 'Roles': {text!r} has years that cannot be read; write them "
            "as (2019-2022) or (2022-). The role is shown as written."
        )
    return Role(text)


def _photo(value: str, path: Path, source: str, settings: dict) -> Path | None:
    if not value:
        return None
    content_path = Path(settings["PATH"])
    for candidate in (path.parent / value, content_path / value.lstrip("/")):
        if candidate.is_file():
            return candidate
    report(
        f"{source}: 'Photo' {value!r} does not exist; "
        "an initials avatar is shown instead."
    )
    return None


def _staff(value: str, source: str) -> str:
    if not value:
        return "current"
    if value.lower() in STAFF_KINDS:
        return value.lower()
    report(
        f"{source}: 'Staff' is {value!r}, but must be one of "
        f"{', '.join(STAFF_KINDS)}; treated as current."
    )
    return "current"


def _order(value: str, source: str) -> int | None:
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        report(f"{source}: 'Order' must be a whole number, not {value!r}; ignored.")
        return None


def _links(fields: dict, source: str) -> list:
    links = []
    for network in NETWORKS:
        value = fields.get(network.key, "")
        if not value:
            continue
        try:
            links.append(build_link(network, value))
        except LinkError as error:
            report(f"{source}: '{network.label}' {error}; not linked.")
    return links


def _first_paragraph(bio: str) -> str:
    match = re.search(r"<p\b[^>]*>(.*?)</p>", bio, re.DOTALL)
    return extract(match.group(1)).prose if match else ""
