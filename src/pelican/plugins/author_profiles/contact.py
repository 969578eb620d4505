"""A person's media contact: an email address or a telephone number, from the
``Media_contact`` field, checked and made into a ``mailto:`` or ``tel:`` link.

Values come from content, so the checks are ``str`` methods and single
character classes: linear whatever the input.
"""

from __future__ import annotations

import re

from .links import NETWORKS, LinkError, build_link
from .person import MediaContact

# What a telephone number may be written with: digits and the separators
# people type (RFC 3966's visual separators, spaces, a leading "+").
_PHONE = re.compile(r"\+?[0-9 ().\-]+")
# ITU-T E.164: at most 15 digits; fewer than 5 is no number anyone can call.
_DIGITS = range(5, 16)
_EMAIL = next(network for network in NETWORKS if network.key == "email")


def media_contact(value: str) -> MediaContact:
    """Raises LinkError for what is neither an email address nor a number."""
    value = value.strip()
    if "@" in value:
        link = build_link(_EMAIL, value)
        return MediaContact("email", link.text, link.url, link.text)
    if not _PHONE.fullmatch(value):
        raise LinkError(
            f"{value!r} is neither an email address nor a telephone number "
            "(digits, spaces, - . ( ) and a leading +)"
        )
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) not in _DIGITS:
        raise LinkError(
            f"{value!r} has {len(digits)} digits; a telephone number has 5 to 15"
        )
    number = ("+" if value.startswith("+") else "") + digits
    return MediaContact("telephone", value, f"tel:{number}", number)
