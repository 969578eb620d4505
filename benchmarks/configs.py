"""The site configurations the benchmarks compare, and their settings files.

Every configuration starts from the example site's production settings
(``example_site/publishconf.py``: its URLs, pagination, feeds and staff
sections) and changes only the theme and the plugins, so the differences in
time and memory are the differences between themes and plugins.
"""

from __future__ import annotations

import re
import runpy
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"
OUR_THEME = ROOT / "theme"
PUBLISH_SETTINGS = ROOT / "example_site" / "publishconf.py"
# Shows pelican-readtime's and pelican-share-post's data on notmyidea's
# article page (notmyidea has no place for them) and nothing without them.
ALTERNATIVES_TEMPLATES = BENCHMARKS / "templates" / "notmyidea"

OUR_PLUGINS = [
    "pelican.plugins.author_profiles",
    "pelican.plugins.staff_roles",
    "pelican.plugins.reading_time",
    "pelican.plugins.share_block",
]
# Not in configuration a, whose figures compare with earlier releases.
RESEARCH_PLUGIN = "pelican.plugins.research"
ALTERNATIVE_PLUGINS = ["pelican.plugins.readtime", "pelican.plugins.share_post"]


@dataclass(frozen=True)
class Config:
    key: str
    title: str
    theme: str
    plugins: tuple[str, ...]
    # Markers an article page must hold (True) or must not hold (False),
    # proving the plugins ran, or did not.
    markers: tuple[tuple[str, bool], ...]
    overrides: tuple[str, ...] = ()
    settings: tuple[tuple[str, object], ...] = ()  # on top of the example site's


_OURS_MARKERS = ("reading-time", "share-block", "author-box")
_ALTERNATIVE_MARKERS = ('class="readtime"', "twitter.com/intent/tweet")

CONFIGS = {
    c.key: c
    for c in (
        Config(
            "a",
            "our theme, our plugins (Jinja in content on, as the example site)",
            str(OUR_THEME),
            tuple(OUR_PLUGINS),
            tuple((m, True) for m in _OURS_MARKERS),
        ),
        Config(
            "b",
            "our theme, no plugins",
            str(OUR_THEME),
            (),
            tuple((m, False) for m in _OURS_MARKERS),
        ),
        Config(
            "c",
            "notmyidea, pelican-readtime + pelican-share-post",
            "notmyidea",
            tuple(ALTERNATIVE_PLUGINS),
            tuple((m, True) for m in _ALTERNATIVE_MARKERS),
            (str(ALTERNATIVES_TEMPLATES),),
        ),
        Config(
            "d",
            "notmyidea, no plugins",
            "notmyidea",
            (),
            tuple((m, False) for m in _ALTERNATIVE_MARKERS),
            (str(ALTERNATIVES_TEMPLATES),),
        ),
        # Not in the default run: separates the cost of Jinja in content.
        Config(
            "e",
            "our theme, our plugins, no Jinja in content",
            str(OUR_THEME),
            tuple(OUR_PLUGINS),
            tuple((m, True) for m in _OURS_MARKERS),
            settings=(("MASTHEAD_JINJA_CONTENT", False),),
        ),
        # Not in the default run: the zero-edit path, Pelican's default theme
        # with our snippets placed by the plugins (compare with d).
        Config(
            "z",
            "notmyidea, our plugins placed automatically",
            "notmyidea",
            tuple(OUR_PLUGINS),
            tuple((m, True) for m in _OURS_MARKERS),
            (str(ALTERNATIVES_TEMPLATES),),
        ),
        # Not in the default run: the research plugin (citations on every
        # article, their BibTeX and RIS files, corrections) on top of a;
        # compare with a for what it adds.
        Config(
            "r",
            "as a, with the research plugin (cite this, citation files, corrections)",
            str(OUR_THEME),
            (*OUR_PLUGINS, RESEARCH_PLUGIN),
            tuple((m, True) for m in (*_OURS_MARKERS, 'data-masthead="cite"')),
        ),
        # Not in the default run: the zero-edit path with every plugin,
        # research included (compare with d).
        Config(
            "zr",
            "notmyidea, our plugins and research placed automatically",
            "notmyidea",
            (*OUR_PLUGINS, RESEARCH_PLUGIN),
            tuple((m, True) for m in (*_OURS_MARKERS, 'data-masthead="cite"')),
            (str(ALTERNATIVES_TEMPLATES),),
        ),
        # Not in the default run: people in two languages (the generated
        # site's Urdu profiles of one person in five: a page per language,
        # Urdu names in Urdu bylines); compare with a.
        Config(
            "t",
            "as a, with Urdu profiles of one person in five (people translations)",
            str(OUR_THEME),
            tuple(OUR_PLUGINS),
            tuple((m, True) for m in _OURS_MARKERS),
            settings=(("PEOPLE_PATHS", ["people", "people-translations"]),),
        ),
        # Not in the default run: what leaner defaults would cost, for the
        # maintainers weighing them against the 5 % target.
        Config(
            "l",
            'as a, lean: no "More by" lists, four share networks',
            str(OUR_THEME),
            tuple(OUR_PLUGINS),
            tuple((m, True) for m in _OURS_MARKERS),
            settings=(
                ("PEOPLE_MORE_BY_COUNT", 0),
                ("SHARE_NETWORKS", ["x", "linkedin", "bluesky", "email"]),
            ),
        ),
    )
}
DEFAULT_CONFIGS = ("a", "b", "c", "d")

# The plugin that puts each marker on an article page, and the plugins that
# cannot run without another one.
_MARKER_PLUGINS = {
    "reading-time": "reading_time",
    "share-block": "share_block",
    "author-box": "author_profiles",
}
_NEEDS = {"staff_roles": "author_profiles"}


def lookup(key: str) -> Config:
    """A configuration by key; ``a-<plugin>`` is configuration a without that
    plugin (and without any plugin that needs it): a/(a-<plugin>) is what the
    plugin costs, its templates and pages included."""
    if key in CONFIGS:
        return CONFIGS[key]
    base, _, plugin = key.partition("-")
    names = [p.rsplit(".", 1)[1] for p in OUR_PLUGINS]
    if base != "a" or plugin not in names:
        raise KeyError(key)
    removed = {plugin} | {p for p, needed in _NEEDS.items() if needed == plugin}
    return Config(
        key,
        f"as a, without {', '.join(sorted(removed))}",
        str(OUR_THEME),
        tuple(
            p for p, name in zip(OUR_PLUGINS, names, strict=True) if name not in removed
        ),
        tuple(
            (m, _MARKER_PLUGINS.get(m) not in removed) for m, _ in CONFIGS["a"].markers
        ),
    )


def base_settings() -> dict:
    """The example site's production settings, without its paths."""
    values = runpy.run_path(str(PUBLISH_SETTINGS))
    settings = {k: v for k, v in values.items() if re.fullmatch(r"[A-Z][A-Z0-9_]*", k)}
    for key in ("PATH", "OUTPUT_PATH", "CACHE_PATH", "THEME", "PLUGINS"):
        settings.pop(key, None)
    return settings


def settings_for(config: Config, content: Path, cache: Path) -> dict:
    settings = base_settings()
    settings.update(
        PATH=str(content),
        CACHE_PATH=str(cache),
        THEME=config.theme,
        PLUGINS=list(config.plugins),
        THEME_TEMPLATES_OVERRIDES=list(config.overrides),
        # Every build reads every file: the content cache would measure the
        # disk, not the plugins.
        LOAD_CONTENT_CACHE=False,
        CACHE_CONTENT=False,
        # The runner empties the output folder itself, outside the timing.
        DELETE_OUTPUT_DIRECTORY=False,
    )
    settings.update(config.settings)
    if "DIRECT_TEMPLATES" in settings:
        settings["DIRECT_TEMPLATES"] = _direct_templates_of(
            config, settings["DIRECT_TEMPLATES"]
        )
    return settings


def _theme_templates(config: Config) -> list[Path]:
    theme = Path(config.theme)
    if not theme.is_absolute():
        import pelican

        theme = Path(pelican.__file__).parent / "themes" / config.theme
    return [*map(Path, config.overrides), theme / "templates"]


def _direct_templates_of(config: Config, wanted: list[str]) -> list[str]:
    # The example site lists pages only our theme has (its 404 page); another
    # theme builds the ones it has.
    folders = _theme_templates(config)
    return [n for n in wanted if any((f / f"{n}.html").exists() for f in folders)]


def write_settings(path: Path, settings: dict) -> Path:
    lines = [f"{key} = {value!r}" for key, value in sorted(settings.items())]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "# Written by benchmarks/configs.py for one benchmark build.\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    return path


def check_markers(config: Config, page_html: str) -> list[str]:
    """What is wrong with an article page of this configuration ([] if fine)."""
    problems = []
    for marker, wanted in config.markers:
        if (marker in page_html) != wanted:
            problems.append(f"{marker!r} {'missing' if wanted else 'present'}")
    return problems
