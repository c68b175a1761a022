"""Claims against the quotes: a direct quote is no claim, a claim that holds a partial quote is mixed, and a
claim inside another of the same cue is one claim."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from wireclaims.extract.claim_parts import ClaimFinding

__all__ = ["filter_claims"]


def filter_claims(
    doc: Doc, findings: list[ClaimFinding], quote_spans: list[tuple[int, int, str]]
) -> list[ClaimFinding]:
    """The claims to report, in reading order.

    Args:
        quote_spans: (start, end, kind) of the quotes already found; a clause that is a direct quote is not a
            claim, and one that holds a partial quote is a mixed claim.
    """
    whole = _Spans([(s, e) for s, e, kind in quote_spans if kind != "partial"])
    partial = _Spans([(s, e) for s, e, kind in quote_spans if kind == "partial"])
    cited = _Spans([(s, e) for s, e, kind in quote_spans if kind == "citation"])
    result: list[ClaimFinding] = []
    by_cue: dict[int, list[ClaimFinding]] = {}
    for claim in sorted(findings, key=lambda c: (c.start, c.end)):
        near = whole.overlapping(claim.start, claim.end)
        covered = sum(max(0, min(claim.end, e) - max(claim.start, s)) for s, e in near)
        if covered > (claim.end - claim.start) / 2:
            continue  # a direct quote, reported as a quote
        if any(s <= claim.start < e for s, e in cited.overlapping(claim.start, claim.start + 1)):
            continue  # `"Ministers say X" — Daily Post, May 2`: a cited headline, run on past its marks
        if _only_quoted(doc, claim, partial):
            continue  # `said "their answer was no"`: the quoted words are the quote, not a claim beside it
        if any(e <= claim.end for _, e in partial.starting_within(claim.start, claim.end)):
            claim.kind = "mixed" if claim.kind == "indirect" else claim.kind
        if result and result[-1].start == claim.start and result[-1].end == claim.end:
            continue
        same_cue = by_cue.setdefault(claim.cue.i, [])
        if any(r.start <= claim.start and claim.end <= r.end for r in same_cue):
            continue
        result.append(claim)
        same_cue.append(claim)
    return result


def _only_quoted(doc: Doc, claim: ClaimFinding, partial: _Spans) -> bool:
    """Whether a claim is quoted words the cue introduces directly (`said "...`, `added that "...`) or
    that hold their own cue (`"readings confirm that ..."`); `said the plan "will fail"` is a mixed claim."""
    cue = doc[claim.cue.i]
    for s, e in partial.overlapping(claim.start, claim.end):
        if not (s <= claim.start and claim.end <= e):
            continue
        if s <= cue.idx < e:
            return True
        between = doc.text[cue.idx + len(cue.text) : s] if cue.idx < s else "x"
        words = [w for w in re.findall(r"\w+", between) if w.lower() != "that"]
        if not words:
            return True
    return False


class _Spans:
    """Quote spans in reading order, found by bisection: a story may hold thousands of quotes and claims."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        # quotes never overlap, so their ends are in order too; if they did, every span is checked
        self.disjoint = all(a[1] <= b[0] for a, b in zip(self.spans, self.spans[1:], strict=False))

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that overlap [start, end), and maybe some that only touch it (they overlap by 0)."""
        last = bisect.bisect_left(self.starts, end)
        if not self.disjoint:
            return self.spans[:last]
        # of the spans starting at or before `start`, only the last can reach into the range
        return self.spans[max(bisect.bisect_right(self.starts, start) - 1, 0) : last]

    def starting_within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans with start <= span start <= end."""
        return self.spans[bisect.bisect_left(self.starts, start) : bisect.bisect_right(self.starts, end)]
