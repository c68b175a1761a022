"""Issuers of documents named earlier: `The article reports "..."` with `an article from the website The
Daily Spoon` before it is The Daily Spoon's.

A document is never a source (`validate`), so a cue whose subject is a definite document (`the article`,
`this report`) leaves its quote or claim without one. When the story named the same kind of document a few
paragraphs before, with its maker beside it (`a report by the Harbour Council`, `the council's report`, `an
article from ... The Daily Spoon`), that maker is the source.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from wireclaims.extract.cues import CueMatch
from wireclaims.extract.mentions import Mention
from wireclaims.lang import sources as source_words

__all__ = ["definite_document", "document_issuer"]

# How far back (characters) the document may have been named with its maker: a few paragraphs.
_REACH = 2000
# How many words after the document noun its maker may be named (`an article from US satirical news website
# The Onion`).
_MAKER_WORDS = 10
_DEFINITE = frozenset({"the", "this", "that"})
_MADE_BY = frozenset({"from", "by", "of"})


def definite_document(doc: Doc, cue: CueMatch) -> Token | None:
    """The cue verb's subject when it is a definite document with no maker of its own (`The article
    reports`, not `The council's report says` or `A report by X says`)."""
    verb = doc[cue.i]
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or (subject.lemma_.lower() or subject.lower_) not in source_words.DOCUMENT_NOUNS:
        return None
    dets = [c for c in subject.children if c.dep_ == "det"]
    owned = any(c.dep_ in {"nmod", "poss", "nmod:poss", "compound"} for c in subject.children)
    if not dets or dets[0].lower_ not in _DEFINITE or owned:
        return None
    return subject


def document_issuer(doc: Doc, document: Token, named: Sequence[Mention]) -> Mention | None:
    """The maker named beside the nearest earlier mention of the same document noun, among `named` (the
    story's named people and bodies, in reading order)."""
    lemma = document.lemma_.lower() or document.lower_
    start = max(0, document.idx - _REACH)
    first = doc.char_span(start, document.idx, alignment_mode="expand")
    if first is None:
        return None
    for tok in reversed(list(first)):
        if tok.i >= document.i or (tok.lemma_.lower() or tok.lower_) != lemma:
            continue
        maker = _maker_beside(doc, tok, named)
        if maker is not None:
            return maker
    return None


def _maker_beside(doc: Doc, noun: Token, named: Sequence[Mention]) -> Mention | None:
    """`NAME's report`, or `a report from/by/of ... NAME` within a few words, in the noun's sentence."""
    sent = noun.sent
    before = doc[max(sent.start, noun.i - 6) : noun.i]
    if len(before) >= 1 and before[-1].tag_ == "POS":
        owner = [m for m in named if m.end <= before[-1].idx and m.end >= before[-1].idx - 1]
        if owner:
            return owner[-1]
    after = doc[noun.i + 1 : min(sent.end, noun.i + 1 + _MAKER_WORDS)]
    if not after or after[0].lower_ not in _MADE_BY:
        return None
    lo, hi = after[0].idx, after[-1].idx + len(after[-1].text)
    inside = [m for m in named if lo <= m.start and m.end <= hi]
    if len(inside) != 1:
        return None  # `a statement by Olmert and Abbas`: no one maker
    # only the maker's own noun phrase between: `a statement of understanding agreed to by X` is not X's
    between = [t for t in after[1:] if t.idx < inside[0].start]
    if any(t.pos_ in {"VERB", "AUX", "ADP", "PUNCT"} for t in between):
        return None
    return inside[0]
