"""The translations of the labels the package ships, as gettext catalogs.

One catalog per language, ``locale/<lang>/LC_MESSAGES/masthead.po``, made
and checked with Babel by ``scripts/catalogs``. Each message is one label:
its context (``msgctxt``) is the label's key, its ``msgid`` the English
text (``msgid_plural`` too, for a label that holds a count), and its
``msgstr`` the translation, or one per plural form of the language.

Catalogs are read from the ``.po`` files when a build first needs a
language, not compiled: a few dozen messages parse in milliseconds, and the
package ships one file per language instead of two that could disagree.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .languages import language_key

LOCALE = Path(__file__).parent / "locale"
DOMAIN = "masthead"
TEMPLATE = LOCALE / f"{DOMAIN}.pot"


@dataclass(frozen=True)
class Plural:
    """A label's text for each plural form of a language, in gettext's order,
    and the language's rule choosing a form for a number."""

    forms: tuple[str, ...]
    rule: str  # the catalog's Plural-Forms expression, as C: "(n != 1)"

    def choose(self, count: int) -> str:
        index = plural_rule(self.rule)(count)
        return self.forms[min(index, len(self.forms) - 1)]


@cache
def plural_rule(expression: str) -> Callable[[int], int]:
    # Kept as text on Plural and compiled here, so that labels stay plain
    # data that Pelican's content cache can pickle.
    return gettext.c2py(expression)


@dataclass(frozen=True)
class Catalog:
    """One language's shipped translations: label key -> text or Plural."""

    lang: str  # as the folder names it: "ur", "pt_BR"
    texts: dict[str, str | Plural]


def catalog_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def shipped() -> dict[str, str]:
    """Every shipped language: normalised tag ("pt-br") -> folder name."""
    if not LOCALE.is_dir():
        return {}
    return {
        language_key(folder.name): folder.name
        for folder in sorted(LOCALE.iterdir())
        if catalog_path(folder.name).is_file()
    }


@cache
def catalog(tag: str) -> Catalog | None:
    """The shipped catalog of a normalised tag, read once per process (the
    files are part of the package, the same for every build)."""
    folder = shipped().get(tag)
    if folder is None:
        return None
    # Imported here: a site in English never pays for reading catalogs.
    from babel.messages.pofile import read_po

    with catalog_path(folder).open("rb") as file:
        messages = read_po(file, locale=folder, domain=DOMAIN)
    texts: dict[str, str | Plural] = {}
    for message in messages:
        if not message.context or message.fuzzy:
            continue
        if isinstance(message.string, tuple | list):
            forms = tuple(message.string)
            if all(forms):
                texts[message.context] = Plural(forms, messages.plural_expr)
        elif message.string:
            texts[message.context] = message.string
    return Catalog(folder, texts)
