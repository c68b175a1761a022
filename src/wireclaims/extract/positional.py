"""A cue's source read by position, where the parse gives none: the words before the cue, an aside, or the
noun phrase after a cue that follows its quotation (`"...," said Lena Hart, the mayor`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wireclaims.extract.asides import before_aside
from wireclaims.extract.cues import CueMatch
from wireclaims.extract.mentions import Mention, mention_from_tokens
from wireclaims.extract.name_bounds import party_tag_start
from wireclaims.extract.phrase_cuts import STOP_TEXT
from wireclaims.lang import en

FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def _ends_inverted_phrase(tok: Token) -> bool:
    """A word that ends the noun phrase of an inverted source after a finite cue: a verb or a preposition
    that opens an adjunct (`in a statement`, `on Monday`, `before the team arrived`). After a participle
    (`arguing the move was needed`) the words are the claim, not a source."""
    if tok.pos_ in {"VERB", "AUX", "SCONJ"} and tok.text[:1].islower():
        return True
    return tok.pos_ == "ADP" and tok.lower_ not in en.ORG_LINKS


def _split_affiliation(doc: Doc, tokens: list[Token]) -> tuple[list[Token], str | None]:
    """`wrote Tom Vesey for Harbor Polling`: a person's name ends before `of`/`for`/`at`/`from`; the rest
    says whom the person speaks for (the form of `np_tokens`' apposition, `Vesey for Harbor Polling`)."""
    for n, tok in enumerate(tokens):
        # the model may not tag the name: two proper nouns before `for` are a person's (`Tom Vesey for`)
        person = tokens[n - 1].ent_type_ == "PERSON" or (tok.lower_ == "for" and n >= 2)
        if n and tok.lower_ in en.ORG_LINKS and person:
            if all(t.pos_ == "PROPN" for t in tokens[:n]):
                return tokens[:n], f"{tokens[n - 1].text} " + doc[tok.i : tokens[-1].i + 1].text
            break
    return tokens, None


def positional_subject(doc: Doc, cue: CueMatch, lo: int, hi: int, after: bool) -> Mention | None:
    verb = doc[cue.i]
    before: list[Token] = []
    for tok in reversed(doc[: party_tag_start(doc, cue.i)]):  # `Dana Hale (D-Ore.) said`
        if tok.idx < lo or tok.text in STOP_TEXT or tok.is_space or tok.is_quote:
            break
        if tok.lower_ in en.CLAUSE_OPENERS:
            break
        if tok.pos_ in {"VERB", "AUX", "ADP", "SCONJ"} and not tok.text[:1].isupper():
            break
        before.insert(0, tok)
    while before and (
        before[-1].pos_ == "ADV" or before[-1].lower_ in {"has", "have", "had", "also", "then"}
    ):
        before.pop()
    if before:
        return mention_from_tokens(doc, before)
    aside = before_aside(doc, cue, lo)
    if aside is not None:
        return aside
    if not after or cue.lemma in en.NO_INVERSION_CUES:
        return None
    following: list[Token] = []
    for tok in doc[verb.i + 1 :]:
        if tok.idx >= hi or tok.text in STOP_TEXT or tok.is_space:
            break
        if following and verb.tag_ in FINITE_TAGS and _ends_inverted_phrase(tok):
            break  # `said the office of the President in a statement`: the source ends before `in`
        following.append(tok)
    appositive = None
    end = following[-1].i + 1 if following else verb.i + 1
    following, affiliation = _split_affiliation(doc, following)
    if affiliation is not None:
        return mention_from_tokens(doc, following, affiliation)
    if end < len(doc) and doc[end].text == ",":
        # the apposition runs to the next comma, full stop or semicolon within the window (read no further:
        # the rest of the Doc may be megabytes)
        cut = 0
        for t in doc[end + 1 :]:
            if t.idx >= hi or t.text in {",", ".", ";"}:
                break
            cut += 1
        appositive = doc[end + 1 : end + 1 + cut].text if cut else None
    return mention_from_tokens(doc, following, appositive)
