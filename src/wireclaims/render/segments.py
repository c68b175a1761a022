"""What both renderers share: the story text cut into marked segments, and per-speaker tallies.

Spans overlap in real records: a partial quote lies inside its mixed claim, a claim can hold another
claim (`X said Y had told Z that ...`), an inner claim's cue sits inside the outer claim, and two quotes can
share one cue. Nested markup breaks as soon as two spans cross, so the text is cut at every span edge
instead: each segment knows every span over it, and a renderer styles the segment from that set.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from wireclaims.models import ArticleResult, Claim, Cue, Quote, Speaker

_Layer = Quote | Claim | Cue | Speaker


@dataclass(frozen=True)
class Segment:
    """A piece of `article.text` with the same spans over all of it.

    Attributes:
        quote: the quote over the piece (the innermost, should two overlap), or None.
        claims: every claim over the piece, outermost first.
        cue: the cue over the piece, or None.
        mention: the speaker that a mention over the piece refers to, or None.
    """

    start: int
    end: int
    text: str
    quote: Quote | None = None
    claims: tuple[Claim, ...] = ()
    cue: Cue | None = None
    mention: Speaker | None = None

    @property
    def plain(self) -> bool:
        """No span lies over this segment."""
        return self.quote is None and not self.claims and self.cue is None and self.mention is None


@dataclass(frozen=True)
class SpeakerRow:
    """One speaker with its colour (its position in `speakers`) and what is attributed to it."""

    speaker: Speaker
    colour: int
    quotes: int
    claims: int


def segments(result: ArticleResult) -> list[Segment]:
    """`article.text` cut at every edge of a quote, claim, cue and speaker mention, in reading order.

    The segments cover the whole text without gaps or overlaps; neighbours never carry the same spans.
    Offsets beyond the text (a hand-edited record) are clipped rather than trusted.
    """
    text = result.article.text
    size = len(text)
    raw: list[tuple[int, int, _Layer]] = [(q.start, q.end, q) for q in result.quotes]
    raw += [(c.start, c.end, c) for c in result.claims]
    cues: dict[tuple[int, int], Cue] = {}
    for cue in [q.cue for q in result.quotes] + [c.cue for c in result.claims]:
        if cue is not None:
            cues.setdefault((cue.start, cue.end), cue)
    raw += [(cue.start, cue.end, cue) for cue in cues.values()]
    raw += [(m.start, m.end, s) for s in result.speakers for m in s.mentions]
    spans = [(min(s, size), min(e, size), layer) for s, e, layer in raw if min(s, size) < min(e, size)]
    # outer spans first: among spans starting together, the longest opens first
    spans.sort(key=lambda span: (span[0], -span[1]))
    edges = sorted({0, size, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    pieces: list[Segment] = []
    active: list[tuple[int, int, _Layer]] = []
    waiting = 0
    for start, end in pairwise(edges):
        active = [span for span in active if span[1] > start]
        while waiting < len(spans) and spans[waiting][0] <= start:
            active.append(spans[waiting])
            waiting += 1
        piece = _segment(start, end, text[start:end], [layer for _, _, layer in active])
        if pieces and _same_marks(pieces[-1], piece):
            last = pieces.pop()
            piece = Segment(last.start, end, last.text + piece.text, *_marks(last))
        pieces.append(piece)
    return pieces


def _segment(start: int, end: int, text: str, layers: list[_Layer]) -> Segment:
    quotes = [layer for layer in layers if isinstance(layer, Quote)]
    cues = [layer for layer in layers if isinstance(layer, Cue)]
    speakers = [layer for layer in layers if isinstance(layer, Speaker)]
    return Segment(
        start,
        end,
        text,
        quote=quotes[-1] if quotes else None,
        claims=tuple(layer for layer in layers if isinstance(layer, Claim)),
        cue=cues[-1] if cues else None,
        mention=speakers[-1] if speakers else None,
    )


def _marks(piece: Segment) -> tuple[Quote | None, tuple[Claim, ...], Cue | None, Speaker | None]:
    return piece.quote, piece.claims, piece.cue, piece.mention


def _same_marks(a: Segment, b: Segment) -> bool:
    same_claims = len(a.claims) == len(b.claims) and all(
        x is y for x, y in zip(a.claims, b.claims, strict=True)
    )
    return same_claims and a.quote is b.quote and a.cue is b.cue and a.mention is b.mention


def speaker_rows(result: ArticleResult) -> list[SpeakerRow]:
    """Every speaker in record order, with its colour index and its numbers of quotes and claims.

    Colours follow the order of `speakers` (first mention first), so the same record always looks the same.
    """
    quotes: dict[str, int] = {}
    claims: dict[str, int] = {}
    for quote in result.quotes:
        if quote.speaker is not None:
            quotes[quote.speaker.id] = quotes.get(quote.speaker.id, 0) + 1
    for claim in result.claims:
        if claim.source is not None:
            claims[claim.source.id] = claims.get(claim.source.id, 0) + 1
    return [
        SpeakerRow(speaker, index, quotes.get(speaker.id, 0), claims.get(speaker.id, 0))
        for index, speaker in enumerate(result.speakers)
    ]


def colour_of(result: ArticleResult) -> dict[str, int]:
    """Speaker id -> colour index (its position in `speakers`)."""
    return {speaker.id: index for index, speaker in enumerate(result.speakers)}


def unattributed(result: ArticleResult) -> tuple[int, int]:
    """How many quotes and claims have no speaker."""
    return sum(q.speaker is None for q in result.quotes), sum(c.source is None for c in result.claims)


def plural(count: int, one: str, many: str | None = None) -> str:
    """`1 quote`, `2 quotes`, `0 stories`."""
    return f"{count} {one if count == 1 else many or one + 's'}"
