"""Control characters in articles: named, and replaced before they stop a build.

XML 1.0 has no place for most control characters, and Pelican's feed writer
stops the whole build at the first one it meets ("Control characters are not
supported in XML 1.0") without naming the file. Text pasted from a word
processor brings them: U+000B is its line break. So each one in an article's
title, summary, text, category, tags or byline names is replaced with a space,
and the file and field are reported.
"""

from __future__ import annotations

import re

from markupsafe import Markup

from .contents import contents_of
from .enabled import when_any_enabled
from .problems import report

# Every character below U+0020 but tab, line feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def printable(text):
    """``text`` with each control character replaced by a space; Markup stays
    Markup."""
    if not isinstance(text, str) or not _CONTROL.search(text):
        return text
    cleaned = _CONTROL.sub(" ", text)
    return Markup(cleaned) if isinstance(text, Markup) else cleaned


def clean(content) -> list[str]:
    """Replace the control characters of one article; returns what held
    some, as a writer knows it ("'Title'", "the text")."""
    fields = []
    if printable(content.title) is not content.title:
        content.title = content.metadata["title"] = printable(content.title)
        fields.append("'Title'")
    if printable(content.metadata.get("summary")) is not content.metadata.get(
        "summary"
    ):
        content.metadata["summary"] = printable(content.metadata["summary"])
        if hasattr(content, "_summary"):
            content._summary = printable(content._summary)
        fields.append("'Summary'")
    if printable(content._content) is not content._content:
        content._content = printable(content._content)
        fields.append("the text")
    for field, wrappers in (
        ("'Category'", [getattr(content, "category", None)]),
        ("'Tags'", getattr(content, "tags", None) or []),
        ("the byline", getattr(content, "authors", None) or []),
    ):
        changed = [w for w in wrappers if w is not None and _rename(w)]
        if changed:
            fields.append(field)
    return fields


def _rename(wrapper) -> bool:
    # Category, Tag and Author objects are shared by every article that
    # names them: once one is renamed, the next article finds it clean.
    name = wrapper.name
    if printable(name) is name:
        return False
    wrapper.name = printable(name)
    return True


@when_any_enabled
def clean_articles(generator) -> None:
    """Receiver of ``article_generator_finalized``."""
    for content in contents_of([generator]):
        fields = clean(content)
        if fields:
            listed = ", ".join(fields[:-1]) + " and " if len(fields) > 1 else ""
            report(
                f"{content.relative_source_path}: {listed}{fields[-1]} held "
                "control characters (invisible characters such as U+000B, "
                "often pasted from a word processor), which feeds cannot "
                "carry; each was replaced with a space."
            )
