"""Characters XML and HTML have no place for: named, and replaced before they
stop a build.

XML 1.0 refuses most control characters, lone surrogates and U+FFFE/U+FFFF,
and Pelican's feed writer stops the whole build at the first one it meets
without naming the file; a noncharacter such as U+FFFF makes every feed it is
in malformed. HTML forbids the same and the other control characters and
noncharacters too. Text pasted from a word processor brings them (U+000B is
its line break). So each run of them, in any field of an article or page, in
its text, or in a people file and its bio, is replaced with a space, and the
file and field are reported.
"""

from __future__ import annotations

import re

from markupsafe import Markup

from .contents import contents_of
from .enabled import when_any_enabled
from .problems import report

_PLANES = range(0, 0x110000, 0x10000)
_NOT_ALLOWED = re.compile(
    "["
    "\x00-\x08\x0b\x0c\x0e-\x1f"  # controls but tab, line feed and return
    "\x7f-\x9f"  # delete and the C1 controls (HTML forbids them)
    "\ud800-\udfff"  # halves of a surrogate pair, never a character alone
    "\ufdd0-\ufdef"  # noncharacters
    # The last two code points of every plane are noncharacters too.
    + "".join(chr(plane | 0xFFFE) + chr(plane | 0xFFFF) for plane in _PLANES)
    + "]+"
)

# The same, for text that is all ASCII (most of it): a class of a few
# ranges is searched several times faster than one holding code points
# beyond U+FFFF.
_NOT_ALLOWED_ASCII = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")

WHAT_THEY_ARE = (
    "characters that feeds and HTML cannot carry (invisible control "
    "characters such as U+000B, often pasted from a word processor, or "
    "noncharacters such as U+FFFF)"
)


def printable(text):
    """``text`` with each run of characters XML and HTML do not allow replaced
    by a space; the same object when it has none. Markup stays Markup."""
    if not isinstance(text, str):
        return text
    if text.isascii():
        if not _NOT_ALLOWED_ASCII.search(text):
            return text
    elif not _NOT_ALLOWED.search(text):
        return text
    cleaned = _NOT_ALLOWED.sub(" ", text)
    return Markup(cleaned) if isinstance(text, Markup) else cleaned


def cleaned(text: str, source: str, field: str, *, one_line: bool = False) -> str:
    """``printable(text)``, reporting the file and the field (as the writer
    knows it: "'Title'", "the biography") when something was replaced.

    ``one_line``: a field value, whose spaces are then collapsed too, so
    "Ana \\x0b Ruiz" still reads (and matches) as "Ana Ruiz".
    """
    result = printable(text)
    if result is text:
        return text
    report(
        f"{source}: {field} held {WHAT_THEY_ARE}; each run was replaced with a space."
    )
    return " ".join(result.split()) if one_line else result


def clean(content) -> list[str]:
    """Replace the characters not allowed in one article or page; returns the
    fields that held some, as a writer knows them ("'Title'", "the text")."""
    fields = []
    for key, value in list(content.metadata.items()):
        if _clean_value(content, key, value):
            fields.append(f"'{key.capitalize()}'")
    if printable(content._content) is not content._content:
        content._content = printable(content._content)
        fields.append("the text")
    return fields


def _clean_value(content, key: str, value) -> bool:
    if isinstance(value, str):
        clean_text = printable(value)
        if clean_text is value:
            return False
        content.metadata[key] = clean_text
        # Pelican copies each field to an attribute; the summary lives in
        # ``_summary`` behind a property.
        for attribute in (key, f"_{key}"):
            if content.__dict__.get(attribute) is value:
                content.__dict__[attribute] = clean_text
        return True
    if isinstance(value, list):
        # Each item is looked at: a list of names may hold more than one.
        changed = [_clean_item(value, index) for index in range(len(value))]
        return any(changed)
    return _rename(value)


def _clean_item(items: list, index: int) -> bool:
    item = items[index]
    if not isinstance(item, str):
        return _rename(item)
    items[index] = printable(item)
    return items[index] is not item


def _rename(wrapper) -> bool:
    # Category, Tag and Author objects are shared by every article that
    # names them: once one is renamed, the next article finds it clean.
    name = getattr(wrapper, "name", None)
    if not isinstance(name, str) or printable(name) is name:
        return False
    wrapper.name = " ".join(printable(name).split())
    return True


@when_any_enabled
def clean_contents(generator) -> None:
    """Receiver of ``article_generator_finalized`` and
    ``page_generator_finalized``, in builds that enabled a masthead plugin."""
    for content in contents_of([generator]):
        fields = clean(content)
        if fields:
            listed = ", ".join(fields[:-1]) + " and " if len(fields) > 1 else ""
            report(
                f"{content.relative_source_path}: {listed}{fields[-1]} held "
                f"{WHAT_THEY_ARE}; each run became a space."
            )
