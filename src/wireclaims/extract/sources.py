"""Find the source of a cue: the subject in the parse, else the noun phrase next to the cue."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wireclaims.extract.according_source import according_to_source
from wireclaims.extract.asides import (
    name_before,
    name_before_apposition,
    name_before_subjectless,
    name_in_aside,
)
from wireclaims.extract.cues import CueMatch, verb_lemma
from wireclaims.extract.mentions import (
    SUBJECT_DEPS,
    Mention,
    mention_from_tokens,
    np_tokens,
)
from wireclaims.extract.offsets import Covered
from wireclaims.extract.parse_repairs import (
    control_object,
    finite_modifier_subject,
    noun_before_finite_complement,
)
from wireclaims.extract.positional import FINITE_TAGS, positional_subject
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


def _parsed_subject(
    doc: Doc, verb: Token, window: tuple[int, int], after: bool, quoted: Covered | None
) -> Mention | None:
    lo, hi = window
    cue_sent = verb.sent.start
    # `Announcing that ..., President Ivo Marten said`: a participle opening the sentence speaks for the
    # subject of the clause it hangs on, wherever the claim's window ends
    # (the model may tag that opening participle a proper noun: `Claiming/NNP the plan ..., Ruiz said`)
    ing = verb.tag_ == "VBG" or verb.lower_.endswith("ing")
    opener = ing and verb.i == cue_sent and verb.dep_ in {"advcl", "csubj", "dep", "ROOT"}
    participle = _participle_subject(doc, verb, quoted)
    if participle is not None and (lo <= participle.start < hi or quoted is not None):
        return participle
    for _ in range(3):
        controller = control_object(doc, verb)
        if controller is not None and lo <= controller.start < hi:
            return controller
        # a clause is no source (`Having had surgery, Oberon ... said`: csubj(said, Having) in the model),
        # nor a day (`Whitfield (D-Ohio) said Friday`: nsubj(said, Friday), nearer the verb than the name)
        subjects = [
            c
            for c in verb.children
            if c.dep_ in SUBJECT_DEPS and not _clause_subject(c) and c.lower_ not in en.TIME_WORDS
        ]
        if subjects:
            # the subject nearest the verb; a small model sometimes splits one noun phrase into two subjects
            # (`The agriculture ministry said`: nsubj agriculture, nsubj ministry)
            nearest = min(subjects, key=lambda s: abs(s.i - verb.i))
            subj = _past_dateline(nearest)
            if subj is not nearest:
                subjects = [subj]
            fronted = name_before_apposition(doc, subj) if subj.i < verb.i else None
            if fronted is not None:
                return fronted
            opened = opener and subj.sent.start == cue_sent and (quoted is None or subj.idx not in quoted)
            if (
                not lo <= subj.idx < hi
                and not opened
                and not (
                    quoted is not None
                    and subj.sent.start == cue_sent
                    and subj.idx not in quoted
                    # beyond the window on the cue's side of the quote, or across it only as the subject of
                    # the reporter's main clause (`Levy saw reason for "..." and praised`), never of a clause
                    # inside reported speech (`Mitri said the area "[was] ours," and also stated`)
                    and ((subj.idx >= hi if after else subj.idx < lo) or _main_clause(verb))
                )
            ):
                return None
            relative = verb.dep_ in {"relcl", "acl:relcl", "acl"} and verb.head.i < subj.i
            after_comma = subj.lower_ == "who" and subj.i > 0 and doc[subj.i - 1].text == ","
            if subj.lower_ in _RELATIVES and (relative or after_comma):
                # `Uri Geller, a friend of both, who said "..."`: the relative pronoun stands for the noun
                # the clause hangs on (a name rather than its apposition)
                return _antecedent(doc, subj)
            if subj.i > verb.i and any(t.text == "," for t in doc[max(subj.left_edge.i, verb.i) : subj.i]):
                # `said Ilse Dorner, mayor of Steinfeld an der Aist`: the model made the last word of the
                # apposition the subject; read the name and its apposition by position instead
                return None
            return _subject_phrase(doc, verb, subj, subjects)
        root_noun = _noun_root_of(verb)
        if root_noun is not None and (lo <= root_noun.idx < hi or quoted is not None):
            return _root_noun_mention(doc, root_noun, quoted)
        stranded = noun_before_finite_complement(verb)
        if stranded is not None and lo <= stranded.idx < hi:
            return _root_noun_mention(doc, stranded, quoted)
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            # `Bush criticized the resolution, saying "..."`: the small model hangs the participle on the
            # object; its subject is the subject of the verb that governs that object
            if any(c.dep_ == "case" and c.lower_ in {"with", "without"} for c in verb.head.children):
                # `..., with Anne Smillie, chief executive of Badminton Scotland, saying`
                return _absolute_subject(doc, verb.head, verb)
            governor = _governing_verb(verb.head)
            if governor is None:
                return None
            verb = governor
            continue
        if verb.head == verb:
            main = _main_verb_after(verb) if opener else None
            if main is not None:
                verb = main  # the model made the opening participle the root
                continue
            return name_before_subjectless(doc, verb)
        if verb.dep_ not in _CLIMB_DEPS and not (opener and verb.dep_ in {"csubj", "dep"}):
            return None
        verb = _coordinated_cue(doc, verb) or _finite_partner(verb) or verb.head
        if verb.pos_ == "ADV" and verb.dep_ == "advmod":
            verb = verb.head  # `Hale went as far as to say`: the verb the adverb modifies
    return None


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


def _past_dateline(subj: Token) -> Token:
    """`WASHINGTON -- President Hale, opening the museum, said`: the model makes the dateline the subject
    and the name its apposition; the name is the subject."""
    doc = subj.doc
    dateline = subj.text.isupper() and len(subj.text) > 1 and subj.i + 1 < len(doc)
    if not dateline or doc[subj.i + 1].text not in {"--", "—", "–", "-"}:
        return subj
    return next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i), subj)


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


def _absolute_subject(doc: Doc, noun: Token, participle: Token) -> Mention | None:
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


_RELATIVES = {"who", "which", "that"}


def _antecedent(doc: Doc, relative: Token) -> Mention | None:
    """The person a relative clause after a comma describes, read by position: the name before the comma
    (`backed by Mara Ostrov, who said`) or before an apposition (`Uri Geller, a friend of both Jackson and
    Lester, who said`), whatever word the parse hung the clause on."""
    comma = doc[relative.i - 1] if relative.i else None
    if comma is not None and comma.text == ",":
        opening = next(
            (t for t in reversed(doc[max(0, comma.i - 20) : comma.i]) if t.text in {",", ".", ";", ":"}),
            None,
        )
        if opening is not None and opening.text == "," and doc[opening.i + 1].lower_ in {"a", "an", "the"}:
            name = name_before(doc, opening, relative.sent.start_char)
            found = mention_from_tokens(doc, name, doc[opening.i + 1 : comma.i].text) if name else None
            if _is_person(found):
                return found
        name = name_before(doc, comma, relative.sent.start_char)
        found = mention_from_tokens(doc, name) if name else None
        if _is_person(found):
            return found  # `backed by Mara Ostrov, who said`; not `a woman from Oklahoma, who said`
    return None  # the small model hangs relative clauses on any noun nearby (`a voter from Oklahoma, who`)


def _is_person(mention: Mention | None) -> bool:
    return mention is not None and mention.description is not None and mention.description.kind == "person"


def _main_clause(verb: Token) -> bool:
    """The sentence's root verb, or a verb coordinated with it."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _subject_phrase(doc: Doc, verb: Token, subj: Token, subjects: list[Token]) -> Mention | None:
    """The mention of a parsed subject, joined with a second subject the model split off it."""
    tokens, appositive = np_tokens(subj)
    for other in sorted(subjects, key=lambda s: abs(s.i - subj.i)):
        if other is subj or (other.i < verb.i) != (subj.i < verb.i):
            continue  # `Vetrov said the company ...`: a subject across the verb is another clause's
        more, _ = np_tokens(other)
        if 0 < tokens[0].i - more[-1].i <= 2 or 0 < more[0].i - tokens[-1].i <= 2:
            tokens = sorted({*tokens, *more}, key=lambda t: t.i)
    return mention_from_tokens(doc, tokens, appositive)


def _participle_subject(doc: Doc, verb: Token, quoted: Covered | None) -> Mention | None:
    """`Bush criticized the resolution on Wednesday, saying "..."`: a participle cue after a finite verb
    of its sentence speaks for that verb's subject. The small model hangs such participles anywhere (on
    the object, or as the subject of the quoted clause), so the verb is found by position."""
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_.startswith("aux") for c in verb.children):
        return None
    if doc[verb.i - 1].pos_ == "AUX":
        return None  # `he was saying`: a finite verb phrase with its own subject
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
                return None
            inside = not inside
            continue
        if inside:
            continue
        if quoted is None and tok.text == ":" and tok.i + 1 < verb.i and doc[tok.i + 1].is_quote:
            # `Ruiz said: "...," adding that ...`: the colon opens the quotation, not a new clause (a quote
            # itself keeps the cue before its colon)
            continue
        if tok.text in {";", ":"} or (tok.text == "." and tok.whitespace_):
            return None
        if tok.lower_ in {"with", "without"}:
            return None  # `..., with Anne Smillie saying`: the participle has its own subject
        root_noun = _noun_root_of(tok)
        if root_noun is not None:
            return _root_noun_mention(doc, root_noun, quoted)
        modifier = finite_modifier_subject(tok)
        if modifier is not None:
            return _subject_phrase(doc, tok, modifier, [modifier])
        if "Fin" not in tok.morph.get("VerbForm", []) or tok.pos_ not in {"VERB", "AUX"}:
            continue
        clause = tok.head if tok.dep_ in {"aux", "aux:pass", "cop"} else tok
        if clause.dep_ not in {"ROOT", "conj", "parataxis"}:
            continue  # a verb of reported speech or of a relative clause: the reporter's verb is further left
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < clause.i]
        if subjects:
            subj = max(subjects, key=lambda s: s.i)
            if (quoted is not None and subj.idx in quoted) or subj.lower_ in {"who", "which", "that"}:
                return None
            fronted = name_before_apposition(doc, subj)
            return fronted if fronted is not None else _subject_phrase(doc, clause, subj, subjects)
        if clause.dep_ != "conj":
            return None
        # `X defended it and criticized the plan, saying`: a coordinated verb shares X
    return None


def _noun_root_of(verb: Token) -> Token | None:
    """The subject the small model made the sentence's root when it read the finite verb after it as a
    clause on a noun (`Local resident Mara Quell, the mother of one of those hurt, thought ...`:
    root Quell, acl(those, thought)): a sentence whose root is a noun has no other main verb."""
    head = verb.sent.root
    # the model's morphology calls such a verb a participle; its tag still says finite (`thought` VBD), or
    # a past participle with an object hangs on the root itself (`several groups granted Vane an extension`)
    if verb.dep_ in {"parataxis", "conj"} and verb.head == head and verb.tag_ in FINITE_TAGS:
        # `Ana Ruiz, who runs the clinic, said ...`, `Ana Ruiz, the mayor, vowed ...`: root Ruiz,
        # parataxis(Ruiz, said); `Ruiz, the mayor, criticized X and said`: conj(Ruiz, said)
        pass
    elif verb.dep_ != "acl":
        return None
    transitive = verb.tag_ == "VBN" and verb.head == head and any(c.dep_ == "obj" for c in verb.children)
    if verb.tag_ not in FINITE_TAGS and not transitive:
        return None
    if (
        head.pos_ not in {"PROPN", "NOUN"}
        or head.i > verb.i
        or any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    ):
        return None
    return head


def _root_noun_mention(doc: Doc, noun: Token, quoted: Covered | None) -> Mention | None:
    if quoted is not None and noun.idx in quoted:
        return None
    fronted = name_before_apposition(doc, noun)
    if fronted is not None:
        return fronted
    tokens, appositive = np_tokens(noun)
    return mention_from_tokens(doc, tokens, appositive)


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
