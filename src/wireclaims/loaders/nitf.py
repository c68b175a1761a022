"""NITF 3.x: the News Industry Text Format, alone or inside NewsML and ninjs.

Headline from `hedline/hl1`, byline names apart from their `byttl` titles, paragraphs (and `hl2` subheads)
from `body.content`; tables, media and the `body.end` tagline are skipped.
"""

from __future__ import annotations

from typing import Any

from wireclaims.errors import ParseError
from wireclaims.loaders.xmlutil import (
    XML_LANG,
    StoryParts,
    byline_names,
    child,
    children,
    descendants,
    finish,
    inline_text,
    local,
    markup_paragraphs,
    parse_xml,
    path,
)
from wireclaims.story import Story

# Inside a byline these hold titles and places, not names: "By ANNA LEE<byttl>AP Business Writer</byttl>".
_NOT_NAMES = frozenset({"byttl", "location", "virtloc", "org"})


def load_nitf(data: bytes) -> Story:
    """Parse a NITF document.

    Raises:
        ParseError: malformed XML, entity declarations, or a root that is not `<nitf>`.
        NotAStory: no body paragraph.
    """
    root, encoding = parse_xml(data)
    # A NITF element cut out of its envelope (a G2 contentSet, say) still reads as NITF.
    nitf = root if local(root.tag) == "nitf" else next(iter(descendants(root, "nitf")), None)
    if nitf is None:
        raise ParseError(f"not a NITF document: the root element is <{local(root.tag)}>")
    return finish(read_nitf(nitf), "nitf", encoding)


def read_nitf(root: Any) -> StoryParts:
    """The parts of a `<nitf>` element (also used for NITF carried in NewsML and ninjs)."""
    head = child(root, "head")
    body = child(root, "body")
    body_head = child(body, "body.head")
    headline = path(body_head, "hedline", "hl1")
    if headline is None:
        headline = child(head, "title")
    byline: list[str] = []
    for element in children(body_head, "byline"):
        byline.extend(_byline(element))
    docdata = child(head, "docdata")
    content = child(body, "body.content")
    return StoryParts(
        headline=inline_text(headline) if headline is not None else None,
        paragraphs=markup_paragraphs(content) if content is not None else [],
        byline=byline,
        dateline_hint=_dateline(child(body_head, "dateline")),
        language=root.get("baselang") or root.get(XML_LANG),
        published=_attr(child(docdata, "date.issue"), "norm"),
        source_id=_attr(child(docdata, "doc-id"), "id-string"),
        version=_attr(child(docdata, "du-key"), "version"),
    )


def _byline(element: Any) -> list[str]:
    persons = descendants(element, "person")
    if persons:
        return [inline_text(p) for p in persons if inline_text(p)]
    # Mixed content: keep the text around a title element (its tail) but not the title itself.
    return byline_names(inline_text(element, skip=_NOT_NAMES))


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
