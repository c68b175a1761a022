"""ANPA-1312 and IPTC 7901: the plain-text transmissions of AP, AFP, dpa and other agencies.

A transmission is `SYN SYN SOH header STX text ETX post-text EOT`. The text opens with a keyword or slug
line (`BC-US--Port Tolls, 1st Ld-Writethru,466`: slug, version, word count), then unindented header lines,
each with its own job: the headline (in 7901 a heading that may run over two lines and ends at its `=`
end marker), editors' notes and photo numbers (dropped), a summary line (dropped), `By NAME=` bylines and
the agency line. Indented or blank-line separated paragraphs follow, hard-wrapped near 70 columns. `=`
line ends, AP's `^` and `<` marks and control codes never reach the text. The post-text stamp gives the
time of publication. The trailer (credits, notes for editors, sign-offs) is read as in plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wireclaims.errors import NotAStory
from wireclaims.lang import wire
from wireclaims.loaders.bylines import read_byline
from wireclaims.loaders.datelines import match_dateline
from wireclaims.loaders.decode import decode
from wireclaims.loaders.plaintext import (
    clean_copy,
    join_paragraphs,
    refuse_non_story,
    take_lead,
    take_trailer,
)
from wireclaims.loaders.timestamps import stamp_timestamp
from wireclaims.loaders.trailers import is_notes_heading
from wireclaims.models import Credit
from wireclaims.story import Story

SOH, STX, ETX, EOT = b"\x01", b"\x02", b"\x03", b"\x04"
# Control codes left inside the text (typesetting codes), never text; fraction codes are read first.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CODES = "".join(re.escape(code) for code in wire.FRACTION_CODES)
# A fraction code after a figure (`4` + code -> `4½`) or standing as a word (`a ½ mile`). Anywhere else it
# is most likely a stray typesetting code, and goes with the other control codes.
_FRACTION = re.compile(rf"(?:(?<=\d)|(?<![^\s(\-])|^)([{_CODES}])(?=[\s.,;:)%-]|$)")
# Editors' notes above the story ("Eds: Updates with union comment", "AP Photo ABC101").
_NOTE = re.compile("^(?:" + "|".join(re.escape(n) for n in wire.HEADER_NOTES) + r")(?!\w)", re.IGNORECASE)
_BYLINE = re.compile(r"^By\s+(?P<names>[A-Z].*)$")
_AGENCY_LINE = re.compile(
    r"^(?:The\s+)?(?:" + "|".join(re.escape(a) for a in wire.AGENCY_LINE_WORDS) + r")(?:\s+\w+){0,3}$"
)
# Post-text time stamps when no ETX marks the end: "AP-NY-03-12-26 1432EST", "121432 GMT MAR 26".
_STAMP = re.compile(
    r"^(?:[A-Z]{2,4}-[A-Z]{2,4}-\d\d-\d\d-\d\d\s+\d{4}[A-Z]{3}|\d{6}\s+(?:[A-Z]{2,4}\s+)?[A-Za-z]{3}\s+\d\d)$"
)
# AP's cycle selectors that open a keyword line (`BC-`, `AM-`, `PM-`).
_SELECTOR = re.compile(r"^(?:BC|AM|PM)-")
_VERSION = re.compile("|".join(wire.VERSION_WORDS), re.IGNORECASE)
# `_` typed for a dash between words (7-bit character sets have no dash): an em dash, as in print.
_UNDERSCORE_DASH = re.compile(r"(?<=\S) _{1,2} (?=\S)")
_SEPARATOR = re.compile(r"^_{3,}$")
_SENTENCE_END = re.compile(r"(?:[.!?]|_{3,})[\"'”’]?$")


@dataclass
class _Copy:
    """What the text between STX and ETX holds, its header lines sorted."""

    slug: str | None = None
    version: str | None = None
    headline: str | None = None
    byline: list[str] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)


def load_anpa(data: bytes) -> Story:
    """Parse an ANPA-1312 or IPTC 7901 transmission.

    Raises:
        NotAStory: no text between the control characters.
        EncodingProblem: the text is no known encoding.
    """
    if b"\x00" in data[:4096]:
        raise NotAStory("the input looks binary (it contains NUL bytes)")
    post = b""
    start = data.find(STX)
    if start >= 0:
        data = data[start + 1 :]
    elif data.lstrip(b"\x16").startswith(SOH):
        # No STX: the header is the first line after SOH.
        data = data.partition(b"\n")[2]
    end = data.find(ETX)
    if end >= 0:
        data, post = data[:end], data[end + 1 :].split(EOT, 1)[0]
    text, encoding = decode(data, keep="".join(wire.FRACTION_CODES))
    copy = read_copy(text)
    # An advisory's heading (`ADVISORY - ...`) reads like a dateline, and opens the body: look there too.
    refuse_non_story(copy.headline or next(iter(copy.paragraphs), None), copy.paragraphs)
    credits, blocks = take_trailer([[p] for p in copy.paragraphs])
    cleaned = clean_copy(copy.headline, [p for b in blocks for p in b])
    lead = take_lead(cleaned.paragraphs, copy.byline)
    if not lead.paragraphs:
        raise NotAStory("the transmission holds no story text")
    stamp = post.decode("latin-1") if post.strip() else "\n".join(text.strip().split("\n")[-2:])
    return Story(
        headline=cleaned.headline,
        paragraphs=tuple(lead.paragraphs),
        format="anpa",
        encoding=encoding,
        dateline=lead.dateline,
        byline=tuple(dict.fromkeys(lead.byline)),
        credits=(*copy.credits, *lead.credits, *credits),
        warnings=tuple(cleaned.warnings),
        published=stamp_timestamp(stamp),
        version=copy.version,
        slug=copy.slug,
        status=cleaned.status,
    )


def wire_copy(text: str) -> str:
    """ANPA text (control characters already gone) as blank-line separated wire copy: headline, then
    paragraphs."""
    copy = read_copy(text)
    return "\n\n".join(([copy.headline] if copy.headline else []) + copy.paragraphs)


def read_copy(text: str) -> _Copy:
    """The slug, header fields and body paragraphs of the text between STX and ETX."""
    lines = [_unmark(_CONTROLS.sub("", fractions(line)).rstrip()) for line in text.split("\n")]
    copy = _Copy()
    while lines and not lines[0][0].strip():
        lines.pop(0)
    if lines and _keyword(lines[0][0].strip(), copy):
        lines.pop(0)
    while lines and (not lines[-1][0].strip() or _STAMP.match(lines[-1][0].strip())):
        lines.pop()
    start = next((i for i, (line, _) in enumerate(lines) if _starts_body(line)), None)
    if start is None:
        # No indent and no dateline: the header is the first block; blank lines mark paragraphs.
        start = next((i for i, (line, _) in enumerate(lines) if not line.strip()), len(lines))
    _header(_logical_lines(lines[:start]), copy)
    copy.paragraphs = [_dashes(p) for p in join_paragraphs([[p] for p in _join_wraps(lines[start:])])]
    return copy


def fractions(line: str) -> str:
    """A line with AP's fraction codes as the fractions they print: `4` + the code for 1/2 is `4½`."""
    return _FRACTION.sub(lambda m: wire.FRACTION_CODES[m.group(1)], line)


def _unmark(line: str) -> tuple[str, bool]:
    """A line without AP's `^` (headline) and `<` (quad left) marks and the `=` end marker; whether it had
    an end mark (a header line ends there)."""
    if line.startswith("^"):
        line = line[1:]
    marked = line.endswith(("<", "="))
    while line.endswith(("<", "=")):
        line = line[:-1].rstrip()
    return line, marked


def _keyword(line: str, copy: _Copy) -> bool:
    """Read a keyword line (`BC-US--Port Tolls, 1st Ld-Writethru,466`) into slug and version."""
    parts = [p.strip() for p in line.split(",")]
    words = len(parts) > 1 and parts[-1].isdigit()
    if words:
        parts = parts[:-1]
    slug, version = parts[0], ", ".join(parts[1:]) or None
    if "-" not in slug or (version and not _VERSION.search(version)):
        return False
    if not (words or _SELECTOR.match(slug) or " " not in slug):
        return False
    copy.slug, copy.version = slug, version
    return True


def _logical_lines(lines: list[tuple[str, bool]]) -> list[str]:
    """Header lines as the sender meant them: where lines carry end marks, a line without one (a heading
    over two lines) runs on into the next; a blank line always ends one."""
    marked = any(mark for _, mark in lines)
    out: list[str] = []
    current: list[str] = []
    for line, mark in lines:
        words = line.strip()
        # A byline, note or agency line always starts afresh, end mark above it or not.
        if current and (_BYLINE.match(words) or _NOTE.match(words) or _AGENCY_LINE.match(words)):
            out.append(" ".join(current))
            current = []
        if words:
            current.append(words)
        if current and (mark or not marked or not words):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def _header(lines: list[str], copy: _Copy) -> None:
    """Each header line to its field, or away: notes, photo numbers, agency lines and summaries go."""
    for line in lines:
        byline = _BYLINE.match(line)
        if _NOTE.match(line) or _AGENCY_LINE.match(line) or _keyword(line, _Copy()):
            continue
        if byline:
            found = read_byline(byline.group("names"))
            copy.byline.extend(found.names)
            copy.credits.extend(found.credits)
        elif copy.headline is None:
            copy.headline = _dashes(line)


def _starts_body(line: str) -> bool:
    return bool(line[:1].isspace() and line.strip()) or match_dateline(line) is not None


def _join_wraps(lines: list[tuple[str, bool]]) -> list[str]:
    """Join hard-wrapped lines: a paragraph starts with an indent or after a blank line.

    After a notes heading (`Notebook`) every line is a paragraph of its own; after AP's `___` (contact and
    contributor lines, or a section break) so is every line that follows a finished sentence.
    """
    paragraphs: list[list[str]] = []
    after_break = True
    notes = rule = False
    for line, _mark in lines:
        words = line.strip()
        if not words:
            after_break = True
            continue
        heading = is_notes_heading(words)
        separator = bool(_SEPARATOR.match(words))
        finished = bool(paragraphs) and _SENTENCE_END.search(paragraphs[-1][-1]) is not None
        if after_break or line[:1].isspace() or heading or separator or notes or (rule and finished):
            paragraphs.append([])
        notes = notes or heading
        rule = separator or (rule and not after_break)
        paragraphs[-1].append(words)
        after_break = False
    return [" ".join(p) for p in paragraphs]


def _dashes(text: str) -> str:
    return _UNDERSCORE_DASH.sub(" — ", text)
