"""Themes that know nothing of the masthead plugins, and how to build the
example site with each: Pelican's own two and two from the package index."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

# Settings a site with the theme sets anyway; none is about the plugins.
THEME_SETTINGS = {
    "simple": {},
    "notmyidea": {},
    # Reflex reads CC_LICENSE['icon'], which fails when CC_LICENSE is unset.
    "reflex": {"CC_LICENSE": {}},
    "smallweb": {},
}
# The example site's DIRECT_TEMPLATES include our theme's 404.html.
COMMON = {"DIRECT_TEMPLATES": ["index", "tags", "categories", "authors", "archives"]}


def theme_path(name: str) -> Path:
    """The folder of an installed theme (``pelican.themes.<name>``)."""
    module = importlib.import_module(f"pelican.themes.{name}")
    return Path(next(iter(module.__path__)))


def build_example_with_theme(
    name: str, output: Path, siteurl: str | None = None
) -> subprocess.CompletedProcess:
    """Build the production example site with theme ``name`` into ``output``."""
    extra = [
        f"{key}={json.dumps(value)}"
        for key, value in {**COMMON, **THEME_SETTINGS[name]}.items()
    ]
    if siteurl is not None:
        extra.append(f"SITEURL={json.dumps(siteurl)}")
    pelican = Path(sys.executable).with_name("pelican")
    command = [str(pelican), "-s", "example_site/publishconf.py", "-o", str(output)]
    command += ["-t", str(theme_path(name)), "-e", *extra]
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, check=False
    )
