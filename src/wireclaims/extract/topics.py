"""What each sentence is mainly about, for `he`/`she`: its main subject, the subject's appositions and
every source; the registry that knows it."""

from __future__ import annotations

from spacy.tokens import Doc

from wireclaims.extract.cues import text_of
from wireclaims.extract.mentions import Mention
from wireclaims.extract.offsets import Covered
from wireclaims.extract.registry import SpeakerRegistry

__all__ = ["build_registry"]

_SUBJECTS = {"nsubj", "nsubjpass"}


def build_registry(doc: Doc, events: list[tuple[int, object]], inside: Covered) -> SpeakerRegistry:
    """A registry that knows the sentences and, for pronouns, who each sentence is mainly about: its main
    subject (with the subject's appositions: `the railway's chief, Ruth Alder, said`) and every source."""
    prominent = Covered(len(text_of(doc)))
    for _, item in events:
        mention: Mention | None = getattr(item, "mention", None)
        if mention is not None:
            prominent.add(mention.start, mention.end)
    for sent in doc.sents:
        root = sent.root
        stack = [t for t in root.children if t.dep_ in _SUBJECTS]
        if not stack and root.pos_ == "VERB":
            # the parse found no subject (`Dutch citizen Tom Veld, father of a victim, believes`): what comes
            # before the main verb, outside quotation marks, is what the sentence is about
            stack = [t for t in doc[sent.start : root.i] if t.pos_ in {"PROPN", "NOUN"}]
        elif not stack and root.pos_ in {"PROPN", "NOUN"}:
            # no verb at the root (`Amtrak's chief, Ana Ruiz, speaking on Sunday, blamed ...; she said`): the
            # model made the subject the root, and the sentence is about it and its apposition
            stack = [root]
        while stack:
            tok = stack.pop()
            if tok.idx in inside or tok.pos_ in {"VERB", "AUX"}:
                continue
            prominent.add(tok.idx, tok.idx + len(tok.text))
            stack.extend(c for c in tok.children if c.dep_ not in _CLAUSE_DEPS)
    # a "sentence" of a word or two is the parse cutting one (`President | Ruiz said`): it joins the next
    starts = [s.start_char for s in doc.sents if sum(t.is_alpha for t in s) >= 3 or s.start == 0]
    return SpeakerRegistry(starts, prominent)


# Dependents that open a clause of their own: what they hold is not what the sentence is about.
_CLAUSE_DEPS = {"acl", "acl:relcl", "relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"}
