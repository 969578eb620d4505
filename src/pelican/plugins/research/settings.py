"""Settings of the research plugin: each one declared once, here."""

from __future__ import annotations

from dataclasses import dataclass

from pelican_masthead.labels import labels
from pelican_masthead.settings import Setting, resolve

from .replies import reply_address_problem


def _reply_email_problem(value) -> str:
    return reply_address_problem(value) if value else ""


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "RESEARCH_REPLY_EMAIL",
        None,
        "The address readers' replies go to (letters@example.org): each article "
        "then ends with a 'Reply by email' link, with the article's title as the "
        "subject; `Replies: no` on an article leaves it out. None: no link.",
        (str, type(None)),
        _reply_email_problem,
    ),
)


@dataclass(frozen=True)
class ResearchConfig:
    """The resolved settings the plugin's modules work from."""

    labels: dict[str, str]
    reply_email: str  # "" when replies by email are off


def load(settings: dict) -> ResearchConfig:
    """Read and check every setting; stops the build naming a bad one."""
    values = resolve(SETTINGS, settings)
    return ResearchConfig(
        labels=labels(settings),
        reply_email=(values["RESEARCH_REPLY_EMAIL"] or "").strip(),
    )
