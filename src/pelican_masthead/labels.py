"""Every word the plugins' snippets show a reader, in one place, in each
language.

The English words are ``DEFAULT_LABELS``. The package ships translations as
gettext catalogs (``catalogs.py``), and a site changes any word with one
setting, ``MASTHEAD_LABELS``: flat keys are the site's own words, and a dict
under a language code holds one language's. ``labels_for(settings, lang)``
gives the words for content in one language, resolved once per language and
build.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from string import Formatter

from .build import config_of
from .catalogs import Plural, catalog, shipped
from .languages import direction, language_key, primary, widening
from .locale_rules import format_number, plural_category
from .settings import Setting

DEFAULT_LABELS = {
    # bylines, author boxes, profiles
    "by": "By",
    "and": "and",
    # what separates the names of a list ("A, B and C"), and a name from a title
    "comma": ", ",
    "list_and": " and ",
    "about_author": "About the author",
    "about_authors": "About the authors",
    "full_profile": "Full profile",
    "photo_alt": "Portrait of {name}",
    "articles_by": "Articles by {name}",
    "no_articles": "No articles yet.",
    "links": "Elsewhere",
    "expertise": "Expertise",
    "pronouns": "Pronouns",
    "disclosure": "Disclosure",
    "earlier_roles": "Earlier roles",
    "former_staff": "Former staff",
    "guest_contributor": "Guest contributor",
    "feed": "Atom feed",
    "media_contact": "Media contact",
    "languages": "Languages",
    "media_email": "Email",
    "media_telephone": "Telephone",
    "other_languages": "Other languages",
    # reading time
    "reading_time": "{minutes} min read",
    # share block
    "share_article": "Share this article",
    "share_page": "Share this page",
    "share_email": "Email",
    "share_copy": "Copy link",
    "share_copied": "Link copied",
    "share_copy_failed": "The link could not be copied",
    "share_native": "Share…",
    "share_mastodon_prompt": "Your Mastodon server (for example mastodon.social)",
    # staff and experts pages, credits
    "staff_page_title": "Staff",
    "staff_other_section": "Other",
    "staff_empty": "No one is listed yet.",
    "experts_page_title": "Experts by topic",
    "experts_empty": "No expertise topics yet.",
    "staff_page_description": "The people of {site}, by section and role.",
    "experts_page_description": "Who at {site} knows about what, topic by topic.",
    "work_heading": "{label} {name}",
    # credits of the kinds STAFF_CREDITS has by default
    "credit_editors": "Edited by",
    "credit_reviewers": "Reviewed by",
    "credit_translators": "Translated by",
    # research: PDF downloads, disclosures, replies by email
    "pdf_download": "Download the PDF",
    "size_kb": "{size} KB",
    "size_mb": "{size} MB",
    "reply_by_email": "Reply by email",
    "reply_subject": "Re: {title}",
    # the organisation's policies and funders, on the staff page
    "how_we_work": "How we work",
    "publishing_principles": "Publishing principles",
    "corrections_policy": "Corrections policy",
    "ethics_policy": "Ethics policy",
    "funders": "Our funders",
    # research: cite this
    "cite_heading": "Cite this",
    "cite_apa": "APA",
    "cite_chicago": "Chicago",
    "cite_download": "Download the citation:",
    "cite_bibtex": "BibTeX",
    "cite_ris": "RIS",
    "cite_copy": "Copy {style}",
    "cite_copied": "Citation copied",
    "cite_copy_failed": "The citation could not be copied",
    # research: corrections and updates
    "corrections_heading": "Corrections and updates",
    "correction": "Correction",
    "clarification": "Clarification",
    "update": "Update",
    "note_unread": "Note",
    "corrected_on": "Corrected on {date}",
    "clarified_on": "Clarified on {date}",
    "updated_on": "Updated on {date}",
    "corrections_page_title": "Corrections and updates",
    "corrections_page_description": (
        "Every correction, clarification and update to the articles of {site}, "
        "newest first."
    ),
    "corrections_empty": "No article has been corrected.",
    "corrections_feed": "Follow corrections (Atom feed)",
    "corrections_feed_entry": "{kind}: {title}",
}


# Labels that hold a count, and the placeholder the count fills. Their
# translations have one text per plural form of the language; counted()
# chooses the form and writes the number as the language writes it.
COUNTED = {"reading_time": "minutes"}

# CLDR's plural categories: the keys of a counted label given as a dict.
PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")


def placeholders(text: str) -> list[str]:
    """The ``{name}`` fields of ``text``, in order; ValueError if malformed."""
    return [field for _, field, _, _ in Formatter().parse(text) if field is not None]


# What each label may say, taken from its default text: one source for both.
PLACEHOLDERS = {key: set(placeholders(text)) for key, text in DEFAULT_LABELS.items()}
# A value of the kind each placeholder is filled with, to try a label on.
_SAMPLES = {
    "name": "Ana Ruiz",
    "minutes": 4,
    "site": "Site",
    "label": "By",
    "style": "APA",
}
# A language code as sites write it: "ur", "pt-BR", "zh_Hant".
_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


def _label_problem(key: str, text: str) -> str:
    allowed = PLACEHOLDERS[key]
    takes = (
        "its placeholders are " + ", ".join(f"{{{p}}}" for p in sorted(allowed))
        if allowed
        else "it takes no placeholder"
    )
    try:
        unknown = [f for f in placeholders(text) if f not in allowed]
        if not unknown:
            text.format(**{p: _SAMPLES.get(p, "x") for p in allowed})
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as error:
        return f"the {key!r} label {text!r} cannot be filled in ({error}); {takes}."
    if unknown:
        return (
            f"the {key!r} label {text!r} cannot be filled in: {{{unknown[0]}}} is "
            f"not one of its placeholders; {takes}. Write {{{{ and }}}} for a "
            "brace itself."
        )
    return ""


def _count_problem(key: str, text: str) -> str:
    # A text used for every count must show the count, or "1 min" and
    # "9 min" would read the same.
    count = COUNTED[key]
    if count in placeholders(text):
        return ""
    return (
        f"the {key!r} label {text!r} must show the count with {{{count}}}, as "
        f"in {DEFAULT_LABELS[key]!r}."
    )


def _wording_problem(key: str, value) -> str:
    """What is wrong with one label's value, or ""."""
    if isinstance(value, str):
        problem = _label_problem(key, value)
        if not problem and key in COUNTED:
            problem = _count_problem(key, value)
        return problem
    if isinstance(value, dict) and key in COUNTED:
        unknown = [c for c in value if c not in PLURAL_CATEGORIES]
        if unknown or "other" not in value:
            return (
                f"the {key!r} label's plural forms must be named by CLDR's "
                f"categories ({', '.join(PLURAL_CATEGORIES)}), 'other' among "
                f"them; not {sorted(map(str, value))!r}."
            )
        for text in value.values():
            if not isinstance(text, str):
                return f"every form of the {key!r} label must be a string."
            problem = _label_problem(key, text)
            if problem:
                return problem
        return _count_problem(key, value["other"])
    if key in COUNTED:
        return (
            f"the {key!r} label must be a string, or a dict of its plural "
            "forms ({'one': ..., 'other': ...})."
        )
    return "every label must be a string."


def _labels_problem(value: dict, lang: str = "") -> str:
    unknown = sorted(set(value) - set(DEFAULT_LABELS))
    if unknown:
        where = f" in {lang!r}" if lang else ""
        return (
            f"unknown label {', '.join(map(repr, unknown))}{where}; the labels "
            "are " + ", ".join(sorted(DEFAULT_LABELS)) + "."
        )
    for key, text in value.items():
        problem = _wording_problem(key, text)
        if problem:
            return f"{problem[:-1]} (for {lang!r})." if lang else problem
    return ""


def _check(value: dict) -> str:
    flat = {}
    for key, item in value.items():
        if key in DEFAULT_LABELS or not isinstance(item, dict):
            flat[key] = item
        elif not isinstance(key, str) or not _LANGUAGE_CODE.fullmatch(key):
            return (
                f"{key!r} is neither a label nor a language code; a dict of "
                "one language's labels goes under its code, as 'fr' or 'pt-BR'."
            )
        else:
            problem = _labels_problem(item, key)
            if problem:
                return problem
    return _labels_problem(flat)


LABELS_SETTING = Setting(
    "MASTHEAD_LABELS",
    {},
    "Visible words of the snippets, changed from the shipped ones (English, "
    "and translations in Urdu, Arabic, French, Spanish, Portuguese, German "
    "and Chinese): a dict holding only the labels to change, which are the "
    "site's words; labels under a language code ({'fr': {'by': 'Par'}}) "
    "are that language's. The settings reference lists them all.",
    check=_check,
)

STRICT_SETTING = Setting(
    "MASTHEAD_STRICT",
    False,
    "Turn every content warning of the masthead plugins into a failed build, "
    "after listing them all. For sites that check their content in CI.",
)

JINJA_CONTENT_SETTING = Setting(
    "MASTHEAD_JINJA_CONTENT",
    False,
    "Read Markdown, HTML and reST content as a Jinja template first, so that "
    "writers can call staff_directory() and person_card() in a page. Off by "
    "default: braces in content are then plain text. Only for sites whose "
    "writers are trusted: the sandbox refuses Python internals, but bounds "
    "neither the time nor the memory a template takes (docs/security.md).",
)


@dataclass(frozen=True)
class ByCategory:
    """A counted label a site gave as a dict of CLDR plural categories."""

    forms: tuple[tuple[str, str], ...]

    def choose(self, count: int, lang: str) -> str:
        forms = dict(self.forms)
        return forms.get(plural_category(lang, count)) or forms["other"]


class Labels(dict):
    """Every label in one language: ``labels["by"]``, or ``labels.by`` in a
    template. ``lang`` is the language the words are in (the site's, when the
    content's language has no words of its own) and ``dir`` its direction.

    A dict, so that a theme merging the labels into its own words on every
    page (``dict(theme_words, **masthead_labels)``) copies them at C speed
    rather than through a Python ``__getitem__`` per label.
    """

    def __init__(self, lang: str, wordings: dict):
        super().__init__((key, _as_text(key, w, lang)) for key, w in wordings.items())
        self.lang = lang
        self.dir = direction(lang)
        self.wordings = wordings

    # The one label named like a dict method: `masthead_labels.update` in a
    # template reads the label, as Jinja finds attributes before items.
    @property
    def update(self) -> str:
        return self["update"]

    def __repr__(self) -> str:
        return f"<Labels {self.lang}>"

    def counted(self, key: str, count: int, **values) -> str:
        """The label ``key`` for ``count`` things: the plural form the
        language wants, the count written as the language writes numbers."""
        wording = self.wordings[key]
        text = _form(wording, count, self.lang)
        values[COUNTED[key]] = format_number(count, self.lang)
        return text.format(**values)


def _form(wording, count: int, lang: str) -> str:
    if isinstance(wording, Plural):
        return wording.choose(count)
    if isinstance(wording, ByCategory):
        return wording.choose(count, lang)
    return wording


def _as_text(key: str, wording, lang: str) -> str:
    # A counted label printed without a count (as `{{ masthead_labels.
    # reading_time }}`) shows its form for a handful of things.
    return wording if isinstance(wording, str) else _form(wording, 5, lang)


@dataclass
class SiteLabels:
    """A site's labels in every language, each resolved on first use."""

    default_lang: str
    flat: dict
    by_language: dict  # normalised language code -> that language's labels
    _resolved: dict = field(default_factory=dict, repr=False)

    def for_lang(self, lang: str | None) -> Labels:
        tag = language_key(lang or "") or self.default_lang
        found = self._resolved.get(tag)
        if found is None:
            found = self._resolved[tag] = self._resolve(tag)
        return found

    def _resolve(self, tag: str) -> Labels:
        shipped_words = [catalog(t).texts for t in widening(tag) if t in shipped()]
        if primary(tag) == "en":
            # The defaults are the English catalog.
            shipped_words.insert(0, DEFAULT_LABELS)
        site_words = [
            self.by_language[t] for t in widening(tag) if t in self.by_language
        ]
        if primary(tag) == primary(self.default_lang):
            # The site's language: its flat labels win over the shipped
            # translation, and lose to labels under a narrower code ("pt-BR"
            # on a "pt" site).
            layers = [DEFAULT_LABELS, *shipped_words, self.flat, *site_words]
            return Labels(tag, _merged(layers))
        site = self.for_lang(self.default_lang)
        if not shipped_words and not site_words:
            # No words in this language: the site's stand in, and say so.
            return site
        return Labels(tag, _merged([site.wordings, *shipped_words, *site_words]))


def _merged(layers: list[dict]) -> dict:
    merged: dict = {}
    for layer in layers:
        for key, value in layer.items():
            if key not in DEFAULT_LABELS:
                continue
            if isinstance(value, dict):
                value = ByCategory(tuple(value.items()))
            merged[key] = value
        if "and" in layer and "list_and" not in layer:
            # Sites that translated "and" before "list_and" existed keep
            # their word between the last two names.
            merged["list_and"] = f" {layer['and']} "
    return merged


def _load(settings: dict) -> SiteLabels:
    value = LABELS_SETTING.read(settings)
    flat = {k: v for k, v in value.items() if k in DEFAULT_LABELS}
    by_language = {
        language_key(k): v for k, v in value.items() if k not in DEFAULT_LABELS
    }
    default_lang = language_key(str(settings.get("DEFAULT_LANG") or "en")) or "en"
    return SiteLabels(default_lang, flat, by_language)


def site_labels(settings: dict) -> SiteLabels:
    """The site's labels in every language, for the build of ``settings``."""
    return config_of(settings, _load)


def labels(settings: dict) -> Labels:
    """Every label in the site's language (``DEFAULT_LANG``)."""
    return site_labels(settings).for_lang(None)


def labels_for(settings: dict, lang: str | None) -> Labels:
    """The labels for content written in ``lang`` (a language code, or None
    for the site's default language).

    Code that renders something for one article or page asks through here.
    The words of a language are, last wins: the English defaults, the
    shipped catalog, the site's flat labels, its labels under the language's
    code. For another language than the site's, the site's words (flat
    labels over its own catalog) come first, then that language's catalog
    and labels; a language with neither gets the site's words.
    """
    return site_labels(settings).for_lang(lang)
