"""Extraction: a parsed story in, speakers, quotes and claims out (pydantic models, ids in reading order)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc

from wireclaims.extract.authors import Issued, document_author, document_noun
from wireclaims.extract.citations import is_citation
from wireclaims.extract.claims import ClaimFinding, find_claims
from wireclaims.extract.cues import text_of, word_occurrences
from wireclaims.extract.full_names import complete_names, name_descriptions
from wireclaims.extract.headline import headline_claims
from wireclaims.extract.marks import find_mark_spans
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
from wireclaims.extract.quotes import CONFIDENCE, Paragraphs, QuoteFinding, attribute_quotes
from wireclaims.extract.registry import SpeakerEntry, SpeakerRegistry, surname
from wireclaims.extract.title_span import is_rank
from wireclaims.extract.titles import (
    drop_person_employers,
    reported_title,
    resolve_generic_employers,
    title_and_organization,
)
from wireclaims.extract.topics import build_registry
from wireclaims.extract.unmarked import interview_answer_spans, pull_quote_spans
from wireclaims.extract.validate import name_can_speak, source_name
from wireclaims.lang.places import is_place
from wireclaims.models import Claim, HeadlineClaim, Quote, Speaker, SpeakerRef, TextSpan


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
    spans, warnings = find_mark_spans(paragraphs)
    unmarked = [*pull_quote_spans(paragraphs), *interview_answer_spans(paragraphs)]
    spans = sorted([*spans, *unmarked], key=lambda sp: (sp.start, sp.end))
    paras = Paragraphs(paragraphs)
    quote_findings = attribute_quotes(doc, spans, paras, has_parser)
    quote_spans = [(q.span.start, q.span.end, q.kind) for q in quote_findings]
    # a cited work's title is neither a quote nor a claim (`"Port chief claims win" — Daily Post, May 2`)
    text = text_of(doc)
    quote_spans += [
        (sp.start, sp.end, "citation") for sp in spans if is_citation(text, sp.outer_start, sp.outer_end)
    ]
    claim_findings = find_claims(doc, quote_spans, has_parser)

    events: list[tuple[int, object]] = [(q.span.start, q) for q in quote_findings]
    events += [(c.start, c) for c in claim_findings]
    # People named outside any attribution still count for pronouns and full names ("Szymanski was ...
    # He said ..."); they become speakers only if a quote or claim is linked to them.
    inside = Covered(len(text), ((sp.outer_start, sp.outer_end) for sp in spans))
    registry = build_registry(doc, events, inside) if has_parser else SpeakerRegistry()
    # `aircraft company Boeing`: an organisation, whatever the entity model says, and `the company` later
    named: list[Mention] = called_organizations(doc, inside) if has_parser else []
    called = Covered(len(text_of(doc)), ((m.start, m.end) for m in named))
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
    named += unlabelled_people(doc, named, inside) if has_parser else []
    named += partitive_people(doc, named, inside) if has_parser else []
    named += given_name_people(doc, named, inside) if has_parser else []
    found = [m for _, m in ((0, getattr(x, "mention", None)) for _, x in events) if m is not None]
    named += name_occurrences(doc, [*found, *named], inside)
    events += [(m.start, _Named(m)) for m in named]
    owner: dict[int, SpeakerEntry | None] = {}
    # Link mentions in the order they are written, so pronouns see only what came before them.
    for _, item in sorted(events, key=lambda e: (_mention_pos(e[1]), e[0])):
        mention = item.mention  # type: ignore[attr-defined]
        if mention is not None and not isinstance(item, _Named):
            mention = as_speaker(doc, mention)  # only a person, organisation or group speaks
        owner[id(item)] = registry.add(mention) if mention is not None else None
    by_cue: dict[int, SpeakerEntry] = {}
    for q in quote_findings:
        found_owner = owner.get(id(q))
        if q.cue is not None and found_owner is not None:
            by_cue.setdefault(q.cue.i, found_owner)
    for q in quote_findings:
        if q.follow_of is not None and owner.get(id(q)) is None:
            owner[id(q)] = owner.get(id(quote_findings[q.follow_of]))
        if owner.get(id(q)) is None and q.cue is not None and q.cue.i in by_cue:
            # `"X," said Quintela, "Y."`: both halves of a broken quotation share the cue and its speaker
            owner[id(q)] = by_cue[q.cue.i]
            q.attribution = "cue"
    if has_parser:
        _document_authors(doc, quote_findings, claim_findings, owner)
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
    ordered = sorted((e for e in registry.entries if e.mentions), key=lambda e: e.first)
    # only sources are speakers: people and bodies merely named serve pronouns and full names
    sourced = (owner.get(id(x)) for x in [*quote_findings, *claim_findings])
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
    ordered = [e for e in ordered if id(e) in used]
    ids = {id(entry): f"s{n}" for n, entry in enumerate(ordered, 1)}
    speakers = [_speaker_model(doc, entry, ids[id(entry)]) for entry in ordered]

    def ref(entry: SpeakerEntry | None) -> SpeakerRef | None:
        return SpeakerRef(id=ids[id(entry)], name=entry.name) if entry is not None else None

    quotes = [_quote_model(doc, n, q, ref(owner.get(id(q)))) for n, q in enumerate(quote_findings, 1)]
    quote_starts = [q.start for q in quotes]  # in reading order
    claims = [
        _claim_model(doc, n, c, ref(owner.get(id(c))), quotes, quote_starts)
        for n, c in enumerate(claim_findings, 1)
    ]
    return Extraction(speakers, quotes, claims, warnings, quote_findings, headline_claims(headline, speakers))


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
