"""research: what research publications need beyond bylines.

Cite this (APA and Chicago, BibTeX and RIS files, Google Scholar's tags, PDF
downloads), corrections and updates, disclosures, and reader replies by email.
"""

from .wiring import connect as register

__all__ = ["register"]
