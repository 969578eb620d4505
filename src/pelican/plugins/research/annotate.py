"""What an article page shows and says of itself, set on the article just
before it is written: the PDF download, Google Scholar's tags, the
fediverse creators, the disclosure and the reply link."""

from __future__ import annotations

from pelican_masthead.choices import yes_or_no
from pelican_masthead.inline_markup import inline_html
from pelican_masthead.labels import labels_for
from pelican_masthead.problems import report
from pelican_masthead.structured_data import absolute_url

from .fediverse import fediverse_creators
from .pdf import PdfDownload, size_label
from .replies import reply_url
from .scholar import scholar_tags
from .settings import ResearchConfig


def annotate(article, config: ResearchConfig, settings: dict, pdf) -> None:
    """Set the research attributes of ``article``; ``pdf`` is its found
    ``(PdfSource, Static)`` or None."""
    words = labels_for(settings, getattr(article, "lang", None))
    siteurl = str(settings.get("SITEURL") or "")
    article.pdf_download = None
    if pdf is not None:
        source, static = pdf
        article.pdf_download = PdfDownload(
            static.url, source.size, size_label(source.size, words)
        )
    pdf_url = (
        absolute_url(siteurl, article.pdf_download.url) if article.pdf_download else ""
    )
    article.scholar_meta = scholar_tags(article, config.publisher, pdf_url)
    article.fediverse_creators = fediverse_creators(article)
    article.disclosure_note = inline_html(
        str(article.metadata.get("disclosure") or "").strip()
    )
    article.reply_url = ""
    if config.reply_email and _wants_replies(article):
        article.reply_url = reply_url(
            config.reply_email, article, words["reply_subject"]
        )


def _wants_replies(article) -> bool:
    value = article.metadata.get("replies", True)
    choice = yes_or_no(value)
    if choice is None:
        report(
            f"{article.relative_source_path}: 'Replies' is {value!r}, but must be "
            "yes or no; the reply link is shown."
        )
        return True
    return choice
