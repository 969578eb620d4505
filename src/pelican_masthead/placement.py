"""Put the plugins' snippets into the pages of any theme, with no template edits.

Themes name their blocks differently, some have no ``base.html``, some put
the whole page in one block; an override that extends a block the theme does
not have is silently ignored. What every theme does print is an article's or
a page's ``content``, verbatim, and a ``<head>``. So each template a generator
renders is wrapped: the real template renders first, then the snippets the
plugins registered are rendered with the same context and inserted into the
output string around those anchors:

- before / after the first copy of the article's (or page's) content after
  ``<body``: byline, credits and reading time before, share block and author
  boxes after. The content itself is never changed (feeds, summaries and the
  reading time read it);
- on author pages, a profile before the list of the person's articles;
- in every ``<head>``: the social metadata, replacing the theme's own tag for
  each key it writes (one ``og:title``, one canonical link), and a small
  stylesheet for the snippets.

A snippet the theme includes itself is not placed again: either its
template was included while the theme's template rendered (even where it
rendered nothing, an article with no credits, say), or its marker
(``data-masthead="<marker>"`` on its root element) is in the page.

Only string searches and linear regular expressions are used: a page is
never parsed whole, which would cost more than rendering it.
"""

from __future__ import annotations

import logging
import re
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from jinja2 import TemplateNotFound

from .labels import labels_for
from .languages import direction, primary
from .settings import Setting
from .sites import sites_of

logger = logging.getLogger(__name__)

PLACEMENT_SETTING = Setting(
    "MASTHEAD_PLACEMENT",
    True,
    "Place the plugins' snippets (byline, credits, reading time, share block, "
    "author boxes, profile, social metadata) into pages of any theme, around "
    "the article's text and in <head>. False: only what the theme's templates "
    "include themselves is shown.",
)

# Where, inside the output folder, the snippets' own stylesheet is written.
STYLESHEET_PATH = "masthead/snippets.css"
STYLESHEET = Path(__file__).parent / "static" / "snippets.css"

# Where a snippet goes.
HEAD = "head"
BEFORE_CONTENT = "before-content"
AFTER_CONTENT = "after-content"
PROFILE = "profile"


@dataclass(frozen=True)
class Snippet:
    """A snippet a plugin places: its marker, template, place and order."""

    marker: str  # the data-masthead value on the snippet's root element
    template: str  # like "masthead/byline.html"
    where: str  # HEAD, BEFORE_CONTENT, AFTER_CONTENT or PROFILE
    order: int = 0  # lower comes first at the same place
    # Also on pages (page.html), rendered with ``article`` set to the page.
    on_pages: bool = False
    # A name the page's context must hold for the snippet to show anything
    # ("author": profile pages only); elsewhere it is not rendered at all.
    needs: str = ""


def marker_attribute(marker: str) -> str:
    return f'data-masthead="{marker}"'


def place(generator, snippets) -> None:
    """Register ``snippets`` for the pages ``generator`` writes.

    Called by each plugin at ``generator_init``; the first call wraps the
    generator's ``get_template``. Nothing happens when MASTHEAD_PLACEMENT is
    False.
    """
    if not PLACEMENT_SETTING.read(generator.settings):
        return
    placer = getattr(generator, "_masthead_placer", None)
    if placer is None:
        placer = Placer(generator.env, generator.settings, generator.output_path)
        generator._masthead_placer = placer
        real_get_template = generator.get_template

        def get_template(name):
            return PlacingTemplate(real_get_template(name), placer)

        generator.get_template = get_template
    placer.add(snippets)


class PlacingTemplate:
    """A theme template whose output gets the registered snippets."""

    def __init__(self, template, placer: Placer):
        self.template = template
        self.placer = placer

    def render(self, *args, **kwargs) -> str:
        context = dict(*args, **kwargs)
        with self.placer.recording() as included:
            html = self.template.render(context)
        return self.placer.place(html, context, included)

    def __getattr__(self, name):
        return getattr(self.template, name)


class Placer:
    """The snippets of one generator, and how to put them into its pages."""

    def __init__(self, env, settings: dict, output_path: str):
        self.env = env
        self.settings = settings
        # Every site of a build with one subsite per language shares the
        # main site's copy of the stylesheet.
        self.stylesheet_url, self.stylesheet_file = sites_of(settings).shared(
            STYLESHEET_PATH, Path(output_path)
        )
        self.snippets: dict[str, Snippet] = {}
        self.stylesheet_written = False
        self._variables: dict[int, dict] = {}
        # The templates each theme render under way has loaded (includes,
        # imports, parents): one set per render, innermost last.
        self._loading: list[set[str]] = []
        real_get_template = env.get_template

        def get_template(name, *args, **kwargs):
            if self._loading and isinstance(name, str):
                self._loading[-1].add(name)
            return real_get_template(name, *args, **kwargs)

        # Jinja's compiled {% include %} asks the environment each time it
        # runs, so this sees exactly what a page included.
        env.get_template = get_template

    @contextmanager
    def recording(self):
        """The names of the templates loaded while the block runs."""
        loaded: set[str] = set()
        self._loading.append(loaded)
        try:
            yield loaded
        finally:
            self._loading.pop()

    def add(self, snippets) -> None:
        for snippet in snippets:
            self.snippets[snippet.marker] = snippet

    def at(self, where: str, pages: bool = False) -> list[Snippet]:
        found = [
            s
            for s in self.snippets.values()
            if s.where == where and (s.on_pages or not pages)
        ]
        return sorted(found, key=lambda s: (s.order, s.marker))

    def render(self, snippets, html: str, context: dict, included=()) -> str:
        """The snippets neither ``included`` (template names) by the theme
        nor already in ``html``, rendered one after another."""
        parts = []
        for snippet in snippets:
            if snippet.template in included:
                continue
            if snippet.needs and snippet.needs not in context:
                continue
            if marker_attribute(snippet.marker) in html:
                continue
            try:
                template = self.env.get_template(snippet.template)
            except TemplateNotFound:
                continue
            text = self._render(template, context).strip()
            if text:
                parts.append(text)
        return "\n".join(parts)

    def _render(self, template, context: dict) -> str:
        """``template.render(context)``, with the environment's globals merged
        into the page's context once per page rather than once per snippet
        (Jinja merges them through a ChainMap, a Python call per name)."""
        variables = self._variables.get(id(context))
        if variables is None:
            variables = {**self.env.globals, **context}
            self._variables[id(context)] = variables
        rendered = template.new_context(variables, shared=True)
        try:
            return self.env.concat(template.root_render_func(rendered))
        except Exception:
            return self.env.handle_exception()

    def place(self, html: str, context: dict, included=()) -> str:
        """``html`` with the snippets the theme did not include placed;
        ``included``: the names of the templates its rendering loaded."""
        # The variables snippets render with, by context (see _render).
        self._variables = {}
        body = body_start(html)
        inserts: list[tuple[int, str]] = []
        if "article" in context:
            inserts += self._around_content(
                html, body, context["article"], context, included
            )
        elif "page" in context:
            page = context["page"]
            page_context = dict(context, article=page)
            inserts += self._around_content(
                html, body, page, page_context, included, pages=True
            )
        elif "author" in context:
            inserts += self._profile(html, body, context, included)
        html = insert_all(html, inserts)
        html = self._head(html, context, included)
        return html

    def _wrapper(
        self, html: str, where: str, inner: str, content, tag: str = "div"
    ) -> str:
        return (
            f'<{tag} class="masthead-placed masthead-placed--{where}"'
            f"{self._lang_attrs(html, content)}>\n{inner}\n</{tag}>"
        )

    def _lang_attrs(self, html: str, content) -> str:
        # The snippets speak the language of their labels: the content's when
        # there are words in it, else the site's. On a page the theme
        # declares in another language, they say which they use.
        speaks = labels_for(self.settings, getattr(content, "lang", None)).lang
        page_lang = html_lang(html)
        if not page_lang or primary(page_lang) == primary(speaks):
            return ""
        return f' lang="{escape_attr(speaks)}" dir="{direction(speaks)}"'

    def _around_content(self, html, body, content, context, included, pages=False):
        before = [
            s for s in self.at(BEFORE_CONTENT, pages) if s.template not in included
        ]
        after = [s for s in self.at(AFTER_CONTENT, pages) if s.template not in included]
        if not before and not after:
            return []
        text = str(getattr(content, "content", "") or "")
        at = html.find(text, body) if text.strip() else -1
        if at < 0:
            logger.debug(
                "masthead placement: the text of %s is not in the page the "
                "theme wrote, so no snippet was placed around it",
                getattr(content, "source_path", None) or getattr(content, "url", ""),
            )
            return []
        inserts = []
        rendered = self.render(before, html, context)
        if rendered:
            inserts.append(
                (at, self._wrapper(html, "before", rendered, content) + "\n")
            )
        rendered = self.render(after, html, context)
        if rendered:
            inserts.append(
                (at + len(text), "\n" + self._wrapper(html, "after", rendered, content))
            )
        return inserts

    def _profile(self, html, body, context, included):
        snippets = [s for s in self.at(PROFILE) if s.template not in included]
        if not snippets:
            return []
        rendered = self.render(snippets, html, context)
        if not rendered:
            return []
        at, tag = profile_anchor(html, body, _first_listed_url(context))
        return [
            (
                at,
                self._wrapper(html, "profile", rendered, context.get("author"), tag)
                + "\n",
            )
        ]

    def _head(self, html: str, context: dict, included=()) -> str:
        head = head_span(html)
        if head is None:
            return html
        start, end = head
        html, end = self._one_of_each(html, start, end, context)
        meta = self.render(self.at(HEAD), html, context, included)
        if meta:
            html = (
                html[:start] + drop_tags(html[start:end], tag_keys(meta)) + html[end:]
            )
            end = head_span(html)[1]
            html = html[:end] + meta + "\n" + html[end:]
            end += len(meta) + 1
        if self._wants_stylesheet(html):
            siteurl = str(context.get("SITEURL", ""))
            href = escape_attr(f"{siteurl}/{self.stylesheet_url}")
            link = (
                f'<link rel="stylesheet" href="{href}" '
                f"{marker_attribute('stylesheet')}>\n"
            )
            html = html[:end] + link + html[end:]
            self._write_stylesheet()
        return html

    def _one_of_each(self, html: str, start: int, end: int, context: dict):
        """The page and its head's end, with one tag per key where the theme
        includes a head snippet itself and also writes its own tags.

        Themes such as the one in docs/theming.md's "Including the snippets
        yourself" write ``og:title`` or ``og:url`` in their article template
        too: crawlers take the first of two conflicting values. The snippet's
        copy is kept, as when it is placed. Only a head with a key written
        twice costs a second rendering of the snippet, to find its extent.
        """
        head = html[start:end]
        included = [s for s in self.at(HEAD) if marker_attribute(s.marker) in head]
        if not included or not _has_repeated_key(head):
            return html, end
        for snippet in included:
            try:
                template = self.env.get_template(snippet.template)
            except TemplateNotFound:
                continue
            text = self._render(template, context).strip()
            at = head.find(text) if text else -1
            if at < 0:
                continue
            keys = tag_keys(text)
            head = (
                drop_tags(head[:at], keys)
                + text
                + drop_tags(head[at + len(text) :], keys)
            )
        return html[:start] + head + html[end:], start + len(head)

    def _wants_stylesheet(self, html: str) -> bool:
        # Only pages that show a snippet, and only when the theme does not
        # style the snippets itself (its stylesheet link carries the marker).
        if marker_attribute("stylesheet") in html:
            return False
        return html.find('data-masthead="', body_start(html)) >= 0

    def _write_stylesheet(self) -> None:
        if self.stylesheet_written:
            return
        target = self.stylesheet_file
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(STYLESHEET, target)
        self.stylesheet_written = True


def _first_listed_url(context: dict) -> str:
    listed = getattr(context.get("articles_page"), "object_list", None) or []
    return str(getattr(listed[0], "url", "") or "") if listed else ""


# -- string operations on a page -------------------------------------------

# A tag is matched as far as the next "<" or ">", never further, so each
# search reads every character of a page a bounded number of times, whatever
# the page holds (a "<" cannot be inside a tag of well-formed HTML).
_BODY = re.compile(r"<body(?:\s[^<>]*)?>", re.IGNORECASE)
_HEAD_OPEN = re.compile(r"<head(?:\s[^<>]*)?>", re.IGNORECASE)
_HEAD_CLOSE = re.compile(r"</head\s*>", re.IGNORECASE)
_HTML_OPEN = re.compile(r"<html(?:\s[^<>]*)?>", re.IGNORECASE)
_MAIN_OPEN = re.compile(r"<main(?:\s[^<>]*)?>", re.IGNORECASE)
_TAG_WITH_ATTRIBUTES = re.compile(r"<[a-zA-Z][\w-]*\s[^<>]*>")
_H1_CLOSE = re.compile(r"</h1\s*>", re.IGNORECASE)
_HEAD_TAG = re.compile(r"<(?:meta|link)\b[^<>]*>[ \t]*\n?", re.IGNORECASE)
_A_TAG = re.compile(r"<a\s[^<>]*>", re.IGNORECASE)
# The lookbehind starts a name only where one begins, not inside one.
_ATTR = re.compile(
    r"""(?<![\w:-])([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"""
)
_OPEN_TAG_NAME = re.compile(r"<([a-zA-Z][\w-]*)")
_HEADING_CLOSE = re.compile(r"</(h[1-6])\s*>$", re.IGNORECASE)

# Elements of an article listing a profile may go before: the list, its
# items, the article cards and their headers and titles. A page's own
# containers (main, section, aside, div) stop the walk, so the profile stays
# inside the content column.
_LISTING_TAGS = frozenset(
    {"a", "article", "header", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6"}
)


def insert_all(html: str, inserts: list[tuple[int, str]]) -> str:
    """``html`` with each text inserted at its position (in the original)."""
    for at, text in sorted(inserts, key=lambda pair: pair[0], reverse=True):
        html = html[:at] + text + html[at:]
    return html


def body_start(html: str) -> int:
    """Where the page's body content begins (0 without a ``<body>``)."""
    match = _BODY.search(html)
    return match.end() if match else 0


def head_span(html: str) -> tuple[int, int] | None:
    """Start and end of what is inside ``<head>``, or None."""
    opening = _HEAD_OPEN.search(html)
    if not opening:
        return None
    closing = _HEAD_CLOSE.search(html, opening.end())
    if not closing:
        return None
    return opening.end(), closing.start()


def html_lang(html: str) -> str:
    match = _HTML_OPEN.search(html)
    return attributes(match.group(0)).get("lang", "") if match else ""


def escape_attr(value: str) -> str:
    return (
        value.replace("&", "&amp;")
        .replace('"', "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    )


def attributes(tag: str) -> dict[str, str]:
    """The attributes of one tag, names in lower case (the first wins)."""
    found: dict[str, str] = {}
    for match in _ATTR.finditer(tag):
        value = next((g for g in match.groups()[1:] if g is not None), "")
        found.setdefault(match.group(1).lower(), value)
    return found


def tag_key(tag: str) -> str:
    """What a ``<meta>`` or ``<link>`` tag sets: its property or name, or
    "canonical"; "" for anything else."""
    attrs = attributes(tag)
    if tag[:5].lower() == "<link":
        return "canonical" if attrs.get("rel", "").lower() == "canonical" else ""
    return (attrs.get("property") or attrs.get("name") or "").lower()


def tag_keys(html: str) -> set[str]:
    keys = {tag_key(m.group(0)) for m in _HEAD_TAG.finditer(html)}
    keys.discard("")
    return keys


# Keys a page may give several times (one per tag, per author, per
# language): their repeats are no conflict.
MULTIPLE_KEYS = frozenset(
    {
        "article:tag",
        "article:author",
        "og:locale:alternate",
        "citation_author",
        "citation_author_institution",
        "citation_author_orcid",
        "fediverse:creator",
    }
)


# Every value a meta or link tag may set a key with, however written: a
# superset of what ``tag_key`` reads, found without reading each tag's
# attributes. Only when one repeats is the head read tag by tag.
# Run on the head in lower case: a case-blind pattern is searched several
# times slower.
_KEY_VALUE = re.compile(
    r"""(?:property|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"""
)


def _may_repeat_a_key(head: str) -> bool:
    lowered = head.lower()
    seen: set[str] = set()
    for values in _KEY_VALUE.findall(lowered):
        value = values[0] or values[1] or values[2]
        if value in seen:
            return True
        if value not in MULTIPLE_KEYS:
            seen.add(value)
    return lowered.count("canonical") > 1


def _has_repeated_key(head: str) -> bool:
    if not _may_repeat_a_key(head):
        return False
    seen: set[str] = set()
    for match in _HEAD_TAG.finditer(head):
        key = tag_key(match.group(0))
        if key in seen:
            return True
        if key and key not in MULTIPLE_KEYS:
            seen.add(key)
    return False


def drop_tags(head: str, keys: set[str]) -> str:
    """``head`` without the meta and link tags that set one of ``keys``."""
    if not keys:
        return head
    return _HEAD_TAG.sub(
        lambda m: "" if tag_key(m.group(0)) in keys else m.group(0), head
    )


def _link_to(html: str, start: int, url: str) -> int:
    """Where the first ``<a>`` after ``start`` linking to ``url`` begins, or -1."""
    for match in _A_TAG.finditer(html, start):
        href = attributes(match.group(0)).get("href", "")
        href = href.split("#", 1)[0].split("?", 1)[0]
        if href == url or href.endswith("/" + url.lstrip("/")):
            return match.start()
    return -1


def _opening_tag_before(html: str, pos: int, floor: int) -> tuple[int, str] | None:
    """The opening tag right before ``pos`` (spaces aside): start and name."""
    end = pos
    while end > floor and html[end - 1].isspace():
        end -= 1
    if end <= floor or html[end - 1] != ">":
        return None
    lt = html.rfind("<", floor, end)
    if lt < 0:
        return None
    name = _OPEN_TAG_NAME.match(html, lt)
    if not name:
        return None
    return lt, name.group(1).lower()


def _heading_before(html: str, pos: int, floor: int) -> int:
    """Start of a heading element ending right before ``pos``, or -1."""
    end = pos
    while end > floor and html[end - 1].isspace():
        end -= 1
    lt = html.rfind("<", floor, end)
    if lt < 0:
        return -1
    closing = _HEADING_CLOSE.match(html[lt:end])
    if not closing:
        return -1
    return html.rfind("<" + closing.group(1), floor, lt)


def profile_position(html: str, body: int, first_url: str) -> int:
    """Where a profile goes on an author page (see ``profile_anchor``)."""
    return profile_anchor(html, body, first_url)[0]


def profile_anchor(html: str, body: int, first_url: str) -> tuple[int, str]:
    """Where a profile goes on an author page: before the listing of the
    person's articles, inside the page's content column.

    With articles: from the first link to the first listed article, back
    over the opening tags that start its card and list (``<ul><li><article>
    <header><h2><a``), and over a heading right before the list ("Articles
    by ..."). Without: at the start of ``<main>``, or of the element with
    ``id="content"``, or after the first ``</h1>``, or at the start of the
    body.

    Also returns the element to wrap the profile in: "article" when it goes
    before the first article's card (a theme that styles ``main article``
    then gives the profile the cards' column), else "div".
    """
    main = _MAIN_OPEN.search(html, body)
    floor = main.end() if main else body
    if first_url:
        pos = _link_to(html, floor, first_url)
        if pos < 0 and floor != body:
            pos = _link_to(html, body, first_url)
            floor = body
        if pos >= 0:
            wrapper = "div"
            while (tag := _opening_tag_before(html, pos, floor)) is not None:
                if tag[1] not in _LISTING_TAGS:
                    break
                pos = tag[0]
                wrapper = "article" if tag[1] == "article" else "div"
            heading = _heading_before(html, pos, floor)
            return (heading if heading >= 0 else pos), wrapper
    if main:
        return main.end(), "div"
    for match in _TAG_WITH_ATTRIBUTES.finditer(html, body):
        if attributes(match.group(0)).get("id") == "content":
            return match.end(), "div"
    match = _H1_CLOSE.search(html, body)
    return (match.end() if match else body), "div"
