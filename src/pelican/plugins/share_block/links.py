"""The share block of one article or page: its links and its buttons."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from markupsafe import Markup
from pelican_masthead.choices import yes_or_no

from .icons import ACTION_SHAPES, icon
from .networks import NETWORKS, Shared, share_url, title_and_url
from .settings import Options


@dataclass(frozen=True)
class ShareItem:
    """One entry of the block: a link, or a button that needs JavaScript.

    A link (``url`` set) works in every browser. A button (``url`` empty) is
    rendered hidden and shown by the plugin's script, so a reader without
    JavaScript never meets a button that does nothing.
    """

    key: str  # a network key, or "copy" / "native"
    label: str
    url: str
    icon: Markup

    @property
    def needs_script(self) -> bool:
        return not self.url


@dataclass(frozen=True)
class ShareBlock:
    url: str  # the page's absolute canonical address
    title: str
    text: str  # title and address, for networks taking one text (Mastodon)
    items: list[ShareItem] = field(default_factory=list)
    script_path: str = ""  # inside the output folder; "" when not shipped
    mastodon_instance: str = ""

    @property
    def links(self) -> list[ShareItem]:
        """The entries that are plain links."""
        return [item for item in self.items if not item.needs_script]


def share_choice(value) -> bool | None:
    """``Share:`` metadata as True/False; None when it cannot be read."""
    return yes_or_no(value)


def with_utm(url: str, params: dict[str, str], source: str) -> str:
    """``url`` with campaign parameters added to its query."""
    if not params:
        return url
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k not in params]
    query += list({"utm_source": source, **params}.items())
    return urlunsplit(parts._replace(query=urlencode(query)))


def build_block(
    url: str, title: str, opts: Options, labels: Mapping[str, str] | None = None
) -> ShareBlock:
    """The block sharing the page at absolute ``url`` called ``title``, in the
    words of ``labels`` (those of the page's language; the site's if None)."""
    scripted = bool(opts.script_path)
    labels = opts.labels if labels is None else labels
    items = []
    instance = opts.mastodon_instance
    plain = Shared(url=url, title=title, via=opts.x_handle, mastodon_instance=instance)
    for key in opts.networks:
        network = NETWORKS[key]
        shared = plain
        if opts.utm:
            shared = replace(plain, url=with_utm(url, opts.utm, key))
        address = share_url(key, shared) or ""
        if address or scripted:
            label = labels.get(network.label_key) or network.label
            items.append(ShareItem(key, label, address, icon(network.icon)))
    if scripted and opts.copy_link:
        items.append(
            ShareItem("copy", labels["share_copy"], "", icon(ACTION_SHAPES["copy"]))
        )
    if scripted and opts.native:
        items.append(
            ShareItem(
                "native", labels["share_native"], "", icon(ACTION_SHAPES["native"])
            )
        )
    return ShareBlock(
        url=url,
        title=title,
        text=title_and_url(
            Shared(url=with_utm(url, opts.utm, "mastodon"), title=title)
        ),
        items=items,
        script_path=opts.script_url,
        mastodon_instance=opts.mastodon_instance or "",
    )
