"""The writers' macro ``person_card("slug")``, for Markdown pages."""

from __future__ import annotations

from pelican_masthead.writer_macros import MacroError

from .api import author_index


def render_person_card(generator, content, slug: str) -> str:
    index = author_index(generator.context)
    person = index.people.by_slug(slug) or index.people.match(slug)
    if person is None:
        hint = index.people.suggestion(slug)
        did_you_mean = f" (did you mean {hint.slug!r}?)" if hint else ""
        raise MacroError(f"no people file has the slug {slug!r}{did_you_mean}")
    template = generator.env.get_template("masthead/person_card.html")
    return template.render({**generator.context, "person": index.for_person(person)})


MACROS = {"person_card": render_person_card}
