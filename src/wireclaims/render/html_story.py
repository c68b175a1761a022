"""One story of the HTML report: its text with quotes, claims, cues and names marked, and its speakers.

Every piece of text and every attribute value from a record goes through `esc`: stories are untrusted input,
and a story holding `<script>` must show as text. Each mark links to its speaker's row; hovering it shows
the cue, its class and the confidence (a `title`, which needs no script).
"""

from __future__ import annotations

import html

from wireclaims.models import ArticleResult, Claim, Cue, ErrorRecord, Quote, SpeakerRef
from wireclaims.render.escapes import for_terminal
from wireclaims.render.segments import Segment, colour_of, plural, segments, speaker_rows, unattributed
from wireclaims.render.terminal import format_dateline

# Speaker colour classes k0..k9 in speaker order, repeating; html.py draws them.
PALETTE_SIZE = 10


def esc(value: object) -> str:
    """Text made safe for HTML content and for attribute values in double or single quotes, with controls
    and bidi overrides written as visible escapes."""
    # controls are invalid in HTML, and bidi overrides reorder what the reader sees ("Trojan Source")
    return html.escape(for_terminal(str(value)), quote=True)


def story_section(anchor: str, result: ArticleResult) -> str:
    """The `<section>` of one story; its element ids all start with `anchor`."""
    article = result.article
    meta = [f"<code>{esc(article.id)}</code>"]
    if article.dateline is not None:
        meta.append(esc(format_dateline(article.dateline)))
    if article.byline:
        meta.append("By " + esc(", ".join(article.byline)))
    if article.published:
        meta.append(esc(article.published))
    counts = f"{plural(len(result.quotes), 'quote')}, {plural(len(result.claims), 'claim')}"
    meta.append(f"{esc(article.format)}, {counts}")
    if result.provenance is not None:
        meta.append(esc(result.provenance.pipeline))
    body = _text(anchor, result) if article.text else '<span class="none">(no body text)</span>'
    parts = [
        f'<section class="story" id="{esc(anchor)}">',
        f'<h2><a href="#{esc(anchor)}">{_headline(result)}</a></h2>',
        f'<p class="meta">{" · ".join(meta)}</p>',
        f'<div class="text">{body}</div>',
        _speakers(anchor, result),
    ]
    if result.warnings:
        items = "".join(f"<li>{esc(warning)}</li>" for warning in result.warnings)
        parts.append(f'<ul class="warnings">{items}</ul>')
    parts.append('<p class="up"><a href="#index">index</a></p></section>')
    return "\n".join(parts)


def _headline(result: ArticleResult) -> str:
    """The headline, escaped, with each attribution it makes marked as a claim (hover: source, cue)."""
    headline = result.article.headline
    if not headline:
        return esc(result.article.id)
    out: list[str] = []
    pos = 0
    for claim in sorted(result.headline_claims, key=lambda c: c.start):
        if claim.start < pos:
            continue
        who = claim.source.name if claim.source else f"{claim.source_text} (not named in the body)"
        title = f"headline claim {claim.id} by {who}"
        if claim.cue is not None:
            title += f" · cue {_cue(claim.cue)}"
        title += f" · confidence {claim.confidence:.2f}"
        out.append(esc(headline[pos : claim.start]))
        out.append(f'<span class="c" title="{esc(title)}">{esc(headline[claim.start : claim.end])}</span>')
        pos = claim.end
    out.append(esc(headline[pos:]))
    return "".join(out)


def error_section(anchor: str, record: ErrorRecord) -> str:
    """The `<section>` of an input that gave an error record."""
    error = record.error
    return (
        f'<section class="story failed" id="{esc(anchor)}">\n'
        f'<h2><a href="#{esc(anchor)}">{esc(record.article.id)}</a></h2>\n'
        f'<p class="meta"><code>{esc(record.article.path)}</code></p>\n'
        f'<p class="error"><strong>{esc(error.code)}</strong>: {esc(error.message)}</p>\n'
        '<p class="up"><a href="#index">index</a></p></section>'
    )


def _text(anchor: str, result: ArticleResult) -> str:
    colours = colour_of(result)
    out: list[str] = []
    for piece in segments(result):
        # an empty anchor where each quote and claim starts: the speakers table links to it
        for item in (*piece.claims, piece.quote):
            if item is not None and item.start == piece.start:
                out.append(f'<span class="at" id="{esc(anchor)}-{esc(item.id)}"></span>')
        out.append(_piece(anchor, piece, colours))
    return "".join(out)


def _piece(anchor: str, piece: Segment, colours: dict[str, int]) -> str:
    if piece.plain:
        return esc(piece.text)
    classes: list[str] = []
    titles: list[str] = []
    speakers: list[SpeakerRef] = []
    if piece.quote is not None:
        classes += ["q", _colour("qk", piece.quote.speaker, colours)]
        titles.append(_describe(piece.quote))
        speakers += [piece.quote.speaker] if piece.quote.speaker else []
    for claim in piece.claims:
        titles.append(_describe(claim))
        speakers += [claim.source] if claim.source else []
    if piece.claims:
        classes.append("c")
    if piece.cue is not None:
        classes.append("cue")
        titles.append(f"cue {_cue(piece.cue)}")
    if piece.mention is not None:
        classes += ["m", f"mk{colours.get(piece.mention.id, 0) % PALETTE_SIZE}"]
        titles.append(f"{piece.mention.name} ({piece.mention.id})")
        speakers.append(SpeakerRef(id=piece.mention.id, name=piece.mention.name))
    ids = list(dict.fromkeys(ref.id for ref in speakers))
    attributes = f'class="{" ".join(classes)}" title="{"&#10;".join(esc(t) for t in titles)}"'
    if ids:
        attributes += f' data-speakers="{esc(" ".join(ids))}"'
        # the innermost speaker: the quote's, else the inner claim's source, else the named one
        target = (piece.quote.speaker if piece.quote and piece.quote.speaker else speakers[-1]).id
        return f'<a href="#{esc(anchor)}-{esc(target)}" {attributes}>{esc(piece.text)}</a>'
    return f"<span {attributes}>{esc(piece.text)}</span>"


def _colour(prefix: str, speaker: SpeakerRef | None, colours: dict[str, int]) -> str:
    if speaker is None or speaker.id not in colours:
        return f"{prefix}-none"
    return f"{prefix}{colours[speaker.id] % PALETTE_SIZE}"


def _describe(item: Quote | Claim) -> str:
    """`quote q1 (direct) by Ines Cole · cue “told” (tell, neutral) · confidence 0.90 · by cue`."""
    if isinstance(item, Quote):
        who, what, how = item.speaker, "quote", f" · found by {item.attribution}"
    else:
        who, what, how = item.source, "claim", ""
    parts = [f"{what} {item.id} ({item.kind}) by {who.name if who else 'no speaker'}"]
    if item.cue is not None:
        parts.append(f"cue {_cue(item.cue)}")
    parts.append(f"confidence {item.confidence:.2f}{how}")
    return " · ".join(parts)


def _cue(cue: Cue) -> str:
    return f"“{cue.text}” ({cue.lemma}, {cue.cue_class})"


def _speakers(anchor: str, result: ArticleResult) -> str:
    quotes: dict[str, list[str]] = {}
    claims: dict[str, list[str]] = {}
    for quote in result.quotes:
        quotes.setdefault(quote.speaker.id if quote.speaker else "", []).append(quote.id)
    for claim in result.claims:
        claims.setdefault(claim.source.id if claim.source else "", []).append(claim.id)
    rows = []
    for row in speaker_rows(result):
        speaker = row.speaker
        rows.append(
            f'<tr id="{esc(anchor)}-{esc(speaker.id)}" data-speaker="{esc(speaker.id)}">'
            f'<td><span class="sw qk{row.colour % PALETTE_SIZE}"></span>{esc(speaker.id)}</td>'
            f'<td class="m mk{row.colour % PALETTE_SIZE}">{esc(speaker.name)}</td>'
            f"<td>{esc(speaker.kind)}</td><td>{esc(speaker.title or '')}</td>"
            f"<td>{esc(speaker.organization or '')}</td>"
            f"<td>{_links(anchor, quotes.get(speaker.id, []))}</td>"
            f"<td>{_links(anchor, claims.get(speaker.id, []))}</td></tr>"
        )
    if any(unattributed(result)):
        rows.append(
            '<tr><td><span class="sw qk-none"></span>?</td><td>(no speaker)</td><td></td><td></td><td></td>'
            f"<td>{_links(anchor, quotes.get('', []))}</td><td>{_links(anchor, claims.get('', []))}</td></tr>"
        )
    if not rows:
        return '<p class="none">No speakers found.</p>'
    head = "<tr><th>id</th><th>speaker</th><th>kind</th><th>title</th><th>organisation</th>"
    head += "<th>quotes</th><th>claims</th></tr>"
    return f'<table class="speakers"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _links(anchor: str, ids: list[str]) -> str:
    """`2: q1 q3`, each id a link to where it starts in the text."""
    if not ids:
        return "0"
    links = " ".join(f'<a href="#{esc(anchor)}-{esc(i)}">{esc(i)}</a>' for i in ids)
    return f"{len(ids)}: {links}"
