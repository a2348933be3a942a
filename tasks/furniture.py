"""Page furniture: the parts of a news page around the article that are not the article.

Two passes, both generic (class names and phrasings common across publishers,
nothing keyed to one site):

- :func:`prune_furniture` removes furniture elements from a parsed page before
  the main text is extracted: hidden elements, pop-ups, newsletter and promo
  boxes, photo captions and credits, copyright notes. A linked-name widget (a
  name whose hover card repeats the name and lists headlines) keeps only the
  name as the reader sees it in the sentence.
- :func:`drop_furniture_lines` removes the paragraphs of extracted text that are
  furniture whatever the markup: "Advertisement", bylines, photo credits,
  newsletter, subscription, app and social-media pitches, "DON'T MISS" blocks,
  affiliate disclosures and copyright lines.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

# Class or id tokens of furniture. A token must stand alone or between "-"/"_"
# ("newsletter-form__header", "c-letters-cta"), so "cta" does not match "dictation".
_FURNITURE_TOKEN = re.compile(
    r"(?:^|[-_])(?:"
    r"newsletters?|subscribe|subscription|sign-?up|opt-?in|email-capture"
    r"|popmake|pum"
    r"|promo|disclosure|cta|paywall|copyright|credits?|byline"
    r"|more-about|nextstory|next-post|recirc|outbrain|taboola"
    r"|ads?|advert|advertisement|ad-?slot|ad-?unit|sponsored"
    r")(?:$|[-_])",
    re.IGNORECASE,
)
# Pop-ups over a word of the text: a linked name's hover card, a tooltip.
_WIDGET_TOKEN = re.compile(
    r"(?:^|[-_])(?:pop-?up|tooltip|popover|rollover|hover-?card|flyout)(?:$|[-_])", re.IGNORECASE
)
# "recipePartCopyRightText": furniture words inside camel-case names.
_FURNITURE_WORD = re.compile(r"copyright|newsletter", re.IGNORECASE)
# Not <noscript> (some blogs put the whole article there) nor <figcaption> (a
# caption may carry the article's words; its credit line goes by the rules below).
_FURNITURE_TAGS = {"form", "dialog", "template", "button"}
_INLINE_TAGS = {"span", "a", "em", "strong", "b", "i", "small", "sup", "abbr", "cite", "q"}
_NEVER_PRUNED = {"html", "body", "main", "article"}
# An element holding more than this share of the page's text is the page, not furniture.
_MAX_SHARE = 0.4


def prune_furniture(tree: HtmlElement) -> HtmlElement:
    """Remove furniture elements from ``tree`` (in place) and return it."""
    body = tree.find(".//body")
    if body is None:
        body = tree
    total = len(body.text_content()) or 1
    handled: set[HtmlElement] = set()
    for element in [e for e in body.iter() if isinstance(e.tag, str) and _is_furniture(e)]:
        if element.tag in _NEVER_PRUNED or any(a in handled for a in element.iterancestors()):
            continue
        if len(element.text_content()) > _MAX_SHARE * total:
            continue
        handled.add(element)
        if _is_inline_widget(element):
            _keep_trigger_only(element)
        else:
            _remove(element)
    return tree


def _is_furniture(element: HtmlElement) -> bool:
    if element.tag in _FURNITURE_TAGS:
        return True
    # Hidden from every reader (not display:none, which slideshows and tabs use
    # for parts of the article that a click shows).
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    names = _names(element)
    return any(
        _FURNITURE_TOKEN.search(n) or _FURNITURE_WORD.search(n) or _WIDGET_TOKEN.search(n)
        for n in names
    )


def _names(element: HtmlElement) -> list[str]:
    return f"{element.get('class') or ''} {element.get('id') or ''}".split()


def _is_inline_widget(element: HtmlElement) -> bool:
    """A pop-up widget inline in running text: its visible part belongs to the sentence."""
    if element.tag not in _INLINE_TAGS:
        return False
    if not any(_WIDGET_TOKEN.search(n) for n in _names(element)):
        return False
    return any(a.tag in ("p", "li", "blockquote", "td") for a in element.iterancestors())


def _keep_trigger_only(element: HtmlElement) -> None:
    """Replace a linked-name widget by the text the reader sees: its first link, or
    its own leading text when it has no link."""
    links = [a for a in element.iter("a") if a.text_content().strip()]
    if element.tag == "a":
        visible = element.text or ""
    elif links:
        visible = links[0].text_content()
    else:
        visible = element.text or ""
    if element.get("aria-hidden") == "true" or element.get("hidden") is not None:
        visible = ""
    _replace_with_text(element, visible)


def _replace_with_text(element: HtmlElement, text: str) -> None:
    parent = element.getparent()
    if parent is None:
        return
    joined = text + (element.tail or "")
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + joined
    else:
        parent.text = (parent.text or "") + joined
    parent.remove(element)


def _remove(element: HtmlElement) -> None:
    """Remove ``element`` and keep its tail, the text that follows it in its parent."""
    _replace_with_text(element, "")


_WORDS = re.compile(r"\S+")
# Each pattern is tried on one paragraph; ``max_words`` keeps a long paragraph of the
# article that happens to use the same words.
_LINE_RULES: list[tuple[re.Pattern[str], int]] = [
    (
        re.compile(
            r"^(?:advertisements?|sponsored(?: content)?|ad|"
            r"(?:story|article) continues (?:below|after) (?:this )?(?:advertisement|ad))$",
            re.IGNORECASE,
        ),
        6,
    ),
    # Photo credits: "Photo: Jane Doe/Reuters", "(Credit: Clayton Aldern / Grist)".
    (
        re.compile(
            r"^[(\[]?(?:photo(?:graph)?s?|image|picture|illustration|credit|photo credit)"
            r"(?: by)?\s*[:/]",
            re.IGNORECASE,
        ),
        25,
    ),
    (re.compile(r"\b(?:getty images|ap photo|afp via getty|shutterstock)\b\)?$", re.I), 30),
    # Bylines: "By Jane Doe", "By Jane Doe and John Roe, Staff writers".
    (re.compile(r"^[Bb]y\s+[A-Z][^.!?]*$"), 10),
    # Newsletter boxes and their messages.
    (re.compile(r"thanks? (?:you )?for (?:signing up|subscribing)", re.I), 40),
    (re.compile(r"error processing your subscription", re.I), 40),
    (
        re.compile(
            r"(?:sign(?:ing)? ?up|subscribe|get|delivered)\b.*\b(?:newsletters?|inbox|"
            r"by email|daily edition|email alerts?)\b",
            re.IGNORECASE,
        ),
        40,
    ),
    (re.compile(r"\bnewsletters?\b.*\bsign(?:ing)? ?up\b", re.I), 40),
    (re.compile(r"^(?:newsletter|sign up|subscribe)(?: now| here| today)?[.!:]?$", re.I), 6),
    (re.compile(r"\bnewsletter$", re.I), 5),
    (re.compile(r"\binformed\b.*\bsign up\b", re.I), 25),
    # Paywall and subscription pitches.
    (re.compile(r"\bsubscribe now\b|\bplease subscribe\b|\balready a subscriber\b", re.I), 50),
    (re.compile(r"\bsubscribers?\b.*\b(?:gift|offer|discount)\b", re.I), 40),
    # Promo blocks: "DON'T MISS", "READ MORE: …", "… [INSIGHT]".
    (re.compile(r"^(?:DON[’']T MISS|MUST READ|READ MORE|READ ALSO|ALSO READ|SEE ALSO)\b"), 60),
    (re.compile(r"^(?:read more|related|more|watch|listen)\s*:", re.I), 40),
    (re.compile(r"\[[A-Z][A-Z ]{2,}\]$"), 60),
    # Apps and social media.
    (re.compile(r"\bdownload (?:the|our)\b.*\bapps?\b", re.I), 40),
    (re.compile(r"^follow (?:us|the \w+|\w+) on (?:twitter|facebook|instagram|x)\b", re.I), 50),
    # Affiliate disclosures and letter pitches.
    (re.compile(r"\b(?:may|might) (?:receive|earn) (?:a )?(?:compensation|commission)", re.I), 80),
    (re.compile(r"\breferences to products\b", re.I), 80),
    (re.compile(r"\bletters? to the editor\b", re.I), 30),
    # Page metadata set as text: "Release Date:", "Last Modified: 03-10-2004",
    # a source named by its bare domain ("EXAMPLENEWS.COM").
    (
        re.compile(
            r"\b(?:last modified|last updated|release date|news date|publish(?:ed)? date"
            r"|posted on)\s*:",
            re.IGNORECASE,
        ),
        15,
    ),
    (re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co|news)$", re.IGNORECASE), 1),
    # Donation pitches ending in their button.
    (re.compile(r"\b(?:we need your help|help us|support us)\b.*\bdonate\W*$", re.I), 30),
    # Copyright lines.
    (re.compile(r"^(?:©|\(c\)|copyright\b)", re.I), 40),
    (re.compile(r"\ball rights reserved\b", re.I), 30),
    (re.compile(r"\bcopyrighted property\b|\bwritten permission\b.*\breprint", re.I), 50),
]


def is_furniture_line(line: str) -> bool:
    """True when the paragraph ``line`` is page furniture, not article text."""
    stripped = line.strip()
    if not stripped:
        return False
    words = len(_WORDS.findall(stripped))
    return any(words <= limit and rule.search(stripped) for rule, limit in _LINE_RULES)


def drop_furniture_lines(text: str) -> str:
    """``text`` without its furniture paragraphs (one a line, as trafilatura gives them)."""
    return "\n".join(line for line in text.split("\n") if not is_furniture_line(line))
