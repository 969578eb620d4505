"""The plugins' template folders in a generator's environment."""

from __future__ import annotations

from types import SimpleNamespace

from jinja2 import ChoiceLoader, DictLoader, Environment
from pelican_masthead.templates import add_template_folder

PAGE = (
    "{% for i in range(3) %}"
    '{% include "masthead/cite.html" ignore missing %}'
    "{% endfor %}"
)


class CountingLoader(DictLoader):
    def __init__(self, mapping):
        super().__init__(mapping)
        self.asked: list[str] = []

    def get_source(self, environment, template):
        self.asked.append(template)
        return super().get_source(environment, template)


def generator(theme: CountingLoader):
    return SimpleNamespace(env=Environment(loader=ChoiceLoader([theme])))


def test_a_snippet_no_folder_has_is_looked_for_once_per_build(tmp_path):
    # A theme includes the snippets of plugins the site may not enable:
    # asked on every page, each folder cost a file-system check.
    theme = CountingLoader({"page.html": PAGE})
    gen = generator(theme)
    add_template_folder(gen, tmp_path)
    page = gen.env.get_template("page.html")
    assert page.render() == page.render() == ""
    assert theme.asked.count("masthead/cite.html") == 1


def test_a_folder_added_later_is_searched_for_a_name_missing_so_far(tmp_path):
    theme = CountingLoader({"page.html": PAGE})
    gen = generator(theme)
    add_template_folder(gen, tmp_path / "first")
    assert gen.env.get_template("page.html").render() == ""
    research = tmp_path / "research"
    (research / "masthead").mkdir(parents=True)
    (research / "masthead" / "cite.html").write_text("Cite. ", encoding="utf-8")
    add_template_folder(gen, research)
    assert gen.env.get_template("page.html").render() == "Cite. " * 3
