"""NITF 3.x: the News Industry Text Format, alone or inside NewsML and ninjs.

Headline from `hedline/hl1`, byline names apart from their `byttl` titles, paragraphs (and `hl2` subheads)
from `body.content`; tables and media are skipped, and the `body.end` tagline gives credits (a contributor
line, a `Reporting by` trailer) or nothing. A `docdata` whose `management-status` is canceled is withheld.
"""

from __future__ import annotations

from typing import Any

from wireclaims.errors import ParseError, Withheld
from wireclaims.loaders.bylines import read_byline
from wireclaims.loaders.plaintext import take_trailer
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
    parse_xml,
    path,
)
from wireclaims.models import Credit
from wireclaims.story import Story

# Inside a byline these hold titles and places, not names: "By ANNA LEE<byttl>AP Business Writer</byttl>".
_NOT_NAMES = frozenset({"byttl", "location", "virtloc", "org"})
# docdata management-status values (NITF 3.x: usable, embargoed, withheld, canceled) that withdraw the item.
_WITHDRAWN = frozenset({"canceled", "cancelled", "withheld"})


def load_nitf(data: bytes) -> Story:
    """Parse a NITF document.

    Raises:
        ParseError: malformed XML, entity declarations, or a root that is not `<nitf>`.
        NotAStory: no body paragraph.
    """
    root, encoding, warnings = parse_xml(data)
    # A NITF element cut out of its envelope (a G2 contentSet, say) still reads as NITF.
    nitf = root if local(root.tag) == "nitf" else next(iter(descendants(root, "nitf")), None)
    if nitf is None:
        raise ParseError(f"not a NITF document: the root element is <{local(root.tag)}>")
    parts = read_nitf(nitf)
    parts.warnings[:0] = warnings
    return finish(parts, "nitf", encoding)


def read_nitf(root: Any) -> StoryParts:
    """The parts of a `<nitf>` element (also used for NITF carried in NewsML and ninjs).

    Raises:
        Withheld: the docdata says the item is canceled or withheld.
    """
    head = child(root, "head")
    body = child(root, "body")
    body_head = child(body, "body.head")
    docdata = child(head, "docdata")
    status = (docdata.get("management-status") or "") if docdata is not None else ""
    if status.strip().lower() in _WITHDRAWN:
        raise Withheld(f"the NITF item is withdrawn (docdata management-status {status}); no story to read")
    headline = path(body_head, "hedline", "hl1")
    if headline is None:
        headline = child(head, "title")
    byline: list[str] = []
    credits: list[Credit] = []
    for element in children(body_head, "byline"):
        names, found = _byline(element)
        byline.extend(names)
        credits.extend(found)
    content = child(body, "body.content")
    return StoryParts(
        headline=inline_text(headline) if headline is not None else None,
        paragraphs=markup_paragraphs(content) if content is not None else [],
        byline=byline,
        credits=[*credits, *_tagline_credits(child(body, "body.end"))],
        tables=count_tables(content),
        dateline_hint=_dateline(child(body_head, "dateline")),
        language=root.get("baselang") or root.get(XML_LANG),
        published=_attr(child(docdata, "date.issue"), "norm"),
        source_id=_attr(child(docdata, "doc-id"), "id-string"),
        version=_attr(child(docdata, "du-key"), "version"),
    )


def _byline(element: Any) -> tuple[list[str], list[Credit]]:
    persons = descendants(element, "person")
    if persons:
        return [inline_text(p) for p in persons if inline_text(p)], []
    # Mixed content: keep the text around a title element (its tail) but not the title itself.
    found = read_byline(inline_text(element, skip=_NOT_NAMES))
    return found.names, found.credits


def _tagline_credits(body_end: Any) -> list[Credit]:
    """Credits in the `body.end` taglines: contributor lines and `(Reporting by ...)` trailers, read as the
    plain-text trailer is (after AP's `___` separator); a tagline that credits nobody gives nothing."""
    lines = [inline_text(t) for t in descendants(body_end, "tagline")]
    lines = [line for line in lines if line]
    if not lines:
        return []
    credits, rest = take_trailer([[line] for line in lines])
    contributors, _ = take_trailer([["___"], [line for block in rest for line in block]])
    return [*credits, *contributors]


def _dateline(element: Any) -> str | None:
    if element is None:
        return None
    location = child(element, "location")
    date = child(element, "story.date")
    if location is None and date is None:
        return inline_text(element)
    place = inline_text(location) if location is not None else ""
    when = inline_text(date) if date is not None else ""
    return ", ".join(part for part in (place, when) if part)


def _attr(element: Any, name: str) -> str | None:
    return None if element is None else element.get(name)
