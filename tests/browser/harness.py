"""Build the example site for a local address, serve it, and open it in Chromium.

Shared by the browser tests (through their conftest), ``scripts/screenshots`` and
``benchmarks/audit``, so all three look at the same pages in the same browser.
"""

from __future__ import annotations

import contextlib
import functools
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
PUBLISH_SETTINGS = "example_site/publishconf.py"
NODE_MODULES = ROOT / "node_modules"
AXE_SCRIPT = NODE_MODULES / "axe-core" / "axe.min.js"

# Debian's Chromium: Playwright's own browser downloads are not used.
CHROMIUM = "/usr/bin/chromium"
# As root Chromium needs --no-sandbox; the background-networking flags stop it
# calling Google's servers, which would both hang without a network and show
# up as requests the page did not make.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}

# The pages every browser check, screenshot and audit looks at, chosen to cover
# each kind of page the theme has; addresses follow example_site/pelicanconf.py
# (an article in a language other than DEFAULT_LANG gets ARTICLE_LANG_URL).
CO_WRITTEN_ARTICLE = "2022/sponge-streets/"
RIGHT_TO_LEFT_ARTICLE = "2024/shehron-mein-zer-e-zameen-pani/ur/"
PROFILE_WITH_PHOTO = "people/ingrid-solvang/"
# Samina Haroon's profile in Urdu, her second language (PEOPLE_LANG_URL).
RIGHT_TO_LEFT_PROFILE = "people/samina-haroon/ur/"
STAFF_PAGE = "staff/"
CORRECTED_ARTICLE = "2025/three-charts-on-the-dry-years/"
CORRECTIONS_PAGE = "corrections/"
FRONT_PAGE = ""


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A browser that closes a connection mid-response (Lighthouse does,
        # between its passes) is not a server fault worth a traceback.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def local_server(directory: Path) -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1 at a free port; yields the origin.

    The socket is bound before anything is written to ``directory``, so a
    site can be built for the origin it will be served from.
    """
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host}:{port}"
    finally:
        server.shutdown()
        server.server_close()


def build_example_site(
    output: Path, siteurl: str, settings: str = PUBLISH_SETTINGS
) -> subprocess.CompletedProcess:
    """Build the production example site with ``SITEURL`` set to ``siteurl``
    (``settings``: another settings file of the example site).

    With the local origin as ``SITEURL`` every address in the pages, canonical
    URLs and share links included, is the address the browser really loads.
    """
    pelican = Path(sys.executable).with_name("pelican")
    return subprocess.run(
        [
            str(pelican),
            "-s",
            settings,
            "-o",
            str(output),
            "-e",
            f'SITEURL="{siteurl}"',
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


@dataclass
class LocalSite:
    """The example site, built for and served from ``origin``."""

    origin: str
    output: Path
    build_log: str

    def url(self, relative: str) -> str:
        return f"{self.origin}/{relative}"

    @property
    def netloc(self) -> str:
        return urlsplit(self.origin).netloc


@contextlib.contextmanager
def served_example_site(
    workdir: Path, settings: str = PUBLISH_SETTINGS
) -> Iterator[LocalSite]:
    """Build the example site into ``workdir`` and serve it while in use.

    Raises RuntimeError with Pelican's output when the build fails.
    """
    output = workdir / "site"
    output.mkdir(parents=True, exist_ok=True)
    with local_server(output) as origin:
        result = build_example_site(output, origin, settings)
        log = result.stdout + result.stderr
        if result.returncode != 0:
            raise RuntimeError(f"the example site did not build:\n{log}")
        yield LocalSite(origin=origin, output=output, build_log=log)


def launch_chromium(playwright, **options):
    """Debian's Chromium, headless, through Playwright's sync API."""
    return playwright.chromium.launch(
        executable_path=CHROMIUM, args=CHROMIUM_ARGS, **options
    )


@dataclass
class Visit:
    """One page opened in its own browser context, with what happened on the way."""

    page: object
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    in_flight: set = field(default_factory=set)

    def record(self, page) -> None:
        page.on("request", self._started)
        page.on("requestfinished", lambda request: self.in_flight.discard(request))
        page.on("requestfailed", self._failed)
        page.on("response", self._answered)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))

    def _started(self, request) -> None:
        self.requests.append(request.url)
        self.in_flight.add(request)

    def _failed(self, request) -> None:
        self.in_flight.discard(request)
        self.failed_requests.append(f"{request.url}: {request.failure}")

    def _answered(self, response) -> None:
        if response.status >= 400:
            self.failed_requests.append(f"{response.url}: HTTP {response.status}")

    def _console(self, message) -> None:
        if message.type == "error":
            location = message.location
            self.console_errors.append(
                f"{message.text} ({location.get('url')}:{location.get('lineNumber')})"
            )

    def settle(self, quiet_ms: int = 150, timeout_ms: int = 15_000) -> None:
        """Wait until fonts are in and no request has been open for ``quiet_ms``.

        Playwright's "networkidle" waits a fixed 500 ms on every page; with a
        local server a shorter quiet spell is as sure and keeps the suite fast.
        """
        self.page.evaluate("document.fonts.ready.then(() => true)")
        step = 50
        quiet = waited = 0
        while quiet < quiet_ms and waited < timeout_ms:
            self.page.wait_for_timeout(step)
            waited += step
            quiet = quiet + step if not self.in_flight else 0
        if self.in_flight:
            pending = ", ".join(sorted(r.url for r in self.in_flight))
            raise AssertionError(
                f"requests still open after {timeout_ms} ms: {pending}"
            )


_LOCAL_SCHEMES = {"data", "blob", "about"}


def is_local(url: str, netloc: str) -> bool:
    """Whether loading ``url`` stays on this machine's server at ``netloc``."""
    parts = urlsplit(url)
    return parts.scheme in _LOCAL_SCHEMES or (
        parts.scheme in {"http", "https"} and parts.netloc == netloc
    )


def open_page(
    browser,
    url: str,
    *,
    viewport: dict = DESKTOP,
    javascript: bool = True,
    permissions: list[str] | None = None,
) -> Visit:
    """Open ``url`` in a fresh context and wait until it has finished loading.

    Requests to any other host are recorded and then aborted, so a page that
    tries to reach the outside world fails its checks instead of hanging on a
    machine without a network. The caller closes ``visit.page.context``.
    """
    netloc = urlsplit(url).netloc
    context = browser.new_context(
        viewport=viewport,
        java_script_enabled=javascript,
        # What a first-time reader gets: nothing cached, no service worker.
        service_workers="block",
    )
    if permissions:
        origin = f"{urlsplit(url).scheme}://{netloc}"
        context.grant_permissions(permissions, origin=origin)

    def keep_local(route):
        if is_local(route.request.url, netloc):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    context.route("**/*", keep_local)
    # A missing element should fail a check in seconds, not Playwright's 30 s.
    context.set_default_timeout(10_000)
    page = context.new_page()
    visit = Visit(page=page)
    visit.record(page)
    try:
        response = page.goto(url, wait_until="load")
        if response is None or not response.ok:
            status = response.status if response else "no response"
            raise AssertionError(f"{url} did not load: {status}")
        visit.settle()
    except BaseException:
        context.close()
        raise
    return visit


# Every rule axe-core has: the tags of all rules select all of them, including
# best practices, AAA rules and the experimental ones axe.run() leaves out by
# default. The count of rules run is returned so a silent narrowing shows.
# With a CSS selector, on that element alone.
RUN_EVERY_AXE_RULE = """
async (selector) => {
    const rules = axe.getRules();
    const tags = [...new Set(rules.flatMap((rule) => rule.tags))];
    const results = await axe.run(selector ? {include: [[selector]]} : document, {
        runOnly: {type: "tag", values: tags},
        resultTypes: ["violations"],
    });
    // A rule can appear under two kinds (passes on some nodes, needs review
    // on others), so the rules run are counted by id.
    const ran = new Set(["passes", "violations", "incomplete", "inapplicable"]
        .flatMap((kind) => results[kind].map((result) => result.id))).size;
    return {
        rules: rules.length,
        ran: ran,
        violations: results.violations.map((violation) => ({
            id: violation.id,
            impact: violation.impact,
            help: violation.help,
            nodes: violation.nodes.map((node) => ({
                target: node.target.join(" "),
                summary: node.failureSummary,
            })),
        })),
    };
}
"""


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"    {node['target']}")
            lines.extend(f"        {line}" for line in node["summary"].splitlines())
    return "\n".join(lines)


def check_every_axe_rule(page, selector: str | None = None) -> None:
    """Run every axe rule on ``page`` (on the element ``selector`` finds,
    if given); fails naming each violation."""
    # Evaluated rather than added as a <script>: a page with a strict
    # Content-Security-Policy (as it should have) refuses inline scripts, and
    # the page's own elements and requests stay as the other checks saw them.
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8"))
    results = page.evaluate(RUN_EVERY_AXE_RULE, selector)
    if selector is None:
        # On one element, the rules about a whole page (a title, landmarks)
        # do not run.
        assert results["ran"] == results["rules"]
    assert not results["violations"], describe_violations(results["violations"])


def clipboard_after_change(page, before: str, seconds: float = 5) -> str:
    """The clipboard's text once it differs from ``before`` (copying is async)."""
    deadline = time.monotonic() + seconds
    while True:
        text = page.evaluate("navigator.clipboard.readText()")
        if text != before or time.monotonic() > deadline:
            return text
        page.wait_for_timeout(50)
