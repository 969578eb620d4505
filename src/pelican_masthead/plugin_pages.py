"""Pages a plugin writes itself (the staff page, the corrections page), in
the site's own layout whatever its theme.

Such a page has no source file, and themes differ: some ship a template for
it, most have a ``page.html``, a few have no ``base.html`` for a plugin's own
template to extend. ``template_for`` picks, in that order, the theme's own
``<name>.html``; else the theme's ``page.html`` with a stand-in page whose
text is the plugin's snippet; else the plugin's fallback template.
``write_page`` writes the page with it.
"""

from __future__ import annotations

from types import SimpleNamespace

from markupsafe import Markup
from pelican.generators import PelicanTemplateNotFound
from pelican.utils import get_relative_path, path_to_url

from .compat import FileOverwriteFailedError


def template_for(generator, name: str, fallback: str, body: str, about, save_as: str):
    """The template to write page ``name`` with, and what it adds to the
    context.

    ``body`` is the snippet rendered as the stand-in page's text; ``about``
    has the page's ``title``, ``url`` and ``description``.
    """
    try:
        return generator.get_template(name), {}
    except PelicanTemplateNotFound:
        pass
    try:
        page_template = generator.get_template("page")
    except PelicanTemplateNotFound:
        return generator.env.get_template(fallback), {}
    context = generator.context
    if generator.settings["RELATIVE_URLS"]:
        # As Pelican's writer does for the page around it.
        context = dict(context, SITEURL=path_to_url(get_relative_path(save_as)))
    text = generator.env.get_template(body).render(context)
    page = stand_in_page(about, text, save_as, generator.settings)
    return page_template, {"page": page}


def write_page(
    generator,
    writer,
    *,
    name: str,
    fallback: str,
    body: str,
    about,
    save_as: str,
    **context,
) -> bool:
    """Write page ``name`` at ``save_as`` (see ``template_for``), with
    ``context`` added to the generator's; False when another page of the site
    already has that file (Pelican refuses before writing anything), for the
    caller to say which setting moves it."""
    template, extra = template_for(generator, name, fallback, body, about, save_as)
    try:
        writer.write_file(
            save_as,
            template,
            generator.context,
            relative_urls=generator.settings["RELATIVE_URLS"],
            url=about.url,
            template_name=name,
            page_name=save_as.rsplit(".", 1)[0],
            **context,
            **extra,
        )
    except FileOverwriteFailedError:
        return False
    return True


def stand_in_page(about, body: str, save_as: str, settings: dict) -> SimpleNamespace:
    """What a theme's page.html reads of a Pelican page, for a page that has
    no source file. Attributes it does not have render as nothing."""
    return SimpleNamespace(
        title=about.title,
        content=Markup(body),
        summary="",
        description=about.description,
        url=about.url,
        save_as=save_as,
        slug=save_as.split("/", 1)[0].rsplit(".", 1)[0],
        lang=settings.get("DEFAULT_LANG", "en"),
        in_default_lang=True,
        translations=[],
        authors=[],
        tags=[],
        metadata={"title": about.title},
        status="published",
        template="page",
    )
