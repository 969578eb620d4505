"""Markdown prose from a fixed vocabulary, driven by a seeded ``random.Random``.

The text means little, but it has the shape of a think-tank article: headings,
paragraphs with emphasis and links, lists, quotations, charts and code, in
English, Urdu or Chinese.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from vocabulary import (
    ADJECTIVES,
    ADVERBS,
    CHINESE_PHRASES,
    CODE_SNIPPETS,
    CONNECTIVES,
    NOUNS,
    URDU_WORDS,
    VERBS,
)

# Named, since they look like ASCII punctuation in an editor.
URDU_FULL_STOP = "\N{ARABIC FULL STOP}"
CHINESE_COMMA = "\N{FULLWIDTH COMMA}"
CHINESE_FULL_STOP = "\N{IDEOGRAPHIC FULL STOP}"


def plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    return noun + "s"


def a(word: str) -> str:
    """The word with its indefinite article."""
    return f"an {word}" if word[:1].lower() in "aeiou" else f"a {word}"


def title_case(words: list[str]) -> str:
    small = {"a", "an", "and", "as", "at", "for", "in", "of", "on", "the", "to"}
    return " ".join(
        w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


def english_title(rng: random.Random) -> str:
    shape = rng.randrange(5)
    noun, other = rng.choice(NOUNS), rng.choice(NOUNS)
    adj = rng.choice(ADJECTIVES)
    if shape == 0:
        words = ["the", adj, noun, "and", "the", plural(other)]
    elif shape == 1:
        words = ["why", "the", noun, rng.choice(VERBS), plural(other)]
    elif shape == 2:
        words = ["what", *a(adj).split(), noun, "means", "for", plural(other)]
    elif shape == 3:
        words = [
            adj,
            plural(noun),
            "in",
            *a(adj).split(),
            rng.choice(("year", "decade")),
        ]
    else:
        words = ["counting", "the", plural(noun), "of", *a(adj).split(), other]
    return title_case(words)


def english_sentence(rng: random.Random) -> str:
    adj, adj2 = rng.choice(ADJECTIVES), rng.choice(ADJECTIVES)
    noun, noun2, noun3 = rng.choice(NOUNS), rng.choice(NOUNS), rng.choice(NOUNS)
    verb = rng.choice(VERBS)
    shape = rng.randrange(6)
    if shape == 0:
        text = f"{rng.choice(CONNECTIVES)}, the {adj} {noun} {verb} the {noun2}"
    elif shape == 1:
        text = (
            f"The {noun} {rng.choice(ADVERBS)} {verb} {adj} {plural(noun2)}, "
            f"and the {noun3} {rng.choice(VERBS)} the rest"
        )
    elif shape == 2:
        share = rng.randint(2, 95)
        text = (
            f"About {share} per cent of {adj} {plural(noun)} report {a(noun2)} "
            f"below the {adj2} {noun3}"
        )
    elif shape == 3:
        text = f"{a(adj)} {noun} {verb} more than {a(adj2)} {noun2} ever could"
    elif shape == 4:
        text = (
            f"Where the {noun} is {adj}, each {noun2} {verb} the {noun3} "
            f"for {rng.randint(2, 40)} {rng.choice(('days', 'weeks', 'years'))}"
        )
    else:
        text = f"No {noun} {verb} {a(adj)} {noun2} on its own"
    return text[0].upper() + text[1:] + "."


@dataclass
class Article:
    """What the body of one article may link to and show."""

    links: list[str] = field(default_factory=list)  # {filename} targets
    images: list[str] = field(default_factory=list)  # {static} targets
    code: bool = False


def english_paragraph(rng: random.Random, article: Article) -> str:
    sentences = [english_sentence(rng) for _ in range(rng.randint(3, 6))]
    i = rng.randrange(len(sentences))
    words = sentences[i].rstrip(".").split(" ")
    if len(words) > 4 and rng.random() < 0.35:
        start = rng.randrange(1, len(words) - 2)
        phrase = " ".join(words[start : start + 2])
        roll = rng.random()
        if roll < 0.3 and article.links:
            marked = f"[{phrase}]({{filename}}/{rng.choice(article.links)})"
        elif roll < 0.55:
            marked = f"[{phrase}](https://data.example/{words[start].lower()}/)"
        elif roll < 0.8:
            marked = f"*{phrase}*"
        else:
            marked = f"**{phrase}**"
        words[start : start + 2] = [marked]
        sentences[i] = " ".join(words) + "."
    return " ".join(sentences)


def english_body(rng: random.Random, target_words: int, article: Article) -> str:
    blocks = [english_paragraph(rng, article), english_paragraph(rng, article)]
    images = list(article.images)
    code = article.code
    since_heading = 2
    while _count(blocks) < target_words:
        roll = rng.random()
        if roll < 0.12 and since_heading >= 2:
            level = "###" if since_heading < 4 and rng.random() < 0.3 else "##"
            blocks.append(f"{level} {english_title(rng)}")
            since_heading = 0
            continue
        if roll < 0.2:
            blocks.append(_english_list(rng))
        elif roll < 0.25:
            quote = " ".join(english_sentence(rng) for _ in range(rng.randint(1, 3)))
            blocks.append(f"> {quote}")
        elif roll < 0.31 and images:
            name = images.pop(0)
            alt = f"Chart: {english_sentence(rng).rstrip('.').lower()}"
            blocks.append(f"![{alt}]({{static}}/images/{name})")
        elif roll < 0.35 and code:
            language, snippet = rng.choice(CODE_SNIPPETS)
            blocks.append(f"```{language}\n{snippet}```")
            code = False
        else:
            blocks.append(english_paragraph(rng, article))
        since_heading += 1
    return "\n\n".join(blocks) + "\n"


def _english_list(rng: random.Random) -> str:
    ordered = rng.random() < 0.4
    items = []
    for n in range(1, rng.randint(3, 6) + 1):
        text = english_sentence(rng)
        items.append(f"{n}. {text}" if ordered else f"- {text}")
    return "\n".join(items)


def _count(blocks: list[str]) -> int:
    return sum(len(block.split()) for block in blocks)


def urdu_text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(URDU_WORDS) for _ in range(words))


def urdu_body(rng: random.Random, target_words: int) -> str:
    blocks: list[str] = []
    while _count(blocks) < target_words:
        if blocks and rng.random() < 0.12:
            blocks.append(f"## {urdu_text(rng, rng.randint(3, 6))}")
            continue
        sentences = [
            urdu_text(rng, rng.randint(6, 14)) + URDU_FULL_STOP
            for _ in range(rng.randint(3, 6))
        ]
        blocks.append(" ".join(sentences))
    return "\n\n".join(blocks) + "\n"


def chinese_text(rng: random.Random, phrases: int) -> str:
    return "".join(rng.choice(CHINESE_PHRASES) for _ in range(phrases))


def chinese_body(rng: random.Random, target_words: int) -> str:
    # A Chinese reader reads characters, not spaced words: about two
    # characters stand for one English word of the target.
    blocks: list[str] = []
    while sum(len(b) for b in blocks) < target_words * 2:
        if blocks and rng.random() < 0.12:
            blocks.append(f"## {chinese_text(rng, rng.randint(2, 4))}")
            continue
        sentences = [
            f"{chinese_text(rng, rng.randint(3, 6))}{CHINESE_COMMA}"
            f"{chinese_text(rng, rng.randint(3, 8))}{CHINESE_FULL_STOP}"
            for _ in range(rng.randint(3, 6))
        ]
        blocks.append("".join(sentences))
    return "\n\n".join(blocks) + "\n"
