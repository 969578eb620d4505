"""Every page of the example site is valid HTML, as the Nu Html Checker sees it."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

from conftest import ROOT

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def check_html(paths: list[Path]) -> list[dict]:
    """The Nu Html Checker's errors for ``paths``, checked in one Java run.

    One run for all files: starting Java costs more than checking a page.
    """
    assert VNU_JAR.exists(), (
        f"{VNU_JAR} is missing: `npm ci` (run by scripts/setup --tests) installs it"
    )
    java = shutil.which("java")
    assert java, "the Nu Html Checker needs Java on the PATH"
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--stdout"]
        + [str(path) for path in paths],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise AssertionError(
            f"the checker gave no report (exit {result.returncode}):\n"
            + result.stdout
            + result.stderr
        ) from None
    errors = [m for m in report["messages"] if m["type"] != "info"]
    # The checker's exit status and its report must agree; a run that failed
    # for another reason (a file it could not read) must not pass quietly.
    assert bool(errors) == bool(result.returncode), result.stderr
    return errors


def describe(error: dict, root: Path) -> str:
    path = Path(unquote(urlsplit(error.get("url", "")).path))
    where = path.relative_to(root) if path.is_relative_to(root) else path
    line = error.get("lastLine", "?")
    extract = " ".join(error.get("extract", "").split())
    text = f"{where}:{line}: {error['message']}"
    return f"{text}\n    {extract}" if extract else text


def test_every_page_of_the_example_site_is_valid_html(example_output):
    pages = sorted(example_output.rglob("*.html"))
    assert len(pages) >= 10, f"only {len(pages)} HTML pages were written"
    errors = check_html(pages)
    report = "\n".join(describe(error, example_output) for error in errors)
    print(report)
    assert not errors, f"{len(errors)} HTML errors:\n{report}"
