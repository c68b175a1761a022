"""IPTC NewsML-G2: a `newsItem`, or each text item of a `newsMessage`, with or without the G2 namespace.

Headline, `by`, `creditline` and language come from `contentMeta`; the body from `inlineXML` (NITF or
XHTML) or `inlineData`. The place comes from the body's first paragraph: Reuters and others put a timestamp
in `<dateline>`, and `<located>` is often the editing desk, so metadata is only a fallback.
"""

from __future__ import annotations

from typing import Any

from wireclaims.errors import InputError, NotAStory, ParseError, Withheld
from wireclaims.loaders.bylines import Byline, read_byline
from wireclaims.loaders.nitf import read_nitf
from wireclaims.loaders.xmlutil import (
    XML_LANG,
    StoryParts,
    child,
    children,
    count_tables,
    descendants,
    finish,
    inline_text,
    local,
    markup_paragraphs,
    parse_html,
    parse_xml,
    path,
    text_paragraphs,
)
from wireclaims.models import Credit
from wireclaims.story import Story, read_each

_WITHDRAWN = frozenset({"canceled", "cancelled", "withheld"})
# Body kinds, richest first.
_RANK = {"nitf": 0, "html": 1, "text": 2}


def load_newsml_g2(data: bytes) -> list[Story | InputError]:
    """Parse a NewsML-G2 news item, or every text item of a news message: one entry per item, in document
    order. An item that is withdrawn or has no body is that item's error entry.

    Raises:
        ParseError: malformed XML, entity declarations, or no G2 news item.
        NotAStory: a news message without a text item.
    """
    root, encoding, warnings = parse_xml(data)
    name = local(root.tag)
    if name == "newsItem":
        if _qcode(root) and not _is_text(root):
            raise NotAStory(f"a {_item_class(root)} item, not a story: NewsML-G2 itemClass {_qcode(root)}")
        items = [root]
    elif name == "newsMessage":
        # Pictures, graphics and packages travel in the same message; only text items are stories.
        items = [i for i in descendants(root, "newsItem") if _is_text(i)]
        if not items:
            raise NotAStory("the NewsML-G2 news message holds no text news item")
    else:
        raise ParseError(f"not a NewsML-G2 news item: the root element is <{name}>")
    return read_each(items, lambda item: finish(read_item(item, warnings), "newsml-g2", encoding))


def read_item(item: Any, warnings: list[str] | None = None) -> StoryParts:
    """The parts of one `newsItem`; `warnings` are the document's (its encoding), for every item.

    Raises:
        NotAStory: no text body.
        Withheld: the item is canceled or withheld.
    """
    meta = child(item, "itemMeta")
    status = child(meta, "pubStatus")
    qcode = status.get("qcode", "") if status is not None else ""
    if qcode.rsplit(":", 1)[-1].lower() in _WITHDRAWN:
        raise Withheld(f"the news item is withdrawn (pubStatus {qcode}); there is no story to read")
    content = child(item, "contentMeta")
    body = _body(child(item, "contentSet"))
    headline = child(content, "headline")
    by = child(content, "by")
    creditline = child(content, "creditline")
    language = child(content, "language")
    byline = read_byline(inline_text(by)) if by is not None else Byline(body.byline, body.credits)
    credits = [Credit(role="creditline", names=[inline_text(creditline)])] if creditline is not None else []
    return StoryParts(
        headline=inline_text(headline) if headline is not None else body.headline,
        paragraphs=body.paragraphs,
        byline=byline.names,
        credits=[*credits, *byline.credits],
        dateline_hint=_text(child(content, "dateline")) or body.dateline_hint,
        language=item.get(XML_LANG) or (language.get("tag") if language is not None else None),
        published=_text(child(meta, "versionCreated")),
        version=item.get("version"),
        source_id=item.get("guid"),
        warnings=list(warnings or []),
        tables=body.tables,
    )


def _is_text(item: Any) -> bool:
    if _qcode(item):
        return _item_class(item) == "text"
    return bool(descendants(item, "inlineXML") or descendants(item, "inlineData"))


def _qcode(item: Any) -> str:
    item_class = path(item, "itemMeta", "itemClass")
    return str(item_class.get("qcode", "")) if item_class is not None else ""


def _item_class(item: Any) -> str:
    """`text`, `picture`, `video`, `graphic`, `composite` ... from the itemClass qcode (`ninat:picture`)."""
    return _qcode(item).rsplit(":", 1)[-1].lower() or "non-text"


def _body(content_set: Any) -> StoryParts:
    candidates: list[tuple[int, int, StoryParts]] = []
    for order, element in enumerate(
        [*children(content_set, "inlineXML"), *children(content_set, "inlineData")]
    ):
        parts = _read(element)
        if parts is not None and parts[1].paragraphs:
            candidates.append((_RANK[parts[0]], order, parts[1]))
    if not candidates:
        if count_tables(content_set):
            raise NotAStory("a table transmission (standings, results or a schedule) with no story text")
        raise NotAStory("the news item has no text body (no inlineXML or inlineData with text)")
    return min(candidates, key=lambda c: c[:2])[2]


def _read(element: Any) -> tuple[str, StoryParts] | None:
    content_type = element.get("contenttype", "").lower()
    if local(element.tag) == "inlineXML":
        inner = next((c for c in element if local(c.tag)), None)
        if inner is None:
            return None
        if local(inner.tag) == "nitf":
            return "nitf", read_nitf(inner)
        # Walk the element itself: XHTML under one root, or several bare paragraph elements side by side.
        return "html", StoryParts(paragraphs=markup_paragraphs(element), tables=count_tables(element))
    text = element.text or ""
    if "html" in content_type or text.lstrip().startswith("<"):
        return "html", StoryParts(paragraphs=markup_paragraphs(parse_html(text)))
    return "text", StoryParts(paragraphs=text_paragraphs(text))


def _text(element: Any) -> str | None:
    return inline_text(element) or None if element is not None else None
