"""Who a document or a thing names as its author or owner: `X's website`, `a report by X`, `a statement from
X`, `X issued a statement`, `a BBC report`, `Hale's first reaction`.

`validate.judge` refuses a document as a source and points at the author found here instead.
"""

from __future__ import annotations

from spacy.tokens import Token

from wireclaims.lang import en
from wireclaims.lang import sources as lang

OBJECT_DEPS = {"dobj", "obj", "dative", "iobj"}


def by_agent(verb: Token) -> Token | None:
    """The agent of a passive verb: `by X` (`a study released by the journal`, `She was told by X`)."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ in {"obl", "obl:agent"} and any(
            c.dep_ == "case" and c.lower_ == "by" for c in child.children
        ):
            return child
    return None


def preposition_object(preposition: Token) -> Token | None:
    """The object of a preposition: its `pobj` child, or in a UD parse the noun it is the `case` of."""
    if preposition.dep_ == "case" and preposition.head != preposition:
        return preposition.head
    return next((c for c in preposition.children if c.dep_ == "pobj"), None)


def _authors(noun: Token, links: set[str]) -> bool:
    """Whether the object of `by`, `from` or `of` after a document is its author: never another document;
    after `of` only a name (`a statement of the Ministry`, not `a summary of the talks`)."""
    if noun.lower_ in lang.DOCUMENT_NOUNS or (
        noun.lemma_.lower() in lang.DOCUMENT_NOUNS and noun.lower_ not in lang.OUTLET_PLURALS
    ):
        return False
    return bool(links & {"by", "from"}) or noun.pos_ == "PROPN"


def possessor(noun: Token) -> Token | None:
    """The possessor of a noun (`Hale's reaction` -> `Hale`), if the parse gives one."""
    for child in noun.children:
        cases = {c.lower_ for c in child.children if c.dep_ == "case"}
        if child.dep_ in {"poss", "nmod:poss"} or (child.dep_ == "nmod" and cases & en.POSSESSIVE_ENDINGS):
            return child
    return None


def _writer_after(doc_noun: Token) -> Token | None:
    """`a speech Ms. Varga delivered`, `the letter Hale wrote`: a name right after the document and a past
    verb after the name (a relative clause without its pronoun) name the writer, however it is parsed."""
    doc = doc_noun.doc
    k = doc_noun.i + 1
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    if k == doc_noun.i + 1 or k >= len(doc) or doc[k].tag_ not in {"VBD", "VBN"}:
        return None
    return doc[k - 1]


def author_of(doc_noun: Token) -> Token | None:
    """Who issued a document: `X's website`, `a report by X`, `a statement from X`, `X issued a statement`,
    `a BBC report`."""
    for child in doc_noun.children:
        cases = {c.lower_ for c in child.children if c.dep_ == "case"}
        if child.dep_ in {"poss", "nmod:poss"} or (child.dep_ == "nmod" and cases & en.POSSESSIVE_ENDINGS):
            return child  # `his official website` -> `his`, resolved as a pronoun
        if child.dep_ == "prep" and child.lower_ in lang.AUTHOR_PREPOSITIONS:
            pobj = preposition_object(child)
            if pobj is not None and _authors(pobj, {child.lower_}):
                return pobj
        if child.dep_ in {"nmod", "obl"} and cases & lang.AUTHOR_PREPOSITIONS and _authors(child, cases):
            return child
    for child in doc_noun.children:
        if child.dep_ in {"acl", "relcl"} and child.pos_ == "VERB" and child.lemma_ in lang.AUTHORING_VERBS:
            agent = by_agent(child)  # `a study released by the journal`
            if agent is not None:
                return agent
    named = [
        c
        for c in doc_noun.children
        if c.dep_ in {"compound", "nmod"}
        and (c.pos_ == "PROPN" or (c.text.isupper() and len(c.text) > 1 and c.i < doc_noun.i))
        and c.ent_type_ not in {"GPE", "NORP", "DATE"}
    ]
    if named:
        return named[-1]  # `a BBC report`, `a New York Times report`, `the IMF report` (tagged a noun)
    writer = _writer_after(doc_noun)
    if writer is not None:
        return writer
    verb = doc_noun.head
    if doc_noun.dep_ in OBJECT_DEPS and verb != doc_noun:
        # `X issued a statement saying ...`, `X posted a message`: the subject of the verb wrote it
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None
