"""Write a synthetic publication for the benchmarks.

    python benchmarks/generate_site.py OUT --articles 2000 --people 100 --seed 8

OUT/content gets ``articles/<year>/*.md``, ``people/*.md`` with portraits in
``people/photos/``, charts in ``images/`` and two pages, and Urdu profiles of
one person in five in ``people-translations/`` (read only by configurations
that add that folder to ``PEOPLE_PATHS``). Every choice comes
from ``random.Random`` seeded with the seed and the item's number, so the same
arguments give byte-identical files (with the same Pillow), and sites of
different sizes have the same people.

Roles come from the example site's ``STAFF_SECTIONS``. No file contains
``{{``, ``{%`` or ``{#``: pelican-jinja2content renders Markdown as Jinja.
"""

from __future__ import annotations

import argparse
import json
import random
import runpy
import shutil
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import images
import prose
from vocabulary import (
    CATEGORIES,
    FIRST_NAMES,
    HONORIFICS,
    SURNAMES,
    TAGS,
    TOPICS,
    UNPROFILED_NAMES,
    URDU_NAMES,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_SETTINGS = ROOT / "example_site" / "pelicanconf.py"
MARKER = ".benchmark-site.json"
JINJA_OPENERS = ("{{", "{%", "{#")
FIRST_DATE = datetime(2010, 1, 4, 9, 0)
ARCHIVE_DAYS = 16 * 365
CHARTS_SVG = 12
CHARTS_PNG = 6


def staff_sections() -> dict[str, list[str]]:
    return runpy.run_path(str(EXAMPLE_SETTINGS))["STAFF_SECTIONS"]


@dataclass
class PersonSpec:
    name: str
    slug: str
    section: str  # "" for guests
    fields: dict[str, str] = field(default_factory=dict)
    photo: bool = False
    weight: float = 1.0  # how often the person writes

    def byline_name(self, rng: random.Random) -> str:
        """The name as a writer might type it: mostly exact, sometimes not."""
        roll = rng.random()
        if roll < 0.05:
            return self.name.lower()
        if roll < 0.1 and self.fields.get("Honorific"):
            return f"{self.fields['Honorific']} {self.name}"
        if roll < 0.13 and self.fields.get("Aliases"):
            return self.fields["Aliases"]
        return self.name


@dataclass
class ArticleSpec:
    number: int
    path: str
    fields: dict[str, str]
    lang: str
    original: bool  # not a translation of another article


def slugify(text: str) -> str:
    kept = "".join(c.lower() if c.isalnum() else " " for c in text)
    return "-".join(kept.split())


# People -----------------------------------------------------------------


def make_people(count: int, seed: int, sections: dict[str, list[str]]):
    rng = random.Random(f"{seed}:people")
    pairs = [(f, s) for f in FIRST_NAMES for s in SURNAMES]
    rng.shuffle(pairs)
    urdu = list(URDU_NAMES)
    people = []
    for number in range(count):
        prng = random.Random(f"{seed}:person:{number}")
        if number % 40 == 17 and urdu:
            name, slug = urdu.pop(0)
        else:
            first, last = pairs[number]
            name, slug = f"{first} {last}", slugify(f"{first} {last}")
        people.append(_person(prng, number, name, slug, sections))
    return people


def _person(rng, number: int, name: str, slug: str, sections) -> PersonSpec:
    section, roles, staff = _roles(rng, number, sections)
    person = PersonSpec(name=name, slug=slug, section=section)
    f = person.fields
    f["Title"] = name
    if slug != slugify(name):
        f["Slug"] = slug
    if rng.random() < 0.35:
        f["Honorific"] = rng.choice(HONORIFICS)
    if roles:
        f["Roles"] = roles
    f["Expertise"] = ", ".join(rng.sample(TOPICS, rng.randint(1, 4)))
    person.photo = rng.random() < 0.45
    if person.photo:
        f["Photo"] = f"photos/{slug}.jpg"
    if staff != "guest":
        f["Email"] = f"{slug.replace('-', '.')}@centre.example"
    else:
        f["Affiliation"] = f"University of {rng.choice(SURNAMES)}"
    if rng.random() < 0.3:
        f["Website"] = f"https://{slug}.example"
    if rng.random() < 0.3:
        f["ORCID"] = orcid(rng)
    if rng.random() < 0.2:
        f["Mastodon"] = f"@{slug.replace('-', '_')}@social.example"
    if rng.random() < 0.15:
        f["Bluesky"] = f"{slug}.bsky.example"
    if staff != "current":
        f["Staff"] = staff
    if section:
        f["Department"] = section
    if section == "Leadership":
        f["Order"] = str(number + 1)
    if rng.random() < 0.05 and name.isascii():
        first, _, last = name.partition(" ")
        f["Aliases"] = f"{first[0]}. {last}"
    # A few people write most of the archive, as in a real centre.
    person.weight = 1.0 / (1 + number % 37) ** 0.7
    return person


def orcid(rng: random.Random) -> str:
    """An ORCID iD with a valid check character (ISO 7064 mod 11-2)."""
    digits = "0000000" + "".join(str(rng.randrange(10)) for _ in range(8))
    total = 0
    for digit in digits:
        total = (total + int(digit)) * 2
    check = (12 - total % 11) % 11
    text = digits + ("X" if check == 10 else str(check))
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def _roles(rng, number: int, sections) -> tuple[str, str, str]:
    """Section, the Roles field and the kind of staff for one person."""
    leadership, research, comms = (
        sections.get("Leadership", []),
        sections.get("Research", []),
        sections.get("Communications", []),
    )
    if number < len(leadership) + 1 and leadership:
        title = leadership[min(number, len(leadership) - 1)]
        second = f"; {research[0]}" if research and number < 2 else ""
        return "Leadership", title + second, "current"
    roll = rng.random()
    if roll < 0.08:
        return "", "", "guest"
    if roll < 0.15 and research:
        start = rng.randint(2004, 2014)
        title = rng.choice(research)
        return "Research", f"{title} ({start}-{start + rng.randint(2, 8)})", "former"
    section, titles = (
        ("Communications", comms) if roll < 0.35 and comms else ("Research", research)
    )
    level = rng.randrange(len(titles))
    if level < len(titles) - 1 and rng.random() < 0.4:
        start = rng.randint(2006, 2016)
        promoted = start + rng.randint(2, 7)
        roles = (
            f"{titles[level + 1]} ({start}-{promoted}); {titles[level]} ({promoted}-)"
        )
    else:
        roles = titles[level]
    if section == "Research" and comms and rng.random() < 0.08:
        roles += f"; {comms[min(1, len(comms) - 1)]}"
    return section, roles, "current"


def person_file(rng: random.Random, person: PersonSpec) -> str:
    roles = person.fields.get("Roles", "")
    title = roles.split(";")[0].split("(")[0].strip() or "guest contributor"
    opening = (
        f"{person.name} is {prose.a(title.lower())} "
        f"at the centre. {prose.english_sentence(rng)} {prose.english_sentence(rng)}"
    )
    bio = [opening] + [
        " ".join(prose.english_sentence(rng) for _ in range(rng.randint(3, 5)))
        for _ in range(rng.randint(1, 2))
    ]
    return _document(person.fields, "\n\n".join(bio) + "\n")


# One person in five also has a profile in Urdu (a second people file with
# the same slug), kept in a folder of its own so that only the configuration
# pricing translations reads it.
TRANSLATIONS_FOLDER = "people-translations"
TRANSLATED_EVERY = 5


def translation_file(rng: random.Random, person: PersonSpec) -> str:
    fields = {
        "Title": prose.urdu_text(rng, 2),
        "Slug": person.slug,
        "Lang": "ur",
        "Summary": prose.urdu_text(rng, rng.randint(12, 20)) + prose.URDU_FULL_STOP,
    }
    return _document(fields, prose.urdu_body(rng, rng.randint(80, 160)))


# Articles ---------------------------------------------------------------


def plan_articles(count: int, seed: int, people: list[PersonSpec]) -> list[ArticleSpec]:
    writers = list(people)
    weights = [p.weight for p in writers]
    editors = [p for p in people if p.section == "Communications"] or people
    reviewers = [p for p in people if p.section == "Research"] or people
    step = timedelta(days=ARCHIVE_DAYS) / max(count, 1)
    planned: list[ArticleSpec] = []
    for number in range(count):
        rng = random.Random(f"{seed}:meta:{number}")
        previous = planned[-1] if planned else None
        roll = rng.random()
        # Only an English original is translated, once: a second article with
        # the same slug and language would overwrite the first.
        if roll < 0.015 and previous and previous.original and previous.lang == "en":
            planned.append(_translation(rng, number, previous, people))
            continue
        lang = "ur" if roll < 0.025 else "zh" if roll < 0.035 else "en"
        date = FIRST_DATE + step * number + timedelta(minutes=rng.randrange(600))
        planned.append(
            _original(rng, number, lang, date, writers, weights, editors, reviewers)
        )
    return planned


def _original(rng, number, lang, date, writers, weights, editors, reviewers):
    if lang == "ur":
        title = prose.urdu_text(rng, rng.randint(4, 8))
        slug = f"urdu-article-{number}"
    elif lang == "zh":
        title = prose.chinese_text(rng, rng.randint(3, 6))
        slug = f"chinese-article-{number}"
    else:
        title = prose.english_title(rng)
        if rng.random() < 0.03:
            title = title.replace(" and ", " & ") + ': "A Second Look"'
        slug = f"{slugify(title)}-{number}"
    fields = {
        "Title": title,
        "Slug": slug,
        "Date": date.strftime("%Y-%m-%d %H:%M"),
        "Category": rng.choice(CATEGORIES),
        "Tags": ", ".join(rng.sample(TAGS, rng.randint(1, 4))),
    }
    _byline(rng, fields, writers, weights)
    if rng.random() < 0.15:
        fields["Editors"] = rng.choice(editors).name
    if rng.random() < 0.05:
        fields["Reviewers"] = "; ".join(p.name for p in _distinct(rng, reviewers, 2))
    if lang != "en":
        fields["Lang"] = lang
    fields["Summary"] = prose.english_sentence(rng)
    path = f"articles/{date.year}/{slug}.md"
    return ArticleSpec(number, path, fields, lang, original=True)


def _translation(rng, number, source: ArticleSpec, people) -> ArticleSpec:
    lang = rng.choice(("ur", "zh"))
    fields = dict(source.fields)
    fields["Title"] = (
        prose.urdu_text(rng, 6) if lang == "ur" else prose.chinese_text(rng, 4)
    )
    fields["Lang"] = lang
    fields["Translators"] = rng.choice(people).name
    fields.pop("Editors", None)
    fields.pop("Reviewers", None)
    date = datetime.strptime(source.fields["Date"], "%Y-%m-%d %H:%M")
    fields["Date"] = (date + timedelta(days=7)).strftime("%Y-%m-%d %H:%M")
    fields["Summary"] = fields["Title"]
    path = source.path.removesuffix(".md") + f"-{lang}.md"
    return ArticleSpec(number, path, fields, lang, original=False)


def _byline(rng, fields, writers, weights) -> None:
    roll = rng.random()
    count = 1 if roll < 0.8 else 2 if roll < 0.93 else 3
    chosen = _distinct(rng, writers, count, weights)
    names = [p.byline_name(rng) for p in chosen]
    if rng.random() < 0.005:
        names.append(rng.choice(UNPROFILED_NAMES))
    if len(names) == 1:
        fields["Author"] = names[0]
    else:
        fields["Authors"] = "; ".join(names)


def _distinct(rng, people, count, weights=None):
    chosen: list[PersonSpec] = []
    while len(chosen) < min(count, len(people)):
        person = rng.choices(people, weights=weights)[0]
        if person not in chosen:
            chosen.append(person)
    return chosen


def article_file(
    seed: int, spec: ArticleSpec, earlier: list[str], charts: list[str]
) -> str:
    rng = random.Random(f"{seed}:body:{spec.number}")
    words = rng.randint(300, 1500)
    if spec.lang == "ur":
        body = prose.urdu_body(rng, words)
    elif spec.lang == "zh":
        body = prose.chinese_body(rng, words)
    else:
        plan = prose.Article(
            links=rng.sample(earlier, min(len(earlier), 3)),
            images=rng.sample(charts, rng.choice((0, 0, 1, 2))),
            code=rng.random() < 0.15,
        )
        body = prose.english_body(rng, words, plan)
    return _document(spec.fields, body)


def _document(fields: dict[str, str], body: str) -> str:
    text = "".join(f"{k}: {v}\n" for k, v in fields.items()) + "\n" + body
    for opener in JINJA_OPENERS:
        if opener in text:
            raise RuntimeError(f"generated text contains {opener!r}: {text[:200]}")
    return text


PAGES = {
    "about.md": "Title: About the centre\nSlug: about\n\n",
    "contact.md": "Title: Contact\nSlug: contact\n\n",
}


# Writing ----------------------------------------------------------------


def generate(out: Path, articles: int, people: int, seed: int) -> dict:
    """Write the site into ``out`` and return what it holds."""
    _prepare(out)
    content = out / "content"
    specs = make_people(people, seed, staff_sections())
    for number, person in enumerate(specs):
        rng = random.Random(f"{seed}:bio:{person.slug}")
        _write(content / "people" / f"{person.slug}.md", person_file(rng, person))
        if number % TRANSLATED_EVERY == 1:
            rng = random.Random(f"{seed}:urdu-bio:{person.slug}")
            path = content / TRANSLATIONS_FOLDER / f"{person.slug}.ur.md"
            _write(path, translation_file(rng, person))
        if person.photo:
            photo = images.portrait_jpeg(random.Random(f"{seed}:photo:{person.slug}"))
            _write_bytes(content / "people" / "photos" / f"{person.slug}.jpg", photo)

    charts = _write_charts(content / "images", seed)
    planned = plan_articles(articles, seed, specs)
    earlier: list[str] = []
    for spec in planned:
        _write(content / spec.path, article_file(seed, spec, earlier, charts))
        if spec.original and spec.lang == "en":
            earlier.append(spec.path)
    for name, head in PAGES.items():
        body = prose.english_paragraph(
            random.Random(f"{seed}:page:{name}"), prose.Article()
        )
        _write(content / "pages" / name, head + body + "\n")

    summary = {
        "articles": articles,
        "people": people,
        "seed": seed,
        "translations": sum(not s.original for s in planned),
        "co_authored": sum("Authors" in s.fields for s in planned),
        "non_english": sum(s.lang != "en" for s in planned),
        "with_photo": sum(p.photo for p in specs),
        "people_in_urdu": len(range(1, len(specs), TRANSLATED_EVERY)),
    }
    (out / MARKER).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return summary


def _prepare(out: Path) -> None:
    # Regenerating over an older site must not leave its extra articles behind,
    # but a folder the generator did not make is never emptied.
    if out.exists() and any(out.iterdir()):
        if not (out / MARKER).exists():
            raise SystemExit(f"{out} is not empty and was not made by this generator")
        shutil.rmtree(out / "content", ignore_errors=True)
        (out / MARKER).unlink()
    out.mkdir(parents=True, exist_ok=True)


def _write_charts(folder: Path, seed: int) -> list[str]:
    names = []
    for n in range(CHARTS_SVG):
        rng = random.Random(f"{seed}:svg:{n}")
        name = f"chart-{n:02d}.svg"
        _write(folder / name, images.chart_svg(rng, f"Monthly figures, series {n}"))
        names.append(name)
    for n in range(CHARTS_PNG):
        name = f"figure-{n:02d}.png"
        _write_bytes(folder / name, images.chart_png(random.Random(f"{seed}:png:{n}")))
        names.append(name)
    return names


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def _write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the site into")
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--people", type=int, default=100)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args(argv)
    if args.articles < 1 or args.people < 3:
        parser.error("needs at least 1 article and 3 people")
    summary = generate(args.out, args.articles, args.people, args.seed)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
