"""Plain-text wire copy in the style of Reuters, AP and AFP renderings.

Layout: headline on the first line; optional `By ...` byline block; a dateline opening the lead paragraph;
paragraphs separated by blank lines (or, in copy without any blank line, one per line); a trailer of
credits, contributor lines after AP's `___`, editor initials, correction notes and copyright lines.
"""

from __future__ import annotations

import re

from wireclaims.errors import NotAStory
from wireclaims.lang import en
from wireclaims.loaders.decode import decode
from wireclaims.models import Credit, Dateline
from wireclaims.story import Story

_AGENCY = "|".join(re.escape(a) for a in en.DATELINE_AGENCIES)
_DASH = r"[-–—―]{1,2}|_"
# `MOSCOW, Jan 30 (Reuters) -`, `DES MOINES, Iowa (AP) —`, `PARIS, March 3, 2026 (AFP) -`, `LONDON -`.
DATELINE = re.compile(
    rf"^(?P<location>[A-Z][A-Z.'’/\- ]*[A-Z.](?:,\s+[A-Z][A-Za-z.'’\- ]*?)?)"
    rf"(?:,\s+(?P<date>(?:{en.MONTHS})\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?))?"
    rf"\s*(?:\((?P<agency>{_AGENCY})\)\s*(?:{_DASH})|\s(?:{_DASH}))\s+"
)
# `By NAME`, `By NAME and NAME`, `By NAME, AP Business Writer`: capitalised words only, so a lead that
# starts "By Monday evening, workers had ..." is not a byline.
_BYLINE = re.compile(
    r"^By\s+(?P<names>[A-Z][\w.'’-]*(?:(?:\s+|\s*,\s*|\s+and\s+|\s*&\s*)(?:[A-Z][\w.'’-]*|of|de|van|von|al))*)$"
)
_AGENCY_LINE = re.compile(
    r"^(?:The\s+)?(?:Associated Press|AP|Reuters|AFP|Agence France-Presse)(?:\s+\w+){0,3}$"
)
_CREDITS = re.compile(r"^\((?P<body>(?:[A-Z][a-z]+\s+){1,2}by\s.+)\)\.?$", re.IGNORECASE)
CORRECTION_NOTE = re.compile(
    r"^\((?:This (?:story|article|version)|Corrects|Correction|Updates|Adds|Refiles|Recasts|Fixes|Removes)"
    r"\b.*\)$"
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|Copyright\s+(?:©|\(c\)|\d{4}))", re.IGNORECASE)
_INITIALS = re.compile(r"^[a-z]{1,5}(?:/[a-z]{1,5})+$")
_SEPARATOR = re.compile(r"^_{3,}$")
_CONTRIBUTED = re.compile(r"\bcontributed\b(?: to (?:this|the) (?:report|story))?", re.IGNORECASE)
_NAME_BEFORE_PLACE = re.compile(r"((?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]+)\s+(?:in|from)\s+[A-Z]")
_BOILERPLATE = re.compile(r"^Our Standards:|^The Thomson Reuters Trust Principles", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)")
_DASH_LINE = re.compile(rf"^[{en.ATTRIBUTION_DASHES}]+\s*[A-Z]")
_WS = re.compile(r"[ \t]+")


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
    warnings: list[str] = []
    headline: str | None = None
    if len(blocks) > 1 and len(blocks[0]) == 1 and not DATELINE.match(blocks[0][0]):
        headline = blocks.pop(0)[0]
    elif len(blocks[0]) > 1 and len(blocks[0][0].split()) <= 25 and not DATELINE.match(blocks[0][0]):
        headline = blocks[0].pop(0)
    byline, blocks = _take_byline(blocks)
    # Reuters puts correction and update notes between the headline and the lead.
    while blocks and len(blocks[0]) == 1 and CORRECTION_NOTE.match(blocks[0][0]):
        blocks.pop(0)
    credits, blocks = take_trailer(blocks)
    paragraphs = join_paragraphs(blocks)
    if not paragraphs:
        raise NotAStory("the input has a headline but no body")
    dateline = None
    match = DATELINE.match(paragraphs[0])
    if match and len(paragraphs[0]) > match.end():
        dateline = Dateline(
            location=match.group("location").strip(),
            date=match.group("date"),
            agency=match.group("agency"),
        )
        paragraphs[0] = paragraphs[0][match.end() :]
    return Story(
        headline=headline,
        paragraphs=tuple(paragraphs),
        format="text",
        encoding=encoding,
        dateline=dateline,
        byline=tuple(byline),
        credits=tuple(credits),
        warnings=tuple(warnings),
    )


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


def _take_byline(blocks: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    if not blocks:
        return [], blocks
    first = blocks[0]
    match = _BYLINE.match(first[0])
    if not match or len(match.group("names").split()) > 12:
        return [], blocks
    names = split_names(match.group("names"))
    rest = first[1:]
    while rest and (_AGENCY_LINE.match(rest[0]) or _BYLINE.match(rest[0])):
        more = _BYLINE.match(rest[0])
        if more:
            names.extend(split_names(more.group("names")))
        rest = rest[1:]
    return names, ([rest] if rest else []) + blocks[1:]


def split_names(names: str) -> list[str]:
    names = re.sub(r",?\s+(?:Associated Press|AP|Reuters|AFP)\b.*$", "", names)
    return [n.strip() for n in _NAME_SPLIT.split(names) if n.strip()]


def take_trailer(blocks: list[list[str]]) -> tuple[list[Credit], list[list[str]]]:
    """Strip trailer lines from the end: credits, notes, initials, copyright, AP's `___` contributor lines."""
    credits: list[Credit] = []
    tail: list[Credit] = []
    # AP: everything after the first `___` separator near the end is contact and contributor lines.
    for b in range(max(len(blocks) - 6, 0), len(blocks)):
        idx = next((i for i, line in enumerate(blocks[b]) if _SEPARATOR.match(line)), None)
        if idx is not None:
            trailer = [line for block in blocks[b + 1 :] for line in block] + blocks[b][idx + 1 :]
            tail.extend(_contributors(trailer))
            blocks = blocks[:b] + ([blocks[b][:idx]] if idx else [])
            break
    while blocks:
        line = blocks[-1][-1]
        if _CREDITS.match(line):
            credits[:0] = _credit_roles(_CREDITS.match(line).group("body"))  # type: ignore[union-attr]
        elif _INITIALS.match(line):
            credits[:0] = [Credit(role="editor initials", names=line.split("/"))]
        elif not (CORRECTION_NOTE.match(line) or _COPYRIGHT.match(line) or _BOILERPLATE.match(line)):
            break
        blocks[-1].pop()
        if not blocks[-1]:
            blocks.pop()
    return credits + tail, blocks


def _credit_roles(body: str) -> list[Credit]:
    credits: list[Credit] = []
    for part in re.split(r";\s*", body):
        match = re.match(r"^(?P<role>(?:[A-Za-z]+\s+){1,2}by)\s+(?P<names>.+)$", part.strip())
        if not match:
            continue
        role_words = match.group("role").lower()
        role = en.CREDIT_ROLES.get(role_words, role_words.removesuffix(" by"))
        names = [re.sub(r"\s+in\s+[A-Z][\w .'-]*$", "", n) for n in _NAME_SPLIT.split(match.group("names"))]
        credits.append(Credit(role=role, names=[n.strip() for n in names if n.strip()]))
    return credits


def _contributors(lines: list[str]) -> list[Credit]:
    names: list[str] = []
    for line in lines:
        if not _CONTRIBUTED.search(line):
            continue
        head = _CONTRIBUTED.split(line)[0]
        head = re.sub(r"^.*?\b(?:writers?|reporters?|correspondents?|journalists?)\s+", "", head)
        placed = _NAME_BEFORE_PLACE.findall(head)
        if placed:
            names.extend(re.sub(r"^(?:and|And)\s+", "", n) for n in placed)
            continue
        for part in _NAME_SPLIT.split(head):
            name = re.sub(r"\s+(?:in|from)\s+[A-Z].*$", "", part).strip()
            if name and name[0].isupper():
                names.append(name)
    return [Credit(role="additional reporting", names=names)] if names else []


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
