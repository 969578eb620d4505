"""Yes-or-no metadata (``Share: no``, ``Cite: yes``), read one way."""

from __future__ import annotations

_NO = {"no", "false", "off", "0", "none"}
_YES = {"yes", "true", "on", "1"}


def yes_or_no(value) -> bool | None:
    """A yes/no field as True/False; None when it cannot be read."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _NO:
        return False
    if text in _YES:
        return True
    return None
