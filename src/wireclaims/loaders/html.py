"""Web pages: the main text, title, author and date, extracted with trafilatura (never from the network).

Navigation, share bars, captions and footers are left out by trafilatura; paragraph boundaries are kept from
its output (`p`, `head`, `quote`, list items).
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from wireclaims.errors import NotAStory
from wireclaims.loaders.bylines import read_byline
from wireclaims.loaders.decode import decode
from wireclaims.loaders.xmlutil import (
    XML_LANG,
    StoryParts,
    finish,
    inline_text,
    local,
    parse_html,
)
from wireclaims.story import Story

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# Labels browsers read as another encoding, and so do pages that declare them (WHATWG Encoding Standard).
# A UTF-16 label found by a byte search cannot be true: UTF-16 bytes would hide it.
_READ_AS = {
    "latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254",
    "iso8859-11": "cp874", "utf-16": "utf-8", "utf-16-le": "utf-8", "utf-16-be": "utf-8",
}  # fmt: skip
# The web's text encodings (WHATWG), as Python names them. Any other label is ignored: Python also has
# codecs that are no text encoding (rot13, base64, zip, unicode_escape) or that make surrogates (UTF-7).
_WEB_ENCODINGS = frozenset({
    "utf-8", "cp866", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7",
    "iso8859-8", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16", "koi8-r", "koi8-u",
    "mac-roman", "mac-cyrillic", "cp874", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255",
    "cp1256", "cp1257", "cp1258", "gbk", "gb18030", "big5", "big5hkscs", "euc_jp", "iso2022_jp",
    "shift_jis", "euc_kr",
})  # fmt: skip
# Elements of trafilatura's output that are body paragraphs.
_PARAGRAPHS = frozenset({"p", "head", "quote", "item", "code"})


def load_html(data: bytes) -> Story:
    """Extract the article of an HTML page.

    Raises:
        NotAStory: the page has no main text.
        EncodingProblem: the bytes are no known text encoding.
    """
    # trafilatura pulls in date and language tooling: import it only when a page is read.
    import trafilatura
    from trafilatura.settings import Document

    text, encoding = _decode(data)
    body = parse_html(text)
    root = body.getroottree().getroot()
    language = root.get("lang") or root.get(XML_LANG)
    found = trafilatura.bare_extraction(
        root,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    paragraphs = _paragraphs(found.body) if isinstance(found, Document) and found.body is not None else []
    if not isinstance(found, Document) or not paragraphs:
        raise NotAStory("no article text found in the HTML page")
    byline = read_byline(found.author)
    parts = StoryParts(
        headline=found.title,
        paragraphs=paragraphs,
        byline=byline.names,
        credits=byline.credits,
        language=language,
        published=found.date,
    )
    return finish(parts, "html", encoding)


def _paragraphs(element: Any) -> list[str]:
    out: list[str] = []
    for node in element:
        nested = any(local(c.tag) in _PARAGRAPHS for c in node)
        if local(node.tag) in _PARAGRAPHS and not nested:
            out.append(inline_text(node))
        elif nested:
            out.extend(_paragraphs(node))
    return out


def _decode(data: bytes) -> tuple[str, str]:
    """Decode with the page's declared charset, else as plain text is decoded."""
    declared = _CHARSET.search(data[:4096])
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            name = ""
        name = _READ_AS.get(name, name)
        if name in _WEB_ENCODINGS:
            try:
                # Re-encoded to UTF-8 so that `decode` normalises newlines and control characters as usual.
                return decode(data.decode(name).encode("utf-8"))[0], name
            except UnicodeDecodeError:
                pass
    return decode(data)
