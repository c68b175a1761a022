"""Find quotation-mark spans in paragraphs, whatever the quotation style.

Works on characters, not tokens, so offsets are exact and odd copy (unbalanced marks, quotes running over
paragraphs, TeX ``quotes'') never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wireclaims.lang import en

_DOUBLE_OPEN = {'"', "“", "„", "«", "``"}
_OPEN_RE = re.compile(r"``|''|[\"“”„«»‘’‹›]")


@dataclass(frozen=True)
class MarkSpan:
    """Text between an opening and a closing quotation mark, within one paragraph.

    Attributes:
        start, end: offsets of the quoted words (marks excluded) into the story text.
        outer_start, outer_end: offsets including the marks.
        paragraph: paragraph index.
        closed: False when the paragraph ended before a closing mark (a multi-paragraph quote or an
            unbalanced mark).
        label: for words set without marks after a speaker's label (`Varga: We lost two weeks.`), the
            label, which the story's layout has shown to be a speaker (`extract/unmarked.py`).
    """

    start: int
    end: int
    outer_start: int
    outer_end: int
    paragraph: int
    closed: bool
    label: str | None = None


@dataclass(frozen=True)
class _Mark:
    pos: int
    text: str


def find_mark_spans(paragraphs: list[tuple[int, str]]) -> tuple[list[MarkSpan], list[str]]:
    """Pair quotation marks in each paragraph.

    Args:
        paragraphs: (offset into the story text, paragraph text) pairs.

    Returns:
        The spans in reading order and warnings about unbalanced marks.
    """
    spans: list[MarkSpan] = []
    warnings: list[str] = []
    for index, (offset, para) in enumerate(paragraphs):
        found, unbalanced = _pair(para)
        for start, end, o_start, o_end, closed in found:
            spans.append(
                MarkSpan(offset + start, offset + end, offset + o_start, offset + o_end, index, closed)
            )
        if unbalanced:
            warnings.append(f"unbalanced quotation mark in paragraph {index + 1}")
    return spans, warnings


def _marks(para: str) -> list[_Mark]:
    marks: list[_Mark] = []
    for m in _OPEN_RE.finditer(para):
        ch = m.group()
        if ch in "‘’":
            before = para[m.start() - 1] if m.start() else " "
            after = para[m.end()] if m.end() < len(para) else " "
            # An apostrophe (Peskov’s, don’t, ’90s) is not a quotation mark.
            if before.isalnum() and (after.isalnum() or ch == "‘"):
                continue
            if ch == "’" and after.isalnum():
                continue
            # plural possessive: `the dockers’ union`
            nxt = para[m.end() + 1 : m.end() + 2]
            if ch == "’" and before == "s" and after == " " and nxt.islower():
                continue
        marks.append(_Mark(m.start(), ch))
    return marks


def _pair(para: str) -> tuple[list[tuple[int, int, int, int, bool]], bool]:
    """Pair top-level double marks (single marks inside them are nested quotes)."""
    marks = _marks(para)
    found: list[tuple[int, int, int, int, bool]] = []
    i = 0
    unbalanced = False
    doubles = [m for m in marks if m.text not in {"‘", "’", "‹", "›"}]
    # Copy quoted only with single marks (British style) uses them as the top level.
    top = doubles if doubles else [m for m in marks if m.text in {"‘", "’", "‹", "›"}]
    while i < len(top):
        opener = top[i]
        if not _can_open(opener, para):
            i += 1
            unbalanced = True
            continue
        closers = en.QUOTE_PAIRS.get(opener.text, opener.text)
        j = i + 1
        while j < len(top) and top[j].text not in closers and not (opener.text == '"' and top[j].text in "”"):
            j += 1
        if j < len(top):
            closer = top[j]
            start = opener.pos + len(opener.text)
            if closer.pos > start:
                found.append((start, closer.pos, opener.pos, closer.pos + len(closer.text), True))
            i = j + 1
        else:
            start = opener.pos + len(opener.text)
            end = len(para.rstrip())
            if end > start:
                found.append((start, end, opener.pos, end, False))
            # An opening mark with no close is normal only at the start of a paragraph (the quote goes on
            # in the next paragraph); anywhere else it is an unbalanced mark.
            unbalanced = unbalanced or opener.pos != 0
            break
    return found, unbalanced


def _can_open(mark: _Mark, para: str) -> bool:
    if mark.text in {"”", "’", "''", "›"}:
        # A right mark opens only in copy that uses it on both sides (”...”): followed by a word.
        nxt = para[mark.pos + len(mark.text) : mark.pos + len(mark.text) + 1]
        return bool(nxt) and nxt.isalnum() and mark.text == "”"
    return True
