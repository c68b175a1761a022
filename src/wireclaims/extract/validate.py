"""Whether a phrase can be a source: a person, an organisation or a group; never a clause or a document.

A small parser hands the source finder many phrases that only stand where a subject would: a participle
(`Speaking at a ceremony, ...`), a prepositional phrase (`adding to CNN`), a document (`the statement
said`), a quantifier (`Some claim`), page furniture (`Advertisement`). `judge` decides, for the tokens of
one phrase, whether it can speak, and when it cannot but names who did (`a report by the commission`,
`She was told by a midwife`), points at that author instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from wireclaims.extract.describe import Description
from wireclaims.extract.document_authors import (
    OBJECT_DEPS,
    author_of,
    by_agent,
    possessor,
    preposition_object,
)
from wireclaims.extract.speaker_names import name_can_speak, source_name
from wireclaims.lang import en
from wireclaims.lang import sources as lang

__all__ = ["ACCEPT", "Verdict", "can_be_source", "judge", "name_can_speak", "source_name"]

# What can speak. `unknown` passes too: `a relative`, `the jury`, `Zuma` are described without a kind, and
# the shapes below, not the kind, tell them from `need` or `the statement`.
SOURCE_KINDS = frozenset({"person", "organization", "group"})
_PASSIVE_SUBJECTS = {"nsubjpass", "nsubj:pass"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_NAMED = {"PERSON", "ORG", "NORP", "GPE", "FAC"}
_TELLING = lang.HEARER_VERBS | lang.AUDIENCE_VERBS


@dataclass(frozen=True)
class Verdict:
    """Why a phrase is not a source (None when it can be one), and the head of its author when named."""

    reason: str | None
    author: Token | None = None


ACCEPT = Verdict(None)


def judge(tokens: Sequence[Token], description: Description | None, roles: bool = False) -> Verdict:
    """Decide whether the phrase made of `tokens` can be a source.

    Args:
        tokens: the phrase, trimmed of punctuation, in reading order.
        description: what `describe` made of it; None for a pronoun.
        roles: also judge the phrase's role in its clause: the hearer of `told` (`told the crowd`, `She was
            told by X`) is never the source. Off for names registered only to resolve pronouns later.
    """
    if not tokens:
        return Verdict("empty")
    opener = tokens[0]  # `But for Ruiz` names Ruiz for later pronouns; its final name drops `But for`
    tokens = _without_opener(tokens)
    head = _head(tokens)
    if roles:
        verdict = _role(head)
        if verdict.reason is not None:
            return verdict
    verdict = _form(tokens, head, opener)
    if verdict.reason is not None or description is None:
        return verdict  # a pronoun: the registry decides whom it stands for
    return _what(tokens, head, description)


def _form(tokens: Sequence[Token], head: Token, opener: Token) -> Verdict:
    """Phrases no source is written as: boilerplate, an expletive `it`, a prepositional phrase, a clause, a
    generic word."""
    text = " ".join(t.lower_ for t in tokens if not t.is_punct)
    if text in lang.BOILERPLATE:
        return Verdict("boilerplate")
    first = tokens[0]
    if first.lower_ == "it" and (first.dep_ == "expl" or first.dep_ in _PASSIVE_SUBJECTS):
        return Verdict("generic")  # `It is reported that ...`, `It was said ...`: nobody in particular
    if first.lower_ in lang.PREPOSITIONS and first == opener:
        # `by the ministry`, `from the agency`: the object is the source; `to CNN`, `Like Bush` never are
        author = preposition_object(first) if first.lower_ in lang.AUTHOR_PREPOSITIONS - {"of"} else None
        return Verdict("preposition", author)
    if _clause(tokens, head):
        return Verdict("clause")
    content = [t for t in tokens if t.lower_ not in {"the", "a", "an"}]
    if len(content) == 1 and content[0].lower_ in lang.GENERIC_WORDS:
        return Verdict("generic")
    return ACCEPT


def _what(tokens: Sequence[Token], head: Token, description: Description) -> Verdict:
    """What the phrase names: only a person, an organisation or a group; never a bare word, a document or a
    thing (whose author or owner may speak)."""
    if description.kind not in SOURCE_KINDS | {"unknown"}:
        return Verdict("kind")
    if not _common(head):
        return ACCEPT
    content = [t for t in tokens if t.lower_ not in {"the", "a", "an"}]
    if len(content) == 1 and head.pos_ in {"INTJ", "NUM", "SYM", "ADJ", "ADV"}:
        return Verdict("word")  # `soft-spoken`, `Please`, `28`: not a noun at all
    if head.lower_ in lang.DOCUMENT_NOUNS or (
        head.lemma_.lower() in lang.DOCUMENT_NOUNS and head.lower_ not in lang.OUTLET_PLURALS
    ):
        return Verdict("document", author_of(head))
    if head.lower_ in lang.NON_SOURCE_HEADS or head.lemma_.lower() in lang.NON_SOURCE_HEADS:
        # `Hale's first reaction was to tell ...`: whose reaction it is speaks
        return Verdict("thing", possessor(head))
    return ACCEPT


def can_be_source(tokens: Sequence[Token], description: Description | None, roles: bool = False) -> bool:
    """True when `judge` accepts the phrase as it stands."""
    return judge(tokens, description, roles).reason is None


def _without_opener(tokens: Sequence[Token]) -> Sequence[Token]:
    """The phrase without the punctuation and conjunctions opening it: `But multiple reports` is judged as
    `multiple reports`, `But for Ruiz` as `for Ruiz`."""
    k = 0
    while k < len(tokens) - 1 and (tokens[k].is_punct or tokens[k].lower_ in lang.LEADING_CONJUNCTIONS):
        k += 1
    return tokens[k:]


def _head(tokens: Sequence[Token]) -> Token:
    """The phrase's syntactic head: the token whose head lies outside the phrase; the last without a parse."""
    inside = {t.i for t in tokens}
    for tok in tokens:
        if tok.dep_ and (tok.head.i not in inside or tok.head == tok):
            return tok
    return tokens[-1]


def _named(tok: Token) -> bool:
    """A word of a proper name: tagged a proper noun, labelled a name, or capitalised inside a sentence."""
    if tok.pos_ == "PROPN":
        return True
    if tok.ent_type_ in _NAMED:
        # `Having` or `Saying` opening a sentence is sometimes labelled a name; a verb is not one
        return tok.pos_ not in {"VERB", "AUX", "ADP", "SCONJ", "PRON", "DET"}
    return not tok.pos_ and tok.text[:1].isupper() and not tok.is_sent_start


def _common(tok: Token) -> bool:
    """A common word, not part of a name: `the statement`, `Reports`, never `The Washington Post`."""
    if tok.pos_ == "PROPN":
        return False
    if tok.text[:1].islower():
        return True  # `the secretary of state's website` labelled a name: a lower-case noun is common
    if tok.ent_type_ in _NAMED:
        return False
    if tok.text.isupper() and len(tok.text) > 1:
        return False  # `TEPCO`, `NATO`: an acronym is a name
    return tok.text[:1].islower() or bool(tok.is_sent_start)


def _clause(tokens: Sequence[Token], head: Token) -> bool:
    """An infinitive, a participle or a finite verb standing where a noun phrase should: `to pause the
    talks`, `Speaking`, `far to`, `plans to`. A capitalised word inside a sentence is a name (`Will
    Tracy`, `Boeing`), whatever its tag."""
    for k, tok in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if tok.lower_ == "to" and tok.pos_ in {"PART", ""} and (nxt is None or nxt.text[:1].islower()):
            return True  # `to pause the talks`, `plans to`; not `Alliance to Reclaim Our Schools`
    if not head.pos_:
        return False
    first = tokens[0]
    if first.tag_ == "VBG" and first.text[:1].islower() and first.lower_ not in lang.MODIFIER_GERUNDS:
        # `throwing chairs`, `featuring Ana Ruiz`: a participle and its object; not `lobbying firms`, and
        # `polling by X` is a document that names X
        nxt = tokens[1] if len(tokens) > 1 else None
        if head == first and first.lower_ not in lang.DOCUMENT_NOUNS:
            return True
        if nxt is not None and nxt.pos_ == "PROPN":
            return True
    for tok in tokens:
        if tok.lower_ in en.RELATIVE_WORDS:
            break  # `an official who was briefed`: a relative clause may hold any verb
        if tok.tag_ in _FINITE and tok.text[:1].islower():
            return True  # `Trump is`, `he has`: a clause's subject and verb
    if any(_named(t) for t in tokens):
        return False
    if head.pos_ in {"AUX", "SCONJ", "ADP", "PART"} and _common(head):
        return True
    if head.pos_ == "VERB" and head.tag_ != "VB" and _common(head):
        return True  # `Speaking`, `using`; a bare `show` in `according to show insiders` is a mis-tagged noun
    if first.head.i in {t.i for t in tokens} and first.head != first:
        return False  # `show insiders`: the verb-like word modifies the phrase's noun
    return first.pos_ in {"VERB", "AUX", "SCONJ"} and _common(first)


def _role(head: Token) -> Verdict:
    """The hearer of a telling verb: its object (`told the crowd`) or its passive subject (`She was told by a
    midwife`), whose `by` phrase names the source."""
    verb = head.head
    if verb == head or verb.lemma_.lower() not in _TELLING:
        return ACCEPT
    if (
        head.dep_ in OBJECT_DEPS
        and verb.lemma_.lower() in lang.AUDIENCE_VERBS
        and any(c.dep_ in {"nsubj", "csubj"} for c in verb.children)
        and verb.i < head.i
        and not any(t.text == "," for t in head.doc[verb.i : head.i])
        and not _controls_infinitive(verb, head)
    ):
        # `Sadr told the crowd`; with no subject the object is the inverted source (`"...," warned a nun`)
        return Verdict("hearer")
    passive = head.dep_ in _PASSIVE_SUBJECTS or (head.dep_ == "nsubj" and _passive(verb))
    if passive and verb.lemma_.lower() in lang.HEARER_VERBS:
        return Verdict("hearer", by_agent(verb))
    return ACCEPT


def _controls_infinitive(verb: Token, obj: Token) -> bool:
    """`asked the mayor to explain`: the object is who does the infinitive after it, not only a hearer."""
    return any(
        c.dep_ in {"xcomp", "advcl", "ccomp"}
        and c.i > obj.i
        and c.tag_ == "VB"
        and c.doc[c.i - 1].lower_ == "to"
        for c in verb.children
    )


def _passive(verb: Token) -> bool:
    """`was told`: a UD parse labels the passive subject `nsubj`; `be` and the participle mark it."""
    return verb.tag_ == "VBN" and any(
        c.dep_ in {"aux", "aux:pass", "auxpass"} and c.lemma_.lower() in {"be", "get"} for c in verb.children
    )
