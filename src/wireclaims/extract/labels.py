"""Sources written without a cue: dash lines, speakers' labels before a colon, transcript labels, headings.

Each function reads one place around a quotation and returns the mention it names (or None); which of them
wins is decided in `choice.py`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from wireclaims.extract.cues import CueMatch, find_cues, text_of
from wireclaims.extract.describe import describe
from wireclaims.extract.mentions import Mention, mention_from_tokens
from wireclaims.extract.sources import subject_mention
from wireclaims.lang import abbreviations as abbr
from wireclaims.lang import en

DASH_LEAD = re.compile(rf"\s*[{en.ATTRIBUTION_DASHES}]+\s*(?=[A-Z])")
_FROM_HEADING = re.compile(r"^.*\b(?:from|of)\s+(?P<np>[^:]+):\s*$", re.IGNORECASE)
# A speaker's name in capitals and a colon opening a quoted transcript line; `Q:`/`A:` name nobody.
_SPEAKER_LABEL = re.compile(r"\s*(?P<name>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):\s")
_LABEL_REACH = 60
_LABEL_WORDS = 12  # a speaker's label is a name and a short description, never a sentence


def dash_mention(doc: Doc, start: int, end: int) -> Mention | None:
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


def transcript_label(doc: Doc, start: int, end: int) -> tuple[bool, Mention | None]:
    """A transcript quoted whole (`"WALLACE: Let's start with ...`): whether the quotation opens with a
    speaker's label, and the mention it names."""
    line = _SPEAKER_LABEL.match(text_of(doc), start, min(end, start + _LABEL_REACH))
    if line is None or line.group("name").strip(" .") in abbr.NOT_SPEAKER_LABELS:
        return False, None
    return True, dash_mention(doc, line.start("name"), line.end("name"))


def colon_label(doc: Doc, start: int, end: int, capitals: bool = True, named: bool = False) -> Mention | None:
    """`José Ruiz, club manager:`, `HALE:` before a quote (interviews, transcripts, panels of reactions):
    a name with its description and a colon, without a verb, names the speaker as a dash line does.

    Args:
        capitals: a word in capitals counts as a name (`HALE:`); not for a paragraph of its own, which
            may be a subheading (`REACTION:`).
        named: the layout shows the label is a speaker's (an interview's answers), whatever its tags.
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
        named or any(t.pos_ == "PROPN" for t in span[:2]) or (capitals and span[0].text.isupper())
    ):
        return None  # `The outcome: "a mess"`: a label opens with the speaker's name
    if any(t.pos_ in {"VERB", "AUX"} and t.text[:1].islower() for t in span):
        return None  # `The minister said:` is a cue (read before); `In a statement, the firm added:` too
    if any(t.lower_ in en.FUNCTION_WORDS - {"of", "for", "at", "and", "with", "from"} for t in span):
        return None  # `Asked about the vote, Hale was blunt:` is the reporter's sentence
    return dash_mention(doc, start + lead, start + len(body) - 1)


def heading_intro(
    doc: Doc, bounds: tuple[int, int], para: str, has_parser: bool
) -> tuple[CueMatch | None, Mention | None] | None:
    """A paragraph ending with a colon that introduces the quote below it: its last cue and that cue's
    source, or a heading `And from Chairwoman Ruth Ames:` (no cue)."""
    p_start, p_end = bounds
    para = para.rstrip()
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
