"""Stage 2 of quote attribution: one place decides among a quote's candidates (`candidates.py`).

The decision is by rank, each rule's rank a row of RANKS, with a few features of the quote and the candidate:
1. a name written with the quotation wins: a dash line after it or below it, a transcript label inside it;
2. then a cue in the same sentence: the side read first depends on the quote's end (`"...," she said` reads
   after, a partial quote ending without punctuation reads before); a cue of thought makes the quotation no
   speech; a cue without a source gives way to the other side's source, else stands (no speaker); with no
   cue between, a quote shares the cue and source of the quote before it in its sentence (`described it as
   a "grave sin" and a "crime"`), partial quotes too;
3. then a label or an intro ending with a colon before the quote, or a heading or an intro ending the
   paragraph above (`Hart made one thing clear:`);
4. a direct quote with none of these continues a speaker: the sentence before it (its cue names a source,
   never a bare pronoun), else the last quote's speaker (follow-on). A partial quote never does.
"""

from __future__ import annotations

from dataclasses import dataclass

from wireclaims.extract.candidates import Candidate

# The rank of each rule (lower wins); the cue candidates take the rank of `cue`, ordered by side.
RANKS: dict[str, float] = {
    "dash-line": 0,
    "dash-line-below": 1,
    "transcript-label": 2,
    "cue": 3,
    "same-sentence": 3.5,
    "colon-label": 4,
    "colon-intro": 5,
    "paragraph-label": 6,
    "heading": 7,
    "colon-intro-above": 8,
    "prior-sentence": 9,
    "prior-subject": 9.5,
    "follow-on": 10,
}
_CUE_HOWS = frozenset({"cue-subject", "inverted-subject", "pronoun", "cue-no-source", "thought"})
# Quotes closed by these read their cue after them first: `"Is it safe?" asked Hart`.
_OPEN_ENDS = (",", "?", "!", "—", "–", "-")


@dataclass(frozen=True)
class QuoteShape:
    """The features of a quotation that the choice reads.

    Attributes:
        kind: 'direct' or 'partial' (before a dash line or heading makes it a block).
        quoted: the quoted words.
    """

    kind: str
    quoted: str

    @property
    def cue_after_first(self) -> bool:
        return self.quoted.rstrip().endswith(_OPEN_ENDS) or self.kind == "direct"


def rank(candidate: Candidate) -> float:
    """The rank of a candidate's rule (lower wins)."""
    return RANKS["cue"] if candidate.how in _CUE_HOWS else RANKS.get(candidate.how, len(RANKS))


def choose(candidates: list[Candidate], shape: QuoteShape) -> Candidate | None:
    """The candidate that names the quote's source; a `thought` candidate when the quotation is no speech;
    None when no rule gives one (the quote has no source)."""
    by_rank: dict[float, list[Candidate]] = {}
    for c in candidates:
        by_rank.setdefault(rank(c), []).append(c)
    for level in sorted(by_rank):
        if level == RANKS["cue"]:
            chosen = _choose_cue(by_rank[level], shape)
        else:
            chosen = next((c for c in by_rank[level] if _eligible(c, shape)), None)
        if chosen is not None:
            return chosen
    return None


def _eligible(candidate: Candidate, shape: QuoteShape) -> bool:
    if candidate.how in {"colon-intro", "colon-intro-above"}:
        return shape.kind == "direct"  # `The outcome: a "mess"`: a colon intro introduces whole sentences
    if candidate.how == "prior-sentence":
        # a pronoun in the sentence before may stand for someone else than the last speaker
        return shape.kind != "partial" and candidate.mention is not None and candidate.mention.pronoun is None
    if candidate.how == "prior-subject":
        return shape.kind == "direct"
    if candidate.how == "follow-on":
        return shape.kind != "partial"  # a partial quote with no cue of its own is a scare quote
    return True


def _choose_cue(cues: list[Candidate], shape: QuoteShape) -> Candidate | None:
    sides = ("after", "before") if shape.cue_after_first else ("before", "after")
    sourceless: Candidate | None = None
    for side in sides:
        cue = next((c for c in cues if c.side == side), None)
        if cue is None:
            continue
        if cue.how == "thought":
            # `"Why me?" he wondered`: a thought, not speech; unless a cue read first already spoke
            return sourceless if sourceless is not None else cue
        if cue.mention is None:
            # `Mitri said that the area "[was] ours," and also stated ...`: the cue after the quote has no
            # source of its own; the cue before it, with its subject, says who spoke
            if sourceless is None:
                sourceless = cue
                continue
            return sourceless
        return cue
    return sourceless
