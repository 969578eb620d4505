"""What a reader's browser downloads for an article page of the example site.

    benchmarks/run page-weight [--site DIR] [--article PATH] [--json]

Without ``--site`` it builds the example site as production does
(``pelican -s example_site/publishconf.py -o DIR``) into a temporary folder.
For every article page (a page with an ``.e-content``) it counts the page
itself and everything the page makes a browser fetch, except the article's own
content images: stylesheets (and the fonts and images their ``url()``s name,
and their ``@import``s), scripts, icons, preloads, and images outside
``.e-content`` (portraits and avatars; the ``src``, which a 1x screen loads).
A page without an icon link still costs a request: browsers then ask for
``/favicon.ico``.

Sizes are bytes as written (a server's compression only makes them smaller;
gzip sizes are shown beside them). Targets: at most 30 KB and 4 requests,
page included. Exit status 1 when the heaviest page misses a target.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import runpy
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = ROOT / "example_site" / "publishconf.py"
MAX_BYTES = 30 * 1024
MAX_REQUESTS = 4
# <link rel> values that make a browser fetch the linked file.
FETCHED_LINKS = {"stylesheet", "icon", "apple-touch-icon", "preload", "modulepreload"}
CSS_URL = re.compile(r"url\(\s*(['\"]?)([^'\")]+)\1\s*\)", re.IGNORECASE)
# Parts of a page's own HTML worth knowing the size of (they may overlap).
PAGE_PARTS = {
    "article text (.e-content)": ".e-content",
    "share block": ".masthead-share-block",
    "JSON-LD": 'script[type="application/ld+json"]',
    "byline": ".masthead-byline",
    "author boxes": ".masthead-author-box",
    "inline SVG": "svg",
    "head": "head",
}
CSS_IMPORT = re.compile(r"@import\s+(?:url\()?\s*['\"]([^'\"]+)['\"]", re.IGNORECASE)


@dataclass
class Resource:
    kind: str
    url: str
    bytes: int | None  # None: not in the output (a 404) or on another host
    gzip_bytes: int | None
    note: str = ""


@dataclass
class PageWeight:
    page: str
    resources: list[Resource]
    parts: dict[str, int]  # bytes of parts of the page's HTML

    @property
    def requests(self) -> int:
        return len(self.resources)

    @property
    def total(self) -> int:
        return sum(r.bytes or 0 for r in self.resources)

    @property
    def total_gzip(self) -> int:
        return sum(r.gzip_bytes or 0 for r in self.resources)

    def misses(self) -> list[str]:
        found = []
        if self.total > MAX_BYTES:
            found.append(f"{self.total:,} bytes > {MAX_BYTES:,}")
        if self.requests > MAX_REQUESTS:
            found.append(f"{self.requests} requests > {MAX_REQUESTS}")
        found += [
            f"{r.url}: {r.note}" for r in self.resources if "another host" in r.note
        ]
        return found


class Site:
    """A built site: maps the URLs its pages use to files in the output."""

    def __init__(self, output: Path, siteurl: str):
        self.output = output
        self.siteurl = siteurl.rstrip("/")
        self.host = urlsplit(self.siteurl).netloc

    def page_url(self, path: Path) -> str:
        relative = path.relative_to(self.output).as_posix()
        return f"{self.siteurl}/{relative.removesuffix('index.html')}"

    def file_for(self, url: str) -> Path | None:
        """The output file a same-site URL names; None for another host."""
        parts = urlsplit(url)
        if parts.netloc and parts.netloc != self.host:
            return None
        site_path = urlsplit(self.siteurl).path
        path = parts.path.removeprefix(site_path).lstrip("/")
        if not path or path.endswith("/"):
            path += "index.html"
        return self.output / path

    def resource(self, kind: str, url: str, note: str = "") -> Resource:
        path = self.file_for(url)
        if path is None:
            return Resource(kind, url, None, None, "on another host: not allowed")
        if not path.is_file():
            return Resource(kind, url, None, None, note or "not in the output (404)")
        data = path.read_bytes()
        return Resource(kind, url, len(data), len(gzip.compress(data, 6)), note)


def article_pages(output: Path) -> list[Path]:
    pages = []
    for path in sorted(output.rglob("*.html")):
        if path.relative_to(output).parts[0] == "drafts":
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if "e-content" in text and BeautifulSoup(text, "html.parser").select_one(
            ".h-entry .e-content"
        ):
            pages.append(path)
    return pages


def weigh(site: Site, path: Path) -> PageWeight:
    base = site.page_url(path)
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    found = [site.resource("page", base)]
    seen = {base}

    def add(kind: str, url: str, note: str = "") -> Resource | None:
        absolute = urljoin(base, url)
        if absolute in seen or absolute.startswith("data:"):
            return None
        seen.add(absolute)
        resource = site.resource(kind, absolute, note)
        found.append(resource)
        return resource

    for link in soup.find_all("link", href=True):
        rel = {r.lower() for r in link.get("rel", [])}
        if rel & FETCHED_LINKS:
            kind = (
                "stylesheet" if "stylesheet" in rel else sorted(rel & FETCHED_LINKS)[0]
            )
            added = add(kind, link["href"])
            if added is not None and kind == "stylesheet":
                _css_resources(site, added, add)
    if not any(
        {r.lower() for r in link.get("rel", [])} & {"icon", "shortcut"}
        for link in soup.find_all("link")
    ):
        add("icon", "/favicon.ico", "no icon link, so browsers ask for this")
    for script in soup.find_all("script", src=True):
        add("script", script["src"])
    content = soup.select(".e-content")
    for image in soup.find_all("img", src=True):
        if not any(image in c.descendants for c in content):
            add("image", image["src"])
    for tag in soup.find_all(style=True):
        for _quote, url in CSS_URL.findall(tag["style"]):
            add("style url()", url)
    for style in soup.find_all("style"):
        for _quote, url in CSS_URL.findall(style.get_text()):
            add("style url()", url)
    parts = {
        name: sum(len(str(e).encode()) for e in soup.select(selector))
        for name, selector in PAGE_PARTS.items()
    }
    return PageWeight(str(path.relative_to(site.output)), found, parts)


def _css_resources(site: Site, sheet: Resource, add) -> None:
    path = site.file_for(sheet.url)
    if path is None or not path.is_file():
        return
    text = path.read_text(encoding="utf-8", errors="replace")
    for url in CSS_IMPORT.findall(text):
        imported = add("stylesheet", urljoin(sheet.url, url))
        if imported is not None:
            _css_resources(site, imported, add)
    for _quote, url in CSS_URL.findall(text):
        if not url.startswith("data:"):
            add("css url()", urljoin(sheet.url, url))


def build_example(output: Path) -> None:
    pelican = Path(sys.executable).with_name("pelican")
    subprocess.run(
        [str(pelican), "-s", str(SETTINGS), "-o", str(output), "--quiet"],
        cwd=ROOT,
        check=True,
    )


def describe(weight: PageWeight) -> str:
    lines = [f"{weight.page}:"]
    for r in weight.resources:
        size = "–" if r.bytes is None else f"{r.bytes:>8,} B ({r.gzip_bytes:,} gzip)"
        note = f"  [{r.note}]" if r.note else ""
        lines.append(f"  {r.kind:<11} {size:<26} {r.url}{note}")
    lines.append("  parts of the page's HTML (they may overlap):")
    lines += [f"    {name:<26} {size:>8,} B" for name, size in weight.parts.items()]
    lines.append(
        f"  total: {weight.total:,} bytes ({weight.total / 1024:.1f} KiB; "
        f"{weight.total_gzip:,} gzip) in {weight.requests} requests"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="benchmarks/run page-weight", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--site", type=Path, help="an already built example site")
    parser.add_argument(
        "--article", help="only this page (its path in the output, e.g. 2023/x/)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead")
    args = parser.parse_args(argv)

    siteurl = runpy.run_path(str(SETTINGS))["SITEURL"]
    with tempfile.TemporaryDirectory(prefix="page-weight-") as scratch:
        output = args.site
        if output is None:
            output = Path(scratch) / "site"
            build_example(output)
        site = Site(output, siteurl)
        if args.article:
            page = output / args.article
            pages = [page / "index.html" if page.is_dir() else page]
        else:
            pages = article_pages(output)
        if not pages:
            print(f"no article page found in {output}", file=sys.stderr)
            return 2
        weights = [weigh(site, page) for page in pages]

    heaviest = max(weights, key=lambda w: (w.total, w.requests))
    most_requests = max(weights, key=lambda w: (w.requests, w.total))
    misses = heaviest.misses() + [
        m for m in most_requests.misses() if m not in heaviest.misses()
    ]
    if args.json:
        print(json.dumps([{**asdict(w), "total": w.total} for w in weights], indent=2))
    else:
        print(describe(heaviest))
        print()
        print("| article page | bytes | gzip | requests |")
        print("|---|---:|---:|---:|")
        for w in weights:
            print(f"| {w.page} | {w.total:,} | {w.total_gzip:,} | {w.requests} |")
        print()
        verdict = "meets" if not misses else "misses: " + "; ".join(misses)
        print(
            f"Targets (at most {MAX_BYTES // 1024} KB and {MAX_REQUESTS} requests "
            f"per article page, bytes as written): {verdict}"
        )
        compressed = "meets" if heaviest.total_gzip <= MAX_BYTES else "misses"
        print(
            f"With gzip, as a compressing server sends it, the heaviest page is "
            f"{heaviest.total_gzip:,} bytes: {compressed} the byte target."
        )
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
