"""Read the people files of a content folder into ``Person`` objects.

Every field is checked here, once; a problem is reported with the file and the
field, and the person is still loaded with what could be read.
"""

from __future__ import annotations

import codecs
import copy
import datetime
import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pelican.readers import BaseReader, Readers, RstReader
from pelican.utils import slugify
from pelican_masthead.content_paths import OutsideContent, is_inside, resolve_inside
from pelican_masthead.control_characters import cleaned
from pelican_masthead.languages import LANGUAGE_CODE, language_key, same_language
from pelican_masthead.problems import report

from .contact import media_contact
from .html_text import first_paragraph, html_text
from .links import NETWORKS, LinkError, build_link
from .person import DETAILS, STAFF_KINDS, MediaContact, Person, Role
from .settings import profile_settings
from .translations import gather

KNOWN_FIELDS = (
    {
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
        "languages",
        "media_contact",
        "lang",
        "family_name",
    }
    | {network.key for network in NETWORKS}
    | {detail.field for detail in DETAILS}
)

# The years of a role, inside its last parentheses, matched with fullmatch
# from a fixed start: each quantifier is followed by a character it cannot
# take, so the match is linear.
_YEARS = re.compile(r"\s*(\d{4})\s*[-–—]\s*(\d{4}|present|now|)\s*", re.IGNORECASE)

# A slug names files (author/<slug>.html, its feeds, the portraits), and file
# systems refuse names over 255 bytes: a Title holding a pasted paragraph
# would stop the build. A longer slug is cut, and a digest of the whole keeps
# two long names apart.
MAX_SLUG_BYTES = 100

# Fields that hold a list: the separator a writer puts between items.
LIST_FIELDS = {"roles": ";", "expertise": ",", "aliases": ",", "languages": ","}
# Files a people folder may hold beside the profiles, not reported.
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif", ".svg"}


def people_files(content_path: Path, people_paths: Iterable[str]) -> list[Path]:
    """Every file in the people folders, in a stable order.

    Links are followed only while they stay inside the content folder; a
    broken one, or one leading elsewhere, is reported and left out.
    """
    found: list[Path] = []
    for folder in people_paths:
        root = content_path / folder
        if not os.path.lexists(root):
            continue
        if not is_inside(content_path, root):
            report(
                f"{folder}: the people folder is a link to a place outside the "
                "content folder; no profiles were read from it."
            )
            continue
        found.extend(_walk(content_path, root))
    return sorted(set(found))


def _walk(content_path: Path, root: Path) -> list[Path]:
    found = []
    seen = {os.path.realpath(root)}
    for folder, subfolders, files in os.walk(root, followlinks=True):
        for name in list(subfolders):
            path = Path(folder, name)
            real = os.path.realpath(path)
            # A link back up the tree would be walked for ever.
            if real in seen or not _usable_link(content_path, path):
                subfolders.remove(name)
            seen.add(real)
        for name in files:
            path = Path(folder, name)
            if not name.startswith(".") and _usable_link(content_path, path):
                found.append(path)
    return found


def _usable_link(content_path: Path, path: Path) -> bool:
    """True for a file or folder, or a link to one inside the content folder."""
    if not path.is_symlink():
        return True
    source = path.relative_to(content_path).as_posix()
    # Outside first: the answer must not depend on whether the target exists.
    if not is_inside(content_path, path):
        report(
            f"{source}: a link to a place outside the content folder; it was not read."
        )
        return False
    if not path.exists():
        report(f"{source}: a link to a file that does not exist; it was not read.")
        return False
    return True


def site_readers(settings: dict) -> dict:
    """Pelican's readers for ``settings``, by file extension.

    A build passes its generator's readers instead (``generator.readers``),
    which plugins have already adjusted; this is for reading people files
    outside a build.
    """
    return Readers(copy.deepcopy(settings)).readers


def load_people(
    content_path: Path,
    people_paths: Iterable[str],
    settings: dict,
    readers: Mapping[str, BaseReader] | None = None,
) -> list[Person]:
    """Every profile in the people folders, read by the site's own readers,
    each person once with their other languages (translations.py).

    People files are read as the site reads its articles: Markdown with the
    site's extensions, YAML metadata when a plugin adds it, reStructuredText.
    Each reader is called directly, so no ``content_object_init`` is sent for
    a person (other plugins would take them for articles).
    """
    if readers is None:
        readers = site_readers(settings)
    # Pelican's "static" reader reads nothing: a file it would take is no
    # profile, and is reported as such.
    readers = {
        ext: _plain_fields(reader) for ext, reader in readers.items() if ext != "static"
    }
    people = []
    for path in people_files(content_path, people_paths):
        source = path.relative_to(content_path).as_posix()
        reader = _reader_for(path, readers)
        if reader is None:
            if path.suffix.lower() not in IMAGE_SUFFIXES:
                kinds = ", ".join(f".{ext}" for ext in sorted(readers))
                report(
                    f"{source}: not a kind of file the site reads ({kinds}), "
                    "so no profile was read from it."
                )
            continue
        person = read_person(path, source, reader, settings)
        if person is not None:
            people.append(person)
    return gather(people, profile_settings(settings).people_lang)


def _plain_fields(reader: BaseReader) -> BaseReader:
    """The same kind of reader, leaving the profile's fields as written.

    Pelican turns the fields in ``FORMATTED_FIELDS`` (``summary`` by default)
    into HTML; a profile's ``Summary`` is plain text, and the HTML cannot be
    turned back into exactly what the writer typed. The reader is made anew
    from its own class (so a plugin's reader stays that plugin's), with
    settings that format none of the profile's fields.
    """
    formatted = reader.settings.get("FORMATTED_FIELDS") or []
    kept = [f for f in formatted if f.lower() not in KNOWN_FIELDS]
    if len(kept) == len(formatted):
        return reader
    try:
        return type(reader)({**reader.settings, "FORMATTED_FIELDS": kept})
    except Exception:  # a plugin's reader made differently: use it as it is
        return reader


def _reader_for(path: Path, readers: Mapping[str, BaseReader]) -> BaseReader | None:
    suffix = path.suffix[1:]
    return readers.get(suffix) or readers.get(suffix.lower())


def read_person(
    path: Path, source: str, reader: BaseReader, settings: dict
) -> Person | None:
    problem = _not_text(path)
    if problem:
        report(f"{source}: {problem}; no profile was read from it.")
        return None
    try:
        bio, metadata = reader.read(str(path))
    except Exception as error:  # a reader of any plugin, on any input
        reason = f"{type(error).__name__}: {error}".rstrip(".")
        report(f"{source}: could not be read ({reason}); no profile was read from it.")
        return None
    bio = cleaned(bio or "", source, "the biography")
    formatted = {f.lower() for f in reader.settings.get("FORMATTED_FIELDS", ())}
    fields = {}
    for key, value in metadata.items():
        key = str(key).lower()
        text = _field_text(key, value, source)
        if text is None:
            continue
        if key in formatted or (key == "title" and isinstance(reader, RstReader)):
            # Pelican hands these over as HTML (a reST title too); the
            # profile keeps them as text, with any markup the writer typed.
            text = html_text(text, keep_other_tags=True)
        # Characters feeds and HTML cannot carry are replaced, and reported.
        fields[key] = cleaned(text, source, f"'{key.capitalize()}'", one_line=True)
    name = fields.get("title", "")
    default_lang = profile_settings(settings).people_lang
    lang = fields.get("lang") or default_lang
    if not LANGUAGE_CODE.fullmatch(lang):
        # It becomes part of an address and of lang attributes.
        report(
            f"{source}: 'Lang' {_shown(lang)} is not a language code (like en, "
            "ur or pt-BR); no profile was read from this file."
        )
        return None
    # A translation may leave the name to the default-language file.
    if not name and same_language(lang, default_lang):
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
        roles=[parse_role(t, source) for t in _split(fields.get("roles", ""), ";")],
        expertise=_unique(_split(fields.get("expertise", ""), ",")),
        photo_path=_photo(fields.get("photo", ""), path, source, settings),
        photo_alt=fields.get("photo_alt", ""),
        email=fields.get("email", ""),
        affiliation=fields.get("affiliation", ""),
        department=fields.get("department", ""),
        staff=_staff(fields.get("staff", ""), source),
        aliases=_split(fields.get("aliases", ""), ","),
        order=_order(fields.get("order", ""), source),
        family_name=_family_name(fields.get("family_name", ""), name, source),
        bio=bio,
        details={d.field: fields[d.field] for d in DETAILS if fields.get(d.field)},
        # Urdu, Arabic and Persian writers separate with the Arabic comma.
        spoken_languages=_unique(
            _split(fields.get("languages", "").replace("\u060c", ","), ",")
        ),
        media_contact=_media_contact(fields.get("media_contact", ""), source),
        lang=lang,
        given=frozenset(
            [key for key, value in fields.items() if value]
            + (["bio"] if bio.strip() else [])
        ),
    )
    person.links = _links(fields, source)
    person.summary = fields.get("summary") or first_paragraph(bio)
    return person


def _family_name(value: str, name: str, source: str) -> str:
    """The part of ``name`` a citation puts first, or "" for the usual rule.

    It must be the name's first or last words (or the whole name, for an
    organisation or a one-word name): the given names are what remains.
    """
    value = " ".join(value.split())
    words, family = name.split(), value.split()
    if not family or words[-len(family) :] == family or words[: len(family)] == family:
        return value
    report(
        f"{source}: 'Family_name' {value!r} is not the first or last words of "
        f"the name {name!r}; citations take the name's last word instead."
    )
    return ""


def _not_text(path: Path) -> str:
    """Why ``path`` is not UTF-8 text, or "" when it is.

    Pelican's readers would stop with a bare decoding error, or read a binary
    file as text; the writer needs to know which file and what to do.
    """
    data = path.read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "saved as UTF-16; save it as UTF-8"
    # A stray NUL in a UTF-8 text is cleaned like any character feeds cannot
    # carry; text saved as UTF-16 without a byte order mark is mostly NULs.
    if data.count(b"\x00") * 4 > len(data):
        return "not a text file (saved as UTF-16 without a byte order mark?)"
    try:
        data.decode("utf-8-sig")  # a byte order mark is read as Pelican does
    except UnicodeDecodeError as error:
        if b"\x00" in data:
            return "not a text file"
        return (
            f"not UTF-8 text (byte {error.start} cannot be read; perhaps it "
            "was saved as Latin-1 or Windows-1252); save it as UTF-8"
        )
    return ""


def _field_text(key: str, value: Any, source: str) -> str | None:
    """A metadata value as the text a writer wrote, whatever the reader made.

    Readers hand over strings, lists (a Markdown field continued on more
    lines, a YAML list), numbers and dates (YAML), or Pelican's own objects.
    """
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        parts = [_field_text(key, item, source) for item in value]
        separator = LIST_FIELDS.get(key)
        glue = f"{separator} " if separator else " "
        return glue.join(p.strip() for p in parts if p and p.strip())
    if isinstance(value, dict):
        report(
            f"{source}: '{key.capitalize()}' holds a group of fields where a "
            "value was expected; it was ignored."
        )
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value).strip()


def _split(text: str, separator: str) -> list[str]:
    return [part.strip() for part in text.split(separator) if part.strip()]


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return list(seen.values())


def _slug(fields: dict, path: Path, source: str, settings: dict) -> str:
    explicit = fields.get("slug", "")
    stem = path.stem
    lang = fields.get("lang", "")
    if lang and language_key(stem).endswith("." + language_key(lang)):
        stem = stem[: -len(lang) - 1]
    default_lang = profile_settings(settings).people_lang
    if not explicit and lang and not same_language(lang, default_lang):
        # A name in another language spells another slug: a translation
        # without a 'Slug' is paired by its file name ("samina-haroon.ur.md").
        explicit = stem
    whole = _pelican_slug(explicit or fields.get("title", ""), settings)
    slug = _fitted(whole)
    if explicit and slug != explicit:
        report(
            f"{source}: 'Slug' {_shown(explicit)} is not usable in an address; "
            f"using {slug!r}."
        )
    elif slug != whole:
        report(
            f"{source}: 'Title' is too long to be part of an address; the "
            f"profile's address uses {slug!r} (give the file a shorter 'Slug')."
        )
    # A name in a script that slugify cannot spell (emoji, some symbols, Urdu
    # without SLUGIFY_USE_UNICODE) falls back to the file name, which the
    # writer chose.
    return slug or make_slug(stem, settings) or "person"


def _shown(value: str, limit: int = 80) -> str:
    """``value`` quoted for a message, cut when long."""
    return repr(value if len(value) <= limit else value[:limit] + "…")


def make_slug(text: str, settings: dict) -> str:
    """The slug Pelican itself would give an author of this name, cut to
    ``MAX_SLUG_BYTES`` when longer."""
    return _fitted(_pelican_slug(text, settings))


def _fitted(slug: str) -> str:
    data = slug.encode()
    if len(data) <= MAX_SLUG_BYTES:
        return slug
    digest = hashlib.sha1(data).hexdigest()[:8]
    start = data[: MAX_SLUG_BYTES - len(digest) - 1].decode("utf-8", "ignore")
    start = start.rstrip("-")
    return f"{start}-{digest}"


def _pelican_slug(text: str, settings: dict) -> str:
    return slugify(
        text,
        regex_subs=settings.get(
            "AUTHOR_REGEX_SUBSTITUTIONS", settings.get("SLUG_REGEX_SUBSTITUTIONS", [])
        ),
        preserve_case=settings.get("SLUGIFY_PRESERVE_CASE", False),
        use_unicode=settings.get("SLUGIFY_USE_UNICODE", False),
    )


def parse_role(text: str, source: str) -> Role:
    years = _last_parentheses(text)
    if years is None:
        return Role(text)
    match = _YEARS.fullmatch(years)
    if match:
        start = int(match.group(1))
        end_text = match.group(2).lower()
        end = int(end_text) if end_text.isdigit() else None
        title = text[: text.rindex("(")].strip()
        if end is not None and end < start:
            report(
                f"{source}: 'Roles': {text!r} ends before it starts; "
                "shown without years."
            )
            return Role(title)
        return Role(title, start, end)
    if any(c.isdigit() for c in years):
        report(
            f"{source}: 'Roles': {text!r} has years that cannot be read; write them "
            "as (2019-2022) or (2022-). The role is shown as written."
        )
    return Role(text)


def _last_parentheses(text: str) -> str | None:
    """What the closing parentheses of ``text`` hold: "2019-2022" in
    "Officer (2019-2022)"; None when it does not end with them."""
    stripped = text.rstrip()
    if not stripped.endswith(")"):
        return None
    opening = stripped.rfind("(")
    return stripped[opening + 1 : -1] if opening >= 0 else None


def _photo(value: str, path: Path, source: str, settings: dict) -> Path | None:
    if not value:
        return None
    content_path = Path(settings["PATH"])
    written, bases = value, (path.parent, content_path)
    if value.startswith("/") and not value.startswith("//"):
        # "/images/a.jpg" reads from the top of the content folder, as
        # Pelican's {static}/images/a.jpg does: never from the machine's root.
        value, bases = value.lstrip("/"), (content_path,)
    try:
        found = resolve_inside(content_path, value, bases)
    except OutsideContent as why:
        report(
            f"{source}: 'Photo' {written!r} {why}; only files inside the content "
            "folder are used, so an initials avatar is shown instead."
        )
        return None
    if found is None:
        report(
            f"{source}: 'Photo' {written!r} is not a file inside the content "
            "folder; an initials avatar is shown instead."
        )
    return found


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


def _media_contact(value: str, source: str) -> MediaContact | None:
    if not value:
        return None
    try:
        return media_contact(value)
    except LinkError as error:
        report(f"{source}: 'Media_contact' {error}; not shown.")
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
