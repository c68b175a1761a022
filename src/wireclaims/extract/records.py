"""The records of one story: speakers with every place they are named, quotes and claims with ids in reading
order and their speakers' ids."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from wireclaims.extract.claim_parts import ClaimFinding
from wireclaims.extract.cues import text_of, word_occurrences
from wireclaims.extract.offsets import Covered
from wireclaims.extract.quotes import CONFIDENCE, QuoteFinding
from wireclaims.extract.registry import SpeakerEntry
from wireclaims.extract.titles import reported_title
from wireclaims.models import Claim, Quote, Speaker, SpeakerRef, TextSpan
from wireclaims.names import surname

__all__ = ["records"]


def records(
    doc: Doc,
    sources: list[SpeakerEntry],
    owner: dict[int, SpeakerEntry | None],
    quotes: list[QuoteFinding],
    claims: list[ClaimFinding],
) -> tuple[list[Speaker], list[Quote], list[Claim]]:
    """Speakers `s1`, `s2`, ... in the order of `sources`, quotes `q1`, ... and claims `c1`, ..., each with
    the speaker `owner` gives it (by the finding's id())."""
    ids = {id(entry): f"s{n}" for n, entry in enumerate(sources, 1)}
    speakers = [_speaker_model(doc, entry, ids[id(entry)]) for entry in sources]

    def ref(entry: SpeakerEntry | None) -> SpeakerRef | None:
        return SpeakerRef(id=ids[id(entry)], name=entry.name) if entry is not None else None

    quote_models = [_quote_model(doc, n, q, ref(owner.get(id(q)))) for n, q in enumerate(quotes, 1)]
    quote_starts = [q.start for q in quote_models]  # in reading order
    claim_models = [
        _claim_model(doc, n, c, ref(owner.get(id(c))), quote_models, quote_starts)
        for n, c in enumerate(claims, 1)
    ]
    return speakers, quote_models, claim_models


def _speaker_model(doc: Doc, entry: SpeakerEntry, sid: str) -> Speaker:
    spans = {(m.start, m.end) for m in entry.mentions}
    taken = Covered(len(text_of(doc)), spans)
    forms = {entry.name, *entry.forms}
    if entry.kind == "person" and len(entry.name.split()) > 1:
        forms.add(surname(entry.name))
    for form in sorted(forms, key=len, reverse=True):
        for m_start, m_end in word_occurrences(text_of(doc), form, hyphen_joins=False):
            if not taken.overlaps(m_start, m_end):
                spans.add((m_start, m_end))
                taken.add(m_start, m_end)
    mentions = [TextSpan(start=s, end=e, text=text_of(doc)[s:e]) for s, e in sorted(spans)]
    aliases = sorted({f for f in entry.forms if f != entry.name})
    title, organization = reported_title(entry.title, entry.organization, entry.name)
    return Speaker(
        id=sid,
        name=entry.name,
        kind=entry.kind,
        title=title,
        organization=organization,
        aliases=aliases,
        mentions=mentions,
    )


def _confidence(attribution: str, has_speaker: bool) -> float:
    if not has_speaker:
        return CONFIDENCE["cue-no-source"] if attribution.startswith("cue") else CONFIDENCE["none"]
    return CONFIDENCE.get(attribution, CONFIDENCE["none"])


def _quote_model(doc: Doc, n: int, q: QuoteFinding, speaker: SpeakerRef | None) -> Quote:
    return Quote(
        id=f"q{n}",
        text=text_of(doc)[q.span.start : q.span.end],
        start=q.span.start,
        end=q.span.end,
        kind=q.kind,
        speaker=speaker,
        cue=q.cue.to_model(doc) if q.cue is not None else None,
        paragraph=q.span.paragraph,
        attribution=q.attribution,
        confidence=_confidence(q.attribution, speaker is not None),
    )


def _claim_model(
    doc: Doc, n: int, c: ClaimFinding, source: SpeakerRef | None, quotes: list[Quote], starts: list[int]
) -> Claim:
    # the quotes starting within the claim, found by bisection over their starts
    near = quotes[bisect.bisect_left(starts, c.start) : bisect.bisect_right(starts, c.end)]
    inside = [q.id for q in near if q.end <= c.end]
    how = "cue" if c.mention is None or c.mention.pronoun is None else "pronoun"
    return Claim(
        id=f"c{n}",
        content=text_of(doc)[c.start : c.end],
        start=c.start,
        end=c.end,
        kind=c.kind,
        source=source,
        cue=c.cue.to_model(doc),
        quotes=inside,
        confidence=_confidence(how, source is not None),
    )
