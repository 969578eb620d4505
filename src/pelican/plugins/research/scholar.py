"""Google Scholar's citation tags (Highwire Press) for an article's head.

Scholar reads ``<meta name="citation_...">`` tags: the title, one
``citation_author`` per author in byline order (each followed by that
author's institution and ORCID iD), the publication date as YYYY/MM/DD, the
publisher and the full text's PDF. Only the article's authors are named:
editors, reviewers and translators are not its authors.
"""

from __future__ import annotations

from pelican_masthead.structured_data import title_text


def scholar_tags(article, publisher: str, pdf_url: str = "") -> list[tuple[str, str]]:
    """The (name, content) pairs of an article's tags, in order; empty values
    are left out."""
    tags = [("citation_title", title_text(article))]
    for author in getattr(article, "authors", None) or []:
        tags.append(("citation_author", str(getattr(author, "name", author))))
        tags.append(
            ("citation_author_institution", getattr(author, "affiliation", "") or "")
        )
        tags.append(("citation_author_orcid", getattr(author, "orcid", "") or ""))
    published = getattr(article, "date", None)
    if published is not None:
        tags.append(("citation_publication_date", published.strftime("%Y/%m/%d")))
    tags.append(("citation_publisher", publisher))
    tags.append(("citation_pdf_url", pdf_url))
    return [(name, value) for name, value in tags if value]
