"""Offset look-ups that stay cheap on hostile stories: which characters a set of spans covers, and the line
around an offset.

A story may hold tens of thousands of quotations or mentions on one line; checking each new span against
every earlier one, or searching the text for the line's ends at each claim, made extraction quadratic.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from spacy.tokens import Doc

from wireclaims.extract.cues import text_of


class Covered:
    """The characters covered by a growing set of [start, end) spans, one flag per character of the text.

    `pos in covered` is True when some span added has start <= pos < end: the same answer as scanning the
    spans, in constant time.
    """

    def __init__(self, length: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._flags = bytearray(length)
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        start, end = max(start, 0), min(end, len(self._flags))
        if end > start:
            self._flags[start:end] = b"\x01" * (end - start)

    def __contains__(self, pos: object) -> bool:
        return isinstance(pos, int) and 0 <= pos < len(self._flags) and self._flags[pos] == 1

    def overlaps(self, start: int, end: int) -> bool:
        """Whether the span's first or last character is covered (`a <= start < b or a < end <= b`)."""
        return start in self or end - 1 in self


def line_bounds(doc: Doc, pos: int) -> tuple[int, int]:
    """The line around `pos` (a paragraph of `article.text`): its start, and its end before the newline.

    The same as `text.rfind("\\n", 0, pos) + 1` and `text.find("\\n", pos)` (or the text's end), from a sorted
    index of the newlines kept with the Doc, so a 2 MB line is not searched once per claim.
    """
    newlines = _newlines(doc)
    k = bisect.bisect_left(newlines, pos)
    start = newlines[k - 1] + 1 if k else 0
    end = newlines[k] if k < len(newlines) else len(text_of(doc))
    return start, end


def _newlines(doc: Doc) -> list[int]:
    cached = doc.user_data.get("wireclaims.newlines")
    if isinstance(cached, list):
        return cached
    text = text_of(doc)
    found: list[int] = []
    at = text.find("\n")
    while at >= 0:
        found.append(at)
        at = text.find("\n", at + 1)
    doc.user_data["wireclaims.newlines"] = found
    return found
