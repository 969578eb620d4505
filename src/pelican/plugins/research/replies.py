"""Reader replies by email: a ``mailto:`` link to the site's letters address,
with the article's title as the subject."""

from __future__ import annotations

from urllib.parse import quote

from pelican_masthead.structured_data import title_text


def reply_address_problem(address: str) -> str:
    """Why ``address`` is not one email address, or ""."""
    local, at, domain = address.partition("@")
    if not (at and local and domain and "." in domain.strip(".")):
        return f"{address!r} is not an email address like letters@example.org"
    if any(
        c.isspace() or c in "<>\"'@,;:?&%#/\\" or ord(c) < 32 for c in local + domain
    ):
        return f"{address!r} has characters an email address cannot hold here"
    return ""


def reply_url(address: str, article, subject_label: str) -> str:
    """The ``mailto:`` address for replies to ``article``.

    Every character of the subject that is not plain is percent-encoded, a
    space as ``%20`` (mail programs show a ``+`` as it is).
    """
    subject = subject_label.format(title=title_text(article))
    return f"mailto:{address}?subject={quote(subject, safe='')}"
