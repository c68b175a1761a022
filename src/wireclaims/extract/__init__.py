"""Extraction: a parsed story in, speakers, quotes and claims out (pydantic models, ids in reading order)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from wireclaims.extract.claims import ClaimFinding, find_claims
from wireclaims.extract.cues import text_of, word_occurrences
from wireclaims.extract.describe import is_rank
from wireclaims.extract.marks import find_mark_spans
from wireclaims.extract.mentions import Mention, as_speaker, mention_from_tokens, np_tokens
from wireclaims.extract.offsets import Covered
from wireclaims.extract.quotes import CONFIDENCE, Paragraphs, QuoteFinding, attribute_quotes
from wireclaims.extract.registry import SpeakerEntry, SpeakerRegistry, surname
from wireclaims.extract.titles import TITLE_WORDS, title_and_organization
from wireclaims.lang.places import is_place
from wireclaims.lang.sources import PREPOSITIONS, SUBORDINATORS
from wireclaims.models import Claim, Quote, Speaker, SpeakerRef, TextSpan


@dataclass(frozen=True)
class Extraction:
    """What extraction found in one story."""

    speakers: list[Speaker]
    quotes: list[Quote]
    claims: list[Claim]
    warnings: list[str]


def extract(doc: Doc, paragraphs: list[tuple[int, str]], has_parser: bool) -> Extraction:
    """Find quotes, claims and their speakers in a Doc over the story's body text.

    Args:
        doc: the pipeline's Doc over `article.text`.
        paragraphs: (offset, text) of each paragraph of `article.text`.
        has_parser: whether the Doc has a dependency parse.
    """
    spans, warnings = find_mark_spans(paragraphs)
    paras = Paragraphs(paragraphs)
    quote_findings = attribute_quotes(doc, spans, paras, has_parser)
    quote_spans = [(q.span.start, q.span.end, q.kind) for q in quote_findings]
    claim_findings = find_claims(doc, quote_spans, has_parser)

    registry = SpeakerRegistry()
    events: list[tuple[int, object]] = [(q.span.start, q) for q in quote_findings]
    events += [(c.start, c) for c in claim_findings]
    # People named outside any attribution still count for pronouns and full names ("Szymanski was ...
    # He said ..."); they become speakers only if a quote or claim is linked to them.
    inside = Covered(len(text_of(doc)), ((sp.outer_start, sp.outer_end) for sp in spans))
    named: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" and not is_place(ent.text) and ent.start_char not in inside:
            mention = mention_from_tokens(doc, list(ent))
            if mention is not None:
                named.append(mention)
    named += _unlabelled_people(doc, named, inside) if has_parser else []
    found = [m for _, m in ((0, getattr(x, "mention", None)) for _, x in events) if m is not None]
    named += _name_occurrences(doc, [*found, *named], inside)
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
    _complete_names(doc, registry)
    for entry in registry.entries:
        weak_title = entry.title is None or is_rank(entry.title)
        if entry.kind == "person" and (weak_title or entry.organization is None):
            title, org = title_and_organization(text_of(doc), entry.name, entry.title)
            entry.title = title or entry.title
            entry.organization = entry.organization or org
    ordered = sorted((e for e in registry.entries if e.mentions), key=lambda e: e.first)
    used = {id(owner[k]) for k in owner if owner[k] is not None}
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
    return Extraction(speakers, quotes, claims, warnings)


@dataclass(frozen=True)
class _Named:
    """A name in the text that is not (yet) the source of anything."""

    mention: Mention


_SUBJECTS = {"nsubj", "nsubjpass"}


def _unlabelled_people(doc: Doc, known: list[Mention], inside: Covered) -> list[Mention]:
    """Subjects written as a person's name that the model did not label (`24-year-old Ibrahima Faye had never
    left Senegal`): without them a later `he said` goes to someone named before."""
    taken = Covered(len(text_of(doc)), ((m.start, m.end) for m in known))
    out: list[Mention] = []
    for tok in doc:
        subject = tok.dep_ in _SUBJECTS or (tok.dep_ == "appos" and tok.head.dep_ in _SUBJECTS)
        if not subject or tok.pos_ != "PROPN" or tok.ent_type_ not in {"", "PERSON"}:
            continue
        if tok.idx in inside:
            continue
        tokens, appositive = np_tokens(tok)
        names = [t for t in tokens if t.pos_ == "PROPN"]
        if len(names) < 2 or not all(t.text[:1].isupper() for t in names):
            continue
        mention = mention_from_tokens(doc, names, appositive)
        if mention is None or mention.description is None or mention.description.kind != "person":
            continue
        if taken.overlaps(mention.start, mention.end):
            continue
        taken.add(mention.start, mention.end)
        out.append(replace(mention, subject=True))  # an apposition of the subject is the subject too
    return out


def _name_occurrences(doc: Doc, mentions: list[Mention], inside: Covered) -> list[Mention]:
    """Every place a known person is named again, by full name or surname, outside quotations.

    The statistical model misses many single surnames ("Szymanski was expected ..."); without them a later
    "he" would go to the wrong person.
    """
    text = text_of(doc)
    taken = Covered(len(text), ((m.start, m.end) for m in mentions))
    names: set[str] = set()
    for m in mentions:
        d = m.description
        if d is not None and d.kind == "person" and d.name:
            names.add(d.name)
            names.add(surname(d.name))
    out: list[Mention] = []
    for name in sorted(names, key=len, reverse=True):
        for s, e in word_occurrences(text, name):
            if s in inside or taken.overlaps(s, e):
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            mention = mention_from_tokens(doc, list(span))
            if mention is not None and mention.description is not None:
                desc = mention.description
                if desc.kind != "person":
                    mention = replace(
                        mention, description=replace(desc, title=None, organization=None, kind="person")
                    )
                out.append(mention)
                taken.add(s, e)
    return out


def _mention_pos(item: object) -> int:
    """Where an item's source is written, else where the item starts (a claim may start at offset 0)."""
    mention: Mention | None = getattr(item, "mention", None)
    if mention is not None:
        return mention.start
    if isinstance(item, QuoteFinding):
        return item.span.start
    start: int = getattr(item, "start", 0)
    return start


def _complete_names(doc: Doc, registry: SpeakerRegistry) -> None:
    """A person known by surname only takes the fullest form the article gives ('Dmitry Peskov')."""
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    text = text_of(doc)
    for entry in registry.entries:
        if entry.kind not in {"person", "unknown"} or len(entry.name.split()) != 1:
            continue
        longer = [p for p in people if surname(p) == entry.name and len(p.split()) > 1]
        if not longer:
            # the statistical model missed the name: capitalised words before the surname, titles excluded
            pattern = rf"((?:[A-Z][\w'’.-]*\s+){{1,3}}){re.escape(entry.name)}(?![\w-])"
            for match in re.finditer(pattern, text):
                words = match.group(1).split()
                given: list[str] = []
                for word in reversed(words):
                    if word.lower().rstrip(".") in TITLE_WORDS or word.lower() in {"the", "a", "an"}:
                        break
                    if word.lower() in PREPOSITIONS | SUBORDINATORS:
                        break  # `For Fred Trump`, `With Barack Obama`: a sentence's first word, not a name
                    if word.endswith(".") and len(word) > 2:
                        break  # `... said Tuesday. Importers`: a sentence ended, an initial (`J.`) did not
                    given.insert(0, word)
                if given:
                    longer.append(" ".join([*given, entry.name]))
            # or the name given is a first name: `said Folake Adeyemi-Okafor`
            after = rf"(?<![\w-]){re.escape(entry.name)}((?:\s+[A-Z][\w'’-]+){{1,2}})"
            for match in re.finditer(after, text):
                family = [w for w in match.group(1).split() if w.lower() not in TITLE_WORDS]
                if family and family == match.group(1).split():
                    longer.append(" ".join([entry.name, *family]))
        if longer:
            full = max(longer, key=len)
            if entry.name not in entry.forms:
                entry.forms.append(entry.name)
            entry.name = full
            entry.kind = "person"


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
    return Speaker(
        id=sid,
        name=entry.name,
        kind=entry.kind,
        title=entry.title,
        organization=entry.organization,
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
