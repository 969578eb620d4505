"""Declared, validated plugin settings.

Each plugin lists its settings once, as ``Setting`` objects. ``resolve`` reads
them from Pelican's settings dict without changing it and stops the build with
a message naming the setting when a value has the wrong type.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

logger = logging.getLogger(__name__)


class SettingsError(Exception):
    """A plugin setting has a value the plugin cannot use."""


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    doc: str
    # The types a value may have; ``None`` is allowed only when listed.
    types: tuple[type, ...] = ()
    # Extra check on a value of the right type; returns an error or "".
    check: Callable[[Any], str] | None = field(default=None, compare=False)
    # For a deprecated setting: what to write instead. A site that still sets
    # it is warned once per reading, and the value is still used.
    replaced_by: str = ""

    def read(self, settings: dict) -> Any:
        if self.replaced_by and self.name in settings:
            logger.warning(
                "%s is deprecated and will be removed: write %s instead (where "
                "both are set, %s wins).",
                self.name,
                self.replaced_by,
                self.replaced_by,
            )
        value = settings.get(self.name, copy.deepcopy(self.default))
        allowed = self.types or (type(self.default),)
        if not isinstance(value, allowed):
            names = " or ".join(_type_name(t) for t in allowed)
            raise SettingsError(
                f"{self.name} must be {names}, not {_type_name(type(value))} "
                f"({value!r})."
            )
        if self.check is not None:
            problem = self.check(value)
            if problem:
                raise SettingsError(f"{self.name}: {problem}")
        return value


def _type_name(kind: type) -> str:
    return {
        str: "a string",
        int: "a whole number",
        float: "a number",
        bool: "True or False",
        list: "a list",
        tuple: "a tuple",
        dict: "a dict",
        type(None): "None",
    }.get(kind, kind.__name__)


def resolve(specs: Iterable[Setting], settings: dict) -> dict[str, Any]:
    """Read every declared setting; keys are the setting names."""
    return {spec.name: spec.read(settings) for spec in specs}


def strings_list(value: Any) -> str:
    """A check for settings that must be a list of strings."""
    if not all(isinstance(item, str) for item in value):
        return f"every item must be a string, got {value!r}."
    return ""
