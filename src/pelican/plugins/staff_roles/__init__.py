"""staff_roles: role ranks, a staff directory, experts by topic and credits."""

from .wiring import connect as register

__all__ = ["register"]
