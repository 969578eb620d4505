"""A schema.org check of the JSON-LD in built pages, with no network.

The vocabulary is a schema.org release file kept with the tests
(``fixtures/schema_org/schemaorg-current-https.jsonld.gz``, release 30.0 from
the schemaorg/schemaorg repository, ``data/releases/30.0/``). Every node of
every ``<script type="application/ld+json">`` must have a ``@type`` that is a
schema.org type, and each of its properties must be one schema.org declares
for that type or one of its superclasses (``domainIncludes``).

A ``Role`` follows schema.org's own pattern: it stands where the value of a
property would, so it may repeat that property (``hasOccupation`` inside the
``Role`` that is a person's ``hasOccupation``). Ranges are not checked.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bs4 import BeautifulSoup

RELEASE = (
    Path(__file__).parent
    / "fixtures"
    / "schema_org"
    / "schemaorg-current-https.jsonld.gz"
)
CONTEXTS = ("https://schema.org", "https://schema.org/", "http://schema.org")


@dataclass(frozen=True)
class Vocabulary:
    ancestors: dict[str, frozenset[str]]  # type -> itself and its superclasses
    domains: dict[str, frozenset[str]]  # property -> the types it is declared on

    def is_type(self, name: str) -> bool:
        return name in self.ancestors

    def allows(self, types: Iterable[str], prop: str) -> bool:
        domain = self.domains.get(prop, frozenset())
        return any(self.ancestors[t] & domain for t in types)


def _ids(value) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [item["@id"] for item in items if isinstance(item, dict)]


def _name(node_id: str) -> str:
    return node_id.removeprefix("schema:")


@cache
def vocabulary(release: Path = RELEASE) -> Vocabulary:
    with gzip.open(release, "rt", encoding="utf-8") as file:
        graph = json.load(file)["@graph"]
    parents: dict[str, list[str]] = {}
    domains: dict[str, set[str]] = {}
    for node in graph:
        node_id = node["@id"]
        if not node_id.startswith("schema:"):
            continue
        kinds = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
        if "rdfs:Class" in kinds:
            parents[_name(node_id)] = [
                _name(i) for i in _ids(node.get("rdfs:subClassOf", []))
            ]
        if "rdf:Property" in kinds:
            domains[_name(node_id)] = {
                _name(i) for i in _ids(node.get("schema:domainIncludes", []))
            }

    @cache
    def ancestors(name: str) -> frozenset[str]:
        found = {name}
        for parent in parents.get(name, []):
            found |= ancestors(parent)
        return frozenset(found)

    return Vocabulary(
        ancestors={name: ancestors(name) for name in parents},
        domains={prop: frozenset(types) for prop, types in domains.items()},
    )


def problems(data, vocab: Vocabulary | None = None) -> list[str]:
    """What is not schema.org in one JSON-LD document; [] when all is."""
    vocab = vocab or vocabulary()
    found = []
    documents = data if isinstance(data, list) else [data]
    for document in documents:
        context = document.get("@context") if isinstance(document, dict) else None
        if context not in CONTEXTS:
            found.append(f"$: @context is {context!r}, not schema.org")
        found.extend(_node_problems(document, "$", vocab, via=None))
    return found


def _node_problems(
    node, path: str, vocab: Vocabulary, via: str | None
) -> Iterator[str]:
    if isinstance(node, list):
        for number, item in enumerate(node):
            yield from _node_problems(item, f"{path}[{number}]", vocab, via)
        return
    if not isinstance(node, dict):
        return
    if set(node) <= {"@id", "@context"}:
        return  # a reference to a node described elsewhere
    declared = node.get("@type")
    types = declared if isinstance(declared, list) else [declared]
    if declared is None or not all(isinstance(t, str) for t in types):
        yield f"{path}: no @type"
        return
    unknown = [t for t in types if not vocab.is_type(t)]
    if unknown:
        yield f"{path}: {', '.join(unknown)} is not a schema.org type"
        return
    is_role = any("Role" in vocab.ancestors[t] for t in types)
    for prop, value in node.items():
        if prop.startswith("@"):
            continue
        if prop not in vocab.domains:
            yield f"{path}.{prop}: not a schema.org property"
        elif not vocab.allows(types, prop) and not (is_role and prop == via):
            yield f"{path}.{prop}: not a property of {'/'.join(types)}"
        yield from _node_problems(value, f"{path}.{prop}", vocab, via=prop)


def json_ld_documents(html: str) -> list:
    """Every JSON-LD document of a page, decoded."""
    soup = BeautifulSoup(html, "html.parser")
    return [
        json.loads(script.string or "")
        for script in soup.find_all("script", type="application/ld+json")
    ]


def site_problems(output: Path) -> tuple[dict[str, list[str]], int]:
    """Every page's problems (pages without any left out), and how many JSON-LD
    documents were checked in all."""
    vocab = vocabulary()
    found: dict[str, list[str]] = {}
    checked = 0
    for path in sorted(output.rglob("*.html")):
        documents = json_ld_documents(path.read_text(encoding="utf-8"))
        checked += len(documents)
        page = [p for d in documents for p in problems(d, vocab)]
        if page:
            found[path.relative_to(output).as_posix()] = page
    return found, checked
