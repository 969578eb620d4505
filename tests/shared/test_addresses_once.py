"""Each article's absolute address is worked out once per pass and shared by
share links, Open Graph, JSON-LD and citations; Pelican's ``url`` is left as
Pelican makes it."""

from __future__ import annotations

import contextvars
from collections import Counter

from conftest import ALL_PLUGINS
from pelican_masthead import structured_data


def test_each_address_is_worked_out_once_and_used_everywhere(site, monkeypatch):
    worked_out: Counter = Counter()
    real = structured_data._content_address

    def counting(siteurl, content):
        worked_out[content.source_path] += 1
        return real(siteurl, content)

    monkeypatch.setattr(structured_data, "_content_address", counting)
    site.write("people/ana-kova.md", "Title: Ana Kova\n\nAna counts wells.\n")
    for number in (1, 2):
        site.write(
            f"a{number}.md",
            f"Title: Wells {number}\nDate: 2024-01-0{number}\nAuthor: Ana Kova\n\n"
            "Text.\n",
        )
    site.build(PLUGINS=ALL_PLUGINS)
    assert sorted(worked_out.values()) == [1, 1]
    page = site.page("wells-1.html")
    address = "https://example.org/wells-1.html"
    assert page.find("meta", property="og:url")["content"] == address
    assert page.find("link", rel="canonical")["href"] == address
    assert address in page.find("script", type="application/ld+json").string
    share = page.find(attrs={"data-share-url": True})
    assert share["data-share-url"] == address


def test_addresses_outside_a_build_are_worked_out_each_time():
    class Content:
        url = "a.html"
        save_as = "a.html"

    def ask_twice() -> list[str]:
        item = Content()
        first = structured_data.content_address("https://x.org", item)
        item.url = "b.html"
        return [first, structured_data.content_address("https://x.org", item)]

    # A new context: no build is under way in it.
    asked = contextvars.Context().run(ask_twice)
    assert asked == ["https://x.org/a.html", "https://x.org/b.html"]
