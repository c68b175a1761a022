"""What every kind of claim shares: the finding, its trimmed bounds, its cue, and a finite-verb test."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from wireclaims.extract.cues import CueMatch, text_of
from wireclaims.extract.mentions import Mention
from wireclaims.extract.offsets import line_bounds
from wireclaims.lang import en

TRIM = set(".,;:!? \n\"“”«»‘’'")
MIN_TOKENS = 3


@dataclass
class ClaimFinding:
    """A claim before speaker ids are assigned."""

    start: int
    end: int
    cue: CueMatch
    mention: Mention | None
    kind: str


def trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    text = text_of(doc)
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    # a partial quote opened inside the content closes inside it too
    for opener, closer in (("“", "”"), ("«", "»"), ('"', '"')):
        inner = text[start:end]
        unclosed = (
            inner.count(opener) % 2 == 1 if opener == closer else inner.count(opener) > inner.count(closer)
        )
        if unclosed:
            # the closing mark on the same line (searched no further: a line may be megabytes long)
            close = text.find(closer, end, line_bounds(doc, end)[1])
            if close >= 0:
                end = close + 1
    if start < end and text[start] in '"“«' and text.count(text[start], start, end) == 1:
        start += 1  # an opening mark left over from a trimmed quote
    return (start, end) if end - start > 0 else None


def finite(tok: Token) -> bool:
    return tok.tag_ in {"VBD", "VBZ", "VBP", "MD"} or "Fin" in tok.morph.get("VerbForm", [])


def cue_for(tok: Token, lemma: str) -> CueMatch:
    """The cue of a cue verb, with its particle when the two are one cue (`pointed out`)."""
    nxt = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""
    phrasal = en.PHRASAL_CUES.get((tok.lower_, nxt))
    if phrasal:
        return CueMatch(tok.i, tok.i + 2, phrasal[0])
    return CueMatch(tok.i, tok.i + 1, lemma)
