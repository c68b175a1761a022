"""Plain-text wire copy in the style of Reuters, AP and AFP renderings.

Layout: headline on the first line; optional `By ...` byline block; a dateline opening the lead paragraph;
paragraphs separated by blank lines (or, in copy without any blank line, one per line); a trailer of
credits, contributor lines after AP's `___`, editor initials, correction notes and copyright lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wireclaims.errors import NotAStory
from wireclaims.lang import en, wire
from wireclaims.loaders.bylines import Byline, read_byline
from wireclaims.loaders.datelines import UPPER_DATELINE, match_dateline, meta_dateline
from wireclaims.loaders.decode import decode
from wireclaims.loaders.furniture import clean_headline, drop_furniture, not_a_story
from wireclaims.loaders.trailers import CORRECTION_NOTE, split_names, take_trailer
from wireclaims.models import Credit, Dateline
from wireclaims.story import Story

__all__ = [
    "CORRECTION_NOTE",
    "DATELINE",
    "Lead",
    "clean_copy",
    "join_paragraphs",
    "load_text",
    "refuse_non_story",
    "split_blocks",
    "split_names",
    "take_lead",
    "take_trailer",
]  # fmt: skip

# Kept for callers of the one upper-case pattern; the loaders use `match_dateline`, which knows every shape.
DATELINE = UPPER_DATELINE
_AGENCY_WORDS = "|".join(re.escape(a) for a in (*wire.AGENCY_LINE_WORDS, *wire.AGENCIES))
# `By NAME`, `By NAME and NAME`, `By NAME, AP Business Writer`, `By NAME, dpa`: capitalised words only, so
# a lead that starts "By Monday evening, workers had ..." is not a byline. `By NAME / Organisation` and
# editor initials after the names (`By NAME, ab/cd`) are read as the metadata bylines of XML feeds are.
_BYLINE = re.compile(
    r"^By\s+(?P<names>[A-Z][\w.'’-]*(?:(?:\s+|\s*,\s*|\s+and\s+|\s*&\s*)(?:[A-Z][\w.'’-]*|of|de|van|von|al))*)"
    r"(?P<organisation>\s*/\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})?"
    r"(?P<initials>,?\s+[a-z]{1,5}(?:\s*/\s*[a-z]{1,5})+)?"
    rf"(?:,?\s+(?i:{_AGENCY_WORDS})\b[\w\s]*)?$"
)
_AGENCY_LINE = re.compile(rf"^(?:The\s+)?(?:{_AGENCY_WORDS})(?:\s+\w+){{0,3}}$")
# Notes for editors above the lead (`Eds: ...`, `AP Photo ABC101`): never body.
_HEADER_NOTE = re.compile(
    "^(?:" + "|".join(re.escape(n) for n in wire.HEADER_NOTES) + r")(?!\w)", re.IGNORECASE
)
_DASH_LINE = re.compile(rf"^[{en.ATTRIBUTION_DASHES}]+\s*[A-Z]")
_WS = re.compile(r"[ \t]+")
TRANSLATION_BANNER = "the headline carried a machine-translation banner; it was removed"
# How many paragraphs from the top a dateline (or a byline or note above it) is looked for.
_LEAD_REACH = 3


def load_text(data: bytes) -> Story:
    """Parse plain-text wire copy.

    Raises:
        NotAStory: nothing but white space, or no body paragraph.
        EncodingProblem: bytes that are not text.
    """
    text, encoding = decode(data)
    lines = [_WS.sub(" ", line).strip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    if not lines:
        raise NotAStory("the input holds no text")
    blocks = split_blocks(lines)
    headline: str | None = None
    if len(blocks) > 1 and len(blocks[0]) == 1 and not match_dateline(blocks[0][0]):
        headline = blocks.pop(0)[0]
    elif len(blocks[0]) > 1 and len(blocks[0][0].split()) <= 25 and not match_dateline(blocks[0][0]):
        headline = blocks[0].pop(0)
    refuse_non_story(headline or lines[0], join_paragraphs(blocks))
    byline, blocks = _take_byline(blocks)
    credits, blocks = take_trailer(blocks)
    copy = clean_copy(headline, join_paragraphs(blocks))
    lead = take_lead(copy.paragraphs, byline.names)
    if not lead.paragraphs:
        raise NotAStory("the input has a headline but no body")
    return Story(
        headline=copy.headline,
        paragraphs=tuple(lead.paragraphs),
        format="text",
        encoding=encoding,
        dateline=lead.dateline,
        byline=tuple(lead.byline),
        credits=(*byline.credits, *lead.credits, *credits),
        warnings=tuple(copy.warnings),
        status=copy.status,
    )


@dataclass(frozen=True)
class Copy:
    """Wire copy after the cleaners every format shares: headline markers off, furniture out.

    Attributes:
        status: what the headline's status marker said ('corrected'), or None.
    """

    headline: str | None
    paragraphs: list[str]
    status: str | None = None
    warnings: list[str] = field(default_factory=list)


def refuse_non_story(headline: str | None, paragraphs: list[str]) -> None:
    """Refuse copy that is no story, before its trailer (a copyright line, say) leaves the body.

    Raises:
        NotAStory: a service message, a copyright notice or an agate table, naming which.
    """
    reason = not_a_story(headline, paragraphs)
    if reason:
        raise NotAStory(reason)


def clean_copy(headline: str | None, paragraphs: list[str]) -> Copy:
    """The headline without status and translation markers, the paragraphs without furniture (picture
    placeholders, photo credits, embed code): the cleaners the XML loaders use, for wire copy."""
    marked = clean_headline(headline)
    warnings = [TRANSLATION_BANNER] if marked.translated else []
    return Copy(marked.text, drop_furniture(paragraphs), marked.status, warnings)


@dataclass(frozen=True)
class Lead:
    """The top of a body once its dateline is split off: bylines and notes above it have left the body.

    Attributes:
        byline: the byline's names, those of `By` paragraphs added.
        credits: what those `By` paragraphs carried besides names (editor initials, an organisation).
    """

    dateline: Dateline | None
    paragraphs: list[str]
    byline: list[str]
    credits: list[Credit] = field(default_factory=list)


def take_lead(paragraphs: list[str], byline: list[str], hint: str | None = None) -> Lead:
    """Split the dateline off the lead, looking in the first few paragraphs: bylines, notes and correction
    notes above it leave the body (a byline's names join `byline`). Without one in the body, `hint` (a
    metadata dateline) is the fallback. Agency lines (`Associated Press`) there leave the body too."""
    paragraphs, names = list(paragraphs), list(byline)
    credits: list[Credit] = []
    i = 0
    while i < min(_LEAD_REACH, len(paragraphs)):
        para = paragraphs[i]
        by = _read_byline(para)
        if by is not None:
            known = {n.casefold() for n in names}
            names.extend(n for n in by.names if n.casefold() not in known)
            credits.extend(c for c in by.credits if c not in credits)
            del paragraphs[i]
            continue
        if CORRECTION_NOTE.match(para) or _HEADER_NOTE.match(para) or _AGENCY_LINE.match(para):
            del paragraphs[i]
            continue
        alone = match_dateline(para + " lead")
        if alone and alone[1] == len(para) + 1 and i + 1 < len(paragraphs):
            # A dateline alone in its paragraph (a line break after it in the feed) belongs to the lead.
            paragraphs[i : i + 2] = [f"{para} {paragraphs[i + 1]}"]
            continue
        found = match_dateline(para)
        if found and len(para) > found[1]:
            paragraphs[i] = para[found[1] :]
            return Lead(found[0], paragraphs, names, credits)
        i += 1
    return Lead(meta_dateline(hint), paragraphs, names, credits)


def _read_byline(line: str) -> Byline | None:
    """A `By ...` line's names and credits, or None when the line is no byline."""
    by = _BYLINE.match(line)
    if not by or len(by.group("names").split()) > 12:
        return None
    return read_byline("".join(by.group(g) or "" for g in ("names", "organisation", "initials")))


def split_blocks(lines: list[str]) -> list[list[str]]:
    """Group lines into blank-line separated blocks; copy with no blank line at all gives a block per line."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    if len(blocks) <= 2 and sum(len(b) for b in blocks) > 3:
        return [[line] for block in blocks for line in block]
    return blocks


def _take_byline(blocks: list[list[str]]) -> tuple[Byline, list[list[str]]]:
    if not blocks:
        return Byline(), blocks
    first = blocks[0]
    found = _read_byline(first[0])
    if found is None:
        return Byline(), blocks
    names, credits = list(found.names), list(found.credits)
    rest = first[1:]
    while rest and (_AGENCY_LINE.match(rest[0]) or _BYLINE.match(rest[0])):
        more = _read_byline(rest[0])
        if more is not None:
            names.extend(more.names)
            credits.extend(more.credits)
        rest = rest[1:]
    return Byline(names, credits), ([rest] if rest else []) + blocks[1:]


def join_paragraphs(blocks: list[list[str]]) -> list[str]:
    """One paragraph per block; hard-wrapped lines are joined, dash lines and headings stand alone."""
    paragraphs: list[str] = []
    for block in blocks:
        current: list[str] = []
        for line in block:
            if current and (_DASH_LINE.match(line) or _is_heading(current[-1])):
                paragraphs.append(" ".join(current))
                current = []
            current.append(line)
        if current:
            paragraphs.append(" ".join(current))
    return paragraphs


def _is_heading(line: str) -> bool:
    words = line.split()
    return len(words) <= 8 and (line.endswith(":") or (line.isupper() and len(line) > 3))
