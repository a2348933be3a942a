"""What a web page declares about itself: its headline, date, address and publisher.

In: a parsed page (an lxml tree, read and never changed). Out: :class:`PageMeta`,
the declared values as strings, from the page's JSON-LD (schema.org), its
``<meta>`` tags (Open Graph, Dublin Core and the usual news tags), ``<link
rel=canonical>``, ``<time>`` and ``<h1>``. Nothing is guessed here: a value the
page does not declare is ``None`` (or an empty tuple).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

# schema.org types whose object describes the article itself (not the site or a list).
ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "scholarlyarticle",
    "techarticle",
    "report",
    "review",
    "recipe",
}
# <meta> names and properties that declare a publication date, best first.
DATE_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "article.published",
    "article_date_original",
    "original-publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.created",
    "dcterms.issued",
    "dcterms.date",
    "citation_publication_date",
    "citation_date",
)
PUBLISHER_META = ("og:site_name", "application-name", "publisher", "dc.publisher")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class PageMeta:
    """The values a page declares; ``headlines`` and ``site_names`` best first."""

    headlines: tuple[str, ...] = ()
    site_names: tuple[str, ...] = ()
    published: str | None = None
    url: str | None = None
    article_body: str | None = None
    description: str | None = None
    is_article: bool = False


def read_page_meta(tree: HtmlElement) -> PageMeta:
    """The declared metadata of the page ``tree``."""
    objects = list(_json_ld_objects(tree))
    articles = [o for o in objects if _types(o) & ARTICLE_TYPES]
    meta = _meta_values(tree)
    headlines = _unique(
        [
            *(_text(o.get("headline")) for o in articles),
            meta.get("og:title"),
            meta.get("twitter:title"),
            *(_squash(h.text_content()) for h in tree.iter("h1")),
        ]
    )
    site_names = _unique(
        [
            meta.get("og:site_name"),
            *(_name(o.get("publisher")) for o in [*articles, *objects]),
            *(_text(o.get("name")) for o in objects if _types(o) & {"newsmediaorganization"}),
            *(meta.get(key) for key in PUBLISHER_META[1:]),
        ]
    )
    return PageMeta(
        headlines=headlines,
        site_names=site_names,
        published=_published(tree, articles, meta),
        url=_declared_url(tree, articles, meta),
        article_body=next(
            (b.strip() for o in articles if _is_text(b := o.get("articleBody"))), None
        ),
        description=next(
            (
                d
                for d in (
                    meta.get("og:description"),
                    meta.get("description"),
                    *(_text(o.get("description")) for o in articles),
                )
                if d
            ),
            None,
        ),
        is_article=bool(articles) or meta.get("og:type") == "article",
    )


def _json_ld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every object in the page's JSON-LD blocks, ``@graph`` members included."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content(), strict=False)
        except (ValueError, RecursionError):
            continue  # a broken block declares nothing; the rest of the page still counts
        yield from _flatten(data)


def _flatten(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(value, list):
        for item in value:
            yield from _flatten(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        for key in ("@graph", "mainEntity"):
            if key in value:
                yield from _flatten(value[key], depth + 1)


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _meta_values(tree: HtmlElement) -> dict[str, str]:
    """``<meta>`` contents by lower-cased name, property or itemprop; the first one wins."""
    values: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = _squash(element.get("content") or "")
        if not content:
            continue
        for attribute in ("property", "name", "itemprop"):
            key = (element.get(attribute) or "").strip().lower()
            if key:
                values.setdefault(key, content)
    return values


def _published(
    tree: HtmlElement, articles: list[dict[str, Any]], meta: dict[str, str]
) -> str | None:
    for obj in articles:
        for key in ("datePublished", "dateCreated"):
            if value := _text(obj.get(key)):
                return value
    for key in DATE_META:
        if key in meta:
            return meta[key]
    for element in tree.xpath("//*[@itemprop='datePublished'][@datetime or @content]"):
        return element.get("datetime") or element.get("content")
    # A <time> marked as the publication time first, then the first <time> of the page.
    marked = tree.xpath("//time[@datetime][@pubdate or contains(@class, 'publish')]")
    for element in [*marked, *tree.xpath("//time[@datetime]")]:
        if value := _squash(element.get("datetime") or ""):
            return value
    return None


def _declared_url(
    tree: HtmlElement, articles: list[dict[str, Any]], meta: dict[str, str]
) -> str | None:
    base = next(iter(tree.xpath("//base/@href")), None)
    candidates = [
        meta.get("og:url"),
        *tree.xpath("//link[@rel='canonical']/@href"),
        *(_text(o.get("url")) for o in articles),
        *(_entity_id(o.get("mainEntityOfPage")) for o in articles),
    ]
    absolute = [c for c in candidates if c and _is_web_url(c)]
    if absolute:
        return absolute[0]
    # A relative canonical link means something only next to a <base> or an absolute URL.
    anchor = base if base and _is_web_url(base) else None
    for candidate in candidates:
        if candidate and anchor and _is_web_url(joined := urljoin(anchor, candidate)):
            return joined
    return None


def _entity_id(value: Any) -> str | None:
    if isinstance(value, dict):
        return _text(value.get("@id")) or _text(value.get("url"))
    return _text(value)


def _is_web_url(value: str) -> bool:
    parts = urlsplit(value.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _name(value: Any) -> str | None:
    """The name of a publisher given as an object, a list of them or a string."""
    if isinstance(value, list):
        return next((n for item in value if (n := _name(item))), None)
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _text(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if not isinstance(value, str):
        return None
    return _squash(value) or None


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _squash(value: str) -> str:
    return _SPACE.sub(" ", value).strip()


def _unique(values: list[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))
