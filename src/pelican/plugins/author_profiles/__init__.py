"""author_profiles: people files, profile pages and author boxes for Pelican."""

from .wiring import connect as register

__all__ = ["register"]
