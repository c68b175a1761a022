"""`CLAUSE, the source added.`: a reporting clause that closes its sentence after a comma, and the reported
clause before it, whatever the parse made of the two."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from wireclaims.extract.claim_parts import MIN_TOKENS
from wireclaims.extract.cues import verb_lemma
from wireclaims.lang import en


def reported_before_reporter(
    doc: Doc, sent: Span, verb: Token, comp: Token, tokens: list[Token]
) -> list[Token]:
    """`CLAUSE, the source added.`: all of the sentence before the reporter's comma is what the source
    reported, however the model cut the clause; and a clause of another cue ends at that comma
    (`X had told police that A, but B, the source added`: `told` reports A and B, not `the source`)."""
    comma = reporter_comma(doc, sent, verb)
    if comp.i < verb.i and comma is not None:
        start = sent.start
        while start + 1 < comma.i and doc[start].pos_ in {"ADV", "CCONJ"} and doc[start + 1].text == ",":
            start += 2  # `However, ...`: a link to the sentence before is no part of what was said
        return list(doc[start : comma.i])
    last = tokens[-1]
    if last.i + 2 < sent.end or last.i == verb.i:
        return tokens
    reporter = next((t for t in tokens if t.i > verb.i and reporter_comma(doc, sent, t) is not None), None)
    if reporter is None:
        return tokens
    cut = reporter_comma(doc, sent, reporter)
    return [t for t in tokens if cut is None or t.i < cut.i]


def reporter_comma(doc: Doc, sent: Span, verb: Token) -> Token | None:
    """The comma before a sentence-final `, the source added.`: a cue verb with its subject right after a
    comma and nothing but punctuation after it; None when the verb is no such reporter."""
    if verb.pos_ not in {"VERB", "AUX"} or verb_lemma(verb, en.CUE_CLASSES) is None:
        return None
    if any(not t.is_punct for t in doc[verb.i + 1 : sent.end]):
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
    if not subjects or any(t.pos_ != "ADV" for t in doc[subjects[-1].right_edge.i + 1 : verb.i]):
        return None
    first = subjects[-1].left_edge.i
    comma = doc[first - 1] if first > sent.start else None
    if comma is None or comma.text != "," or comma.i - sent.start < MIN_TOKENS:
        return None
    if any(t.is_quote for t in doc[sent.start : comma.i]):
        return None  # quotations are attributed by their own rules
    return comma
