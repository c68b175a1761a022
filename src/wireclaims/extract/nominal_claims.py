"""Claims a cue noun reports: `the ministry's statement that CLAUSE`, `Ruiz's warning that CLAUSE`."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from wireclaims.extract.claim_parts import MIN_TOKENS, ClaimFinding, cue_for, trimmed
from wireclaims.extract.cues import CueMatch, noun_cue_tokens, verb_lemma
from wireclaims.extract.mentions import Mention, mention_from_tokens, np_tokens
from wireclaims.extract.offsets import line_bounds
from wireclaims.extract.parse_repairs import name_on_noun
from wireclaims.extract.sources import subject_mention
from wireclaims.lang import en

__all__ = ["nominal_claims"]


def nominal_claims(doc: Doc, sent: Span) -> list[ClaimFinding]:
    """`the ministry's statement that CLAUSE`, `Ruiz's warning that CLAUSE`: a cue noun with a that-clause."""
    found: list[ClaimFinding] = []
    for n in noun_cue_tokens(doc, sent.start_char, sent.end_char):
        noun = doc[n]
        for clause in noun.children:
            tokens = _that_clause(doc, noun, clause)
            if tokens is None:
                continue
            bounds = trimmed(doc, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
            mention = _owner(doc, noun)
            if bounds is None:
                continue
            cue, mention = _cue_and_source(doc, noun, mention)
            if mention is not None:
                found.append(ClaimFinding(bounds[0], bounds[1], cue, mention, "indirect"))
    return found


def _that_clause(doc: Doc, noun: Token, clause: Token) -> list[Token] | None:
    """The words of a that-clause after a cue noun (`statement that CLAUSE`), if `clause` heads one."""
    if clause.dep_ not in {"acl", "ccomp", "acl:relcl"} or clause.i < noun.i:
        return None
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i]
    if not marks:
        return None  # `the statement, which ...` is a relative clause, not reported content
    # a small model may hang the main verb under the clause: stop before the noun's own head
    stop = noun.head.i if noun.head.i > noun.i else len(doc)
    tokens = [t for t in clause.subtree if marks[0].i < t.i < stop]
    return tokens if len(tokens) >= MIN_TOKENS else None


def _owner(doc: Doc, noun: Token) -> Mention | None:
    """`the ministry's statement`: whose the cue noun is, the source."""
    owners = [c for c in noun.children if c.dep_ in {"nmod", "poss", "nmod:poss"} and c.i < noun.i]
    if not owners:
        return name_on_noun(doc, noun)  # `a Daily Ledger report that`: a name compounded on the noun
    core, _ = np_tokens(owners[0])
    return mention_from_tokens(doc, [t for t in core if t.text not in {"'s", "’s"}])


def _cue_and_source(doc: Doc, noun: Token, mention: Mention | None) -> tuple[CueMatch, Mention | None]:
    """The noun is the cue and its owner the source, unless it has no owner and hangs on a cue verb or is a
    participle the model tagged a noun."""
    cue = CueMatch(noun.i, noun.i + 1, noun.lemma_.lower() or noun.lower_)
    verb_lemma_ = verb_lemma(noun.head, en.CUE_CLASSES) if noun.head.pos_ in {"VERB", "AUX"} else None
    if mention is None and verb_lemma_ is not None and noun.dep_ in {"obl", "nmod", "obl:npmod"}:
        # `The company said in a statement that ...`: the small model hangs the clause on the noun;
        # the verb is the cue and its subject the source
        cue = cue_for(noun.head, verb_lemma_)
        window = line_bounds(doc, noun.head.idx)
        mention = subject_mention(doc, cue, True, window, after=False)
    elif mention is None and noun.dep_ == "advcl" and noun.lower_.endswith("ing"):
        # `X backed the plan, warning that ...`: a participle the model tagged a noun speaks for the
        # subject of the clause it hangs on
        mention = subject_mention(doc, cue, True, line_bounds(doc, noun.idx), after=False)
    return cue, mention
