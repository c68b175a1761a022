"""Loaders: bytes of one input -> its stories. One module per format, chosen through `LOADERS`.

To add a format, write `load_<format>(data: bytes) -> Story` in its own module (`-> list[Story | InputError]`
when one file can carry several items), add it to `LOADERS`, and teach `detect_format` to recognise it.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import PurePath

from wireclaims.errors import InputError, NotAStory, Withheld
from wireclaims.loaders.anpa import load_anpa
from wireclaims.loaders.html import load_html
from wireclaims.loaders.language import with_language
from wireclaims.loaders.newsml1 import load_newsml1
from wireclaims.loaders.newsml_g2 import load_newsml_g2
from wireclaims.loaders.ninjs import load_ninjs
from wireclaims.loaders.nitf import load_nitf
from wireclaims.loaders.plaintext import load_text
from wireclaims.loaders.timestamps import iso_timestamp
from wireclaims.story import Story, without_surrogates

__all__ = ["LOADERS", "UnknownFormat", "Withheld", "detect_format", "load", "load_all"]

Loader = Callable[[bytes], list[Story | InputError]]


def _one(loader: Callable[[bytes], Story]) -> Loader:
    """A loader for a format that carries one story per file."""
    return lambda data: [loader(data)]


# Format name -> loader: one entry per item of the input, a story or that item's error.
LOADERS: dict[str, Loader] = {
    "text": _one(load_text),
    "ninjs": load_ninjs,
    "nitf": _one(load_nitf),
    "newsml-g2": load_newsml_g2,
    "newsml-1.2": load_newsml1,
    "anpa": _one(load_anpa),
    "html": _one(load_html),
}

# XML root element (local name, case as the standards spell it) -> format.
_XML_ROOTS = {
    "nitf": "nitf",
    "newsMessage": "newsml-g2",
    "newsItem": "newsml-g2",
    "NewsML": "newsml-1.2",
    "NewsItem": "newsml-1.2",
    "html": "html",
}
# File extensions, consulted only when the content says nothing.
_EXTENSIONS = {
    ".json": "ninjs",
    ".ninjs": "ninjs",
    ".nitf": "nitf",
    ".html": "html",
    ".htm": "html",
    ".anpa": "anpa",
    ".iptc": "anpa",
}
# Fields only a ninjs object has (any version), within the first few kilobytes.
_NINJS_FIELDS = re.compile(
    r'"(?:\$standard|standard|uri|headlines?|bodies|body_(?:text|html|xhtml)|versioncreated|versionCreated|'
    r'byline|located|pubstatus|pubStatus|item)"\s*:'
)
# The root's local name, after any prefixes: `<a:b:nitf>` or `<:nitf>` (not namespace-well-formed) goes to
# the NITF loader, whose parser says what is wrong, rather than to the forgiving HTML one.
_ROOT = re.compile(r"<(?![?!])(?:[\w.-]*:)*([A-Za-z_][\w.-]*)")
_PROLOG = re.compile(r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>", re.DOTALL | re.IGNORECASE)
_SAMPLE = 8192
# What detection says of XML whose root is no news format: never a loader, always a `not-a-story` record.
_OTHER_XML = "other-xml"


class UnknownFormat(InputError):
    """`--input-format` names a format wireclaims does not read."""

    code = "unknown-format"


def detect_format(data: bytes, name: str = "") -> str:
    """The format of an input, from its content first and its file name second."""
    head = data[:_SAMPLE]
    boms = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    if b"\x00" in head and not head.startswith(boms):
        return "text"  # binary: the text loader says so
    # ANPA-1312 opens with SYN SYN SOH; IPTC 7901 with SOH; both wrap the text in STX ... ETX.
    if not head.startswith(boms[1:]) and (
        head.lstrip(b"\x16").startswith(b"\x01") or (b"\x02" in head[:512] and b"\x03" in data)
    ):
        return "anpa"
    sample = _text(head).lstrip()
    if sample.startswith(("{", "[")) and _NINJS_FIELDS.search(sample):
        return "ninjs"
    if sample.startswith("<"):
        lowered = sample[:1024].lower()
        if lowered.startswith("<!doctype html"):
            return "html"
        root = _ROOT.search(_PROLOG.sub("", sample))
        if root and root.group(1) in _XML_ROOTS:
            return _XML_ROOTS[root.group(1)]
        if re.search(r"<(?:[\w.-]*:)*nitf[\s>]", sample):
            return "nitf"  # NITF inside some other wrapper
        if "<html" in lowered or "<body" in lowered:
            return "html"
        closing = f"</{root.group(0)[1:]}>".encode() if root else b""
        if root and (sample.startswith("<?xml") or data.rstrip().endswith(closing)):
            return _OTHER_XML  # an XML schema, a metadata fragment: XML, but no news format
    return _EXTENSIONS.get(PurePath(name).suffix.lower(), "text")


def _text(head: bytes) -> str:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="replace")
    return head.decode("utf-8", errors="replace").lstrip("\ufeff")


def load_all(data: bytes, name: str = "", input_format: str | None = None) -> list[Story | InputError]:
    """Every story of one input, in document order: one entry per item (a feed file carries several), each
    a `Story` or the `InputError` of that item alone (withheld, no body). Never empty. No text of a story
    holds a lone surrogate (each is U+FFFD, with a warning), so every story serialises as UTF-8.

    Raises:
        InputError: (a subclass naming the problem) when the input as a whole is not readable.
    """
    fmt = input_format or detect_format(data, name)
    if fmt == _OTHER_XML:
        root = _ROOT.search(_PROLOG.sub("", _text(data[:_SAMPLE])))
        tag = root.group(1) if root else "?"
        raise NotAStory(
            f"an XML document with root <{tag}> is no news format wireclaims reads "
            "(NITF, NewsML-G2, NewsML 1.2, XHTML); --input-format forces one"
        )
    loader = LOADERS.get(fmt)
    if loader is None:
        raise UnknownFormat(f"unknown input format {fmt!r}; known: {', '.join(sorted(LOADERS))}")
    try:
        entries = loader(data)
        if not entries:  # each loader raises instead; a new one might not
            raise NotAStory("the input holds no story")
    except InputError as exc:
        exc.format = fmt  # the error record says which format the input was read as
        raise
    for entry in entries:
        if isinstance(entry, InputError):
            entry.format = fmt
    return [without_surrogates(_finished(e)) if isinstance(e, Story) else e for e in entries]


def _finished(story: Story) -> Story:
    """What every loader's story shares: `published` in one ISO 8601 form, whatever the feed wrote, and
    `language` from the text (only the English part kept of a body in several languages)."""
    published = iso_timestamp(story.published)
    story = story if published == story.published else replace(story, published=published)
    return with_language(story)


def load(data: bytes, name: str = "", input_format: str | None = None) -> Story:
    """The first story of one input: for callers that want one story (gold files, benchmarks).

    Raises:
        InputError: (a subclass naming the problem) when the input, or its first item, is not a readable
            story.
    """
    first = load_all(data, name, input_format)[0]
    if isinstance(first, InputError):
        raise first
    return first
