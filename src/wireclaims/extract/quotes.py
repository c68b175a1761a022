"""Attribute quotation-mark spans: speech or not, direct/partial/block, cue and source.

The rules, in order, for each span (docs/extraction.md has the examples):
1. names, titles of works and scare quotes (a marker word before the mark, or a short Title Case span)
   are not quotes; a span whose cue is a verb of thought ("he wondered") is not speech;
2. a dash after the closing mark, or a dash line below a block quote, names the source;
3. a cue in the same sentence after the quote, then before it, gives the cue and (its subject) the source;
4. a heading intro (`And from Chairwoman Ruth Ames:`) or a cue ending the previous paragraph with a colon;
5. otherwise a direct quote continues the last speaker of this or the previous paragraph (follow-on);
6. a partial quote with no cue in its sentence is a scare quote, not speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from wireclaims.extract.asides import colon_intro
from wireclaims.extract.citations import is_citation
from wireclaims.extract.cues import CueMatch, find_cues, text_of
from wireclaims.extract.describe import describe
from wireclaims.extract.marks import MarkSpan
from wireclaims.extract.mentions import Mention, mention_from_tokens
from wireclaims.extract.offsets import Covered
from wireclaims.extract.sources import subject_mention
from wireclaims.extract.windows import sentence_ends, window_after, window_before
from wireclaims.lang import abbreviations as abbr
from wireclaims.lang import en

_DASH_LEAD = re.compile(rf"\s*[{en.ATTRIBUTION_DASHES}]+\s*(?=[A-Z])")
_FROM_HEADING = re.compile(r"^.*\b(?:from|of)\s+(?P<np>[^:]+):\s*$", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
# How far before a quotation mark the words that make it a name or a term are read (four words).
_BEFORE_REACH = 200

CONFIDENCE = {
    "cue": 0.9,
    "dash-line": 0.85,
    "heading": 0.85,
    "cue-description": 0.8,
    "pronoun": 0.75,
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


@dataclass(frozen=True)
class Paragraphs:
    """Paragraph offsets and texts of the story, for window arithmetic."""

    spans: list[tuple[int, str]]

    def bounds(self, index: int) -> tuple[int, int]:
        start, text = self.spans[index]
        return start, start + len(text)

    def text(self, index: int) -> str:
        return self.spans[index][1]


_JUDGING_VERBS = frozenset({"called", "calling", "calls", "described", "describing", "describes", "termed"})


def _is_name_or_term(text: str, span: MarkSpan, before: str) -> bool:
    # only the words of the quote's own sentence: `Mbeki denounced the operation. "It takes ..."` is no
    # `Operation "..."` name
    before = re.split(r"[.!?;:]\s", before)[-1]
    words = [w.lower() for w in _WORD.findall(before)[-4:]]
    # `called the film "a quiet act of witness"`: an evaluation put in someone's words, not the film's title
    judged = any(w in _JUDGING_VERBS for w in words[:-1])
    if not judged and (
        any(w in en.NOT_QUOTE_BEFORE for w in words[-2:]) or " ".join(words[-2:]) == "known as"
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
    """Decide, for each quotation-mark span, whether it is a quote and who said it."""
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
        finding = _attribute(doc, span, paras, has_parser, (b_lo, b_hi), (a_lo, a_hi), kind, marked)
        if finding is None:
            continue
        if finding.mention is None and finding.cue is None and kind == "partial":
            continue  # a scare quote: no cue, no source
        if finding.mention is None and finding.attribution == "none" and kind != "partial":
            prior = _prior_sentence_cue(doc, span, prev, p_start, has_parser, marked)
            follow = _follow_on(findings, owner, span) if prior is None else None
            if prior is not None:
                # `Chavez said poverty cannot be solved. "Neither by statism ..."`: the sentence before
                # introduces the quote
                finding.cue, finding.mention = prior
                finding.attribution = "follow-on"
            elif follow is not None:
                finding.follow_of = follow
                finding.attribution = "follow-on"
                if findings[follow].span.paragraph == span.paragraph:
                    # `"X," she said. "Y."`: the cue introduces both sentences
                    finding.cue = findings[follow].cue
        if finding.mention is not None or finding.follow_of is not None:
            owner = len(findings)
        findings.append(finding)
    _continue_multi_paragraph(findings, paras)
    return findings


def _attribute(
    doc: Doc,
    span: MarkSpan,
    paras: Paragraphs,
    has_parser: bool,
    before: tuple[int, int],
    after: tuple[int, int],
    kind: str,
    marked: Covered,
) -> QuoteFinding | None:
    text = text_of(doc)
    p_start, p_end = paras.bounds(span.paragraph)
    whole_paragraph = span.outer_start == p_start and span.outer_end >= p_end - 1
    # 2. dash suffix `"..." -Commissioner Lena Hart`, or a dash line below a block quote
    dash = _DASH_LEAD.match(text, after[0], p_end)
    if dash:
        mention = _dash_mention(doc, dash.end(), p_end)
        return QuoteFinding(span, kind, None, mention, "dash-line")
    if whole_paragraph and span.paragraph + 1 < len(paras.spans):
        n_start, n_end = paras.bounds(span.paragraph + 1)
        dash = _DASH_LEAD.match(text, n_start, n_end)
        if dash:
            return QuoteFinding(span, "block", None, _dash_mention(doc, dash.end(), n_end), "dash-line")
    # a transcript quoted whole: `"WALLACE: Let's start with ...`
    line = _SPEAKER_LABEL.match(text, span.start, min(span.end, span.start + _LABEL_REACH))
    if line is not None and line.group("name").strip(" .") not in abbr.NOT_SPEAKER_LABELS:
        mention = _dash_mention(doc, line.start("name"), line.end("name"))
        return QuoteFinding(span, kind, None, mention, "heading")
    # 3. a cue in the same sentence
    quoted = text[span.start : span.end].rstrip()
    after_first = quoted.endswith((",", "?", "!", "—", "–", "-")) or kind == "direct"
    order = [("after", after), ("before", before)] if after_first else [("before", before), ("after", after)]
    sourceless: QuoteFinding | None = None
    for side, window in order:
        cues = find_cues(doc, *window)
        if side == "before":
            cues = list(reversed(cues))
        if not cues:
            continue
        cue = cues[0]
        if cue.cognition:
            return sourceless  # `"Why me?" he wondered`: a thought, not speech
        mention = subject_mention(doc, cue, has_parser, window, side == "after", marked)
        if mention is None and sourceless is None:
            # `Mitri said that the area "[was] ours," and also stated ...`: the cue after the quote has no
            # source of its own; the cue before it, with its subject, says who spoke
            sourceless = QuoteFinding(span, kind, cue, None, _how(None))
            continue
        return QuoteFinding(span, kind, cue, mention, _how(mention)) if mention is not None else sourceless
    if sourceless is not None:
        return sourceless
    # 4. a speaker's label before a colon (`José Ruiz, club manager: "..."`), a heading intro or a colon
    # ending the previous paragraph
    label = _colon_label(doc, *before)
    if label is not None:
        return QuoteFinding(span, kind, None, label, "heading")
    if has_parser and kind == "direct":
        intro = colon_intro(doc, *before)
        if intro is not None:
            return QuoteFinding(span, kind, None, intro, "colon-intro")
    if span.outer_start == p_start and span.paragraph > 0:
        label = _colon_label(doc, *paras.bounds(span.paragraph - 1), capitals=False)
        if label is not None:
            return QuoteFinding(span, "block" if whole_paragraph else kind, None, label, "heading")
        heading = _heading_intro(doc, paras, span.paragraph - 1, has_parser)
        if heading is not None:
            intro_cue, mention = heading
            block = "block" if whole_paragraph else kind
            how = "heading" if intro_cue is None else _how(mention)
            return QuoteFinding(span, block, intro_cue, mention, how)
    return QuoteFinding(span, kind, None, None, "none")


def _how(mention: Mention | None) -> str:
    if mention is None:
        return "cue-no-source"
    if mention.pronoun is not None:
        return "pronoun"
    if mention.description is not None and mention.description.name is None:
        return "cue-description"
    return "cue"


def _dash_mention(doc: Doc, start: int, end: int) -> Mention | None:
    """`David Chen, Senior Fellow at the Atlantic Council's Eurasia Center` -> a described mention."""
    line = text_of(doc)[start:end].rstrip(" .")
    name_part, _, rest = line.partition(",")
    span = doc.char_span(start, start + len(name_part.rstrip()), alignment_mode="expand")
    if span is None:
        return None
    # `-Commissioner` can be one token: the dash is not part of the name
    kept = [t for t in span if not t.is_punct or t.text in {"'s", "’s"}]
    words = [t.text.lstrip(en.ATTRIBUTION_DASHES) for t in kept]
    labels = [t.ent_type_ for t in kept]
    desc = describe(
        [w for w in words if w],
        [lab for w, lab in zip(words, labels, strict=True) if w],
        rest.strip() or None,
    )
    if desc.kind == "unknown" and desc.name:
        desc = type(desc)(desc.name, desc.title, desc.organization, "person", desc.gender)
    end = start + len(name_part.rstrip())
    return Mention(start, end, text_of(doc)[start:end], desc)


# A speaker's name in capitals and a colon opening a quoted transcript line; `Q:`/`A:` name nobody.
_SPEAKER_LABEL = re.compile(r"\s*(?P<name>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):\s")
_LABEL_REACH = 60
_LABEL_WORDS = 12  # a speaker's label is a name and a short description, never a sentence


def _colon_label(doc: Doc, start: int, end: int, capitals: bool = True) -> Mention | None:
    """`José Ruiz, club manager:`, `HALE:` before a quote (interviews, transcripts, panels of reactions):
    a name with its description and a colon, without a verb, names the speaker as a dash line does.

    Args:
        capitals: a word in capitals counts as a name (`HALE:`); not for a paragraph of its own, which
            may be a subheading (`REACTION:`).
    """
    text = text_of(doc)[start:end]
    body = text.rstrip()
    if not body.endswith(":"):
        return None
    lead = len(body) - len(body.lstrip())
    words = body[lead:-1].split()
    if not words or len(words) > _LABEL_WORDS or not words[0][:1].isupper():
        return None
    span = doc.char_span(start + lead, start + len(body) - 1, alignment_mode="expand")
    if span is None or not (
        any(t.pos_ == "PROPN" for t in span[:2]) or (capitals and span[0].text.isupper())
    ):
        return None  # `The outcome: "a mess"`: a label opens with the speaker's name
    if any(t.pos_ in {"VERB", "AUX"} and t.text[:1].islower() for t in span):
        return None  # `The minister said:` is a cue (read before); `In a statement, the firm added:` too
    if any(t.lower_ in en.FUNCTION_WORDS - {"of", "for", "at", "and", "with", "from"} for t in span):
        return None  # `Asked about the vote, Hale was blunt:` is the reporter's sentence
    return _dash_mention(doc, start + lead, start + len(body) - 1)


def _heading_intro(
    doc: Doc, paras: Paragraphs, index: int, has_parser: bool
) -> tuple[CueMatch | None, Mention | None] | None:
    p_start, p_end = paras.bounds(index)
    para = paras.text(index).rstrip()
    if not para.endswith(":"):
        return None
    cues = [c for c in find_cues(doc, p_start, p_end) if not c.cognition]
    if cues:
        cue = cues[-1]
        return cue, subject_mention(doc, cue, has_parser, (p_start, p_end), False)
    match = _FROM_HEADING.search(para)
    if match is None:
        return None
    np_start = p_start + match.start("np")
    np_text = match.group("np")
    name_part, _, rest = np_text.partition(",")
    span = doc.char_span(np_start, np_start + len(name_part.rstrip()), alignment_mode="expand")
    if span is None:
        return None
    mention = mention_from_tokens(doc, list(span), rest.strip() or None)
    return None, mention


def _prior_sentence_cue(
    doc: Doc, span: MarkSpan, prev: MarkSpan | None, p_start: int, has_parser: bool, marked: Covered
) -> tuple[CueMatch, Mention] | None:
    """The cue and source of the sentence right before a quote that opens its own sentence, when that
    sentence holds no quotation (`"X," she said. "Y."` is a follow-on of the first quote instead)."""
    text = text_of(doc)
    lo = prev.outer_end if prev is not None and prev.paragraph == span.paragraph else p_start
    ends = list(sentence_ends(text, lo, span.outer_start))
    if not ends or text[ends[-1] : span.outer_start].strip():
        return None
    start = ends[-2] if len(ends) > 1 else lo
    if start != p_start and len(ends) < 2:
        return None  # the sentence began with the previous quote
    cues = [c for c in find_cues(doc, start, ends[-1]) if not c.cognition]
    if not cues:
        return None
    mention = subject_mention(doc, cues[0], has_parser, (start, ends[-1]), False, marked)
    return (cues[0], mention) if mention is not None and mention.pronoun is None else None


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
                        findings[r].follow_of = owner
                        findings[r].attribution = "follow-on"
                        findings[r].cue = None
        k = run[-1] + 1
