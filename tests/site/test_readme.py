"""The README and the docs stay true: the README's commands are what CI runs,
the settings reference is what the code declares, and every link leads somewhere."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys

from conftest import ROOT
from pelican_masthead.labels import DEFAULT_LABELS, LABELS_SETTING, STRICT_SETTING

README = (ROOT / "README.md").read_text(encoding="utf-8")
REFERENCE = ROOT / "docs" / "settings.md"
GENERATOR = ROOT / "scripts" / "reference"
PLUGINS = ["author_profiles", "staff_roles", "reading_time", "share_block", "research"]


def test_ci_runs_the_test_command_the_readme_gives():
    commands = re.findall(r"```sh\n(.*?)\n```", README, re.DOTALL)
    assert "./scripts/serve" in commands
    [every_test] = [c for c in commands if c.startswith("./scripts/test")]
    ci = (ROOT / ".ci" / "run").read_text()
    assert every_test in ci.splitlines()


def test_the_readme_stays_short_and_points_to_the_reference():
    assert len(README.encode("utf-8")) < 8 * 1024
    assert "(docs/settings.md)" in README
    # The tables live in docs/settings.md only.
    assert "| setting | default |" not in README


def test_the_settings_reference_is_what_the_generator_writes():
    result = subprocess.run(
        [sys.executable, str(GENERATOR), "--stdout"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    committed = REFERENCE.read_text(encoding="utf-8")
    assert result.stdout == committed, (
        "docs/settings.md differs from the settings the code declares; "
        "run `.venv/bin/python scripts/reference` and commit docs/settings.md."
    )


def test_the_reference_lists_every_setting_and_label_with_its_default():
    """Guards the generator's discovery: nothing declared is left out."""
    reference = REFERENCE.read_text(encoding="utf-8")
    declared = [LABELS_SETTING, STRICT_SETTING]
    for name in PLUGINS:
        declared += importlib.import_module(f"pelican.plugins.{name}.settings").SETTINGS
        assert f"\n## `{name}`\n" in reference
    for setting in declared:
        assert f"| `{setting.name}` | `{setting.default!r}` |" in reference
    for key, text in DEFAULT_LABELS.items():
        shown = text if text == text.strip() else f"`{text!r}`"
        assert f"| `{key}` | {shown} |" in reference


def test_every_relative_link_in_the_docs_leads_to_a_file():
    pages = [ROOT / "README.md", ROOT / "CHANGELOG.md", *(ROOT / "docs").glob("*.md")]
    broken = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)\s]+)\)|src=\"([^\"]+)\"", text):
            link = (target[0] or target[1]).split("#")[0]
            if not link or re.match(r"[a-z]+:", link):
                continue
            if not (page.parent / link).exists():
                broken.append(f"{page.relative_to(ROOT)}: {link}")
    assert not broken, broken
