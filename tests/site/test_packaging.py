"""The distribution installs the four plugins where Pelican looks for them."""

from __future__ import annotations

import importlib
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ALL_PLUGINS, ROOT


@pytest.mark.parametrize("name", ALL_PLUGINS)
def test_each_plugin_is_installed_in_pelicans_namespace(name):
    module = importlib.import_module(name)
    assert callable(module.register)


def test_pelican_lists_the_plugins():
    # The test environment has an editable install: Pelican's discovery must
    # find the plugins in it, as it does after `pip install pelican-masthead`.
    pelican_plugins = Path(sys.executable).with_name("pelican-plugins")
    listed = subprocess.run(
        [str(pelican_plugins)], capture_output=True, text=True, check=True
    ).stdout
    for name in ALL_PLUGINS:
        assert name in listed


def test_shared_code_is_not_mistaken_for_a_plugin():
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("pelican.plugins.pelican_masthead")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", folder, ROOT],
        check=True,
        capture_output=True,
    )
    [built] = folder.glob("pelican_masthead-*.whl")
    return zipfile.ZipFile(built)


@pytest.mark.full  # builds a wheel with pip
def test_a_wheel_holds_every_plugin_with_its_templates_and_files(wheel):
    names = set(wheel.namelist())
    for module in ALL_PLUGINS:
        folder = module.replace(".", "/")
        assert f"{folder}/__init__.py" in names
    for source in (ROOT / "src").rglob("*"):
        shipped = {".py", ".html", ".js", ".css", ".po", ".pot"}
        if source.is_file() and source.suffix in shipped:
            assert source.relative_to(ROOT / "src").as_posix() in names
    # Namespace packages: an __init__.py here would hide every other plugin.
    assert "pelican/__init__.py" not in names
    assert "pelican/plugins/__init__.py" not in names
