"""A site that writes no author pages (AUTHOR_SAVE_AS = "") gets no link to one."""

from __future__ import annotations

from conftest import ALL_PLUGINS, THEME


def test_no_link_leads_to_an_author_page_the_site_does_not_write(site, warnings_logged):
    site.write("people/ana-kova.md", "Title: Ana Kova\nRoles: Editor\n\nAna edits.\n")
    site.write(
        "a.md",
        "Title: A\nDate: 2024-01-01\nAuthors: Ana Kova; Ben Osei\n"
        "Editors: Ana Kova\n\nText.\n",
    )
    output = site.build(
        PLUGINS=ALL_PLUGINS,
        THEME=str(THEME),
        AUTHOR_SAVE_AS="",
        STAFF_SECTIONS={"Staff": ["Editor"]},
    )
    assert not (output / "author").exists()
    for page in output.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "/author/" not in html, page.relative_to(output)
    article = site.page("a.html")
    assert "Ana Kova" in article.select_one(".masthead-byline").get_text()
    assert "Ben Osei" in article.select_one(".masthead-byline").get_text()
    [warning] = [m for m in warnings_logged() if "with no profile" in m]
    assert "gets a page" not in warning
