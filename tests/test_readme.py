"""The README stays true: its commands are what CI runs, its settings are the code's."""

from __future__ import annotations

import importlib
import re

import pytest
from conftest import ROOT
from pelican_masthead.labels import LABELS_SETTING, STRICT_SETTING

README = (ROOT / "README.md").read_text(encoding="utf-8")
PLUGINS = ["author_profiles", "staff_roles", "reading_time", "share_block"]


def declared_settings():
    found = [LABELS_SETTING, STRICT_SETTING]
    for name in PLUGINS:
        try:
            module = importlib.import_module(f"pelican.plugins.{name}.settings")
        except ModuleNotFoundError:
            continue
        found.extend(module.SETTINGS)
    return found


def table_row(setting) -> str:
    """How the README's settings reference writes one setting."""
    doc = " ".join(setting.doc.split()).replace("|", "\\|")
    return f"| `{setting.name}` | `{setting.default!r}` | {doc} |"


def test_ci_runs_the_test_command_the_readme_gives():
    commands = re.findall(r"```sh\n(.*?)\n```", README, re.DOTALL)
    assert "./scripts/test" in commands
    ci = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"^\./scripts/test\b", ci, re.MULTILINE)


@pytest.mark.parametrize("setting", declared_settings(), ids=lambda s: s.name)
def test_every_setting_is_in_the_readme_as_the_code_declares_it(setting):
    assert table_row(setting) in README.splitlines()


def test_the_readme_documents_no_setting_the_code_lacks():
    declared = {s.name for s in declared_settings()}
    # The plugins' tables: from the reference's start to the theme's own table.
    plugins_part = README.split("## Settings reference")[1].split("### The theme")[0]
    pattern = r"^\| `([A-Z][A-Z0-9_]+)` \|"
    documented = set(re.findall(pattern, plugins_part, re.MULTILINE))
    assert len(documented) >= len(declared) > 20
    assert documented <= declared


def settings_tables() -> str:
    """The settings reference, for pasting into the README after a change."""
    header = "| setting | default | meaning |\n|---|---|---|"
    parts = [f"### Shared by all plugins\n\n{header}"]
    parts += [table_row(s) for s in (LABELS_SETTING, STRICT_SETTING)]
    for name in PLUGINS:
        try:
            module = importlib.import_module(f"pelican.plugins.{name}.settings")
        except ModuleNotFoundError:
            continue
        parts.append(f"\n### `{name}`\n\n{header}")
        parts += [table_row(s) for s in module.SETTINGS]
    return "\n".join(parts)


if __name__ == "__main__":
    print(settings_tables())


def test_every_label_is_in_the_readme_with_its_default():
    from pelican_masthead.labels import DEFAULT_LABELS

    for key, text in DEFAULT_LABELS.items():
        assert f"| `{key}` | {text} |" in README, key
