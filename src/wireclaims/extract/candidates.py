"""Stage 1 of quote attribution: every candidate source of a quotation, each with how it was found.

Every rule that reads a source around a quotation adds its candidate here, whether or not it will win;
stage 2 (`choice.py`) picks one. A candidate is the evidence of one rule, not yet a speaker: its mention may
be None (a dash line whose name cannot be cut out of the tokens, a cue without a subject), and a cue of
thought is a candidate too (it says the quotation is no speech).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from wireclaims.extract.asides import colon_intro
from wireclaims.extract.cues import CueMatch, find_cues, text_of
from wireclaims.extract.labels import DASH_LEAD, colon_label, dash_mention, heading_intro, transcript_label
from wireclaims.extract.marks import MarkSpan
from wireclaims.extract.mentions import Mention, mention_from_tokens, np_tokens
from wireclaims.extract.offsets import Covered
from wireclaims.extract.sources import subject_mention
from wireclaims.extract.windows import sentence_ends

# How a candidate was found (the `how` of a Candidate); `choice.RANKS` orders them.
HOWS = {
    "dash-line": 'a dash after the closing mark: `"..." -Lena Hart`',
    "dash-line-below": "a dash line in the paragraph below a block quote",
    "transcript-label": 'a quoted transcript line opening with a name: `"HALE: ...`',
    "cue-subject": 'the subject of a cue in the quote\'s sentence: `"...," Hart said`',
    "inverted-subject": 'the source after its cue: `"...," said Lena Hart`',
    "pronoun": 'a pronoun subject of the cue: `"...," she said`',
    "cue-no-source": "a cue in the quote's sentence whose source is not found",
    "thought": 'a cue of thought: `"Why me?" he wondered` (not speech)',
    "colon-label": 'a name and a colon before the quote: `José Ruiz, club manager: "..."`',
    "colon-intro": "a sentence ending with a colon before the quote: `Hart had a warning:`",
    "paragraph-label": "a name and a colon ending the paragraph before",
    "heading": "a paragraph ending with a colon that introduces the quote (with or without a cue)",
    "colon-intro-above": "the paragraph above ends with a sentence introducing the quote: `Hart warned us:`",
    "same-sentence": 'the quote before it in the same sentence: `called it a "sin" and a "crime"`',
    "prior-sentence": 'the cue of the sentence before: `Hart said the bridge is safe. "It was checked."`',
    "prior-subject": "the person who is the subject of the sentence before, which has no cue: "
    '`Kan thanked the donors. "We will recover."`',
    "follow-on": "the last quote with a speaker, in this paragraph or the one before",
    "open-quote": "a quotation left open runs on into the next paragraph with its speaker",
}


@dataclass(frozen=True)
class Candidate:
    """One rule's evidence for a quote's source.

    Attributes:
        how: the rule (a key of HOWS).
        mention: the source mention the rule read, if any.
        cue: the cue the rule read, if any (what the quote's `cue` becomes when the candidate is chosen).
        attribution: the record's `attribution` label when the candidate is chosen.
        side: for a cue in the quote's sentence, 'after' or 'before' the quotation.
        block: chosen, the candidate makes the quote a block quote (a dash line below it, a heading above).
        follows: for follow-on, same-sentence and open-quote candidates, the index of the quote whose speaker
            continues.
    """

    how: str
    mention: Mention | None
    cue: CueMatch | None = None
    attribution: str = "none"
    side: str = ""
    block: bool = False
    follows: int | None = None


def cue_attribution(mention: Mention | None) -> str:
    """The attribution label of a cue's source: a name, a pronoun, a description, or none found."""
    if mention is None:
        return "cue-no-source"
    if mention.pronoun is not None:
        return "pronoun"
    if mention.description is not None and mention.description.name is None:
        return "cue-description"
    return "cue"


@dataclass(frozen=True)
class QuotePlace:
    """Where a quotation stands: its span, its paragraph, and the windows read before and after it."""

    span: MarkSpan
    para: tuple[int, int]
    before: tuple[int, int]
    after: tuple[int, int]
    prev: MarkSpan | None

    @property
    def whole_paragraph(self) -> bool:
        return self.span.outer_start == self.para[0] and self.span.outer_end >= self.para[1] - 1


def quote_candidates(
    doc: Doc,
    place: QuotePlace,
    paragraphs: list[tuple[int, str]],
    has_parser: bool,
    marked: Covered,
) -> list[Candidate]:
    """Every candidate source of one quotation that the text around it gives, in no particular order
    (the follow-on candidates, which depend on the quotes before, are added by the caller)."""
    text = text_of(doc)
    span, (p_start, p_end) = place.span, place.para
    found: list[Candidate] = []
    dash = DASH_LEAD.match(text, place.after[0], p_end)
    if dash:
        found.append(Candidate("dash-line", dash_mention(doc, dash.end(), p_end), attribution="dash-line"))
    if place.whole_paragraph and span.paragraph + 1 < len(paragraphs):
        n_start, n_text = paragraphs[span.paragraph + 1]
        dash = DASH_LEAD.match(text, n_start, n_start + len(n_text))
        if dash:
            mention = dash_mention(doc, dash.end(), n_start + len(n_text))
            found.append(Candidate("dash-line-below", mention, attribution="dash-line", block=True))
    labelled, mention = transcript_label(doc, span.start, span.end)
    if labelled:
        found.append(Candidate("transcript-label", mention, attribution="heading"))
    for side, window in (("after", place.after), ("before", place.before)):
        found += _cue_candidates(doc, side, window, has_parser, marked)
    label = colon_label(doc, *place.before, named=span.label is not None)
    if label is not None:
        found.append(Candidate("colon-label", label, attribution="heading"))
    intro = colon_intro(doc, *place.before) if has_parser else None
    if intro is not None:
        found.append(Candidate("colon-intro", intro, attribution="colon-intro"))
    if span.outer_start == p_start and span.paragraph > 0:
        found += _paragraph_above(doc, place, paragraphs[span.paragraph - 1], has_parser)
    prior = _prior_sentence(doc, place, has_parser, marked)
    if prior is not None:
        found.append(prior)
    elif has_parser:
        subject = _prior_subject(doc, place)
        if subject is not None:
            found.append(subject)
    return found


def _cue_candidates(
    doc: Doc, side: str, window: tuple[int, int], has_parser: bool, marked: Covered
) -> list[Candidate]:
    """The cue nearest the quotation on one side, within its sentence, and the cue's source."""
    cues = find_cues(doc, *window)
    if not cues:
        return []
    cue = cues[0] if side == "after" else cues[-1]
    if cue.cognition:
        return [Candidate("thought", None, cue, side=side)]
    mention = subject_mention(doc, cue, has_parser, window, side == "after", marked)
    if mention is None:
        how = "cue-no-source"
    elif mention.pronoun is not None:
        how = "pronoun"
    else:
        how = "inverted-subject" if mention.start > doc[cue.i].idx else "cue-subject"
    return [Candidate(how, mention, cue, cue_attribution(mention), side=side)]


def _paragraph_above(
    doc: Doc, place: QuotePlace, above: tuple[int, str], has_parser: bool
) -> list[Candidate]:
    """A label or a heading ending the paragraph above a quote that opens its paragraph."""
    found: list[Candidate] = []
    bounds = (above[0], above[0] + len(above[1]))
    block = place.whole_paragraph
    label = colon_label(doc, *bounds, capitals=False)
    if label is not None:
        found.append(Candidate("paragraph-label", label, attribution="heading", block=block))
    heading = heading_intro(doc, bounds, above[1], has_parser)
    if heading is not None:
        cue, mention = heading
        how = "heading" if cue is None else cue_attribution(mention)
        found.append(Candidate("heading", mention, cue, how, block=block))
    intro = colon_intro(doc, *bounds) if has_parser else None
    if intro is not None:
        found.append(Candidate("colon-intro-above", intro, attribution="colon-intro"))
    return found


def _sentence_before(text: str, place: QuotePlace) -> tuple[int, int] | None:
    """The sentence right before a quote that opens its own sentence, when that sentence holds no
    quotation (`"X," she said. "Y."` is a follow-on of the first quote instead)."""
    span, prev, p_start = place.span, place.prev, place.para[0]
    lo = prev.outer_end if prev is not None and prev.paragraph == span.paragraph else p_start
    ends = list(sentence_ends(text, lo, span.outer_start))
    if not ends or text[ends[-1] : span.outer_start].strip():
        return None
    start = ends[-2] if len(ends) > 1 else lo
    if start != p_start and len(ends) < 2:
        return None  # the sentence began with the previous quote
    return start, ends[-1]


def _prior_subject(doc: Doc, place: QuotePlace) -> Candidate | None:
    """The named person who is the active subject of the main verb of the sentence before (which has no
    cue): the story has just told what that person did, and the quote goes on with their words."""
    bounds = _sentence_before(text_of(doc), place)
    if bounds is None:
        return None
    sent = doc.char_span(*bounds, alignment_mode="contract")
    if sent is None or len(sent) == 0:
        return None
    # the main verb; a small model may split a long name off as a root of its own
    roots = [t for t in sent if t.dep_ == "ROOT" and t.pos_ in {"VERB", "AUX"}]
    if len(roots) != 1 or (roots[0].tag_ == "VBN" and any(c.lemma_ == "be" for c in roots[0].children)):
        return None  # no main verb, or a passive one (`Varga was praised`): the subject did nothing
    subjects = [c for c in roots[0].children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    if subjects[0].ent_type_ != "PERSON" and (subjects[0].pos_ != "PROPN" or subjects[0].ent_type_):
        return None  # a person the model named, or a proper name it left unlabelled
    tokens, appositive = np_tokens(subjects[0])
    mention = mention_from_tokens(doc, tokens, appositive)
    if mention is None or mention.pronoun is not None or mention.description is None:
        return None
    if mention.description.kind != "person" or mention.description.name is None:
        return None
    return Candidate("prior-subject", mention, None, "follow-on")


def _prior_sentence(doc: Doc, place: QuotePlace, has_parser: bool, marked: Covered) -> Candidate | None:
    """The cue and source of the sentence right before a quote that opens its own sentence, when that
    sentence holds no quotation (`"X," she said. "Y."` is a follow-on of the first quote instead)."""
    bounds = _sentence_before(text_of(doc), place)
    if bounds is None:
        return None
    start, end = bounds
    cues = [c for c in find_cues(doc, start, end) if not c.cognition]
    if not cues:
        return None
    mention = subject_mention(doc, cues[0], has_parser, (start, end), False, marked)
    if mention is None:
        return None
    return Candidate("prior-sentence", mention, cues[0], "follow-on")
