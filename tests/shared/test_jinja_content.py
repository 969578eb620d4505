"""Jinja in content: off unless a site asks, and sandboxed when it does."""

from __future__ import annotations

import importlib.metadata
import logging

import pytest
from conftest import THEME
from pelican.plugins import _utils as plugin_utils
from pelican_masthead.jinja_content import ContentSandbox
from pelican_masthead.problems import StrictModeError
from pelican_masthead.settings import SettingsError

MASTHEAD = ["pelican.plugins.author_profiles", "pelican.plugins.reading_time"]
JINJA = {"PLUGINS": MASTHEAD, "MASTHEAD_JINJA_CONTENT": True}
TEXT = "Title: {title}\nDate: 2024-01-01\n\n{body}\n"

SAMPLES = """\
Title: Templates for beginners
Date: 2024-01-01

A Django template prints a value and tests a condition:

```django
<h1>{{ x }}</h1>
{% if reader.is_new %}Welcome!{% endif %}
{# c #}
```

## Method {#method}

The end.
"""

# The payload of the brief: run `id` on the build machine, publish its output.
PAYLOAD = """\
Title: Innocent
Date: 2024-01-01

Before the payload.

{{ cycler.__init__.__globals__.os.popen("id").read() }}

After the payload.
"""
PAYLOAD_LINE = 6


def runtime_requirements() -> list[str]:
    required = importlib.metadata.requires("pelican-masthead") or []
    return [r for r in required if "extra ==" not in r]


def hide_jinja2content(monkeypatch) -> None:
    """Pelican's discovery finds only what installing pelican-masthead brings.

    The tests' environment has pelican-jinja2content (the test extra); a
    site that installs pelican-masthead alone has it only as a dependency.
    """
    if any("jinja2content" in r.lower() for r in runtime_requirements()):
        return
    find = plugin_utils.get_namespace_plugins

    def without_it(*args, **kwargs):
        plugins = find(*args, **kwargs)
        plugins.pop("pelican.plugins.jinja2content", None)
        return plugins

    monkeypatch.setattr(plugin_utils, "get_namespace_plugins", without_it)


def test_installing_pelican_masthead_does_not_install_jinja2content():
    runtime = runtime_requirements()
    assert not [r for r in runtime if "jinja2content" in r.lower()], runtime


def test_a_site_with_no_plugins_setting_keeps_jinja_samples_as_written(
    site, monkeypatch, warnings_logged
):
    hide_jinja2content(monkeypatch)
    site.write("samples.md", SAMPLES)
    site.build(PLUGINS=None, THEME=str(THEME))
    page = site.page("templates-for-beginners.html")
    # Our plugins were discovered and ran.
    assert page.select_one(".masthead-reading-time")
    code = page.select_one("pre").get_text()
    assert "<h1>{{ x }}</h1>" in code
    assert "{% if reader.is_new %}Welcome!{% endif %}" in code
    assert "{# c #}" in code
    assert page.find(id="method")
    assert not [m for m in warnings_logged() if "samples.md" in m]


def test_plain_files_are_not_rendered_and_jinja_files_are(site, monkeypatch):
    rendered = []
    original = ContentSandbox.from_string

    def counting(self, source, *args, **kwargs):
        rendered.append(source)
        return original(self, source, *args, **kwargs)

    monkeypatch.setattr(ContentSandbox, "from_string", counting)
    site.write("plain.md", TEXT.format(title="Plain", body="Rivers & *roads* <b>x</b>"))
    loop = "{% for n in range(3) %}word{{ n }} {% endfor %}"
    site.write("loop.md", TEXT.format(title="Loop", body=loop))
    site.build(**JINJA)
    assert len(rendered) == 1 and "Loop" in rendered[0]
    assert "word0 word1 word2" in site.page("loop.html").get_text()
    plain = site.page("plain.html").select_one(".entry-content")
    assert "Rivers & roads x" in plain.get_text(" ", strip=True)
    assert plain.em and plain.b


def test_the_sites_templates_globals_and_filters_serve_content(site):
    snippets = site.root / "snippets"
    snippets.mkdir()
    (snippets / "note.html").write_text("<aside>Note from {{ centre }}</aside>")
    body = '{% include "note.html" %}\n\nRead by {{ "the desk" | shout }}.'
    site.write("notes.md", TEXT.format(title="Notes", body=body))
    site.build(
        JINJA2CONTENT_TEMPLATES=[str(snippets)],
        JINJA_GLOBALS={"centre": "Larkfield"},
        JINJA_FILTERS={"shout": str.upper},
        **JINJA,
    )
    text = site.page("notes.html").get_text()
    assert "Note from Larkfield" in text and "Read by THE DESK." in text


def refused(messages: list[str], source: str) -> list[str]:
    return [m for m in messages if m.startswith(source) and "internals" in m]


def assert_payload_refused(site, messages: list[str]) -> None:
    html = (site.output / "innocent.html").read_text(encoding="utf-8")
    assert "uid=" not in html
    assert "Before the payload." in html and "After the payload." in html
    [message] = refused(messages, "innocent.md")
    assert message.startswith(f"innocent.md (line {PAYLOAD_LINE}):")
    assert "'__init__'" in message


def test_python_internals_are_refused_with_the_setting(site, warnings_logged):
    site.write("innocent.md", PAYLOAD)
    site.build(**JINJA)
    assert_payload_refused(site, warnings_logged())


def test_python_internals_are_refused_with_jinja2content_listed(site, warnings_logged):
    pytest.importorskip("pelican.plugins.jinja2content")
    site.write("innocent.md", PAYLOAD)
    site.build(PLUGINS=["pelican.plugins.jinja2content", *MASTHEAD])
    assert_payload_refused(site, warnings_logged())


def test_python_internals_are_refused_with_jinja2content_discovered(
    site, warnings_logged, monkeypatch
):
    pytest.importorskip("pelican.plugins.jinja2content")
    # pelican-yaml-metadata (another test extra), discovered after it, would
    # take the Markdown reader back from jinja2content's.
    find = plugin_utils.get_namespace_plugins

    def without_yaml(*args, **kwargs):
        plugins = find(*args, **kwargs)
        plugins.pop("pelican.plugins.yaml_metadata", None)
        return plugins

    monkeypatch.setattr(plugin_utils, "get_namespace_plugins", without_yaml)
    site.write("innocent.md", PAYLOAD)
    site.build(PLUGINS=None, THEME=str(THEME))
    assert_payload_refused(site, warnings_logged())


@pytest.mark.parametrize(
    "expression",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        '{{ "{0.__class__.__base__.__subclasses__}".format(1) }}',
        "{{ (lipsum | attr('__globals__'))['os'].popen('id').read() }}",
        "{% for c in [].__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
    ],
)
def test_other_ways_in_are_refused_too(site, warnings_logged, expression):
    site.write("probe.md", TEXT.format(title="Probe", body=f"Kept.\n\n{expression}"))
    site.build(**JINJA)
    html = (site.output / "probe.html").read_text(encoding="utf-8")
    assert "Kept." in html and "subclasses" not in html and "uid=" not in html
    [message] = refused(warnings_logged(), "probe.md")
    # Title, Date, a blank line, "Kept.", a blank line, the expression.
    assert message.startswith("probe.md (line 6):")


def test_strict_mode_fails_the_build_on_an_attempt(site):
    site.write("innocent.md", PAYLOAD)
    with pytest.raises(StrictModeError) as failure:
        site.build(MASTHEAD_STRICT=True, **JINJA)
    assert f"innocent.md (line {PAYLOAD_LINE})" in str(failure.value)


def test_the_build_says_once_that_content_runs_as_jinja(site, caplog):
    caplog.set_level(logging.INFO, logger="pelican_masthead")
    site.write("loop.md", TEXT.format(title="Loop", body="{{ 1 + 1 }}"))
    site.build(**JINJA)
    said = [r.getMessage() for r in caplog.records if "as Jinja" in r.getMessage()]
    assert len(said) == 1
    assert "trusted writers" in said[0] and "time nor the memory" in said[0]
    caplog.clear()
    site.build(PLUGINS=MASTHEAD)
    assert not [r for r in caplog.records if "as Jinja" in r.getMessage()]


def test_a_setting_of_the_wrong_type_stops_the_build(site):
    site.write("a.md", TEXT.format(title="A", body="Text."))
    with pytest.raises(SettingsError, match=r"^MASTHEAD_JINJA_CONTENT"):
        site.build(PLUGINS=MASTHEAD, MASTHEAD_JINJA_CONTENT="yes")


@pytest.mark.parametrize("target_exists", [True, False])
def test_an_include_of_a_link_to_a_file_outside_is_refused(
    site, warnings_logged, target_exists
):
    # Jinja refuses '..' in an include, but follows a link: one placed in the
    # content folder would publish any file of the machine.
    secret = site.root / "private" / "secret.txt"
    if target_exists:
        secret.parent.mkdir()
        secret.write_text("private-note-41\n")
    (site.content / "notes").mkdir()
    (site.content / "notes" / "note.txt").write_text("A note from the desk.\n")
    (site.content / "secret.txt").symlink_to(secret)
    body = "Before.\n\n{% include 'secret.txt' %}\n\n{% include 'notes/note.txt' %}"
    site.write("leak.md", TEXT.format(title="Leak", body=body))
    site.build(**JINJA)
    html = (site.output / "leak.html").read_text(encoding="utf-8")
    assert "private-note-41" not in html
    assert "Before." in html and "A note from the desk." in html
    [message] = [m for m in warnings_logged() if "secret.txt" in m]
    # The same answer whether or not the target is there.
    assert message.startswith("leak.md (line 6): 'secret.txt', included, is a link")
    assert "outside" in message
