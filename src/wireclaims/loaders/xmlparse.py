"""Hardened parsing of untrusted XML and HTML, and the check of a declared XML encoding against the bytes.

Wire feeds are untrusted input: no DTD is loaded, no entity is expanded, no network is reached, and a document
that declares entities is refused outright (billion laughs, XXE).
"""

from __future__ import annotations

import codecs
import re
from typing import Any

import lxml.html
from lxml import etree

from wireclaims.errors import NotAStory, ParseError

_ENTITY_MESSAGE = (
    "the XML declares entities in its DTD (entity expansion or external entities); "
    "refused because wire input is untrusted"
)
_ENTITY_DECL = re.compile(r"<!ENTITY", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
# What lxml takes for an encoding declaration in a string (lxml/apihelpers.pxi), to be cut out.
_LXML_ENCODING = re.compile(r"""^(<\?xml[^>]+)\s+encoding\s*=\s*["'][^"']*["'](\s*\?>|)""")
# libxml2's resource limits (huge_tree stays off: 256 levels, 10 MB a text node) and its hint to lift them.
_DEPTH_LIMIT = re.compile(r"Excessive depth in document: (\d+),? (?:use|try) XML_PARSE_HUGE(?: option)?")
_HUGE_HINT = re.compile(r",?\s*(?:use|try) XML_PARSE_HUGE(?: option)?")
_ENCODING_DECL = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=", re.IGNORECASE)
_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]{1,40})["']""", re.IGNORECASE)
# Single-byte Latin encodings that feeds declare by habit while they send UTF-8: the bytes decide.
_LATIN = frozenset({"latin-1", "iso8859-1", "cp1252", "iso8859-15", "ascii"})


def parse_xml(data: bytes) -> tuple[Any, str, list[str]]:
    """Parse untrusted XML; return (root element, encoding used, warnings).

    The declared encoding is checked against the bytes: a Latin-1 (or Windows-1252) declaration over bytes
    that are clean UTF-8 with multi-byte sequences is read as UTF-8, and a UTF-8 declaration over bytes
    that are not UTF-8 as Windows-1252, each with a warning. An undeclared document that is not UTF-8 is
    read as Windows-1252, as the plain-text loader does.

    Raises:
        NotAStory: empty input.
        ParseError: malformed XML, or a document that declares entities.
    """
    if not data.strip():
        raise NotAStory("the input is empty")
    _refuse_entities(_sniff(data))
    override, warnings = _checked_encoding(data)
    try:
        root = etree.fromstring(data, _xml_parser(override))
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
    return root, _encoding_name(override or docinfo.encoding or "utf-8"), warnings


def _checked_encoding(data: bytes) -> tuple[str | None, list[str]]:
    """The encoding to read the bytes with when the declaration is wrong about them (else None), and the
    warning that says so."""
    declared = _DECLARED.match(data)
    if declared is None:
        return None, []
    label = declared.group(1).decode("ascii")
    name = _encoding_name(label)
    try:
        data.decode("utf-8")
        utf8 = True
    except UnicodeDecodeError:
        utf8 = False
    if name in _LATIN and utf8 and any(b >= 0x80 for b in data):
        # Clean multi-byte UTF-8 is almost never Latin-1 text: read as declared, `été` would be `Ã©tÃ©`.
        return "utf-8", [f"the XML declares {label} but its bytes are UTF-8; read as UTF-8"]
    if name == "utf-8" and not utf8:
        return "cp1252", [f"the XML declares {label} but its bytes are not UTF-8; read as Windows-1252"]
    return None, []


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
