"""One web page to one article: the main text without page furniture, and the
title, dates, address and publisher the page declares.

In: the page as decoded text (and the URL it was fetched from, when known). Out:
an :class:`Article`, or :class:`NotAnArticle` / :class:`NoMainText` raised with a
reject detail. The main text comes from trafilatura, run on the page after
:func:`tasks.furniture.prune_furniture`; metadata from :mod:`tasks.page_meta`
first, trafilatura's guesses only where the page declares nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from core.errors import RejectDetails
from tasks.furniture import drop_furniture_lines, prune_furniture
from tasks.page_meta import PageMeta, read_page_meta

# trafilatura as dossier runs it: its default balance of precision and recall,
# with the comparison against its fallback extractors (readability, jusText) that
# rescues bodies the main pass cuts short. favor_recall lost more article text
# than it found on the web_pages corpus (bench/web_pages.py --recall measures it).
EXTRACTION: dict[str, bool] = {"include_comments": False}
# Fewer words than this is a menu, a teaser or an error message, not an article.
MIN_WORDS = 25
# A page whose text is mostly the text of its links is an index of other pages.
MAX_LINK_SHARE = 0.6
# Pages declaring an articleBody this much longer than the extracted text get it.
BODY_RESCUE_RATIO = 2.0
BODY_RESCUE_MIN_WORDS = 100
_SEPARATOR = re.compile(r"\s+[|–—·•»:/~-]\s+|\s*\|\s*|\s*::\s*")
_ERROR_TITLE = re.compile(
    r"\b(?:404|410)\b|\bpage not found\b|\bnot found\b|\bpage (?:does not|doesn[’']t) exist\b"
    r"|\berror page\b",
    re.IGNORECASE,
)
_LOGIN_TEXT = re.compile(r"\b(?:log ?in|sign ?in|password)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_LIST_MARK = re.compile(r"^[-*•]\s+")


class NotAnArticle(Exception):
    """The page is an index, a login wall or an error page; ``detail`` says which."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class NoMainText(Exception):
    """The page holds no main text at all."""


@dataclass(frozen=True, slots=True)
class Article:
    """What one page gives: ``dates`` are the declared publication dates, best first."""

    text: str
    title: str | None
    dates: tuple[str, ...]
    url: str | None
    source: str | None


def extract_article(html: str, url: str | None = None) -> Article:
    """The article in the page ``html``; ``url`` (where it was fetched from) wins over
    the address the page declares."""
    # Imported here: it takes a tenth of a second, paid by every command otherwise.
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise NoMainText
    meta = read_page_meta(tree)
    page_title = _squash(" ".join(tree.xpath("//title//text()")))
    link_texts = {_squash(a.text_content()) for a in tree.iter("a")}
    has_password = bool(tree.xpath("//input[@type='password']"))
    standfirst = _shown_description(tree, meta.description)
    extracted = trafilatura.bare_extraction(
        prune_furniture(tree), url=url, with_metadata=True, **EXTRACTION
    )
    text = drop_furniture_lines(extracted.text or "") if extracted is not None else ""
    text = _rescued(text, meta)
    if standfirst and _key(standfirst) not in _key(text):
        text = f"{standfirst}\n{text}" if text else standfirst
    url = url or meta.url or (extracted.url if extracted is not None else None)
    source = _source(meta, url)
    raw_title = (extracted.title if extracted is not None else None) or page_title or None
    title = clean_title(raw_title, meta, source, url) if raw_title else None
    text = _without_headline(text, {title, raw_title, page_title, *meta.headlines})
    _check_is_article(text, meta, page_title, link_texts, has_password)
    dates = [meta.published, extracted.date if extracted is not None else None]
    return Article(
        text=text,
        title=title,
        dates=tuple(d for d in dates if d),
        url=url,
        source=source,
    )


def _rescued(text: str, meta: PageMeta) -> str:
    """The page's declared ``articleBody`` instead of ``text`` when the extraction kept
    less than half of it (scripted pages that render their body late)."""
    body = meta.article_body
    if not body:
        return text
    if "<" in body:
        body = _plain_text(body)
    body_words = len(_WORD.findall(body))
    if body_words < BODY_RESCUE_MIN_WORDS:
        return text
    if BODY_RESCUE_RATIO * len(_WORD.findall(text)) >= body_words:
        return text
    return drop_furniture_lines("\n".join(line.strip() for line in body.splitlines()))


def _shown_description(tree: HtmlElement, description: str | None) -> str | None:
    """The page's declared description when the page also shows it to readers as
    the article's standfirst (the lede under the headline), which trafilatura
    leaves out with the page header; ``None`` otherwise."""
    if not description or len(description) < 40 or description.endswith(("...", "…")):
        return None
    start = description[:40]
    body = tree.find(".//body")
    for element in body.iter() if body is not None else ():
        if not isinstance(element.tag, str) or element.tag in ("a", "script", "meta"):
            continue
        if element.text and element.text.strip().startswith(start):
            return description if _squash(element.text_content()) == description else None
    return None


def _plain_text(fragment: str) -> str:
    from lxml.html import fragment_fromstring

    try:
        return fragment_fromstring(fragment, create_parent="div").text_content()
    except ValueError:
        return fragment


def _source(meta: PageMeta, url: str | None) -> str | None:
    """The publisher's declared name, or the site's domain when it declares none."""
    if meta.site_names:
        return meta.site_names[0]
    if url:
        from courlan import extract_domain

        return extract_domain(url) or None
    return None


def clean_title(title: str, meta: PageMeta, source: str | None, url: str | None) -> str:
    """``title`` without the site name put before or after it ("Headline – TechCrunch")."""
    title = _squash(title)
    # A headline the page declares, found inside the title: the rest is the site's.
    for headline in meta.headlines:
        if headline != title and len(headline) >= 12 and headline in title:
            rest = title.replace(headline, "", 1).strip()
            if _SEPARATOR.match(f" {rest} ") or _SEPARATOR.search(f" {rest} "):
                return headline
    names = {_key(n) for n in (*meta.site_names, source or "") if _key(n)}
    if url:
        from courlan import extract_domain

        domain = extract_domain(url) or ""
        names |= {_key(domain), _key(domain.split(".")[0])} - {""}
    separators = list(_SEPARATOR.finditer(title))
    if not separators or not names:
        return title
    last, first = separators[-1], separators[0]
    if _names_site(title[last.end() :], names) and last.start() > 0:
        return title[: last.start()].strip()
    if _names_site(title[: first.start()], names) and first.end() < len(title):
        return title[first.end() :].strip()
    return title


def _names_site(segment: str, names: set[str]) -> bool:
    key = _key(segment)
    return bool(key) and any(key == n or (len(n) >= 4 and key.startswith(n)) for n in names)


def _key(value: str) -> str:
    return "".join(c for c in value.lower() if c.isalnum())


def _without_headline(text: str, headlines: set[str | None]) -> str:
    """``text`` without leading lines that repeat the headline."""
    keys = {_key(h) for h in headlines if h} - {""}
    lines = text.split("\n")
    while lines and (not lines[0].strip() or _key(lines[0]) in keys):
        lines.pop(0)
    return "\n".join(lines)


def _check_is_article(
    text: str, meta: PageMeta, page_title: str, link_texts: set[str], has_password: bool
) -> None:
    words = len(_WORD.findall(text))
    if words == 0:
        raise NoMainText
    heading = meta.headlines[-1] if meta.headlines else ""
    if words < 300 and not meta.is_article:
        for name in (page_title, heading):
            if _ERROR_TITLE.search(name):
                raise NotAnArticle(RejectDetails.ERROR_PAGE.format(title=name[:80]))
    if has_password and words < 200 and _LOGIN_TEXT.search(f"{page_title} {text}"):
        raise NotAnArticle(RejectDetails.LOGIN_WALL.format(words=words))
    if words < MIN_WORDS:
        raise NotAnArticle(RejectDetails.TOO_FEW_WORDS.format(words=words, minimum=MIN_WORDS))
    if not meta.is_article:
        linked = sum(
            len(_WORD.findall(line))
            for line in text.split("\n")
            if _squash(_LIST_MARK.sub("", line)) in link_texts
        )
        if linked / words > MAX_LINK_SHARE:
            raise NotAnArticle(RejectDetails.LINK_LIST.format(share=linked / words, words=words))


def _squash(value: str) -> str:
    return " ".join(value.split())
