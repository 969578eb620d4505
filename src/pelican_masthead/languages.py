"""Language codes as the plugins compare them."""

from __future__ import annotations

# Right-to-left languages, by primary subtag (as the theme's _macros.html).
RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi"}
)


def tag_of(lang: str) -> str:
    """A language code in one spelling: lower case, "-" between subtags."""
    return lang.strip().replace("_", "-").lower()


def primary(lang: str) -> str:
    """The language itself, without script or region: "pt-BR" -> "pt"."""
    return tag_of(lang).split("-")[0]


def widening(lang: str) -> list[str]:
    """The tag and the wider tags it falls back on, widest first:
    "zh-Hant-TW" -> ["zh", "zh-hant", "zh-hant-tw"]."""
    parts = tag_of(lang).split("-")
    return ["-".join(parts[:end]) for end in range(1, len(parts) + 1)]


def direction(lang: str) -> str:
    return "rtl" if primary(lang) in RTL_LANGUAGES else "ltr"
