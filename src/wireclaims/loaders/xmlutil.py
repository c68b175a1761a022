"""Shared by the structured loaders (NITF, NewsML, ninjs, HTML): hardened XML parsing, markup -> paragraphs,
and the finishing step that turns the parts of a story into a `Story` the same way the plain-text loader does.

Wire feeds are untrusted input: no DTD is loaded, no entity is expanded, no network is reached, and a document
that declares entities is refused outright (billion laughs, XXE).
"""

from __future__ import annotations

import codecs
import html.entities
import re
from dataclasses import dataclass, field
from typing import Any

import lxml.html
from lxml import etree

from wireclaims.errors import NotAStory, ParseError

# The plain-text loader owns the wire-copy conventions (datelines, trailers, names); reuse, never re-write.
from wireclaims.loaders.datelines import meta_dateline as meta_dateline
from wireclaims.loaders.plaintext import (
    join_paragraphs,
    split_blocks,
    split_names,
    take_lead,
    take_trailer,
)
from wireclaims.models import Credit
from wireclaims.story import Story

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass
class StoryParts:
    """What a structured loader read, before the common finishing step.

    Attributes:
        dateline_hint: a dateline from metadata, used only when the body does not open with one.
        published, version, source_id: item metadata that `Story` has no field for yet.
    """

    headline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    byline: list[str] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    dateline_hint: str | None = None
    language: str | None = None
    published: str | None = None
    version: str | None = None
    source_id: str | None = None
    warnings: list[str] = field(default_factory=list)


# Elements whose text is never body copy: metadata, media, tables, navigation, editorial notes.
_SKIP = frozenset({
    "head", "title", "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button",
    "iframe", "object", "embed", "video", "audio", "svg", "img", "picture", "figure", "figcaption", "table",
    "nitf-table", "media", "media-caption", "caption", "note", "fn", "hl1", "h1", "body.head", "body.end",
    "tagline", "abstract", "credit", "header",
})  # fmt: skip
# XHTML classes that hold furniture, not copy (TT's `dat` holds the section label and the source).
_SKIP_CLASSES = frozenset({"byline", "dateline", "dat", "credit", "caption", "vignette", "photo-credit"})
# Elements that are one paragraph each (NITF `hl2` subheads included).
_PARAGRAPH = frozenset({
    "p", "hl2", "hl3", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "address", "bq", "blockquote",
})  # fmt: skip
# Containers whose children are walked; text loose in them becomes a paragraph of its own.
_CONTAINER = frozenset({
    "html", "body", "body.content", "block", "div", "section", "article", "main", "ul", "ol", "dl", "bq",
    "blockquote", "center",
})  # fmt: skip
_ENTITY_MESSAGE = (
    "the XML declares entities in its DTD (entity expansion or external entities); "
    "refused because wire input is untrusted"
)
_SPACE = re.compile(r"\s+")
_ENTITY_DECL = re.compile(r"<!ENTITY", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
# What lxml takes for an encoding declaration in a string (lxml/apihelpers.pxi), to be cut out.
_LXML_ENCODING = re.compile(r"""^(<\?xml[^>]+)\s+encoding\s*=\s*["'][^"']*["'](\s*\?>|)""")
# libxml2's resource limits (huge_tree stays off: 256 levels, 10 MB a text node) and its hint to lift them.
_DEPTH_LIMIT = re.compile(r"Excessive depth in document: (\d+),? (?:use|try) XML_PARSE_HUGE(?: option)?")
_HUGE_HINT = re.compile(r",?\s*(?:use|try) XML_PARSE_HUGE(?: option)?")
_ENCODING_DECL = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=", re.IGNORECASE)


def parse_xml(data: bytes) -> tuple[Any, str]:
    """Parse untrusted XML; return (root element, encoding used).

    The declared encoding is honoured; an undeclared document that is not UTF-8 is read as Windows-1252,
    as the plain-text loader does.

    Raises:
        NotAStory: empty input.
        ParseError: malformed XML, or a document that declares entities.
    """
    if not data.strip():
        raise NotAStory("the input is empty")
    _refuse_entities(_sniff(data))
    try:
        root = etree.fromstring(data, _xml_parser())
    except etree.XMLSyntaxError as exc:
        if "encoding" not in str(exc).lower() or _ENCODING_DECL.match(data):
            raise _malformed(exc) from exc
        try:
            root = etree.fromstring(data, _xml_parser("cp1252"))
        except etree.XMLSyntaxError as again:
            raise _malformed(again) from again
    docinfo = root.getroottree().docinfo
    # Belt and braces: the sniffing above misses an encoding it cannot read; the parsed DTD does not.
    if docinfo.internalDTD is not None and any(True for _ in docinfo.internalDTD.iterentities()):
        raise ParseError(_ENTITY_MESSAGE)
    return root, _encoding_name(docinfo.encoding or "utf-8")


def parse_xml_text(text: str) -> Any:
    """Parse XML held in a string (a NITF body inside JSON): its own declaration no longer applies."""
    return parse_xml(_XML_DECL.sub("", text, count=1).encode("utf-8"))[0]


def parse_html(text: str) -> Any:
    """Parse an HTML document or fragment into its `<body>` element (libxml2's HTML parser loads nothing).

    Raises:
        NotAStory: no markup at all.
        ParseError: a DTD that declares entities.
    """
    if not text.strip():
        raise NotAStory("the HTML body is empty")
    # libxml2's HTML parser expands nothing, but an entity declaration in a page is an attack, not a story.
    _refuse_entities(text)
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(_no_declaration(text), parser=parser)
    except etree.ParserError as exc:
        raise NotAStory(f"the HTML body is empty: {exc}") from exc
    # The HTML parser recovers from a resource limit by dropping what lies beyond it: an incomplete story.
    limit = next((e for e in parser.error_log if e.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT), None)
    if limit is not None:
        where = f"{_limit_message(limit.message)}, line {limit.line}, column {limit.column}"
        raise ParseError(f"the HTML is beyond a safety limit of the parser: {where}")
    body = root.find("body")
    return root if body is None else body


def _malformed(exc: etree.XMLSyntaxError) -> ParseError:
    if exc.code == etree.ErrorTypes.ERR_RESOURCE_LIMIT:
        return ParseError(f"the XML is beyond a safety limit of the parser: {_limit_message(exc.msg)}")
    return ParseError(f"malformed XML: {exc}")


def _limit_message(message: str) -> str:
    """libxml2's words for a resource limit, without its hint to lift the limit (no user can)."""
    depth = _DEPTH_LIMIT.search(message)
    if depth:
        return f"elements nested deeper than {depth.group(1)} levels{message[depth.end() :]}".strip()
    message = _HUGE_HINT.sub("", message).removeprefix("Resource limit exceeded: ").strip()
    return message[:1].lower() + message[1:]


def _no_declaration(text: str) -> str:
    """Markup text without its XML declaration: lxml refuses a string that declares an encoding, and finds
    one even in a broken declaration (`encoding="a>b"`, no `?>`) that `_XML_DECL` leaves in place."""
    return _LXML_ENCODING.sub(r"\g<1>\g<2>", _XML_DECL.sub("", text, count=1), count=1)


def _xml_parser(encoding: str | None = None) -> Any:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        encoding=encoding,
    )


def _sniff(data: bytes) -> str:
    """The document as text, well enough to look for a DTD (BOM-aware; bad bytes replaced)."""
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32")):
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8", errors="replace")


def _refuse_entities(text: str) -> None:
    doctype = text.find("<!DOCTYPE")
    if doctype >= 0 and _ENTITY_DECL.search(text, doctype):
        raise ParseError(_ENTITY_MESSAGE)


def _encoding_name(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.lower()


def local(tag: object) -> str:
    """Element name without its namespace; '' for comments, entities and processing instructions."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def child(el: Any, name: str) -> Any:
    """The first child element called `name` (any namespace), or None."""
    if el is None:
        return None
    return next((c for c in el if local(c.tag) == name), None)


def children(el: Any, name: str) -> list[Any]:
    """Child elements called `name` (any namespace)."""
    return [] if el is None else [c for c in el if local(c.tag) == name]


def path(el: Any, *names: str) -> Any:
    """Follow child names down from `el`; None as soon as one is missing."""
    for name in names:
        el = child(el, name)
    return el


def descendants(el: Any, name: str) -> list[Any]:
    """Descendant elements called `name` (any namespace), in document order."""
    return [] if el is None else [d for d in el.iter() if local(d.tag) == name]


def norm(text: str | None) -> str:
    """Collapse white space (no-break spaces included) and trim."""
    return _SPACE.sub(" ", text or "").strip()


def inline_text(el: Any, skip: frozenset[str] = _SKIP) -> str:
    """The text of `el` and its descendants on one line; `<br>` is a space, skipped elements vanish."""
    parts: list[str] = []
    _inline(el, parts, skip)
    return norm("".join(parts))


def _inline(el: Any, parts: list[str], skip: frozenset[str]) -> None:
    parts.append(el.text or "")
    for node in el:
        _inline_node(node, parts, skip)
        parts.append(node.tail or "")


def _inline_node(node: Any, parts: list[str], skip: frozenset[str]) -> None:
    """One inline node's text, without its tail."""
    if isinstance(node, etree._Entity):
        # NITF declares HTML entities in a DTD we never load: map the familiar ones ourselves.
        parts.append(html.entities.html5.get(f"{node.name};", ""))
    elif local(node.tag) in ("br", "lb"):  # lb: trafilatura's line break
        parts.append(" ")
    elif local(node.tag) and local(node.tag) not in skip:
        _inline(node, parts, skip)


def markup_paragraphs(el: Any) -> list[str]:
    """Body paragraphs of NITF `body.content` or an XHTML/HTML body, in reading order.

    Paragraph elements and subheads give one paragraph each; tables, media and captions are skipped; text
    loose in a container (a body without `<p>`) is a paragraph of its own.
    """
    out: list[str] = []
    _walk(el, out)
    return [p for p in out if p]


def _walk(el: Any, out: list[str]) -> None:
    loose: list[str] = [el.text or ""]
    for node in el:
        name = local(node.tag)
        if name and _SKIP_CLASSES.intersection((node.get("class") or "").split()):
            pass
        elif name in _CONTAINER and (name not in _PARAGRAPH or _has_blocks(node)):
            out.append(norm("".join(loose)))
            loose = []
            _walk(node, out)
        elif name in _PARAGRAPH:
            out.append(norm("".join(loose)))
            loose = []
            out.append(inline_text(node))
        else:
            _inline_node(node, loose, _SKIP)
        loose.append(node.tail or "")
    out.append(norm("".join(loose)))


def _has_blocks(el: Any) -> bool:
    return any(local(c.tag) in _PARAGRAPH or local(c.tag) in _CONTAINER for c in el)


def text_paragraphs(text: str) -> list[str]:
    """Paragraphs of a plain-text body: blank-line blocks, or one per line in copy without blank lines."""
    lines = [norm(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return join_paragraphs(split_blocks(lines))


def byline_names(text: str | None) -> list[str]:
    """Names from a byline as metadata gives it: 'By A and B', 'A; B', 'A with B in Gaza'."""
    text = re.sub(r"^by\s+", "", norm(text), flags=re.IGNORECASE).strip(" ,;/")
    names: list[str] = []
    for part in re.split(r"\s*;\s*|\s+with\s+", text):
        part = re.sub(r"\s+in\s+[A-Z][\w .'’-]*$", "", part)
        names.extend(split_names(part))
    return names


def language_code(tag: str | None) -> str | None:
    """ISO 639 language from a tag such as 'en-GB' or 'nb_NO'."""
    primary = re.split(r"[-_]", norm(tag), maxsplit=1)[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def finish(parts: StoryParts, fmt: str, encoding: str) -> Story:
    """The `Story` for what a structured loader read, with the plain-text loader's conventions.

    The dateline is split from the first paragraph (metadata datelines are only a fallback), notes above
    the lead are dropped and a credits trailer becomes `credits`.

    Raises:
        NotAStory: no body paragraph.
    """
    paragraphs = [p for p in (norm(p) for p in parts.paragraphs) if p]
    headline = norm(parts.headline) or None
    # Web pages and some XHTML bodies repeat the headline as their first heading.
    if headline and paragraphs and paragraphs[0] == headline:
        paragraphs.pop(0)
    credits, blocks = take_trailer([[p] for p in paragraphs])
    dateline, paragraphs, byline = take_lead(
        [line for block in blocks for line in block], list(parts.byline), parts.dateline_hint
    )
    if not paragraphs:
        raise NotAStory("the item has no body text")
    return Story(
        headline=headline,
        paragraphs=tuple(paragraphs),
        format=fmt,
        encoding=encoding,
        dateline=dateline,
        byline=tuple(dict.fromkeys(n for n in byline if n)),
        credits=(*parts.credits, *credits),
        language=language_code(parts.language) or "en",
        warnings=tuple(parts.warnings),
        published=parts.published,
        version=parts.version,
        source_id=parts.source_id,
    )
