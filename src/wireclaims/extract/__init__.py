"""Extraction: a parsed story in, speakers, quotes and claims out (pydantic models, ids in reading order).

The steps, in order: quotation spans (`marks`, `unmarked`), quotes with their cues and sources (`quotes`),
claims (`claims`), the people and bodies the story names outside them (`people`), every mention linked to
one speaker (`registry`), the speakers' names and titles completed (`full_names`, `titles`), the records
(`records`).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc

from wireclaims.extract.authors import Issued, document_author, document_noun
from wireclaims.extract.citations import is_citation
from wireclaims.extract.claims import ClaimFinding, find_claims
from wireclaims.extract.cues import text_of
from wireclaims.extract.full_names import complete_names, name_descriptions
from wireclaims.extract.headline import headline_claims
from wireclaims.extract.issuers import definite_document, document_issuer
from wireclaims.extract.marks import MarkSpan, find_mark_spans
from wireclaims.extract.mentions import Mention, as_speaker, mention_from_tokens
from wireclaims.extract.offsets import Covered
from wireclaims.extract.organizations import is_nationality
from wireclaims.extract.people import (
    called_organizations,
    given_name_people,
    name_occurrences,
    partitive_people,
    titled_person,
    unlabelled_people,
)
from wireclaims.extract.quotes import Paragraphs, QuoteFinding, attribute_quotes
from wireclaims.extract.records import records
from wireclaims.extract.registry import SpeakerEntry, SpeakerRegistry
from wireclaims.extract.title_span import is_rank
from wireclaims.extract.titles import drop_person_employers, resolve_generic_employers, title_and_organization
from wireclaims.extract.topics import build_registry
from wireclaims.extract.unmarked import interview_answer_spans, pull_quote_spans
from wireclaims.extract.validate import name_can_speak, source_name
from wireclaims.lang.places import is_place
from wireclaims.models import Claim, HeadlineClaim, Quote, Speaker


@dataclass(frozen=True)
class Extraction:
    """What extraction found in one story."""

    speakers: list[Speaker]
    quotes: list[Quote]
    claims: list[Claim]
    warnings: list[str]
    # each quote's attribution stages (candidates, choice), in the order of `quotes`; not in the record
    findings: list[QuoteFinding] = field(default_factory=list)
    headline_claims: list[HeadlineClaim] = field(default_factory=list)


def extract(
    doc: Doc, paragraphs: list[tuple[int, str]], has_parser: bool, headline: str | None = None
) -> Extraction:
    """Find quotes, claims and their speakers in a Doc over the story's body text, and the attributions
    of its headline.

    Args:
        doc: the pipeline's Doc over `article.text`.
        paragraphs: (offset, text) of each paragraph of `article.text`.
        has_parser: whether the Doc has a dependency parse.
        headline: the story's headline, whose attributions are linked to the body's speakers.
    """
    spans, warnings = _quotation_spans(paragraphs)
    quotes = attribute_quotes(doc, spans, Paragraphs(paragraphs), has_parser)
    claims = find_claims(doc, _not_claims(doc, spans, quotes), has_parser)
    quotes_in_claims(quotes, claims)
    sourced: list[tuple[int, object]] = [(q.span.start, q) for q in quotes]
    sourced += [(c.start, c) for c in claims]
    # People named outside any attribution still count for pronouns and full names ("Szymanski was ...
    # He said ..."); they become speakers only if a quote or claim is linked to them.
    inside = Covered(len(text_of(doc)), ((sp.outer_start, sp.outer_end) for sp in spans))
    registry = build_registry(doc, sourced, inside) if has_parser else SpeakerRegistry()
    named = _named_outside(doc, sourced, inside, has_parser)
    events = [*sourced, *((m.start, _Named(m)) for m in named)]
    owner = _link_mentions(doc, registry, events)
    _share_broken_quotes(quotes, owner)
    if has_parser:
        _document_authors(doc, quotes, claims, owner)
        _document_issuers(doc, [*quotes, *claims], owner, events)
    _complete_speakers(doc, registry, has_parser)
    sources = _sources(registry, owner, [*quotes, *claims])
    speakers, quote_models, claim_models = records(doc, sources, owner, quotes, claims)
    return Extraction(
        speakers, quote_models, claim_models, warnings, quotes, headline_claims(headline, speakers)
    )


# How many claims before a partial quote may hold it (claims nest only a few deep).
_HOLDER_REACH = 8


def quotes_in_claims(quotes: list[QuoteFinding], claims: list[ClaimFinding]) -> None:
    """A partial quote with no source of its own inside a claim's reported clause is that source's
    words (`X said they had pleaded guilty and "spared your children a trial"`): it takes the claim's cue
    and source."""
    starts = [c.start for c in claims]  # claims come in reading order
    for quote in quotes:
        if quote.kind != "partial" or quote.mention is not None or quote.follow_of is not None:
            continue
        # the outermost of the few claims that start before the quote: a story may hold thousands
        k = bisect.bisect_right(starts, quote.span.start)
        holder = next(
            (
                c
                for c in claims[max(0, k - _HOLDER_REACH) : k]
                if c.mention is not None and quote.span.end <= c.end + 1
            ),
            None,
        )
        if holder is not None:
            quote.cue = quote.cue or holder.cue
            quote.mention, quote.attribution = holder.mention, "claim"


def _quotation_spans(paragraphs: list[tuple[int, str]]) -> tuple[list[MarkSpan], list[str]]:
    """Every span of quoted words in reading order, marked or not (pull quotes, interview answers), and the
    warnings about unclosed marks."""
    spans, warnings = find_mark_spans(paragraphs)
    unmarked = [*pull_quote_spans(paragraphs), *interview_answer_spans(paragraphs)]
    return sorted([*spans, *unmarked], key=lambda sp: (sp.start, sp.end)), warnings


def _not_claims(doc: Doc, spans: list[MarkSpan], quotes: list[QuoteFinding]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the quotes, and of the cited works' titles: a cited work's title is neither a
    quote nor a claim (`"Port chief claims win" — Daily Post, May 2`)."""
    text = text_of(doc)
    quote_spans = [(q.span.start, q.span.end, q.kind) for q in quotes]
    quote_spans += [
        (sp.start, sp.end, "citation") for sp in spans if is_citation(text, sp.outer_start, sp.outer_end)
    ]
    return quote_spans


def _named_outside(
    doc: Doc, sourced: list[tuple[int, object]], inside: Covered, has_parser: bool
) -> list[Mention]:
    """The people and bodies the story names outside quotations, found by the entity model or by rule, and
    every place a person is named again."""
    # `aircraft company Boeing`: an organisation, whatever the entity model says, and `the company` later
    named: list[Mention] = called_organizations(doc, inside) if has_parser else []
    named += _entities(doc, inside, Covered(len(text_of(doc)), ((m.start, m.end) for m in named)), has_parser)
    named += unlabelled_people(doc, named, inside) if has_parser else []
    named += partitive_people(doc, named, inside) if has_parser else []
    named += given_name_people(doc, named, inside) if has_parser else []
    found = [m for _, m in ((0, getattr(x, "mention", None)) for _, x in sourced) if m is not None]
    named += name_occurrences(doc, [*found, *named], inside)
    return named


def _entities(doc: Doc, inside: Covered, called: Covered, has_parser: bool) -> list[Mention]:
    """The people, and with a parser the bodies, the entity model labels outside quotations and outside the
    names already `called` organisations."""
    named: list[Mention] = []
    for ent in doc.ents:
        if called.overlaps(ent.start_char, ent.end_char):
            continue
        if ent.label_ == "PERSON" and not is_place(ent.text) and ent.start_char not in inside:
            mention = mention_from_tokens(doc, list(ent))
            if mention is not None:
                named.append(mention)
        elif ent.label_ == "ORG" and ent.start_char not in inside and has_parser:
            # `the Eastern Ocean Warning Center` named without speaking: `the centre said` later is that body
            mention = mention_from_tokens(doc, list(ent))
            if mention is not None and mention.description and mention.description.kind == "organization":
                named.append(titled_person(doc, ent.start, ent.end, mention))
    return named


def _link_mentions(
    doc: Doc, registry: SpeakerRegistry, events: list[tuple[int, object]]
) -> dict[int, SpeakerEntry | None]:
    """Each item's speaker entry, by the item's id(): mentions are linked in the order they are written, so
    pronouns see only what came before them."""
    owner: dict[int, SpeakerEntry | None] = {}
    for _, item in sorted(events, key=lambda e: (_mention_pos(e[1]), e[0])):
        mention = item.mention  # type: ignore[attr-defined]
        if mention is not None and not isinstance(item, _Named):
            mention = as_speaker(doc, mention)  # only a person, organisation or group speaks
        owner[id(item)] = registry.add(mention) if mention is not None else None
    return owner


def _share_broken_quotes(quotes: list[QuoteFinding], owner: dict[int, SpeakerEntry | None]) -> None:
    """A quote without a speaker takes the speaker of the quote it follows on from, or of another quote with
    its cue."""
    by_cue: dict[int, SpeakerEntry] = {}
    for q in quotes:
        found_owner = owner.get(id(q))
        if q.cue is not None and found_owner is not None:
            by_cue.setdefault(q.cue.i, found_owner)
    for q in quotes:
        if q.follow_of is not None and owner.get(id(q)) is None:
            owner[id(q)] = owner.get(id(quotes[q.follow_of]))
        if owner.get(id(q)) is None and q.cue is not None and q.cue.i in by_cue:
            # `"X," said Quintela, "Y."`: both halves of a broken quotation share the cue and its speaker
            owner[id(q)] = by_cue[q.cue.i]
            q.attribution = "cue"


def _complete_speakers(doc: Doc, registry: SpeakerRegistry, has_parser: bool) -> None:
    """Full names, whole descriptions, titles and employers from the whole story, and names fit to print."""
    complete_names(doc, registry)
    if has_parser:
        name_descriptions(doc, registry)
    for entry in registry.entries:
        weak_title = entry.title is None or is_rank(entry.title)
        if entry.kind == "person" and (weak_title or entry.organization is None):
            title, org = title_and_organization(text_of(doc), entry.name, entry.title, entry.forms)
            entry.title = title or entry.title
            entry.organization = entry.organization or org
        if entry.organization and is_nationality(entry.organization.split()[-1]):
            entry.organization = None  # `South African president X`: an adjective of origin employs no one
    drop_person_employers(registry.entries)
    resolve_generic_employers(text_of(doc), registry.entries)
    for entry in registry.entries:
        # never `for Ruiz`, `an aide who was briefed` or `Ana Ruiz Maybe` (from `Ana Ruiz “Maybe ...`)
        entry.name = source_name(entry.name, entry.kind, [m.text for m in entry.mentions])


def _sources(
    registry: SpeakerRegistry, owner: dict[int, SpeakerEntry | None], items: list[object]
) -> list[SpeakerEntry]:
    """The speakers in the order they are first named: the entries some quote or claim is linked to whose
    name can speak. A quote or claim linked to another entry keeps no speaker."""
    ordered = sorted((e for e in registry.entries if e.mentions), key=lambda e: e.first)
    # only sources are speakers: people and bodies merely named serve pronouns and full names
    sourced = (owner.get(id(x)) for x in items)
    # judged once per speaker, over its distinct mention texts: a speaker may hold thousands of quotes
    verdicts: dict[int, bool] = {}
    for e in sourced:
        if e is not None and id(e) not in verdicts:
            texts = sorted({m.text for m in e.mentions})
            verdicts[id(e)] = name_can_speak(e.name, e.kind, texts)
    used = {key for key, ok in verdicts.items() if ok}
    for key, holder in list(owner.items()):
        if holder is not None and id(holder) not in used:
            owner[key] = None  # not a source after all: the quote or claim keeps no speaker
    return [e for e in ordered if id(e) in used]


def _document_authors(
    doc: Doc,
    quotes: list[QuoteFinding],
    claims: list[ClaimFinding],
    owner: dict[int, SpeakerEntry | None],
) -> None:
    """`According to the statement, ...` with no author named: the source that issued the statement."""
    issued = [Issued(q.span.start, q.cue, owner[id(q)]) for q in quotes if owner.get(id(q)) is not None]
    issued += [Issued(c.start, c.cue, owner[id(c)]) for c in claims if owner.get(id(c)) is not None]
    issued.sort(key=lambda i: i.start)
    for claim in claims:
        noun = document_noun(doc, claim.cue) if owner.get(id(claim)) is None else None
        author = document_author(doc, claim.start, noun, issued) if noun is not None else None
        if isinstance(author, SpeakerEntry):
            owner[id(claim)] = author


def _document_issuers(
    doc: Doc,
    items: list[QuoteFinding | ClaimFinding],
    owner: dict[int, SpeakerEntry | None],
    events: list[tuple[int, object]],
) -> None:
    """`The article reports ...` with no source: the maker named beside that article before (`issuers.py`)."""
    named = sorted((item.mention for _, item in events if isinstance(item, _Named)), key=lambda m: m.start)
    entry_of = {
        id(m): owner.get(id(item)) for _, item in events if isinstance(item, _Named) for m in [item.mention]
    }
    for item in items:
        if owner.get(id(item)) is not None or item.cue is None:
            continue
        document = definite_document(doc, item.cue)
        maker = document_issuer(doc, document, named) if document is not None else None
        entry = entry_of.get(id(maker)) if maker is not None else None
        if entry is not None:
            owner[id(item)] = entry
            if isinstance(item, QuoteFinding):
                item.attribution = "cue"


@dataclass(frozen=True)
class _Named:
    """A name in the text that is not (yet) the source of anything."""

    mention: Mention


def _mention_pos(item: object) -> int:
    """Where an item's source is written, else where the item starts (a claim may start at offset 0)."""
    mention: Mention | None = getattr(item, "mention", None)
    if mention is not None:
        return mention.start
    if isinstance(item, QuoteFinding):
        return item.span.start
    start: int = getattr(item, "start", 0)
    return start
