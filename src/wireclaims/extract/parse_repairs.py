"""Cue subjects a small model's parse hides: where the words say who speaks though the tree points elsewhere
(an object that does what its infinitive says, a finite cue hung as a complement, a finite verb read as an
adjective, a proper name compounded on a cue noun)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wireclaims.extract.cues import verb_lemma
from wireclaims.extract.mentions import SUBJECT_DEPS, Mention, mention_from_tokens, np_tokens
from wireclaims.lang import sources as source_words

_RELATIVES = {"who", "which", "that"}


def control_object(doc: Doc, verb: Token) -> Mention | None:
    """The object of a control verb that governs an infinitive cue (`forced Stumpf, who ..., to admit
    that`, `urged the board to say`): the object is who speaks."""
    if verb.tag_ != "VB" or verb.i == 0 or doc[verb.i - 1].lower_ != "to" or verb.dep_ not in _CONTROL_DEPS:
        return None
    head = verb.head
    if head.pos_ not in {"VERB", "AUX"} or verb_lemma(head, source_words.OBJECT_CONTROL_VERBS) is None:
        return None
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return None  # `asked the crowd to welcome the governor - "..."`: the crowd reports nothing
    objects = [c for c in head.children if c.dep_ in {"obj", "dobj", "iobj"} and c.i < verb.i]
    if not objects or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if objects[0].pos_ == "PRON":
        return None  # `She asked him to explain`: `him` is never the subject before it, which `he` may be
    tokens, appositive = np_tokens(objects[0])
    return mention_from_tokens(doc, tokens, appositive)


_CONTROL_DEPS = {"xcomp", "advcl", "ccomp"}


def finite_modifier_subject(tok: Token) -> Token | None:
    """`Reid frequently mocked Romney for ..., claiming that`: the model read the finite verb as an adjective
    on its object (amod(Romney, mocked)) but kept its subject (nsubj(mocked, Reid)); that subject speaks."""
    if tok.tag_ not in {"VBD", "VBZ", "VBP"} or tok.dep_ != "amod":
        return None
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i]
    if not subjects or subjects[-1].lower_ in _RELATIVES:
        return None
    return subjects[-1]


def noun_before_finite_complement(verb: Token) -> Token | None:
    """`Although Scott lacks X, officials from both parties say he ...`: the model made the noun phrase before
    a finite cue the object of the clause before, and the cue that clause's complement (`xcomp`); an `xcomp`
    is never finite, so the noun phrase right before the cue is its subject."""
    if verb.dep_ != "xcomp" or verb.tag_ not in {"VBP", "VBZ", "VBD"} or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    while noun.dep_ not in _OBJECT_DEPS and noun.head.i < verb.i and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    if (
        noun.pos_ not in {"NOUN", "PROPN"}
        or noun.dep_ not in {"obj", "dobj", "obl"}
        or noun.head != verb.head
    ):
        return None
    return noun if noun.right_edge.i == verb.i - 1 else None


_OBJECT_DEPS = {"obj", "dobj", "obl"}


def name_on_noun(doc: Doc, noun: Token) -> Mention | None:
    """`a Daily Ledger report that ...`, `The Daily Ledger reports that ...` (the verb tagged a plural noun):
    the proper name compounded right before the cue noun is whose report it is."""
    names = [c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1 and c.pos_ == "PROPN"]
    if not names:
        return None
    tokens = [t for t in doc[names[0].left_edge.i : noun.i] if t.lower_ not in {"a", "an", "the"}]
    if not tokens or not all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in tokens):
        return None
    return mention_from_tokens(doc, tokens)
