"""IPTC NewsML 1.2 (legacy AFP, Business Wire feeds): NewsItem / NewsComponent / ContentItem / DataContent.

The story text is the `DataContent` of one `ContentItem`, holding NITF, XHTML or plain text. Components with
a role such as HeadLine, Caption or Contact hold other things, so the Body/Main component is preferred.
Each NewsItem is a story, whether the document holds several side by side or a NewsComponent packs them.
"""

from __future__ import annotations

from typing import Any

from wireclaims.errors import InputError, NotAStory, ParseError, Withheld
from wireclaims.loaders.bylines import read_byline
from wireclaims.loaders.nitf import read_nitf
from wireclaims.loaders.xmlutil import (
    XML_LANG,
    StoryParts,
    byline_names,
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
from wireclaims.story import Story, read_each

# Component roles that carry the story, and roles that never do (Business Wire, AFP).
_BODY_ROLES = frozenset({"body", "main", "maintext", "text"})
_OTHER_ROLES = frozenset(
    {"headline", "subheadline", "contact", "stylesheet", "logo", "caption", "photo", "video", "graphic"}
)
_WITHDRAWN = frozenset({"canceled", "cancelled", "withheld"})


def load_newsml1(data: bytes) -> list[Story | InputError]:
    """Parse a NewsML 1.2 document: one entry per NewsItem, in document order. An item that is withdrawn or
    has no text is that item's error entry.

    Raises:
        ParseError: malformed XML, entity declarations, or not NewsML.
        NotAStory: no NewsItem.
    """
    root, encoding, warnings = parse_xml(data)
    name = local(root.tag)
    if name not in ("NewsML", "NewsItem"):
        raise ParseError(f"not a NewsML 1.2 document: the root element is <{name}>")
    # A NewsComponent may hold whole NewsItems (a package of stories): the stories are the innermost ones.
    items = [i for i in descendants(root, "NewsItem") if len(descendants(i, "NewsItem")) == 1]
    if not items:
        raise NotAStory("the NewsML document holds no NewsItem")
    return read_each(items, lambda item: finish(_read_item(item, warnings), "newsml-1.2", encoding))


def _read_item(item: Any, warnings: list[str]) -> StoryParts:
    status = path(item, "NewsManagement", "Status")
    if status is not None and status.get("FormalName", "").lower() in _WITHDRAWN:
        raise Withheld(
            f"the news item is withdrawn (Status {status.get('FormalName')}); there is no story to read"
        )
    body = _body(item)
    headline = _first(item, "HeadLine")
    byline = _first(item, "ByLine")
    credits = list(body.credits)
    if byline:
        found = read_byline(byline)
        names, credits = found.names, [*found.credits, *credits]
    elif body.byline:
        names = body.byline
    else:
        # AFP names its reporters only as Creator parties: "Anna Lee with Omar Diaz in Gaza".
        parties = [
            p.get("FormalName", "") for c in descendants(item, "Creator") for p in children(c, "Party")
        ]
        names = [name for party in parties for name in byline_names(party)]
    language = _first_element(item, "Language")
    identifier = path(item, "Identification", "NewsIdentifier")
    return StoryParts(
        headline=headline or body.headline,
        paragraphs=body.paragraphs,
        byline=names,
        credits=credits,
        dateline_hint=_first(item, "DateLine") or body.dateline_hint,
        language=item.get(XML_LANG) or (language.get("FormalName") if language is not None else None),
        published=_text(path(item, "NewsManagement", "ThisRevisionCreated")),
        version=_text(child(identifier, "RevisionId")),
        source_id=_text(child(identifier, "PublicIdentifier")),
        warnings=list(warnings),
        tables=body.tables,
    )


def _body(item: Any) -> StoryParts:
    ranked: list[tuple[int, int, Any]] = []
    for order, content in enumerate(descendants(item, "ContentItem")):
        data = child(content, "DataContent")
        if data is None or _is_media(content):
            continue
        role = _role(content)
        rank = 0 if role in _BODY_ROLES else 2 if role in _OTHER_ROLES else 1
        ranked.append((rank, order, data))
    tables = 0
    for _rank, _order, data in sorted(ranked, key=lambda r: r[:2]):
        parts = _read(data)
        if parts.paragraphs:
            return parts
        tables += parts.tables
    if tables:
        raise NotAStory("a table transmission (standings, results or a schedule) with no story text")
    raise NotAStory("the news item has no text content (no DataContent with text)")


def _read(data: Any) -> StoryParts:
    inner = next((c for c in data if local(c.tag)), None)
    if inner is not None and local(inner.tag) == "nitf":
        return read_nitf(inner)
    if inner is not None:
        # The DataContent itself is walked: it may hold a root (XHTML `html`, a `div`) or several bare
        # paragraph elements side by side, every one of which is the story's.
        return StoryParts(paragraphs=markup_paragraphs(data), tables=count_tables(data))
    text = data.text or ""
    if text.lstrip().startswith("<"):
        # HTML sent as escaped text rather than as elements.
        return StoryParts(paragraphs=markup_paragraphs(parse_html(text)))
    return StoryParts(paragraphs=text_paragraphs(text))


def _role(content: Any) -> str:
    """The Role of the NewsComponent holding this ContentItem, in lower case ('' when none)."""
    parent = content.getparent()
    role = child(parent, "Role")
    return (role.get("FormalName", "") if role is not None else "").replace(" ", "").lower()


def _is_media(content: Any) -> bool:
    kind = child(content, "MimeType")
    media = child(content, "MediaType")
    mime = kind.get("FormalName", "").lower() if kind is not None else ""
    return mime.startswith(("image/", "video/", "audio/", "text/css")) or (
        media is not None and media.get("FormalName", "").lower() not in ("", "text")
    )


def _first(item: Any, name: str) -> str | None:
    element = _first_element(item, name)
    return inline_text(element) or None if element is not None else None


def _first_element(item: Any, name: str) -> Any:
    found = descendants(item, name)
    return found[0] if found else None


def _text(element: Any) -> str | None:
    return inline_text(element) or None if element is not None else None
