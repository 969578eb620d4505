"""Settings of the research plugin: each one declared once, here."""

from __future__ import annotations

from dataclasses import dataclass

from pelican_masthead.labels import labels
from pelican_masthead.settings import Setting, resolve

SETTINGS: tuple[Setting, ...] = ()


@dataclass(frozen=True)
class ResearchConfig:
    """The resolved settings the plugin's modules work from."""

    labels: dict[str, str]


def load(settings: dict) -> ResearchConfig:
    """Read and check every setting; stops the build naming a bad one."""
    resolve(SETTINGS, settings)
    return ResearchConfig(labels=labels(settings))
