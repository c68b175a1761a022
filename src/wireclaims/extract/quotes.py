"""Attribute quotation-mark spans: speech or not, direct/partial/block, cue and source.

For each span, in reading order (docs/extraction.md has the examples):
1. names, titles of works and scare quotes (a marker word before the mark, or a short Title Case span)
   are not quotes;
2. every candidate source is read (`candidates.py`: dash lines, labels, cues in the sentence, colon intros,
   headings, the sentence before, the last speaker);
3. one of them is chosen (`choice.py`); a cue of thought makes the span no speech, and a partial quote with
   no cue and no source is a scare quote;
4. a quote left open at the end of a paragraph goes on in the next, with its speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from wireclaims.extract.candidates import Candidate, QuotePlace, quote_candidates
from wireclaims.extract.choice import QuoteShape, choose
from wireclaims.extract.citations import is_citation
from wireclaims.extract.cues import CueMatch, find_cues, text_of
from wireclaims.extract.marks import MarkSpan
from wireclaims.extract.mentions import Mention
from wireclaims.extract.offsets import Covered
from wireclaims.extract.windows import window_after, window_before
from wireclaims.lang import en

_WORD = re.compile(r"[\w'’-]+")
# How far before a quotation mark the words that make it a name or a term are read (four words).
_BEFORE_REACH = 200

CONFIDENCE = {
    "cue": 0.9,
    "dash-line": 0.85,
    "heading": 0.85,
    "cue-description": 0.8,
    "pronoun": 0.75,
    "claim": 0.7,
    "follow-on": 0.6,
    "colon-intro": 0.6,
    "cue-no-source": 0.3,
    "none": 0.1,
}


@dataclass
class QuoteFinding:
    """A quote before speaker ids are assigned."""

    span: MarkSpan
    kind: str
    cue: CueMatch | None
    mention: Mention | None
    attribution: str
    follow_of: int | None = None  # index of the finding whose speaker this one continues
    candidates: list[Candidate] = field(default_factory=list)  # every candidate source (not in the output)
    chosen: Candidate | None = None  # the candidate the choice took


@dataclass(frozen=True)
class Paragraphs:
    """Paragraph offsets and texts of the story, for window arithmetic."""

    spans: list[tuple[int, str]]

    def bounds(self, index: int) -> tuple[int, int]:
        start, text = self.spans[index]
        return start, start + len(text)

    def text(self, index: int) -> str:
        return self.spans[index][1]


def _is_name_or_term(text: str, span: MarkSpan, before: str) -> bool:
    # only the words of the quote's own sentence: `Hale denounced the operation. "It takes ..."` is no
    # `Operation "..."` name
    before = re.split(r"[.!?;:]\s", before)[-1]
    words = [w.lower() for w in _WORD.findall(before)[-4:]]
    # `called the film "a quiet act of witness"`: an evaluation put in someone's words, not the film's title
    judged = any(w in en.JUDGING_VERBS for w in words[:-1])
    speech = bool(words) and words[-1] in en.SPEECH_PARTICIPLES  # `was quoted as saying, "...`
    # `described his state as a "daily torture"`: the words someone chose to describe with, not a term
    wider = [w.lower() for w in _WORD.findall(before)[-8:]]
    speech = speech or ("as" in words[-2:] and any(w in en.DESCRIBING_VERBS for w in wider))
    if (
        not judged
        and not speech
        and (any(w in en.NOT_QUOTE_BEFORE for w in words[-2:]) or " ".join(words[-2:]) == "known as")
    ):
        return True
    quoted = text[span.start : span.end].strip()
    qwords = quoted.split()
    title_case = all(
        w[:1].isupper() or w.lower() in {"of", "the", "and", "a", "in", "on", "for"} for w in qwords
    )
    return len(qwords) <= 4 and title_case and not quoted.endswith((".", ",", "!", "?"))


def _kind(text: str, span: MarkSpan, before: str, prev: MarkSpan | None) -> str:
    quoted = text[span.start : span.end].strip()
    lead = before.rstrip()
    same_sentence = prev is not None and prev.paragraph == span.paragraph and lead.endswith(",")
    if same_sentence and prev is not None and text[prev.start : prev.end].rstrip().endswith(","):
        return "direct"  # `"The bridge," Ames said, "is safe."`: the second half of one sentence
    embedded = bool(lead) and lead[-1] not in ":.!?" and not lead.endswith(",")
    if lead.endswith(",") and not quoted[:1].isupper():
        embedded = True
    if not quoted[:1].isupper() and not quoted[:1].isdigit() and quoted[:1] not in "[.…'‘":
        return "partial"
    if embedded and not quoted.endswith((".", ",", "!", "?", "…", ".'", ".’")):
        return "partial"
    return "direct"


def attribute_quotes(
    doc: Doc, spans: list[MarkSpan], paras: Paragraphs, has_parser: bool
) -> list[QuoteFinding]:
    """Decide, for each quotation-mark span, whether it is a quote and who said it: its candidate sources
    (`candidates.py`), then the choice among them (`choice.py`)."""
    text = text_of(doc)
    findings: list[QuoteFinding] = []
    owner: int | None = None  # the last finding with a speaker of its own or a followed one
    marked = Covered(len(text), ((sp.outer_start, sp.outer_end) for sp in spans))
    for n, span in enumerate(spans):
        prev = spans[n - 1] if n else None
        nxt = spans[n + 1] if n + 1 < len(spans) else None
        p_start, p_end = paras.bounds(span.paragraph)
        b_lo, b_hi = window_before(text, span, prev, p_start)
        introduced = any(not c.cognition for c in find_cues(doc, b_lo, b_hi))
        a_lo, a_hi = window_after(text, span, nxt, p_end, introduced)
        # only the last words before the mark count: a paragraph may hold thousands of quotes
        lead = text[max(p_start, span.outer_start - _BEFORE_REACH) : span.outer_start]
        if _is_name_or_term(text, span, lead) or is_citation(text, span.outer_start, span.outer_end):
            continue
        kind = _kind(text, span, text[b_lo:b_hi], prev)
        place = QuotePlace(span, (p_start, p_end), (b_lo, b_hi), (a_lo, a_hi), prev)
        candidates = quote_candidates(doc, place, paras.spans, has_parser, marked)
        shared = _same_sentence(doc, findings, prev, span, (b_lo, b_hi))
        if shared is not None:
            # its speaker comes through `follows`, as a follow-on's does
            candidates.append(Candidate("same-sentence", None, findings[shared].cue, "cue", follows=shared))
        follow = _follow_on(findings, owner, span)
        if follow is not None:
            # `"X," she said. "Y."`: in the same paragraph, the cue introduces both sentences
            same = findings[follow].span.paragraph == span.paragraph
            cue = findings[follow].cue if same else None
            candidates.append(Candidate("follow-on", None, cue, "follow-on", follows=follow))
        chosen = choose(candidates, QuoteShape(kind, text[span.start : span.end]))
        if chosen is not None and chosen.how == "thought":
            continue  # `"Why me?" he wondered`: a thought, not speech
        if kind == "partial" and (chosen is None or (chosen.mention is None and chosen.cue is None)):
            continue  # a scare quote: no cue, no source
        finding = QuoteFinding(span, kind, None, None, "none", candidates=candidates, chosen=chosen)
        if chosen is not None:
            finding.kind = "block" if chosen.block else kind
            finding.cue, finding.mention = chosen.cue, chosen.mention
            finding.attribution, finding.follow_of = chosen.attribution, chosen.follows
        if finding.mention is not None or finding.follow_of is not None:
            owner = len(findings)
        findings.append(finding)
    _continue_multi_paragraph(findings, paras)
    return findings


def _same_sentence(
    doc: Doc, findings: list[QuoteFinding], prev: MarkSpan | None, span: MarkSpan, before: tuple[int, int]
) -> int | None:
    """The quote just before this one in the same sentence, with a cue of its own, when no cue stands
    between the two (`a "grave sin" and a "crime"`, `"a mass murderer" who "deserved to die"`)."""
    if prev is None or not findings or findings[-1].span != prev or prev.paragraph != span.paragraph:
        return None
    last = findings[-1]
    if last.cue is None or last.cue.cognition or before[0] != prev.outer_end or not span.closed:
        return None
    text = text_of(doc)
    if (
        text[prev.start : prev.end].rstrip().endswith((".", "!", "?"))
        or not text[span.start : span.end][:1].isalnum()
    ):
        return None  # `... of its people." Bush then praised their "fight"`: a new sentence, a new cue
    first, second = (
        doc.char_span(prev.start, prev.end, "expand"),
        doc.char_span(span.start, span.end, "expand"),
    )
    if first is None or second is None or first[0].sent.start != second[0].sent.start:
        return None
    return len(findings) - 1


def _follow_on(findings: list[QuoteFinding], owner: int | None, span: MarkSpan) -> int | None:
    """The quote whose speaker this one continues: the last with a speaker (`owner`), in this paragraph or
    the one before. Found from the index kept while reading, not by walking back over every quote."""
    if owner is None or span.paragraph - findings[owner].span.paragraph > 1:
        return None
    return owner


def _continue_multi_paragraph(findings: list[QuoteFinding], paras: Paragraphs) -> None:
    """A quote left open at the end of a paragraph goes on in the next: one speaker for the whole run."""
    k = 0
    while k < len(findings):
        run = [k]
        while (
            not findings[run[-1]].span.closed
            and run[-1] + 1 < len(findings)
            and findings[run[-1] + 1].span.paragraph == findings[run[-1]].span.paragraph + 1
            and findings[run[-1] + 1].span.outer_start
            == paras.bounds(findings[run[-1] + 1].span.paragraph)[0]
        ):
            run.append(run[-1] + 1)
        if len(run) > 1:
            owner = next((r for r in run if findings[r].mention is not None), None)
            if owner is not None:
                for r in run:
                    if r != owner and findings[r].mention is None:
                        chosen = Candidate("open-quote", None, None, "follow-on", follows=owner)
                        findings[r].candidates.append(chosen)
                        findings[r].chosen = chosen
                        findings[r].follow_of = owner
                        findings[r].attribution = "follow-on"
                        findings[r].cue = None
        k = run[-1] + 1
