"""Sources of participle cues, which the small model hangs anywhere: `Bush criticized the resolution,
saying "..."` speaks for the subject of the finite verb before it, `with Anne Smillie saying` for its own."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from wireclaims.extract.asides import name_before_apposition
from wireclaims.extract.mentions import SUBJECT_DEPS, Mention, mention_from_tokens
from wireclaims.extract.offsets import Covered
from wireclaims.extract.parse_repairs import finite_modifier_subject
from wireclaims.extract.subject_phrases import noun_root_of, root_noun_mention, subject_phrase


def participle_subject(doc: Doc, verb: Token, quoted: Covered | None) -> Mention | None:
    """`Bush criticized the resolution on Wednesday, saying "..."`: a participle cue after a finite verb
    of its sentence speaks for that verb's subject. The small model hangs such participles anywhere (on
    the object, or as the subject of the quoted clause), so the verb is found by position."""
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_.startswith("aux") for c in verb.children):
        return None
    if doc[verb.i - 1].pos_ == "AUX":
        return None  # `he was saying`: a finite verb phrase with its own subject
    for tok in _reporter_words(doc, verb, quoted):
        root_noun = noun_root_of(tok)
        if root_noun is not None:
            return root_noun_mention(doc, root_noun, quoted)
        modifier = finite_modifier_subject(tok)
        if modifier is not None:
            return subject_phrase(doc, tok, modifier, [modifier])
        clause = _main_clause_verb(tok)
        if clause is None:
            continue
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < clause.i]
        if subjects:
            return _reporter(doc, clause, subjects, quoted)
        if clause.dep_ != "conj":
            return None
        # `X defended it and criticized the plan, saying`: a coordinated verb shares X
    return None


def _reporter_words(doc: Doc, verb: Token, quoted: Covered | None) -> Iterator[Token]:
    """The words before a participle cue, nearest first, that may belong to the reporter's clause: the words
    of quotations skipped, up to the end of the clause before or an absolute `with` phrase."""
    before = doc[verb.sent.start : verb.i]
    # quotation spans unknown: the words between paired marks are skipped, and with a mark unpaired no word
    # before it is read as the reporter's clause
    paired = sum(t.is_quote for t in before) % 2 == 0
    inside = False
    for tok in reversed(before):
        if quoted is not None and tok.idx in quoted:
            continue  # `Ruiz said "...", adding ...`: the words of a quote are not the reporter's clause
        if quoted is None and tok.is_quote:
            if not paired:
                return
            inside = not inside
            continue
        if inside:
            continue
        if quoted is None and tok.text == ":" and tok.i + 1 < verb.i and doc[tok.i + 1].is_quote:
            # `Ruiz said: "...," adding that ...`: the colon opens the quotation, not a new clause (a quote
            # itself keeps the cue before its colon)
            continue
        if tok.text in {";", ":"} or (tok.text == "." and tok.whitespace_):
            return
        if tok.lower_ in {"with", "without"}:
            return  # `..., with Anne Smillie saying`: the participle has its own subject
        yield tok


def _main_clause_verb(tok: Token) -> Token | None:
    """The clause a finite verb heads when it is a main or coordinated clause, else None."""
    if "Fin" not in tok.morph.get("VerbForm", []) or tok.pos_ not in {"VERB", "AUX"}:
        return None
    clause = tok.head if tok.dep_ in {"aux", "aux:pass", "cop"} else tok
    if clause.dep_ not in {"ROOT", "conj", "parataxis"}:
        return None  # a verb of reported speech or of a relative clause: the reporter's verb is further left
    return clause


def _reporter(doc: Doc, clause: Token, subjects: list[Token], quoted: Covered | None) -> Mention | None:
    """The subject of the reporter's clause, nearest its verb; none inside a quote or a relative pronoun."""
    subj = max(subjects, key=lambda s: s.i)
    if (quoted is not None and subj.idx in quoted) or subj.lower_ in {"who", "which", "that"}:
        return None
    fronted = name_before_apposition(doc, subj)
    return fronted if fronted is not None else subject_phrase(doc, clause, subj, subjects)


def absolute_subject(doc: Doc, noun: Token, participle: Token) -> Mention | None:
    """The noun phrase of `with X saying`: a person named first keeps the rest as apposition (`Anne
    Smillie chief executive of Badminton Scotland`)."""
    first, last = noun.left_edge.i, noun.i
    while first < last and (doc[first].dep_ in {"case", "mark"} or doc[first].is_punct):
        first += 1
    tokens = list(doc[first : last + 1])
    person = 0  # the name: proper nouns up to the first common word (`chief executive`)
    while person < len(tokens) and tokens[person].pos_ == "PROPN" and tokens[person].text[:1].isupper():
        person += 1
    if 0 < person < len(tokens):
        rest = doc[tokens[person].i : participle.i].text.strip(" ,")
        return mention_from_tokens(doc, tokens[:person], rest)
    return mention_from_tokens(doc, tokens)
