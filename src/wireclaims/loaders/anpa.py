"""ANPA-1312 and IPTC 7901: the plain-text transmissions of AP, AFP and other agencies.

A transmission is `SYN SYN SOH header STX text ETX post-text EOT`. The header, the keyword/selector line and
the post-text time stamp are dropped; hard-wrapped lines (near 70 columns) are joined into paragraphs, which
start with an indent or after a blank line. The result is ordinary wire copy, read by the plain-text loader.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wireclaims.errors import NotAStory
from wireclaims.loaders.decode import decode
from wireclaims.loaders.plaintext import DATELINE, load_text
from wireclaims.story import Story

SOH, STX, ETX = b"\x01", b"\x02", b"\x03"
# AP keyword lines and AFP slugs: one token with hyphens, perhaps a word count ("BC-Port-Strike,0412").
_SLUG = re.compile(r"^[\w'’.&]+(?:[-/][\w'’.&]+)+(?:\s*,\s*[\w-]+)*$")
# Editors' notes above the story ("Eds: Updates with union comment").
_EDS = re.compile(r"^(?:EDS?|Eds?)\s*:", re.IGNORECASE)
# Post-text time stamps when no ETX marks the end: "AP-NY-03-12-26 1432EST", "121432 GMT MAR 26".
_STAMP = re.compile(
    r"^(?:[A-Z]{2,4}-[A-Z]{2,4}-\d\d-\d\d-\d\d\s+\d{4}[A-Z]{3}|\d{6}\s+GMT\s+[A-Z]{3}\s+\d\d)$"
)
# `_` typed for a dash between words (7-bit character sets have no dash): an em dash, as in print.
_UNDERSCORE_DASH = re.compile(r"(?<=\S) _{1,2} (?=\S)")
_SEPARATOR = re.compile(r"^_{3,}$")


def load_anpa(data: bytes) -> Story:
    """Parse an ANPA-1312 or IPTC 7901 transmission.

    Raises:
        NotAStory: no text between the control characters.
        EncodingProblem: the text is no known encoding.
    """
    if b"\x00" in data[:4096]:
        raise NotAStory("the input looks binary (it contains NUL bytes)")
    start = data.find(STX)
    if start >= 0:
        data = data[start + 1 :]
    elif data.lstrip(b"\x16").startswith(SOH):
        # No STX: the header is the first line after SOH.
        data = data.partition(b"\n")[2]
    end = data.find(ETX)
    if end >= 0:
        data = data[:end]
    text, encoding = decode(data)
    copy = wire_copy(text)
    if not copy.strip():
        raise NotAStory("the transmission holds no story text")
    return replace(load_text(copy.encode("utf-8")), format="anpa", encoding=encoding)


def wire_copy(text: str) -> str:
    """ANPA text (control characters already gone) as blank-line separated wire copy."""
    lines = [_unmark(line.rstrip()) for line in text.split("\n")]
    while lines and (not lines[0].strip() or _SLUG.match(lines[0].strip()) or _EDS.match(lines[0].strip())):
        lines.pop(0)
    while lines and (not lines[-1].strip() or _STAMP.match(lines[-1].strip())):
        lines.pop()
    start = next((i for i, line in enumerate(lines) if _starts_body(line)), None)
    if start is None:
        # No indent and no dateline: blank lines are the only paragraph marks, as in plain text.
        return _dashes("\n".join(line.strip() for line in lines))
    # Header lines (headline, byline, agency line) stand alone, as the plain-text loader expects them.
    header = "\n".join(line.strip() for line in lines[:start]).strip()
    return _dashes(header + "\n\n" + "\n\n".join(_join_wraps(lines[start:])))


def _unmark(line: str) -> str:
    # AP's ANPA copy starts headline lines with `^` and ends format lines with `<` (quad left).
    if line.startswith("^"):
        line = line[1:]
    return line[:-1].rstrip() if line.endswith("<") else line


def _starts_body(line: str) -> bool:
    return bool(line[:1].isspace() and line.strip()) or bool(DATELINE.match(line))


def _join_wraps(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines: a paragraph starts with an indent or after a blank line."""
    paragraphs: list[list[str]] = []
    after_break = True
    trailer = False
    for line in lines:
        words = line.strip()
        if not words:
            after_break = True
            continue
        # After AP's `___` separator come contact and contributor lines: one paragraph each.
        if after_break or line[:1].isspace() or trailer or _SEPARATOR.match(words):
            paragraphs.append([])
        trailer = trailer or bool(_SEPARATOR.match(words))
        paragraphs[-1].append(words)
        after_break = False
    return [" ".join(p) for p in paragraphs]


def _dashes(text: str) -> str:
    return _UNDERSCORE_DASH.sub(" — ", text)
