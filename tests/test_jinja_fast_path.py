"""Plain Markdown skips pelican-jinja2content; Markdown with Jinja does not."""

from __future__ import annotations

from pelican.plugins.jinja2content.jinja2content import JinjaContentMixin

PLUGINS = ["pelican.plugins.jinja2content", "pelican.plugins.author_profiles"]
TEXT = "Title: {title}\nDate: 2024-01-01\n\n{body}\n"


def test_plain_files_read_as_before_and_jinja_still_renders(site, monkeypatch):
    rendered = []
    original = JinjaContentMixin.read

    def counting(self, source_path):
        rendered.append(source_path)
        return original(self, source_path)

    monkeypatch.setattr(JinjaContentMixin, "read", counting)
    site.write("plain.md", TEXT.format(title="Plain", body="Rivers & *roads* <b>x</b>"))
    loop = "{% for n in range(3) %}word{{ n }} {% endfor %}"
    site.write("loop.md", TEXT.format(title="Loop", body=loop))
    site.build(PLUGINS=PLUGINS)
    assert len(rendered) == 1 and rendered[0] != "plain.md"
    assert "word0 word1 word2" in site.page("loop.html").get_text()
    plain = site.page("plain.html").select_one(".entry-content")
    assert "Rivers & roads x" in plain.get_text(" ", strip=True)
    assert plain.em and plain.b
