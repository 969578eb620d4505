"""share_block: share links without trackers, link previews and JSON-LD."""

from .wiring import connect as register

__all__ = ["register"]
