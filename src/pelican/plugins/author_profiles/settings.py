"""Settings of the author_profiles plugin: each one declared once, here."""

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from pelican_masthead.build import config_of
from pelican_masthead.content_paths import relative_folder_problem
from pelican_masthead.languages import LANGUAGE_CODE
from pelican_masthead.settings import Setting, resolve, strings_list
from pelican_masthead.sites import main_language


def _people_paths(value) -> str:
    problem = strings_list(value)
    if problem:
        return problem
    for folder in value:
        why = relative_folder_problem(folder)
        if why:
            return (
                f"{folder!r} {why}; each folder must be inside the content "
                "folder, written relative to it without '..' (like 'people')."
            )
    return ""


def _photo_output(value: str) -> str:
    why = relative_folder_problem(value)
    if why:
        return (
            f"{value!r} {why}; it must be a folder inside the output folder, "
            "written relative to it without '..' (like 'people/photos')."
        )
    return ""


def _language_code(value: str) -> str:
    if value and not LANGUAGE_CODE.fullmatch(value):
        return f"{value!r} is not a language code (like 'en', 'ur' or 'pt-BR')."
    return ""


def _lang_address(value: str) -> str:
    try:
        value.format(slug="s", lang="l")
    except (KeyError, IndexError, ValueError) as error:
        return (
            f"{value!r} cannot be filled in ({error}); it may use only {{slug}} "
            "and {lang}, like 'author/{slug}-{lang}.html'."
        )
    if "{lang}" not in value or "{slug}" not in value:
        return (
            f"{value!r} must hold both {{slug}} and {{lang}}, or every "
            "language of every person would share one address."
        )
    return ""


SETTINGS = (
    Setting(
        "PEOPLE_PATHS",
        ["people"],
        "Folders, inside the content folder, holding one file per person "
        "(Markdown, or any format the site reads). They are never published "
        "as articles or pages. Written relative to the content folder; an "
        "absolute path or one with `..` is refused.",
        check=_people_paths,
    ),
    Setting(
        "PEOPLE_PHOTO_SIZES",
        {"large": 240, "small": 96},
        "Widths in CSS pixels of the square portraits made from each `Photo`: "
        "`large` on profile pages, `small` in author boxes and cards. Each is "
        "also made at twice the width for high-density screens; a photo is "
        "never enlarged beyond its own size.",
        check=lambda v: (
            ""
            if set(v) == {"large", "small"}
            and all(isinstance(w, int) and 16 <= w <= 2000 for w in v.values())
            else "needs whole-number widths from 16 to 2000 for 'large' and 'small'."
        ),
    ),
    Setting(
        "PEOPLE_MORE_BY_COUNT",
        3,
        "How many other articles by the same authors an article lists under "
        '"More by" (`article.more_by_authors`); 0 lists none.',
        check=lambda v: "" if v >= 0 else "must be 0 or more.",
    ),
    Setting(
        "PEOPLE_PHOTO_OUTPUT",
        "people/photos",
        "Folder, inside the output, for resized portraits. Written relative "
        "to the output folder; an absolute path or one with `..` is refused.",
        check=_photo_output,
    ),
    Setting(
        "PEOPLE_PHOTO_MAX_PIXELS",
        40_000_000,
        "Whole number: the most pixels (width x height, read from the file's "
        "header before anything is decoded) a `Photo` may have. A larger "
        "photo is not decoded: it is reported and the person gets an "
        "initials avatar. The default allows a 40-megapixel camera photo; "
        "decoding one takes about 120 MB of memory.",
        check=lambda v: "" if v > 0 else "must be a whole number above 0.",
    ),
    Setting(
        "PEOPLE_REDIRECT_MAP",
        "people-redirects.txt",
        "File, inside the output, listing each author address that now leads "
        "to a profile at another address (a people file spells the name "
        "differently, or an alias gathers two spellings): one `old new 301` "
        "line each, the format of Netlify's and Cloudflare Pages' `_redirects`. "
        "The old address also gets a page that forwards readers, and the "
        "author feeds are written at their old addresses too. '' writes no "
        "map.",
        check=lambda v: (
            f"{relative_folder_problem(v)}; it names a file inside the output folder."
            if v and relative_folder_problem(v)
            else ""
        ),
    ),
    Setting(
        "PEOPLE_DEFAULT_LANG",
        "",
        "The language of people files without a `Lang` (each person's main "
        "file); '' means `DEFAULT_LANG`, and in a subsite of "
        "pelican-i18n-subsites (which has a `DEFAULT_LANG` of its own) the main "
        "site's.",
        check=_language_code,
    ),
    Setting(
        "PEOPLE_LANG_URL",
        "author/{slug}-{lang}.html",
        "Address of a profile in one of the person's other languages (a "
        "people file with its own `Lang`), as `AUTHOR_URL` is of the main "
        "one: `{slug}` and `{lang}` are filled in.",
        check=_lang_address,
    ),
    Setting(
        "PEOPLE_LANG_SAVE_AS",
        "author/{slug}-{lang}.html",
        "File, inside the output, of a profile in one of the person's other "
        "languages; `{slug}` and `{lang}` are filled in. No such pages are "
        "written when `AUTHOR_SAVE_AS` is empty.",
        check=_lang_address,
    ),
)


@dataclass(frozen=True)
class ProfileSettings:
    """The plugin's settings, resolved once per build."""

    people_paths: tuple[str, ...]
    photo_sizes: Mapping[str, int]
    more_by_count: int
    photo_output: str
    photo_max_pixels: int
    redirect_map: str
    lang_url: str
    lang_save_as: str
    people_lang: str  # the language of people files without a 'Lang'


def load(settings: dict) -> ProfileSettings:
    """Read and check every setting; stops the build naming a bad one."""
    values = resolve(SETTINGS, settings)
    return ProfileSettings(
        people_paths=tuple(values["PEOPLE_PATHS"]),
        photo_sizes=MappingProxyType(dict(values["PEOPLE_PHOTO_SIZES"])),
        more_by_count=values["PEOPLE_MORE_BY_COUNT"],
        photo_output=values["PEOPLE_PHOTO_OUTPUT"],
        photo_max_pixels=values["PEOPLE_PHOTO_MAX_PIXELS"],
        redirect_map=values["PEOPLE_REDIRECT_MAP"],
        lang_url=values["PEOPLE_LANG_URL"],
        lang_save_as=values["PEOPLE_LANG_SAVE_AS"],
        people_lang=values["PEOPLE_DEFAULT_LANG"] or main_language(settings),
    )


def profile_settings(settings: dict) -> ProfileSettings:
    """The settings of the build ``settings`` belong to."""
    return config_of(settings, load)
