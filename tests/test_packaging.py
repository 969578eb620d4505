"""The distribution installs the four plugins where Pelican looks for them."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ALL_PLUGINS, ROOT


@pytest.mark.parametrize("name", ALL_PLUGINS)
def test_each_plugin_is_installed_in_pelicans_namespace(name):
    module = importlib.import_module(name)
    assert callable(module.register)
    # The suite tests the installed package, as a site maintainer gets it.
    assert ROOT / "plugins" not in Path(module.__file__).parents


def test_pelican_lists_the_plugins():
    pelican_plugins = Path(sys.executable).with_name("pelican-plugins")
    listed = subprocess.run(
        [str(pelican_plugins)], capture_output=True, text=True, check=True
    ).stdout
    for name in ALL_PLUGINS:
        assert name in listed


def test_shared_code_is_not_mistaken_for_a_plugin():
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("pelican.plugins.pelican_masthead")
