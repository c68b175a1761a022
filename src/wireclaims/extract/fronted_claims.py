"""Claims whose clause comes first: `CLAUSE, the ministry said.`, when the parse did not make the clause
the cue verb's complement (the fallback of `complement_claims`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from wireclaims.extract.claim_parts import MIN_TOKENS, ClaimFinding, cue_for, finite, trimmed
from wireclaims.extract.sources import subject_mention

__all__ = ["clause_before_comma"]


def clause_before_comma(
    doc: Doc, sent: Span, verb: Token, lemma: str, has_parser: bool
) -> ClaimFinding | None:
    """`CLAUSE, the ministry said.` when the parse did not make the clause the verb's complement."""
    found = _clause_before(doc, sent, verb)
    if found is None or _speaks_for_another(verb) or _subject_before_comma(sent, verb):
        return None
    segment, comma = found
    tail = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct]
    if any(t.dep_ == "ccomp" or t.lower_ == "that" for t in tail[:3]):
        return None  # the verb's own complement follows it
    bounds = trimmed(doc, segment.start_char, comma.idx)
    if bounds is None:
        return None
    cue = cue_for(verb, lemma)
    mention = subject_mention(doc, cue, has_parser, (comma.idx, sent.end_char), after=True)
    if mention is None:
        return None
    return ClaimFinding(bounds[0], bounds[1], cue, mention, "indirect")


def _clause_before(doc: Doc, sent: Span, verb: Token) -> tuple[Span, Token] | None:
    """The finite clause between the sentence start (or a semicolon) and the comma right before the cue verb,
    with that comma; no verb or quotation mark may stand between the comma and the cue."""
    comma = None
    for tok in reversed(doc[sent.start : verb.i]):
        if tok.text == ",":
            comma = tok
            break
        if tok.pos_ in {"VERB", "AUX"} or tok.is_quote:
            return None
    if comma is None or comma.i - sent.start < MIN_TOKENS:
        return None
    reporter = [t for t in doc[comma.i + 1 : verb.i] if t.pos_ != "ADV"]
    if reporter and reporter[-1].lower_ in _COORDINATORS:
        # `... with Mills, Ames and Bell and then disclosed them`: a verb coordinated with one before, not
        # `CLAUSE, the ministry said`
        return None
    start = max([t.i + 1 for t in doc[sent.start : comma.i] if t.text == ";"], default=sent.start)
    if comma.i - start < MIN_TOKENS:
        return None
    segment = doc[start : comma.i]
    if (
        segment[0].lower_ in _SUBORDINATORS
        or segment[0].tag_ in {"VBG", "VBN"}
        or not any(finite(t) for t in segment)
    ):
        return None  # `At a rally in Michigan, Trump said ...`, `As a phone rang, ...`: not a reported clause
    return segment, comma


def _speaks_for_another(verb: Token) -> bool:
    """`..., who argued`, `..., describing the cold`: the clause before is not the cue's."""
    relative = any(c.lower_ in _RELATIVES and c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    return relative or (verb.tag_ == "VBG" and not any(c.dep_.startswith("aux") for c in verb.children))


def _subject_before_comma(sent: Span, verb: Token) -> bool:
    """`Tamsin Ortiz, a nurse for 11 years, said ...`: the part before the comma is the verb's subject."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and subjects[0].left_edge.i <= sent.start + 1


# a cue verb whose subject is one of these (`..., who argued`) speaks for a relative clause
_RELATIVES = {"who", "which", "that", "whom"}

_COORDINATORS = {"and", "or", "but", "nor"}
_SUBORDINATORS = {
    "as",
    "when",
    "while",
    "if",
    "because",
    "although",
    "though",
    "after",
    "before",
    "since",
    "until",
}
