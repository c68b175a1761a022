"""Web pages: the main text, title, author and date, extracted with trafilatura (never from the network).

Navigation, share bars, captions and footers are left out by trafilatura; paragraph boundaries are kept from
its output (`p`, `head`, `quote`, list items).
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from wireclaims.errors import NotAStory
from wireclaims.loaders.decode import decode
from wireclaims.loaders.xmlutil import (
    XML_LANG,
    StoryParts,
    byline_names,
    finish,
    inline_text,
    local,
    parse_html,
)
from wireclaims.story import Story

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# Browsers read these labels as Windows-1252, and so do pages that declare them (WHATWG encoding spec).
_AS_CP1252 = frozenset({"latin-1", "iso8859-1", "ascii", "cp1252"})
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
    parts = StoryParts(
        headline=found.title,
        paragraphs=paragraphs,
        byline=byline_names(found.author),
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
        name = "cp1252" if name in _AS_CP1252 else name
        if name:
            try:
                # Re-encoded to UTF-8 so that `decode` normalises newlines and control characters as usual.
                return decode(data.decode(name).encode("utf-8"))[0], name
            except UnicodeDecodeError:
                pass
    return decode(data)
