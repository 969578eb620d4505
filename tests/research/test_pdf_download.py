"""``Pdf:`` on an article: the file copied by Pelican, a download link with
its size, and Scholar's ``citation_pdf_url``; nothing read from outside the
content folder."""

import os

import pytest
from conftest import ALL_PLUGINS, THEME
from pelican.plugins.research.pdf import size_label
from pelican.settings import DEFAULT_CONFIG
from pelican_masthead.labels import labels_for

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def write_pdf(site, relative: str, size: int = 0) -> None:
    path = site.content / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(PDF + b"%" * max(0, size - len(PDF)))


def article(site, pdf_field: str, folder: str = "") -> None:
    site.write(
        f"{folder}report.md",
        "Title: Report\nDate: 2024-05-02\nAuthor: Ana Kova\n"
        f"Pdf: {pdf_field}\n\nText.\n",
    )


def download(page):
    return page.select_one('[data-masthead="pdf-download"]')


def pdf_url_tag(page) -> str:
    tag = page.head.find("meta", attrs={"name": "citation_pdf_url"})
    return tag["content"] if tag else ""


@pytest.mark.parametrize(
    ("field", "folder"),
    [
        ("{static}/reports/full.pdf", ""),
        ("/reports/full.pdf", ""),
        ("{static}../reports/full.pdf", "articles/"),
        ("|static|/reports/full.pdf", ""),
    ],
)
def test_a_static_pdf_is_copied_and_linked_with_its_size(site, field, folder):
    write_pdf(site, "reports/full.pdf", size=250_000)
    article(site, field, folder)
    site.build(PLUGINS=ALL_PLUGINS)
    assert (site.output / "reports" / "full.pdf").read_bytes()[:5] == b"%PDF-"
    page = site.page("report.html")
    link = download(page).select_one("a")
    assert link["href"] == "https://example.org/reports/full.pdf"
    assert "244 KB" in download(page).get_text()
    assert pdf_url_tag(page) == "https://example.org/reports/full.pdf"


def test_an_attached_pdf_sits_beside_its_article(site):
    write_pdf(site, "2024/report/full.pdf")
    article(site, "{attach}full.pdf", "2024/report/")
    site.build(
        PLUGINS=ALL_PLUGINS,
        ARTICLE_URL="{date:%Y}/{slug}/",
        ARTICLE_SAVE_AS="{date:%Y}/{slug}/index.html",
    )
    assert (site.output / "2024" / "report" / "full.pdf").exists()
    page = site.page("2024/report/index.html")
    assert pdf_url_tag(page) == "https://example.org/2024/report/full.pdf"
    assert download(page).select_one("a")["href"] == pdf_url_tag(page)


def test_our_theme_shows_the_download_once(site):
    write_pdf(site, "reports/full.pdf", size=3 * 1024 * 1024 // 2)
    article(site, "{static}/reports/full.pdf")
    site.build(PLUGINS=ALL_PLUGINS, THEME=str(THEME))
    page = site.page("report.html")
    [shown] = page.select('[data-masthead="pdf-download"]')
    assert "1.5 MB" in shown.get_text()
    assert shown.find_parent("article") is not None


@pytest.mark.parametrize(
    ("field", "why"),
    [
        ("{static}/reports/missing.pdf", "not a file inside the content folder"),
        ("{static}/../secret.pdf", "outside the content folder"),
        ("https://example.org/x.pdf", "web address"),
        ("{static}/reports/fake.pdf", "not a PDF"),
    ],
)
def test_a_pdf_that_cannot_be_used_is_named_and_left_out(
    site, warnings_logged, field, why
):
    (site.root / "secret.pdf").write_bytes(PDF)
    site.write("reports/fake.pdf", "<html>not a pdf</html>")
    article(site, field)
    site.build(PLUGINS=ALL_PLUGINS)
    warned = [m for m in warnings_logged() if "report.md" in m and "'Pdf'" in m]
    assert len(warned) == 1 and why in warned[0], warnings_logged()
    page = site.page("report.html")
    assert download(page) is None and not pdf_url_tag(page)
    assert not (site.output / "secret.pdf").exists()
    assert "Text." in page.get_text()  # the article is still there


def test_a_link_leading_outside_the_content_folder_is_refused(site, warnings_logged):
    secret = site.root / "outside.pdf"
    secret.write_bytes(PDF)
    (site.content / "reports").mkdir(parents=True)
    os.symlink(secret, site.content / "reports" / "linked.pdf")
    article(site, "{static}/reports/linked.pdf")
    site.build(PLUGINS=ALL_PLUGINS)
    warned = [m for m in warnings_logged() if "'Pdf'" in m]
    assert len(warned) == 1 and "outside the content folder" in warned[0]
    assert download(site.page("report.html")) is None
    assert not list(site.output.rglob("linked.pdf"))


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (10, "1 KB"),
        (1536, "2 KB"),
        (1023 * 1024, "1,023 KB"),
        (1024 * 1024 - 1, "1.0 MB"),
        (int(1.44 * 1024 * 1024), "1.4 MB"),
        (25 * 1024 * 1024, "25.0 MB"),
    ],
)
def test_sizes_read_as_file_managers_show_them(size, shown):
    assert size_label(size, labels_for(dict(DEFAULT_CONFIG), "en")) == shown


@pytest.mark.parametrize(
    ("lang", "shown"), [("fr", "2,5 Mo"), ("de", "2,5 MB"), ("ar-EG", "٢٫٥")]
)
def test_sizes_are_written_in_the_articles_language(lang, shown):
    # The shipped catalogs give the units; Babel the digits and decimal mark.
    labels = labels_for(dict(DEFAULT_CONFIG), lang)
    assert shown in size_label(int(2.5 * 1024 * 1024), labels)
