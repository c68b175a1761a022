"""Claims: reported speech on the dependency parse (`X said (that) CLAUSE`, `according to X, CLAUSE`).

Needs a parser; on a pipeline without one, only `according to` claims are found.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from wireclaims.extract.cues import CueMatch, find_cues, is_verbal, verb_lemma
from wireclaims.extract.sources import Mention, subject_mention
from wireclaims.lang import en

_TRIM = set(".,;:!? \n\"“”«»‘’'")
_MIN_TOKENS = 3


@dataclass
class ClaimFinding:
    """A claim before speaker ids are assigned."""

    start: int
    end: int
    cue: CueMatch
    mention: Mention | None
    kind: str


def find_claims(doc: Doc, quote_spans: list[tuple[int, int, str]], has_parser: bool) -> list[ClaimFinding]:
    """Claims in reading order.

    Args:
        quote_spans: (start, end, kind) of the quotes already found; a clause that is a direct quote is not a
            claim, and one that holds a partial quote is a mixed claim.
    """
    findings: list[ClaimFinding] = []
    for sent in doc.sents:
        findings.extend(_according_to(doc, sent, has_parser))
        if has_parser:
            findings.extend(_complement_claims(doc, sent, has_parser))
    result: list[ClaimFinding] = []
    for claim in sorted(findings, key=lambda c: (c.start, c.end)):
        covered = sum(
            max(0, min(claim.end, e) - max(claim.start, s)) for s, e, kind in quote_spans if kind != "partial"
        )
        if covered > (claim.end - claim.start) / 2:
            continue  # a direct quote, reported as a quote
        if any(s >= claim.start and e <= claim.end for s, e, kind in quote_spans if kind == "partial"):
            claim.kind = "mixed" if claim.kind == "indirect" else claim.kind
        if result and result[-1].start == claim.start and result[-1].end == claim.end:
            continue
        if any(r.start <= claim.start and claim.end <= r.end and r.cue.i == claim.cue.i for r in result):
            continue
        result.append(claim)
    return result


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    text = doc.text
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    # keep a closing quotation mark that belongs to a partial quote inside the content
    if end < len(text) and text[end] in "\"”»’'" and text.count('"', start, end) % 2 == 1:
        end += 1
    if text.count("“", start, end) > text.count("”", start, end) and end < len(text) and text[end] == "”":
        end += 1
    return (start, end) if end - start > 0 else None


def _complement_claims(doc: Doc, sent: Span, has_parser: bool) -> list[ClaimFinding]:
    found: list[ClaimFinding] = []
    for tok in sent:
        if not (tok.is_alpha and is_verbal(tok)):
            continue
        lemma = verb_lemma(tok, en.CUE_CLASSES)
        if lemma is None:
            continue
        for comp in tok.children:
            if comp.dep_ != "ccomp":
                continue
            tokens = [t for t in comp.subtree]
            if len([t for t in tokens if not t.is_punct]) < _MIN_TOKENS:
                continue
            first = tokens[0]
            while first.dep_ == "mark" and first.lower_ in {"that", "whether", "if"} and first.i < comp.i:
                tokens = tokens[1:]
                first = tokens[0]
            bounds = _trimmed(doc, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
            if bounds is None:
                continue
            cue = _cue_for(tok, lemma)
            window = (sent.start_char, sent.end_char)
            mention = subject_mention(doc, cue, True, window, after=comp.i < tok.i)
            if mention is None and not has_parser:
                continue
            found.append(ClaimFinding(bounds[0], bounds[1], cue, mention, "indirect"))
    return found


def _cue_for(tok: Token, lemma: str) -> CueMatch:
    nxt = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""
    phrasal = en.PHRASAL_CUES.get((tok.lower_, nxt))
    if phrasal:
        return CueMatch(tok.i, tok.i + 2, phrasal[0])
    return CueMatch(tok.i, tok.i + 1, lemma)


def _according_to(doc: Doc, sent: Span, has_parser: bool) -> list[ClaimFinding]:
    found: list[ClaimFinding] = []
    for cue in find_cues(doc, sent.start_char, sent.end_char):
        if cue.lemma != "according to":
            continue
        mention = subject_mention(doc, cue, has_parser, (sent.start_char, sent.end_char), after=False)
        # the source phrase runs to the next comma (or the sentence end)
        end_tok = next((t for t in doc[cue.j : sent.end] if t.text == ","), None)
        before = doc.text[sent.start_char : doc[cue.i].idx].rstrip()
        if not before or before.endswith(("\n",)):
            if end_tok is None:
                continue
            bounds = _trimmed(doc, end_tok.idx + 1, sent.end_char)
        elif before.endswith(","):
            bounds = _trimmed(doc, sent.start_char, len(before) + sent.start_char - 1)
        else:
            continue
        if bounds is None or len(doc.text[bounds[0] : bounds[1]].split()) < _MIN_TOKENS:
            continue
        found.append(ClaimFinding(bounds[0], bounds[1], cue, mention, "according-to"))
    return found
