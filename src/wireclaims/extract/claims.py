"""Claims: reported speech on the dependency parse (`X said (that) CLAUSE`, `according to X, CLAUSE`).

Needs a parser; on a pipeline without one, only `according to` claims are found.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from wireclaims.extract.according import according_to_claims
from wireclaims.extract.claim_parts import MIN_TOKENS, ClaimFinding, finite, trimmed
from wireclaims.extract.cues import (
    CueMatch,
    noun_cue_tokens,
    verb_lemma,
    verb_tokens,
)
from wireclaims.extract.final_reporter import reported_before_reporter
from wireclaims.extract.mentions import mention_from_tokens, np_tokens
from wireclaims.extract.offsets import line_bounds
from wireclaims.extract.parse_repairs import name_on_noun
from wireclaims.extract.sources import subject_mention
from wireclaims.lang import en

__all__ = ["ClaimFinding", "find_claims"]


def find_claims(doc: Doc, quote_spans: list[tuple[int, int, str]], has_parser: bool) -> list[ClaimFinding]:
    """Claims in reading order.

    Args:
        quote_spans: (start, end, kind) of the quotes already found; a clause that is a direct quote is not a
            claim, and one that holds a partial quote is a mixed claim.
    """
    findings: list[ClaimFinding] = []
    for sent in doc.sents:
        findings.extend(according_to_claims(doc, sent, has_parser))
        if has_parser:
            findings.extend(_complement_claims(doc, sent, has_parser))
            findings.extend(_nominal_claims(doc, sent))
    whole = _Spans([(s, e) for s, e, kind in quote_spans if kind != "partial"])
    partial = _Spans([(s, e) for s, e, kind in quote_spans if kind == "partial"])
    result: list[ClaimFinding] = []
    by_cue: dict[int, list[ClaimFinding]] = {}
    for claim in sorted(findings, key=lambda c: (c.start, c.end)):
        near = whole.overlapping(claim.start, claim.end)
        covered = sum(max(0, min(claim.end, e) - max(claim.start, s)) for s, e in near)
        if covered > (claim.end - claim.start) / 2:
            continue  # a direct quote, reported as a quote
        if any(e <= claim.end for _, e in partial.starting_within(claim.start, claim.end)):
            claim.kind = "mixed" if claim.kind == "indirect" else claim.kind
        if result and result[-1].start == claim.start and result[-1].end == claim.end:
            continue
        same_cue = by_cue.setdefault(claim.cue.i, [])
        if any(r.start <= claim.start and claim.end <= r.end for r in same_cue):
            continue
        result.append(claim)
        same_cue.append(claim)
    return result


class _Spans:
    """Quote spans in reading order, found by bisection: a story may hold thousands of quotes and claims."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        # quotes never overlap, so their ends are in order too; if they did, every span is checked
        self.disjoint = all(a[1] <= b[0] for a, b in zip(self.spans, self.spans[1:], strict=False))

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that overlap [start, end), and maybe some that only touch it (they overlap by 0)."""
        last = bisect.bisect_left(self.starts, end)
        if not self.disjoint:
            return self.spans[:last]
        # of the spans starting at or before `start`, only the last can reach into the range
        return self.spans[max(bisect.bisect_right(self.starts, start) - 1, 0) : last]

    def starting_within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans with start <= span start <= end."""
        return self.spans[bisect.bisect_left(self.starts, start) : bisect.bisect_right(self.starts, end)]


def _complement_claims(doc: Doc, sent: Span, has_parser: bool) -> list[ClaimFinding]:
    found: list[ClaimFinding] = []
    last_cue: dict[int, int] = {}
    for i in verb_tokens(doc, sent.start_char, sent.end_char):
        tok = doc[i]
        lemma = verb_lemma(tok, en.CUE_CLASSES)
        if lemma is None:
            continue
        comps = [c for c in tok.children if c.dep_ == "ccomp"]
        if not comps:
            clause = _object_clause(tok) or _that_after_cue(doc, tok)
            if clause is not None:
                found += _claims_of(doc, tok, lemma, [clause], after=False)
                continue
            fallback = _clause_before_comma(doc, sent, tok, lemma, has_parser)
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
        cue = _cue_for(verb, lemma)
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


def _clause_before_comma(
    doc: Doc, sent: Span, verb: Token, lemma: str, has_parser: bool
) -> ClaimFinding | None:
    """`CLAUSE, the ministry said.` when the parse did not make the clause the verb's complement."""
    comma = None
    for tok in reversed(doc[sent.start : verb.i]):
        if tok.text == ",":
            comma = tok
            break
        if tok.pos_ in {"VERB", "AUX"} or tok.is_quote:
            return None
    if comma is None or comma.i - sent.start < MIN_TOKENS:
        return None
    reporter = [t for t in doc[comma.i + 1 : verb.i] if t.pos_ != "ADV"]
    if reporter and reporter[-1].lower_ in _COORDINATORS:
        # `... with Mills, Ames and Bell and then disclosed them`: a verb coordinated with one before, not
        # `CLAUSE, the ministry said`
        return None
    segment = doc[sent.start : comma.i]
    if segment[0].lower_ in _SUBORDINATORS or not any(finite(t) for t in segment):
        return None  # `At a rally in Michigan, Trump said ...`, `As a phone rang, ...`: not a reported clause
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subjects and subjects[0].left_edge.i <= sent.start + 1:
        return (
            None  # `Tamsin Ortiz, a nurse for 11 years, said ...`: the part before the comma is the subject
        )
    tail = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct]
    if any(t.dep_ == "ccomp" or t.lower_ == "that" for t in tail[:3]):
        return None
    bounds = trimmed(doc, sent.start_char, comma.idx)
    if bounds is None:
        return None
    cue = _cue_for(verb, lemma)
    mention = subject_mention(doc, cue, has_parser, (comma.idx, sent.end_char), after=True)
    if mention is None:
        return None
    return ClaimFinding(bounds[0], bounds[1], cue, mention, "indirect")


_COORDINATORS = {"and", "or", "but", "nor"}
_SUBORDINATORS = {
    "as",
    "when",
    "while",
    "if",
    "because",
    "although",
    "though",
    "after",
    "before",
    "since",
    "until",
}


def _nominal_claims(doc: Doc, sent: Span) -> list[ClaimFinding]:
    """`the ministry's statement that CLAUSE`, `Ruiz's warning that CLAUSE`: a cue noun with a that-clause."""
    found: list[ClaimFinding] = []
    for n in noun_cue_tokens(doc, sent.start_char, sent.end_char):
        noun = doc[n]
        for clause in noun.children:
            if clause.dep_ not in {"acl", "ccomp", "acl:relcl"} or clause.i < noun.i:
                continue
            marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i]
            if not marks:
                continue  # `the statement, which ...` is a relative clause, not reported content
            # a small model may hang the main verb under the clause: stop before the noun's own head
            stop = noun.head.i if noun.head.i > noun.i else len(doc)
            tokens = [t for t in clause.subtree if marks[0].i < t.i < stop]
            if len(tokens) < MIN_TOKENS:
                continue
            bounds = trimmed(doc, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
            owners = [c for c in noun.children if c.dep_ in {"nmod", "poss", "nmod:poss"} and c.i < noun.i]
            mention = None
            if owners:
                core, _ = np_tokens(owners[0])
                mention = mention_from_tokens(doc, [t for t in core if t.text not in {"'s", "’s"}])
            else:
                mention = name_on_noun(doc, noun)
            if bounds is None:
                continue
            cue = CueMatch(noun.i, noun.i + 1, noun.lemma_.lower() or noun.lower_)
            verb_lemma_ = verb_lemma(noun.head, en.CUE_CLASSES) if noun.head.pos_ in {"VERB", "AUX"} else None
            if mention is None and verb_lemma_ is not None and noun.dep_ in {"obl", "nmod", "obl:npmod"}:
                # `The company said in a statement that ...`: the small model hangs the clause on the noun;
                # the verb is the cue and its subject the source
                cue = _cue_for(noun.head, verb_lemma_)
                window = line_bounds(doc, noun.head.idx)
                mention = subject_mention(doc, cue, True, window, after=False)
            elif mention is None and noun.dep_ == "advcl" and noun.lower_.endswith("ing"):
                # `X backed the plan, warning that ...`: a participle the model tagged a noun speaks for the
                # subject of the clause it hangs on
                mention = subject_mention(doc, cue, True, line_bounds(doc, noun.idx), after=False)
            found.append(ClaimFinding(bounds[0], bounds[1], cue, mention, "indirect"))
    return found


def _cue_for(tok: Token, lemma: str) -> CueMatch:
    nxt = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""
    phrasal = en.PHRASAL_CUES.get((tok.lower_, nxt))
    if phrasal:
        return CueMatch(tok.i, tok.i + 2, phrasal[0])
    return CueMatch(tok.i, tok.i + 1, lemma)
