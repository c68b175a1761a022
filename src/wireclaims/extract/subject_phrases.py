"""The mention a parsed subject gives, where the small model's tree says less than the words: a subject split
in two, a relative pronoun standing for a name, a dateline before the name, a name the model made the root."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wireclaims.extract.asides import name_before, name_before_apposition
from wireclaims.extract.mentions import SUBJECT_DEPS, Mention, mention_from_tokens, np_tokens
from wireclaims.extract.offsets import Covered
from wireclaims.extract.positional import FINITE_TAGS

RELATIVES = {"who", "which", "that"}


def subject_phrase(doc: Doc, verb: Token, subj: Token, subjects: list[Token]) -> Mention | None:
    """The mention of a parsed subject, joined with a second subject the model split off it."""
    tokens, appositive = np_tokens(subj)
    for other in sorted(subjects, key=lambda s: abs(s.i - subj.i)):
        if other is subj or (other.i < verb.i) != (subj.i < verb.i):
            continue  # `Vetrov said the company ...`: a subject across the verb is another clause's
        more, _ = np_tokens(other)
        if 0 < tokens[0].i - more[-1].i <= 2 or 0 < more[0].i - tokens[-1].i <= 2:
            tokens = sorted({*tokens, *more}, key=lambda t: t.i)
    return mention_from_tokens(doc, tokens, appositive)


def past_dateline(subj: Token) -> Token:
    """`WASHINGTON -- President Hale, opening the museum, said`: the model makes the dateline the subject
    and the name its apposition; the name is the subject."""
    doc = subj.doc
    dateline = subj.text.isupper() and len(subj.text) > 1 and subj.i + 1 < len(doc)
    if not dateline or doc[subj.i + 1].text not in {"--", "—", "–", "-"}:
        return subj
    return next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i), subj)


def antecedent(doc: Doc, relative: Token) -> Mention | None:
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


def noun_root_of(verb: Token) -> Token | None:
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


def root_noun_mention(doc: Doc, noun: Token, quoted: Covered | None) -> Mention | None:
    """The mention of a subject the parse hung elsewhere: a name before its apposition, else its phrase."""
    if quoted is not None and noun.idx in quoted:
        return None
    fronted = name_before_apposition(doc, noun)
    if fronted is not None:
        return fronted
    tokens, appositive = np_tokens(noun)
    return mention_from_tokens(doc, tokens, appositive)
