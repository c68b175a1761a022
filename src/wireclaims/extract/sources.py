"""Find the source of a cue: the subject in the parse, else the noun phrase next to the cue."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from wireclaims.extract.cues import CueMatch
from wireclaims.extract.mentions import (
    NAME_CONNECTORS,
    STOP_TEXT,
    SUBJECT_DEPS,
    Mention,
    mention_from_tokens,
    np_tokens,
)

_CLIMB_DEPS = {"advcl", "xcomp", "conj", "ccomp"}
# Words that open a clause before a cue: `After she warned ...` has the source after them, not before.
_CLAUSE_OPENERS = {
    "after",
    "when",
    "while",
    "before",
    "as",
    "if",
    "since",
    "although",
    "because",
    "once",
    "until",
}
# Cues whose following noun phrase is the hearer (`told reporters`), never an inverted source.
_NO_INVERSION = {"tell", "urge", "call", "accuse", "inform", "assure", "brief", "promise", "blame", "praise"}


def subject_mention(
    doc: Doc, cue: CueMatch, has_parser: bool, window: tuple[int, int], after: bool
) -> Mention | None:
    """The source of a cue: by the parse when there is one, else by position around the cue.

    Args:
        window: character range the source must lie in (outside quotation marks).
        after: True when the cue follows the quotation (`"...," Hart said`).
    """
    lo, hi = window
    if cue.lemma == "according to":
        return _according_to_source(doc, cue, has_parser)
    if has_parser:
        found = _parsed_subject(doc, doc[cue.i], lo, hi)
        if found is not None:
            return found
    return _positional_subject(doc, cue, lo, hi, after)


def _parsed_subject(doc: Doc, verb: Token, lo: int, hi: int) -> Mention | None:
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            # the subject nearest the verb; a small model sometimes splits one noun phrase into two subjects
            # (`The agriculture ministry said`: nsubj agriculture, nsubj ministry)
            subj = min(subjects, key=lambda s: abs(s.i - verb.i))
            fronted = _name_before_apposition(doc, subj) if subj.i < verb.i else None
            if fronted is not None:
                return fronted
            if not lo <= subj.idx < hi:
                return None
            if subj.i > verb.i and any(t.text == "," for t in doc[max(subj.left_edge.i, verb.i) : subj.i]):
                # `said Ilse Dorner, mayor of Steinfeld an der Aist`: the model made the last word of the
                # apposition the subject; read the name and its apposition by position instead
                return None
            tokens, appositive = np_tokens(subj)
            for other in sorted(subjects, key=lambda s: abs(s.i - subj.i)):
                if other is subj or (other.i < verb.i) != (subj.i < verb.i):
                    continue  # `Vetrov said the company ...`: a subject across the verb is another clause's
                more, _ = np_tokens(other)
                if 0 < tokens[0].i - more[-1].i <= 2 or 0 < more[0].i - tokens[-1].i <= 2:
                    tokens = sorted({*tokens, *more}, key=lambda t: t.i)
            return mention_from_tokens(doc, tokens, appositive)
        if verb.dep_ not in _CLIMB_DEPS or verb.head == verb:
            return None
        verb = verb.head
    return None


def _name_before_apposition(doc: Doc, subj: Token) -> Mention | None:
    """`Nadia Cherif, director general of the company, told`: parsed with `general` as the subject and the
    name hanging under it; the name is the source and the rest its apposition."""
    left = subj.left_edge
    if subj.pos_ == "PROPN" or left.pos_ != "PROPN" or not left.text[:1].isupper():
        return None
    comma = next((t for t in doc[left.i : subj.i] if t.text == ","), None)
    if comma is None or comma.i == left.i:
        return None
    appositive = doc[comma.i + 1 : subj.right_edge.i + 1].text.strip(" ,")
    mention = mention_from_tokens(doc, list(doc[left.i : comma.i]), appositive)
    if (
        mention is None
        or mention.description is None
        or mention.description.kind not in {"person", "unknown"}
    ):
        return None
    return replace(mention, subject=True)


def _according_to_source(doc: Doc, cue: CueMatch, has_parser: bool) -> Mention | None:
    to = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    if to is None:
        return None
    # token.children on a Doc without a parse can crash spaCy: only read the tree when there is one
    objs = [c for c in to.children if c.dep_ == "pobj"] if has_parser else []
    if objs:
        tokens, appositive = np_tokens(objs[0])
        return mention_from_tokens(doc, tokens, appositive)
    tokens = []
    for tok in doc[cue.j :]:
        if tok.text in STOP_TEXT or tok.is_space:
            break
        tokens.append(tok)
    return mention_from_tokens(doc, tokens)


def _positional_subject(doc: Doc, cue: CueMatch, lo: int, hi: int, after: bool) -> Mention | None:
    verb = doc[cue.i]
    before: list[Token] = []
    for tok in reversed(doc[: cue.i]):
        if tok.idx < lo or tok.text in STOP_TEXT or tok.is_space or tok.is_quote:
            break
        if tok.lower_ in _CLAUSE_OPENERS:
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
    aside = _before_aside(doc, cue, lo)
    if aside is not None:
        return aside
    if not after or cue.lemma in _NO_INVERSION:
        return None
    following: list[Token] = []
    for tok in doc[verb.i + 1 :]:
        if tok.idx >= hi or tok.text in STOP_TEXT or tok.is_space:
            break
        following.append(tok)
    appositive = None
    end = following[-1].i + 1 if following else verb.i + 1
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


def _before_aside(doc: Doc, cue: CueMatch, lo: int) -> Mention | None:
    """The name before an aside: `X, who grows coffee near Pitalito, told AFP`, `X, deputy director, told`."""
    if cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    opening = None
    for tok in reversed(doc[: cue.i - 1]):
        if tok.idx < lo or tok.is_quote or tok.text in {".", "!", "?", ";", ":"}:
            return None
        if tok.text == ",":
            opening = tok
            break
    if opening is None or opening.i - 1 - cue.i > 40:
        return None
    name: list[Token] = []
    for tok in reversed(doc[: opening.i]):
        if tok.idx < lo or tok.text in STOP_TEXT or tok.is_space or tok.is_quote:
            break
        if not (tok.text[:1].isupper() or tok.text in {"-", "'s", "’s"} or tok.lower_ in NAME_CONNECTORS):
            break
        name.insert(0, tok)
    if not name or not name[0].text[:1].isupper():
        return None
    appositive = doc[opening.i + 1 : cue.i - 1].text
    mention = mention_from_tokens(doc, name, appositive)
    if (
        mention is None
        or mention.description is None
        or mention.description.kind not in {"person", "unknown"}
    ):
        return None
    return mention
