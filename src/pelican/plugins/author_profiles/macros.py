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
    # The card speaks the language of the page it is in.
    shown = index.for_person(person).in_language(getattr(content, "lang", None))
    return template.render({**generator.context, "person": shown})


MACROS = {"person_card": render_person_card}
