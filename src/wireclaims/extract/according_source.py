"""The source of an `according to` cue: the phrase after `to`, a document's writer, or the body a post was
made on behalf of."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wireclaims.extract.cues import CueMatch
from wireclaims.extract.mentions import Mention, mention_from_tokens, np_tokens
from wireclaims.extract.phrase_cuts import STOP_TEXT
from wireclaims.lang import sources as source_words


def according_to_source(doc: Doc, cue: CueMatch, has_parser: bool) -> Mention | None:
    to = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    if to is None:
        return None
    # token.children on a Doc without a parse can crash spaCy: only read the tree when there is one
    behalf = _on_behalf_of(doc, cue.j)
    if behalf is not None:
        return behalf
    objs = [c for c in to.children if c.dep_ == "pobj"] if has_parser else []
    if objs:
        tokens, appositive = np_tokens(objs[0])
        return mention_from_tokens(doc, tokens, appositive)
    tokens = []
    for tok in doc[cue.j :]:
        if tok.text in STOP_TEXT or tok.is_space:
            break
        tokens.append(tok)
    writer = _writer_of_document(tokens)
    mention = mention_from_tokens(doc, writer or tokens)
    if mention is None and writer is None and len(tokens) > 1 and tokens[0].pos_ == "VERB":
        # `according to show insiders`: after `to` comes a noun phrase; a first word tagged a verb is the
        # model's misreading of a noun before the head
        return mention_from_tokens(doc, tokens[1:])
    return mention


def _writer_of_document(tokens: list[Token]) -> list[Token] | None:
    """`according to a speech Ms. Varga delivered ...`: the name between a document and the past verb that
    ends it is its writer."""
    documents = source_words.DOCUMENT_NOUNS
    doc_at = next((k for k, t in enumerate(tokens[:3]) if t.lemma_.lower() in documents), None)
    if doc_at is None:
        return None
    k = doc_at + 1
    while k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].pos_ == "PROPN":
        k += 1
    if k == doc_at + 1 or k >= len(tokens) or tokens[k].tag_ not in {"VBD", "VBN"}:
        return None
    return tokens[doc_at + 1 : k]


# How far into an `according to` phrase an `on behalf of` is looked for (words).
_BEHALF_REACH = 40


def _on_behalf_of(doc: Doc, start: int) -> Mention | None:
    """`according to a post from A, B and C made on behalf of the jury, ...`: the jury speaks through the
    post and its writers. The phrase is read up to its sentence's end or the main clause's finite verb."""
    words = doc[start : min(len(doc), start + _BEHALF_REACH)]
    for k, tok in enumerate(words):
        if (tok.is_sent_start and k) or tok.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
            return None
        if tok.lower_ == "behalf" and k and words[k - 1].lower_ == "on" and k + 1 < len(words):
            if words[k + 1].lower_ != "of":
                return None
            tokens: list[Token] = []
            for t in words[k + 2 :]:
                if t.text in STOP_TEXT or t.is_space or t.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
                    break
                tokens.append(t)
            return mention_from_tokens(doc, tokens) if tokens else None
    return None
