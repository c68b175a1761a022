"""Scoring predictions against gold labels: precision, recall and F1 under exact and overlap matching.

Matching is one-to-one. Exact: same start and end. Overlap: shared characters / gold characters > 0.5,
pairs taken greedily from the largest overlap. Speakers are compared by `wireclaims.names.same_person`, the
rule the extractor merges mentions by: a name or alias in common (case, a leading `the`, honorifics and a
possessive ignored); for people, surnames that agree and given names that do not differ (`Ortiz`, `Ana
Ortiz`, `A. Ortiz`); for organisations and groups, one name part of the other, head included (`the
ministry`, `Health Ministry`). Titles and organisations compare by `wireclaims.names.normalize`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from wireclaims.eval.gold import GoldClaim, GoldCue, GoldFile, GoldQuote, GoldSpeaker, cue_text
from wireclaims.eval.report import MATCHES, Counts, Miss, Report
from wireclaims.models import ArticleResult, Speaker, SpeakerRef
from wireclaims.names import normalize, same_person


def same_speaker(pred: Speaker | None, gold: GoldSpeaker | None) -> bool:
    """Whether a predicted speaker is the gold one (see module docstring); no speaker is no gold one."""
    if pred is None or gold is None:
        return pred is None and gold is None
    return same_person(pred, gold, prefixed=True)


def match(
    gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]], mode: str
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index)."""
    if mode == "exact":
        where = {span: i for i, span in enumerate(pred)}
        return [(g, where[span]) for g, span in enumerate(gold) if span in where]
    candidates = []
    for g, (gs, ge) in enumerate(gold):
        for p, (ps, pe) in enumerate(pred):
            shared = min(ge, pe) - max(gs, ps)
            if shared > 0 and shared / max(1, ge - gs) > 0.5:
                candidates.append((shared, g, p))
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, g, p in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if g not in used_g and p not in used_p:
            pairs.append((g, p))
            used_g.add(g)
            used_p.add(p)
    return sorted(pairs)


def score_article(gold: GoldFile, pred: ArticleResult, errors: bool = False) -> Report:
    """Score one article; with `errors`, list its misses (overlap matching) in the report."""
    report = Report(articles=1)
    aid = pred.article.id
    for mode in MATCHES:
        listed = report.misses if errors and mode == "overlap" else None
        quote_pairs = _score_quotes(report, gold, pred, mode, listed)
        claim_pairs = _score_claims(report, gold, pred, mode, listed)
        _score_the_rest(report.scores[mode], gold, pred, mode, listed)
        if listed is not None:
            text = pred.article.text
            listed += unmatched(
                aid, "quotes", [q.text for q in gold.quotes], [q.text for q in pred.quotes], quote_pairs
            )
            listed += unmatched(
                aid,
                "claims",
                [c.content for c in gold.claims],
                [text[c.start : c.end] for c in pred.claims],
                claim_pairs,
            )
    return report


def _score_quotes(
    report: Report, gold: GoldFile, pred: ArticleResult, mode: str, listed: list[Miss] | None
) -> list[tuple[int, int]]:
    """Quotes and quote+speaker, and the speaker accuracy among matched quotes; the matched pairs."""
    g_quotes = [(q.start or 0, q.end or 0) for q in gold.quotes]
    p_quotes = [(q.start, q.end) for q in pred.quotes]
    pairs = match(g_quotes, p_quotes, mode)
    wrong: list[tuple[int, int]] = []
    right = _right_sources(
        pairs, [q.speaker for q in gold.quotes], [q.speaker for q in pred.quotes], gold, pred, wrong
    )
    scores = report.scores[mode]
    scores["quotes"] = Counts(len(pairs), len(pairs), len(p_quotes), len(g_quotes))
    scores["quote+speaker"] = Counts(right, right, len(p_quotes), len(g_quotes))
    report.speaker_correct[mode] += right
    report.speaker_matched[mode] += len(pairs)
    if listed is not None:
        refs, wants = [q.speaker for q in pred.quotes], [q.speaker for q in gold.quotes]
        texts = [q.text for q in gold.quotes]
        listed += _wrong_sources(pred.article.id, "quote+speaker", "speaker", wrong, refs, wants, texts, gold)
    return pairs


def _score_claims(
    report: Report, gold: GoldFile, pred: ArticleResult, mode: str, listed: list[Miss] | None
) -> list[tuple[int, int]]:
    """Claims and claim+source, and the source accuracy among matched claims; the matched pairs."""
    g_claims = [(c.start or 0, c.end or 0) for c in gold.claims]
    p_claims = [(c.start, c.end) for c in pred.claims]
    pairs = match(g_claims, p_claims, mode)
    wrong: list[tuple[int, int]] = []
    refs, wants = [c.source for c in pred.claims], [c.speaker for c in gold.claims]
    right = _right_sources(pairs, wants, refs, gold, pred, wrong)
    scores = report.scores[mode]
    scores["claims"] = Counts(len(pairs), len(pairs), len(p_claims), len(g_claims))
    scores["claim+source"] = Counts(right, right, len(p_claims), len(g_claims))
    report.source_correct[mode] += right
    report.source_matched[mode] += len(pairs)
    if listed is not None:
        texts = [c.content for c in gold.claims]
        listed += _wrong_sources(pred.article.id, "claim+source", "source", wrong, refs, wants, texts, gold)
    return pairs


def _score_the_rest(
    scores: dict[str, Counts], gold: GoldFile, pred: ArticleResult, mode: str, listed: list[Miss] | None
) -> None:
    """Headline claims, cues, speaker titles and organisations, datelines and credits."""
    aid = pred.article.id
    scores["headline claims"], scores["headline claim+source"] = _headline_counts(gold, pred, mode)
    g_cues = sorted({(c.start or 0, c.end or 0) for c in [*_cues(gold.quotes), *_cues(gold.claims)]})
    cues = [q.cue for q in pred.quotes] + [c.cue for c in pred.claims]
    p_cues = sorted({(c.start, c.end) for c in cues if c is not None})
    pairs = match(g_cues, p_cues, mode)
    scores["cue"] = Counts(len(pairs), len(pairs), len(p_cues), len(g_cues))
    scores["speaker title"] = _attribute_counts(gold.speakers, pred.speakers, "title", aid, listed)
    scores["speaker organisation"] = _attribute_counts(
        gold.speakers, pred.speakers, "organization", aid, listed
    )
    scores["dateline"] = _dateline_counts(gold, pred)
    scores["credits"] = _credit_counts(gold, pred)


def _wrong_sources(
    aid: str,
    metric: str,
    role: str,
    wrong: list[tuple[int, int]],
    refs: list[SpeakerRef | None],
    wants: list[str | None],
    texts: list[str],
    gold: GoldFile,
) -> list[Miss]:
    """A `wrong` miss for each matched pair (gold index, pred index) whose source is not gold's."""
    names = {s.id: s.name for s in gold.speakers}
    misses = []
    for g, p in wrong:
        ref, want = refs[p], wants[g]
        got = ref.name if ref else None
        name = names[want] if want else None
        misses.append(Miss(aid, metric, "wrong", texts[g], f"{role} {got!r}, gold {name!r}"))
    return misses


def unmatched(
    aid: str, metric: str, gold_texts: list[str], pred_texts: list[str], pairs: list[tuple[int, int]]
) -> list[Miss]:
    """The gold items no prediction matched (`missed`), then the predictions no gold item matched."""
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    return [Miss(aid, metric, "missed", t) for i, t in enumerate(gold_texts) if i not in matched_g] + [
        Miss(aid, metric, "spurious", t) for i, t in enumerate(pred_texts) if i not in matched_p
    ]


def _right_sources(
    pairs: list[tuple[int, int]],
    gold_ids: list[str | None],
    pred_refs: list[SpeakerRef | None],
    gold: GoldFile,
    pred: ArticleResult,
    wrong: list[tuple[int, int]] | None = None,
) -> int:
    """How many matched pairs also have the right source (both none counts as right); the others go to
    `wrong` when it is given."""
    gold_speakers = {s.id: s for s in gold.speakers}
    pred_speakers = {s.id: s for s in pred.speakers}
    right = 0
    for g, p in pairs:
        ref, want = pred_refs[p], gold_ids[g]
        ok = same_speaker(
            pred_speakers.get(ref.id) if ref else None, gold_speakers.get(want) if want else None
        )
        right += ok
        if not ok and wrong is not None:
            wrong.append((g, p))
    return right


def _headline_counts(gold: GoldFile, pred: ArticleResult, mode: str) -> tuple[Counts, Counts]:
    headline = pred.article.headline or ""
    g_spans = []
    for hc in gold.headline_claims:
        start = headline.find(hc.content)
        g_spans.append((start, start + len(hc.content)))
    p_spans = [(h.start, h.end) for h in pred.headline_claims]
    pairs = match(g_spans, p_spans, mode)
    right = _right_sources(
        pairs, [h.speaker for h in gold.headline_claims], [h.source for h in pred.headline_claims], gold, pred
    )
    n_pred, n_gold = len(p_spans), len(g_spans)
    return Counts(len(pairs), len(pairs), n_pred, n_gold), Counts(right, right, n_pred, n_gold)


def _cues(labels: Iterable[GoldQuote | GoldClaim]) -> list[GoldCue]:
    return [label.cue for label in labels if isinstance(label.cue, GoldCue) and cue_text(label.cue)]


def _attribute_counts(
    gold: list[GoldSpeaker],
    pred: list[Speaker],
    attr: str,
    aid: str = "",
    misses: list[Miss] | None = None,
) -> Counts:
    """A speaker attribute (title or organisation) scored over speakers: right when the same speaker
    carries it; with `misses`, each wrong, missed and spurious value is listed under its speaker."""
    counts = Counts()
    counts.gold = sum(1 for g in gold if getattr(g, attr))
    counts.pred = sum(1 for p in pred if getattr(p, attr))
    metric = "speaker title" if attr == "title" else "speaker organisation"
    hit: set[str] = set()
    for g in gold:
        want = normalize(getattr(g, attr))
        same = [p for p in pred if same_speaker(p, g)]
        if want and any(normalize(getattr(p, attr)) == want for p in same):
            counts.tp_gold += 1
            counts.tp_pred += 1
            hit.update(p.id for p in same if normalize(getattr(p, attr)) == want)
            continue
        if misses is None or not same:
            continue
        got = next((getattr(p, attr) for p in same if getattr(p, attr)), None)
        if want or got:
            kind = "wrong" if want and got else "missed" if want else "spurious"
            hit.update(p.id for p in same)
            misses.append(Miss(aid, metric, kind, g.name, f"{attr} {got!r}, gold {getattr(g, attr)!r}"))
    if misses is not None:
        for p in pred:
            if getattr(p, attr) and p.id not in hit and not any(same_speaker(p, g) for g in gold):
                detail = f"{attr} {getattr(p, attr)!r} on a speaker gold does not have"
                misses.append(Miss(aid, metric, "spurious", p.name, detail))
    return counts


def _dateline_counts(gold: GoldFile, pred: ArticleResult) -> Counts:
    counts = Counts()
    g = gold.article.dateline
    p = pred.article.dateline
    for attr in ("location", "date", "agency"):
        gv = getattr(g, attr) if g else None
        pv = getattr(p, attr) if p else None
        counts.gold += gv is not None
        counts.pred += pv is not None
        hit = gv is not None and gv == pv
        counts.tp_gold += hit
        counts.tp_pred += hit
    return counts


def _credit_counts(gold: GoldFile, pred: ArticleResult) -> Counts:
    g = {(c.role, n) for c in gold.article.credits for n in c.names}
    p = {(c.role, n) for c in pred.article.credits for n in c.names}
    hit = len(g & p)
    return Counts(hit, hit, len(p), len(g))
