"""reading_time: word counts and reading times readers can trust."""

from .wiring import connect as register

__all__ = ["register"]
