"""Claims after their cue: `X said (that) CLAUSE`, the clause the parse hangs on a cue verb."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from wireclaims.extract.claim_parts import MIN_TOKENS, ClaimFinding, cue_for, finite, trimmed
from wireclaims.extract.cues import verb_lemma, verb_tokens
from wireclaims.extract.final_reporter import reported_before_reporter
from wireclaims.extract.fronted_claims import clause_before_comma
from wireclaims.extract.infinitive_claims import infinitive_claims
from wireclaims.extract.offsets import line_bounds
from wireclaims.extract.sources import subject_mention
from wireclaims.lang import en

__all__ = ["complement_claims"]


def complement_claims(doc: Doc, sent: Span, has_parser: bool) -> list[ClaimFinding]:
    """`X said (that) CLAUSE`, `X told Y CLAUSE`: the clauses a cue verb reports, one claim each."""
    found: list[ClaimFinding] = []
    last_cue: dict[int, int] = {}
    for i in verb_tokens(doc, sent.start_char, sent.end_char):
        tok = doc[i]
        lemma = verb_lemma(tok, en.CUE_CLASSES)
        if lemma is None or _imperative(sent, tok):
            continue
        comps = [c for c in tok.children if c.dep_ == "ccomp"]
        if not comps:
            reported = infinitive_claims(doc, tok, lemma)
            if reported:
                found += reported
                continue
            clause = _object_clause(tok) or _subject_read_as_object(tok) or _that_after_cue(doc, tok)
            if clause is not None:
                found += _claims_of(doc, tok, lemma, [clause], after=False)
                continue
            fallback = clause_before_comma(doc, sent, tok, lemma, has_parser)
            if fallback is not None:
                found.append(fallback)
        for comp in comps:
            scene = comp.i < tok.i and comp.left_edge.is_sent_start and comp.tag_ in {"VBN", "VBG", "VBD"}
            if scene and not any(c.dep_.startswith(("nsubj", "aux")) for c in comp.children):
                continue  # `Asked whether ..., she said`: a participle clause sets the scene, it is not said
            tokens = list(comp.subtree)
            # `Vetrov said the company, Severgaz Transit, would ...`: the model hangs the clause's subject on
            # the cue verb; it belongs to the content
            stray = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} and tok.i < c.i < comp.i]
            if stray and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in comp.children):
                tokens = list(doc[stray[0].left_edge.i : comp.i]) + [t for t in tokens if t.i >= comp.i]
                tokens = sorted(set(tokens), key=lambda t: t.i)
            if comp.i > tok.i and not _more_cues(sent, tokens[-1].i + 1, last_cue):
                # `X said the plan, which ..., would fail.`: the clause runs to the sentence end
                tokens = tokens + [t for t in sent if t.i > tokens[-1].i]
            tokens = reported_before_reporter(doc, sent, tok, comp, tokens)
            found += _claims_of(doc, tok, lemma, [tokens], after=comp.i < tok.i)
    return found


def _claims_of(
    doc: Doc, verb: Token, lemma: str, clauses: list[list[Token]], after: bool
) -> list[ClaimFinding]:
    """One claim per reported clause of a cue verb, all with the verb's cue and subject."""
    found: list[ClaimFinding] = []
    for tokens in clauses:
        if len([t for t in tokens if not t.is_punct]) < MIN_TOKENS:
            continue
        if tokens[0].lower_ in {"whether", "who", "whom", "whose", "which"}:
            continue  # `could reveal whether ...`: a question; `commented X, who is ...`: an aside on X
        if lemma in en.QUESTION_CUES and tokens[0].lower_ in {
            "whether",
            "if",
            "why",
            "how",
            "what",
            "when",
            "who",
        }:
            continue  # `Asked whether the board had discussed a cut`: a question, the reporter's, is no claim
        while tokens and (
            tokens[0].dep_ == "cc"
            or tokens[0].is_punct
            or (tokens[0].dep_ == "mark" and tokens[0].lower_ in {"that", "whether", "if"})
        ):
            tokens = tokens[1:]
        tokens = _before_second_source(tokens)
        if not tokens:
            continue
        bounds = trimmed(doc, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
        if bounds is None:
            continue
        cue = cue_for(verb, lemma)
        window = line_bounds(doc, verb.idx)
        mention = subject_mention(doc, cue, True, window, after=after)
        found.append(ClaimFinding(bounds[0], bounds[1], cue, mention, "indirect"))
    return found


def _before_second_source(tokens: list[Token]) -> list[Token]:
    """A reported clause ends where `, according to` names another source: what follows is that source's."""
    marks = 0
    for k in range(1, len(tokens) - 1):
        marks += tokens[k].is_quote
        comma, word, to = tokens[k - 1].text, tokens[k].lower_, tokens[k + 1].lower_
        second = (comma, word, to) == (",", "according", "to")
        # inside a quotation, `according to` is the speaker's own words, not another source
        if second and marks % 2 == 0:
            return tokens[: k - 1]
    return tokens


def _subject_read_as_object(verb: Token) -> list[Token] | None:
    """`warned the crisis is now a major accident`, `vowed the organization would remain`: the model made the
    clause's subject the cue's object and hung its predicate on the cue; the object and that predicate are
    the reported clause. Only a finite predicate with no subject of its own (`told reporters the plan would
    fail` keeps `the plan`, its own)."""
    if (verb.lemma_.lower() or verb.lower_) in en.COGNITION_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ in {"obj", "dobj"} and c.i > verb.i), None)
    negated = any(c.dep_ in {"neg", "advmod"} and c.lower_ in {"not", "n't", "never"} for c in verb.children)
    if obj is None or negated:
        return None  # `not declaring victory`; a that-clause is read as one (`_that_after_cue`)
    for pred in verb.children:
        if pred.i <= obj.right_edge.i or pred.dep_ not in {"dep", "advcl", "parataxis", "conj", "xcomp"}:
            continue
        if any(c.dep_.startswith(("nsubj", "mark", "cc")) for c in pred.children) or not _finite_clause(pred):
            continue
        if any(t.is_quote for t in verb.doc[obj.right_edge.i + 1 : pred.left_edge.i]):
            continue  # `"We are not declaring victory," X told ...`: a quotation ends between them
        start = obj.left_edge.i + (obj.left_edge.lower_ == "that")  # no leading `that` in content
        return list(verb.doc[start : pred.right_edge.i + 1])
    return None


def _object_clause(verb: Token) -> list[Token] | None:
    """`said the exact cause of the fire remained under investigation` parsed as an object with a clause
    hanging on it (`acl`): the object and that clause are the reported content. A relative clause (`said the
    report, which ...`) or a participle (`said the plan approved by ...`) is not."""
    for obj in verb.children:
        if obj.dep_ not in {"obj", "dobj", "iobj"} or obj.i < verb.i:
            continue
        for acl in obj.children:
            if acl.dep_ != "acl" or acl.i < obj.i or not _finite_clause(acl):
                continue
            subjects = [c for c in acl.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if any(c.lower_ in {"that", "which", "who", "whom", "whose"} for c in subjects):
                return None
            # `told board members the district had known`: the clause has its own subject after the object
            own_subject = bool(subjects) and subjects[0].i > obj.i
            if obj.dep_ == "iobj" and not own_subject:
                continue  # the people told are never what was said
            start = subjects[0].left_edge.i if own_subject else obj.left_edge.i
            return list(verb.doc[start : acl.right_edge.i + 1])
    return None


def _that_after_cue(doc: Doc, verb: Token) -> list[Token] | None:
    """`said Friday that ...`, `tweeted in the early morning hours that ...`: a `that` a few words after the
    cue opens the content even when the parse lost the link (a time word made a second root). The content
    runs to the end of the sentence as written."""
    named_before = verb.i > 0 and doc[verb.i - 1].pos_ in {"PROPN", "PRON"}
    # `with local media reporting on Tuesday that ...`: a participle with its own subject is a cue
    named_before = named_before or any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i for c in verb.children
    )
    if (
        verb.tag_ in {"VBG", "VBN"}
        and not named_before
        and not any(c.dep_.startswith("aux") for c in verb.children)
    ):
        return None  # `the charges filed that ...`: a participle is no cue here; `Trump tweeted that` is
    for k in range(verb.i + 1, min(verb.i + 8, len(doc))):
        tok = doc[k]
        if tok.lower_ == "that":
            break
        if (
            tok.pos_ in {"VERB", "AUX"}
            or tok.is_quote
            or tok.text in {".", ";", ":", "!", "?"}
            or tok.is_space
        ):
            return None
    else:
        return None
    start = k + 1
    end = start
    while end < len(doc) and not doc[end].is_space and doc[end].text not in {".", "!", "?", ";"}:
        end += 1
    tokens = list(doc[start:end])
    if len(tokens) < MIN_TOKENS or not any(finite(t) for t in tokens):
        return None
    return tokens


def _finite_clause(tok: Token) -> bool:
    return finite(tok) or any(
        c.dep_ in {"aux", "auxpass", "aux:pass", "cop"} and finite(c) for c in tok.children
    )


def _more_cues(sent: Span, start: int, found: dict[int, int]) -> bool:
    """Whether another cue verb follows position `start` in the sentence (`..., adding that ...`).

    `found` keeps, per sentence, where its last cue verb is: the sentence is read once, not once per clause.
    """
    if sent.start not in found:
        last = -1
        for t in sent:
            if t.pos_ in {"VERB", "AUX"} and verb_lemma(t, en.CUE_CLASSES):
                last = t.i
        found[sent.start] = last
    return found[sent.start] >= start


def _imperative(sent: Span, verb: Token) -> bool:
    """`Please note that ...`, `Remember that ...`: a bare verb opening its sentence tells the reader, it
    reports nobody."""
    if verb.tag_ != "VB" or verb.i - sent.start > 3:
        return False  # only the first words are read: a sentence may be megabytes long
    words = [t for t in sent.doc[sent.start : verb.i + 1] if not t.is_punct and not t.is_space]
    opening = words == [verb] or (len(words) == 2 and words[0].lower_ == "please")
    return opening and not any(c.dep_.startswith("nsubj") for c in verb.children)
