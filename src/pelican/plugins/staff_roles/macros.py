"""The writers' macro ``staff_directory(section=None)``, for Markdown pages."""

from __future__ import annotations

from dataclasses import replace

from pelican_masthead.names import name_key
from pelican_masthead.writer_macros import MacroError


def render_staff_directory(generator, content, section: str | None = None) -> str:
    directory = generator.context.get("staff_directory")
    if directory is None:
        raise MacroError("the staff directory is not built in this site")
    sections = directory.sections
    if section is not None:
        sections = [s for s in sections if name_key(s.title) == name_key(section)]
        if not sections:
            names = ", ".join(repr(s.title) for s in directory.sections if s.title)
            raise MacroError(f"no section {section!r}; the sections are {names}")
    # The organisation's structured data and policies belong to the staff
    # page alone.
    shown = replace(directory, sections=sections, json_ld="", organization=None)
    template = generator.env.get_template("masthead/staff_directory.html")
    return template.render({**generator.context, "staff_directory": shown})


MACROS = {"staff_directory": render_staff_directory}
