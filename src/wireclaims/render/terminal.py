"""One record as a rich renderable: headline, the text with its marks, then a table of the speakers.

Each quote takes its speaker's colour, names of speakers are bold in that colour, cues are underlined and
claims are italic on a shaded ground. Without colour (a pipe, `--no-color`) `tags=True` writes the same
information into the text as bracketed ids, so the view still says who said what.

Every string of the record is shown through `for_terminal`: a result file is input like any other, and its
text, names and ids must not reach the terminal as escape sequences. Spans are marked by their offsets
into the raw text, so text is made printable piece by piece after it is cut, never before.
"""

from __future__ import annotations

from itertools import pairwise

from rich import box
from rich.console import Group, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text

from wireclaims.models import ArticleResult, Dateline
from wireclaims.render.escapes import for_terminal
from wireclaims.render.segments import Segment, colour_of, plural, segments, speaker_rows, unattributed

# Speaker colours in speaker order, repeating after the last; chosen to read on dark and light grounds.
PALETTE = (
    "deep_sky_blue1",
    "orange1",
    "green3",
    "hot_pink",
    "gold1",
    "medium_purple1",
    "spring_green2",
    "light_salmon1",
    "turquoise2",
    "orchid",
)
UNATTRIBUTED = "grey50"
CLAIM = Style(italic=True, bgcolor="grey23")
CUE = Style(underline=True)
TAG = Style(dim=True)


def speaker_colour(index: int | None) -> str:
    """The colour of the speaker at this position in `speakers`; grey for no speaker."""
    return UNATTRIBUTED if index is None else PALETTE[index % len(PALETTE)]


def render_story(result: ArticleResult, *, tags: bool = False) -> Group:
    """The record as the terminal shows it.

    Args:
        result: a record of a story that was read.
        tags: also write the marks into the text: `[c1→s1: ...]` around a claim by speaker s1 and
            `[q1→s2]` after a quote by s2 (`?` for no speaker); for output without colour.
    """
    parts: list[RenderableType] = [*_header(result, tags), Text()]
    if result.article.text:
        parts.append(_body(result, tags))
    else:
        parts.append(Text("(the story has no body text)", style="dim"))
    parts += [Text(), _legend(tags), Text(), _speakers(result, swatches=not tags)]
    parts += [Text(f"warning: {_line(warning)}", style="yellow") for warning in result.warnings]
    return Group(*parts)


def _header(result: ArticleResult, tags: bool = False) -> list[Text]:
    article = result.article
    lines = [_headline(result, tags)]
    meta = [article.id]
    if article.dateline is not None:
        meta.append(format_dateline(article.dateline))
    if article.byline:
        meta.append("By " + ", ".join(article.byline))
    counts = [plural(len(result.quotes), "quote"), plural(len(result.claims), "claim")]
    meta.append(", ".join([article.format, *counts]))
    lines.append(Text(_line(" · ".join(part for part in meta if part)), style="dim"))
    return lines


def _headline(result: ArticleResult, tags: bool = False) -> Text:
    """The headline, its attributions styled as claims (`..., Kremlin confirms`) and their cues underlined."""
    headline = result.article.headline
    if not headline:
        return Text(_line(result.article.id), style="bold")
    spans = [(claim.start, claim.end, CLAIM) for claim in result.headline_claims]
    spans += [(c.cue.start, c.cue.end, CUE) for c in result.headline_claims if c.cue is not None]
    size = len(headline)
    edges = sorted({0, size, *(min(s, size) for s, _, _ in spans), *(min(e, size) for _, e, _ in spans)})
    text = Text(style="bold")
    # cut at every span edge, then escape each piece: an escape is longer than the character it stands for
    for start, end in pairwise(edges):
        style = sum((mark for s, e, mark in spans if s <= start and end <= e), Style())
        text.append(_line(headline[start:end]), style=style)
    if tags:
        for claim in result.headline_claims:
            who = claim.source.id if claim.source else "?"
            text.append(_line(f"  [{claim.id}→{who}: {claim.content}]"), style=TAG)
    return text


def format_dateline(dateline: Dateline) -> str:
    """`VALDERMERE, Mar 14 (Reuters)` from its parts, as a wire story prints it."""
    place = ", ".join(part for part in (dateline.location, dateline.date) if part)
    agency = f"({dateline.agency})" if dateline.agency else ""
    return " ".join(part for part in (place, agency) if part)


def _body(result: ArticleResult, tags: bool) -> Text:
    colours = colour_of(result)
    body = Text()
    for piece in segments(result):
        if tags:
            for claim in piece.claims:
                if claim.start == piece.start:
                    who = claim.source.id if claim.source else "?"
                    body.append(for_terminal(f"[{claim.id}→{who}: "), style=TAG)
        body.append(for_terminal(piece.text), style=_style(piece, colours))
        if tags:
            if piece.quote is not None and piece.quote.end == piece.end:
                who = piece.quote.speaker.id if piece.quote.speaker else "?"
                body.append(for_terminal(f"[{piece.quote.id}→{who}]"), style=TAG)
            body.append("]" * sum(claim.end == piece.end for claim in piece.claims), style=TAG)
    return body


def _style(piece: Segment, colours: dict[str, int]) -> Style:
    style = Style()
    if piece.claims:
        style += CLAIM
    if piece.quote is not None:
        speaker = piece.quote.speaker
        style += Style(color=speaker_colour(colours.get(speaker.id) if speaker else None))
    if piece.mention is not None:
        style += Style(color=speaker_colour(colours.get(piece.mention.id)), bold=True)
    if piece.cue is not None:
        style += CUE
    return style


def _legend(tags: bool) -> Text:
    if tags:
        return Text(
            "[q1→s2] ends a quote by speaker s2, [c1→s1: ...] is a claim by s1, ? is no speaker",
            style="dim",
        )
    return Text.assemble(
        ("quote", PALETTE[0]),
        " in its speaker's colour · ",
        ("name", Style(color=PALETTE[0], bold=True)),
        " of a speaker · ",
        ("cue", CUE),
        " · ",
        ("claim", CLAIM),
        style="dim",
    )


def _speakers(result: ArticleResult, swatches: bool) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    # the colour swatch says nothing without colour; the id column says it there
    headers = ["", "id"] if swatches else ["id"]
    for header in [*headers, "speaker", "kind", "title", "organisation"]:
        table.add_column(header, no_wrap=header in {"", "id"})
    table.add_column("quotes", justify="right")
    table.add_column("claims", justify="right")
    # cells are Text, never str: a str cell is parsed as rich markup, and names come from the story
    for row in speaker_rows(result):
        colour = speaker_colour(row.colour)
        speaker = row.speaker
        cells = [
            Text(_line(speaker.id)),
            Text(_line(speaker.name), style=Style(color=colour, bold=True)),
            Text(_line(speaker.kind)),
            Text(_line(speaker.title or "")),
            Text(_line(speaker.organization or "")),
            Text(str(row.quotes)),
            Text(str(row.claims)),
        ]
        table.add_row(*([Text("■", style=colour)] if swatches else []), *cells)
    quotes, claims = unattributed(result)
    if quotes or claims:
        cells = [Text(t) for t in ("?", "(no speaker)", "", "", "", str(quotes), str(claims))]
        table.add_row(*([Text("■", style=UNATTRIBUTED)] if swatches else []), *cells)
    return table


def _line(text: str) -> str:
    """Untrusted text for one line of the view: headline, names, ids, warnings."""
    return for_terminal(text, one_line=True)
