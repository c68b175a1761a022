"""Claims a cue reports as an infinitive or a gerund, not a clause: `X claims to be the father`, `she is
said to be leaving`, `the army denied using live rounds`. The content is the verb phrase without `to`; a
passive `is said to` / `is reported to` names no source (the subject is what is talked of, not who talks)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wireclaims.extract.claim_parts import MIN_TOKENS, ClaimFinding, cue_for, trimmed
from wireclaims.extract.offsets import line_bounds
from wireclaims.extract.sources import subject_mention
from wireclaims.lang import en

__all__ = ["infinitive_claims"]


def infinitive_claims(doc: Doc, verb: Token, lemma: str) -> list[ClaimFinding]:
    """The infinitive or gerund claims of one cue verb with no clause of its own."""
    passive = verb.tag_ == "VBN" and any(
        c.dep_.startswith("aux") and c.lemma_.lower() == "be" for c in verb.children
    )
    found: list[ClaimFinding] = []
    for comp in verb.children:
        if comp.dep_ not in {"xcomp", "advcl"} or comp.i < verb.i:
            continue
        tokens = _reported_phrase(comp, lemma, passive)
        if tokens is None or len([t for t in tokens if not t.is_punct]) < MIN_TOKENS:
            continue
        bounds = trimmed(doc, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
        if bounds is None:
            continue
        cue = cue_for(verb, lemma)
        mention = (
            None if passive else subject_mention(doc, cue, True, line_bounds(doc, verb.idx), after=False)
        )
        found.append(ClaimFinding(bounds[0], bounds[1], cue, mention, "indirect"))
    return found


def _reported_phrase(comp: Token, lemma: str, passive: bool) -> list[Token] | None:
    """The words of `comp` that are reported: after its `to` for an infinitive the cue takes in this voice,
    all of it for a gerund after a denial; None for anything else (`urged X to`, `vowed to fight`)."""
    subtree = list(comp.subtree)
    to = next((c for c in comp.children if c.dep_ == "mark" and c.lower_ == "to"), None)
    if to is not None and comp.lemma_.lower() in en.CUE_CLASSES.keys() - en.COGNITION_VERBS:
        return None  # `is reported to have said "..."`: the words said are the subject's own
    if to is not None:
        takes = en.PASSIVE_INFINITIVE_CUES if passive else en.ACTIVE_INFINITIVE_CUES
        return [t for t in subtree if t.i > to.i] if lemma in takes else None
    gerund = comp.tag_ == "VBG" or any(c.dep_.startswith("aux") and c.tag_ == "VBG" for c in comp.children)
    if gerund and not passive and lemma in en.GERUND_CUES and comp.left_edge.i == comp.head.i + 1:
        return subtree
    return None
