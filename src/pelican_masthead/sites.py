"""The sites a build writes: one, or a main site and a subsite per language.

pelican-i18n-subsites (``I18N_SUBSITES``) runs a whole Pelican build for each
language inside the main site's build, with the main site's settings
overridden: ``DEFAULT_LANG`` becomes the subsite's language, ``SITEURL`` and
``OUTPUT_PATH`` its own (unless set, the main site's with the language added:
``https://example.org/ur``, ``output/ur``). ``sites_of(settings)`` tells a
plugin which of them it is writing and where the others are, so that

- a page names its versions in the other languages (``hreflang``);
- a file every site shows (portraits, the share script, the snippets'
  stylesheet) is written once, in the main site's output, and every subsite
  links to that copy (``Sites.shared``).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .build import SETTINGS_KEY, Build, build_of, config_of
from .enabled import enabled
from .languages import same_language

# The module name pelican-i18n-subsites registers under.
SUBSITES_PLUGIN = "i18n_subsites"


@dataclass(frozen=True)
class Site:
    lang: str
    siteurl: str  # as set, without a final "/"; maybe relative ("", "/ur")
    # The settings this site changes (its entry in I18N_SUBSITES).
    overrides: dict = field(default_factory=dict, compare=False, hash=False)

    def address(self, url: str) -> str:
        """The address of ``url``, a path from this site's root."""
        return f"{self.siteurl}/{url}"


@dataclass(frozen=True)
class Sites:
    this: Site
    main: Site
    every: tuple[Site, ...]  # the main site first, then each subsite
    main_output: Path
    # The path from this site's root to the main site's ("" in the main site,
    # ".." in /ur), or None when a relative path cannot reach it (another host).
    to_main: str | None
    main_settings: dict = field(compare=False, hash=False, repr=False)

    def site_in(self, lang: str) -> Site | None:
        """The site (main or subsite) in ``lang``, or None."""
        return next((s for s in self.every if same_language(s.lang, lang)), None)

    def path_to(self, site: Site) -> str | None:
        """The path from this site's root to ``site``'s ("" for this one,
        "ur" from the main site, ".." back), or None (another host)."""
        return _relative(site.siteurl, self.this.siteurl)

    def settings_of(self, site: Site) -> dict:
        """The settings ``site`` is built with (a copy: the main site's, with
        the subsite's own), for a plugin to resolve its settings there."""
        return {**self.main_settings, **site.overrides, "DEFAULT_LANG": site.lang}

    @property
    def is_subsite(self) -> bool:
        return self.this != self.main

    @property
    def others(self) -> tuple[Site, ...]:
        return tuple(s for s in self.every if s != self.this)

    def shared(self, path: str, output: Path) -> tuple[str, Path]:
        """Where a file every site uses goes: its URL as a path from this
        site's root (templates print ``{{ SITEURL }}/{{ url }}``), and the file
        (``output``: this site's output folder). A subsite uses the main
        site's copy when it can reach it by a relative path, and writes its
        own otherwise."""
        path = path.strip("/")
        if not self.is_subsite or self.to_main is None:
            return path, Path(output) / path
        return posixpath.join(self.to_main, path), self.main_output / path


def sites_of(settings: dict) -> Sites:
    """The sites of the build ``settings`` belong to (computed once)."""
    return config_of(settings, _load)


def main_language(settings: dict) -> str:
    """The main site's language, the language of files that give none.

    In a subsite, Pelican takes content without ``Lang`` to be in the
    subsite's language; people files are everyone's, read by every subsite
    alike, so one without ``Lang`` is in the main site's language in all.
    """
    found = settings.get(SETTINGS_KEY)
    if isinstance(found, Build) and found.parent is not None:
        settings = found.main.settings
    return str(settings.get("DEFAULT_LANG") or "en")


def _load(settings: dict) -> Sites:
    parent = build_of(settings).parent
    main_settings = parent.main.settings if parent is not None else settings
    main = _site(main_settings.get("DEFAULT_LANG", ""), main_settings.get("SITEURL"))
    subsites = ()
    if enabled(SUBSITES_PLUGIN, settings):
        subsites = tuple(
            _site(
                lang,
                (overrides or {}).get("SITEURL") or _under(main, lang),
                overrides or {},
            )
            for lang, overrides in (main_settings.get("I18N_SUBSITES") or {}).items()
        )
    this = next(
        (
            s
            for s in subsites
            if parent is not None and s.lang == settings.get("DEFAULT_LANG")
        ),
        main,
    )
    return Sites(
        this=this,
        main=main,
        every=(main, *subsites),
        main_output=Path(main_settings.get("OUTPUT_PATH") or "output"),
        to_main=_relative(main.siteurl, this.siteurl),
        main_settings=main_settings,
    )


def _site(lang, siteurl, overrides: dict | None = None) -> Site:
    return Site(str(lang), str(siteurl or "").rstrip("/"), dict(overrides or {}))


def _under(main: Site, lang: str) -> str:
    # As pelican-i18n-subsites does it.
    return posixpath.join(main.siteurl or "/", lang)


def _relative(target: str, start: str) -> str | None:
    """The path from the root ``start`` to the root ``target``, or None."""
    one, other = urlsplit(target), urlsplit(start)
    if (one.scheme, one.netloc) != (other.scheme, other.netloc):
        return None
    path = posixpath.relpath(one.path or "/", other.path or "/")
    return "" if path == "." else path
