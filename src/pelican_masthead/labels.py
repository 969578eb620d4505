"""Every word the plugins' snippets show a reader, in one place.

A site in another language translates them with one setting,
``MASTHEAD_LABELS``, a dict holding only the labels it changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from string import Formatter
from types import MappingProxyType

from .build import config_of
from .settings import Setting

DEFAULT_LABELS = {
    # bylines, author boxes, profiles
    "by": "By",
    "and": "and",
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
    # research: PDF downloads, disclosures, replies by email
    "pdf_download": "Download the PDF",
    "size_kb": "{size} KB",
    "size_mb": "{size} MB",
    "decimal_mark": ".",
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


def _placeholders(text: str) -> list[str]:
    """The ``{name}`` fields of ``text``, in order; ValueError if malformed."""
    return [field for _, field, _, _ in Formatter().parse(text) if field is not None]


# What each label may say, taken from its default text: one source for both.
PLACEHOLDERS = {key: set(_placeholders(text)) for key, text in DEFAULT_LABELS.items()}
# A value of the kind each placeholder is filled with, to try a label on.
_SAMPLES = {"name": "Ana Ruiz", "minutes": 4, "site": "Site", "label": "By"}


def _label_problem(key: str, text: str) -> str:
    allowed = PLACEHOLDERS[key]
    takes = (
        "its placeholders are " + ", ".join(f"{{{p}}}" for p in sorted(allowed))
        if allowed
        else "it takes no placeholder"
    )
    try:
        unknown = [f for f in _placeholders(text) if f not in allowed]
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


def _check(value: dict) -> str:
    unknown = sorted(set(value) - set(DEFAULT_LABELS))
    if unknown:
        return (
            f"unknown label {', '.join(map(repr, unknown))}; the labels are "
            + ", ".join(sorted(DEFAULT_LABELS))
            + "."
        )
    if not all(isinstance(text, str) for text in value.values()):
        return "every label must be a string."
    for key, text in value.items():
        problem = _label_problem(key, text)
        if problem:
            return problem
    return ""


LABELS_SETTING = Setting(
    "MASTHEAD_LABELS",
    {},
    "Visible words of the snippets, for sites in other languages: a dict "
    "holding only the labels to change; the settings reference lists them all.",
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


def labels(settings: dict) -> Mapping[str, str]:
    """Every label, the site's own words over the defaults; checked and
    merged once per build."""
    return config_of(settings, _load)


def _load(settings: dict) -> Mapping[str, str]:
    return MappingProxyType({**DEFAULT_LABELS, **LABELS_SETTING.read(settings)})


def labels_for(settings: dict, lang: str | None) -> Mapping[str, str]:
    """The labels for content written in ``lang`` (a language code, or None
    for the site's default language).

    Code that renders something for one article or page asks through here,
    so labels can differ per language; today every language gets the same.
    """
    return labels(settings)
