"""Find the source of a cue: the subject in the parse, else the noun phrase next to the cue."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from wireclaims.extract.according_source import according_to_source
from wireclaims.extract.asides import name_before_apposition, name_before_subjectless, name_in_aside
from wireclaims.extract.cues import CueMatch, verb_lemma
from wireclaims.extract.mentions import SUBJECT_DEPS, Mention
from wireclaims.extract.offsets import Covered
from wireclaims.extract.parse_repairs import control_object, noun_before_finite_complement
from wireclaims.extract.participle_sources import absolute_subject, participle_subject
from wireclaims.extract.positional import FINITE_TAGS, positional_subject
from wireclaims.extract.subject_phrases import (
    RELATIVES,
    antecedent,
    noun_root_of,
    past_dateline,
    root_noun_mention,
    subject_phrase,
)
from wireclaims.lang import en

_CLIMB_DEPS = {"advcl", "xcomp", "conj", "ccomp"}


def subject_mention(
    doc: Doc,
    cue: CueMatch,
    has_parser: bool,
    window: tuple[int, int],
    after: bool,
    quoted: Covered | None = None,
) -> Mention | None:
    """The source of a cue: by the parse when there is one, else by position around the cue.

    Args:
        window: character range the source must lie in (outside quotation marks).
        after: True when the cue follows the quotation (`"...," Hart said`).
        quoted: the characters inside quotation marks; when given, a parsed subject outside the window
            but in the cue's sentence and outside every quotation is the source too (`Cameron said the
            news "..." but warned "..."`: the window of the second quote stops at the first).
    """
    lo, hi = window
    if cue.lemma == "according to":
        return according_to_source(doc, cue, has_parser)
    named = name_in_aside(doc, cue, lo)
    if named is not None:
        return named
    if has_parser:
        found = _parsed_subject(doc, doc[cue.i], (lo, hi), after, quoted)
        if found is not None:
            return found
    return positional_subject(doc, cue, lo, hi, after)


@dataclass(frozen=True)
class _Search:
    """What the search for a cue's parsed subject keeps while it climbs from the cue to the verbs above."""

    lo: int
    hi: int
    after: bool
    quoted: Covered | None
    sent_start: int  # the cue's sentence
    # `Announcing that ..., President Ivo Marten said`: a participle opening the sentence speaks for the
    # subject of the clause it hangs on, wherever the claim's window ends
    opener: bool

    def within(self, char: int) -> bool:
        return self.lo <= char < self.hi


def _parsed_subject(
    doc: Doc, verb: Token, window: tuple[int, int], after: bool, quoted: Covered | None
) -> Mention | None:
    search = _Search(*window, after, quoted, verb.sent.start, _opening_participle(verb))
    participle = participle_subject(doc, verb, quoted)
    if participle is not None and (search.within(participle.start) or quoted is not None):
        return participle
    for _ in range(3):
        controller = control_object(doc, verb)
        if controller is not None and search.within(controller.start):
            return controller
        # a clause is no source (`Having had surgery, Oberon ... said`: csubj(said, Having) in the model),
        # nor a day (`Whitfield (D-Ohio) said Friday`: nsubj(said, Friday), nearer the verb than the name)
        subjects = [
            c
            for c in verb.children
            if c.dep_ in SUBJECT_DEPS and not _clause_subject(c) and c.lower_ not in en.TIME_WORDS
        ]
        if subjects:
            return _from_subjects(doc, verb, subjects, search)
        noun = _hidden_subject(verb, search)
        if noun is not None:
            return root_noun_mention(doc, noun, quoted)
        step = _climb(doc, verb, search.opener)
        if not isinstance(step, Token):
            return step
        verb = step
    return None


def _opening_participle(verb: Token) -> bool:
    """A participle opening its sentence (the model may tag it a proper noun: `Claiming/NNP the plan ...,
    Ruiz said`)."""
    ing = verb.tag_ == "VBG" or verb.lower_.endswith("ing")
    return ing and verb.i == verb.sent.start and verb.dep_ in {"advcl", "csubj", "dep", "ROOT"}


def _from_subjects(doc: Doc, verb: Token, subjects: list[Token], search: _Search) -> Mention | None:
    """The source among a verb's parsed subjects: the one nearest the verb, when it is within reach."""
    # the subject nearest the verb; a small model sometimes splits one noun phrase into two subjects
    # (`The agriculture ministry said`: nsubj agriculture, nsubj ministry)
    nearest = min(subjects, key=lambda s: abs(s.i - verb.i))
    subj = past_dateline(nearest)
    if subj is not nearest:
        subjects = [subj]
    fronted = name_before_apposition(doc, subj) if subj.i < verb.i else None
    if fronted is not None:
        return fronted
    if not _within_reach(verb, subj, search):
        return None
    relative = verb.dep_ in {"relcl", "acl:relcl", "acl"} and verb.head.i < subj.i
    after_comma = subj.lower_ == "who" and subj.i > 0 and doc[subj.i - 1].text == ","
    if subj.lower_ in RELATIVES and (relative or after_comma):
        # `Uri Geller, a friend of both, who said "..."`: the relative pronoun stands for the noun
        # the clause hangs on (a name rather than its apposition)
        return antecedent(doc, subj)
    if subj.i > verb.i and any(t.text == "," for t in doc[max(subj.left_edge.i, verb.i) : subj.i]):
        # `said Ilse Dorner, mayor of Steinfeld an der Aist`: the model made the last word of the
        # apposition the subject; read the name and its apposition by position instead
        return None
    return subject_phrase(doc, verb, subj, subjects)


def _within_reach(verb: Token, subj: Token, search: _Search) -> bool:
    """Whether a parsed subject may be the cue's source: inside the window, or outside every quotation of
    the cue's sentence where the window could not reach."""
    if search.within(subj.idx):
        return True
    quoted = search.quoted
    in_sentence = subj.sent.start == search.sent_start
    if search.opener and in_sentence and (quoted is None or subj.idx not in quoted):
        return True
    return (
        quoted is not None
        and in_sentence
        and subj.idx not in quoted
        # beyond the window on the cue's side of the quote, or across it only as the subject of
        # the reporter's main clause (`Levy saw reason for "..." and praised`), never of a clause
        # inside reported speech (`Mitri said the area "[was] ours," and also stated`)
        and ((subj.idx >= search.hi if search.after else subj.idx < search.lo) or _main_clause(verb))
    )


def _hidden_subject(verb: Token, search: _Search) -> Token | None:
    """A subject the parse hung elsewhere: a name made the root, or a noun before a finite complement."""
    root_noun = noun_root_of(verb)
    if root_noun is not None and (search.within(root_noun.idx) or search.quoted is not None):
        return root_noun
    stranded = noun_before_finite_complement(verb)
    return stranded if stranded is not None and search.within(stranded.idx) else None


def _climb(doc: Doc, verb: Token, opener: bool) -> Token | Mention | None:
    """The verb whose subject a subjectless cue shares; or, when there is none to climb to, the source
    (None for none)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        # `Bush criticized the resolution, saying "..."`: the small model hangs the participle on the
        # object; its subject is the subject of the verb that governs that object
        if any(c.dep_ == "case" and c.lower_ in {"with", "without"} for c in verb.head.children):
            # `..., with Anne Smillie, chief executive of Badminton Scotland, saying`
            return absolute_subject(doc, verb.head, verb)
        return _governing_verb(verb.head)
    if verb.head == verb:
        main = _main_verb_after(verb) if opener else None
        if main is not None:
            return main  # the model made the opening participle the root
        return name_before_subjectless(doc, verb)
    if verb.dep_ not in _CLIMB_DEPS and not (opener and verb.dep_ in {"csubj", "dep"}):
        return None
    verb = _coordinated_cue(doc, verb) or _finite_partner(verb) or verb.head
    if verb.pos_ == "ADV" and verb.dep_ == "advmod":
        verb = verb.head  # `Hale went as far as to say`: the verb the adverb modifies
    return verb


def _main_verb_after(participle: Token) -> Token | None:
    """The finite verb with a subject the model hung on an opening participle (`Announcing that ...,
    Obama said`: parataxis(Announcing, said))."""
    return next(
        (
            c
            for c in participle.children
            if c.dep_ in {"parataxis", "conj"}
            and c.tag_ in FINITE_TAGS
            and any(s.dep_ in SUBJECT_DEPS for s in c.children)
        ),
        None,
    )


def _coordinated_cue(doc: Doc, verb: Token) -> Token | None:
    """The reporting verb a subjectless cue is coordinated with when the parse hung it further away
    (`The news came after Dorsey announced X, and said Y`: conj(came, said)): the nearest cue before it,
    after its parsed head, of the same form and with a subject."""
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return None
    for tok in reversed(doc[verb.head.i + 1 : verb.i]):
        if tok.tag_ == verb.tag_ and verb_lemma(tok, en.CUE_CLASSES) is not None:
            return tok if any(c.dep_ in SUBJECT_DEPS for c in tok.children) else None
    return None


def _finite_partner(verb: Token) -> Token | None:
    """The verb a subjectless finite cue is really coordinated with when the parse hung it on a non-finite
    verb of the clause before (`May said the state would end X and suggested`: conj(end, suggested);
    `Ruiz accused the board of trying to hide it and asserted`: conj(hide, asserted)): a finite verb and a
    bare infinitive or participle are never one verb phrase, so the nearest finite verb above of the same
    tense is."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or verb.head.tag_ in FINITE_TAGS:
        return None
    tok = verb.head
    for _ in range(6):
        if tok.head == tok:
            return None
        tok = tok.head
        if tok.tag_ == verb.tag_ and tok.pos_ in {"VERB", "AUX"}:
            return tok
    return None


def _clause_subject(subj: Token) -> bool:
    return subj.dep_ == "csubj" and subj.pos_ in {"VERB", "AUX"}


def _main_clause(verb: Token) -> bool:
    """The sentence's root verb, or a verb coordinated with it."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun phrase is the object of, directly or through a preposition (two steps at most)."""
    tok = noun
    for _ in range(2):
        if tok.dep_ in SUBJECT_DEPS or tok.head == tok:
            return None  # `The statement, saying ...`: a subject's participle says nothing of who spoke
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
    return None
