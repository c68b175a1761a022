"""Authors of documents: `According to the statement, CLAUSE` is whoever issued that statement before.

A document is never a source (`validate`); a claim that names only one takes the source of the quote or
claim that issued it: the nearest earlier one whose cue makes that kind of document (`X stated ...`), or whose
sentence names the same document (`In the letter, X writes: "..."`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from wireclaims.extract.cues import CueMatch
from wireclaims.lang.documents import DOCUMENT_CUES

# how far back (characters) the issuing quote or claim may be: a few paragraphs
_REACH = 2000


@dataclass(frozen=True)
class Issued:
    """An attributed quote or claim: where it is, its cue and its source (any object; the caller's entry)."""

    start: int
    cue: CueMatch | None
    source: object


def document_noun(doc: Doc, cue: CueMatch) -> str | None:
    """The document an `according to` cue names, when it is only a definite document (`the statement`)."""
    if cue.lemma != "according to" or cue.j + 1 >= len(doc):
        return None
    det, noun = doc[cue.j], doc[cue.j + 1]
    if det.lower_ not in {"the", "this", "that"}:
        return None
    lemma = noun.lemma_.lower() or noun.lower_
    if lemma not in DOCUMENT_CUES:
        return None
    after = doc[cue.j + 2] if cue.j + 2 < len(doc) else None
    if after is not None and (after.lower_ in {"by", "from", "of"} or after.pos_ in {"NOUN", "PROPN"}):
        return None  # `the statement by the council`, `the report card`: named otherwise, or not that noun
    return lemma


def document_author(doc: Doc, at: int, noun: str, issued: Sequence[Issued]) -> object | None:
    """The source of the nearest attributed item before `at` that issued a document `noun`.

    Args:
        issued: the attributed quotes and claims, sorted by start (found by bisection: a story may hold
            thousands).
    """
    verbs = DOCUMENT_CUES[noun]
    k = bisect.bisect_left(issued, at, key=lambda i: i.start)
    for item in reversed(issued[bisect.bisect_left(issued, at - _REACH, key=lambda i: i.start) : k]):
        if item.cue is not None and item.cue.lemma in verbs:
            return item.source
        span = doc.char_span(item.start, item.start + 1, alignment_mode="expand")
        if span is None:
            continue
        # the words of its sentence before it, at most a few dozen (a sentence may be megabytes long)
        first = span[0]
        before = doc[max(first.sent.start, first.i - _WORDS_BEFORE) : first.i]
        if any((t.lemma_.lower() or t.lower_) == noun for t in before):
            return item.source
    return None


_WORDS_BEFORE = 60
