"""Scoring predictions against gold labels: precision, recall and F1 under exact and overlap matching.

Matching is one-to-one. Exact: same start and end. Overlap: shared characters / gold characters > 0.5,
pairs taken greedily from the largest overlap. Speakers are compared by name: the predicted speaker's name
or one of its aliases equals the gold speaker's name or one of its aliases (case and a leading 'the'
ignored), or, for people, the surnames agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from wireclaims.gold import GoldClaim, GoldCue, GoldFile, GoldQuote, GoldSpeaker, cue_text
from wireclaims.lang import en
from wireclaims.models import ArticleResult, Speaker, SpeakerRef

MATCHES = ("exact", "overlap")
METRICS = (
    "quotes",
    "quote+speaker",
    "claims",
    "claim+source",
    "headline claims",
    "headline claim+source",
    "cue",
    "speaker title",
    "speaker organisation",
    "dateline",
    "credits",
)


@dataclass
class Counts:
    """True positives against predicted and gold totals."""

    tp_pred: int = 0
    tp_gold: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp_pred += other.tp_pred
        self.tp_gold += other.tp_gold
        self.pred += other.pred
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp_pred / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision * 100, 1),
            "recall": round(self.recall * 100, 1),
            "f1": round(self.f1 * 100, 1),
            "gold": self.gold,
            "pred": self.pred,
        }


@dataclass
class Miss:
    """A gold item not found, or a predicted item not in the gold (for --errors)."""

    article: str
    metric: str
    kind: str  # 'missed' or 'spurious' or 'wrong'
    text: str
    detail: str = ""


@dataclass
class Report:
    """Scores per metric and match mode, plus speaker accuracy among matched quotes and source accuracy among
    matched claims."""

    metrics: tuple[str, ...] = METRICS
    scores: dict[str, dict[str, Counts]] = field(default_factory=dict)
    speaker_correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MATCHES, 0))
    speaker_matched: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MATCHES, 0))
    source_correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MATCHES, 0))
    source_matched: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MATCHES, 0))
    misses: list[Miss] = field(default_factory=list)
    articles: int = 0

    def __post_init__(self) -> None:
        for mode in MATCHES:
            self.scores.setdefault(mode, {k: Counts() for k in self.metrics})

    def add(self, other: Report) -> None:
        for mode in MATCHES:
            for metric in self.metrics:
                self.scores[mode][metric].add(other.scores[mode][metric])
            self.speaker_correct[mode] += other.speaker_correct[mode]
            self.speaker_matched[mode] += other.speaker_matched[mode]
            self.source_correct[mode] += other.source_correct[mode]
            self.source_matched[mode] += other.source_matched[mode]
        self.misses.extend(other.misses)
        self.articles += other.articles

    def speaker_accuracy(self, mode: str) -> float:
        matched = self.speaker_matched[mode]
        return round(100 * self.speaker_correct[mode] / matched, 1) if matched else 100.0

    def source_accuracy(self, mode: str) -> float:
        """Of the claims matched to a gold claim, the share whose source is right too."""
        matched = self.source_matched[mode]
        return round(100 * self.source_correct[mode] / matched, 1) if matched else 100.0

    def as_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "scores": {m: {k: c.as_dict() for k, c in self.scores[m].items()} for m in MATCHES},
            "speaker_accuracy": {m: self.speaker_accuracy(m) for m in MATCHES},
            "source_accuracy": {m: self.source_accuracy(m) for m in MATCHES},
        }


def norm(text: str | None) -> str:
    if not text:
        return ""
    text = text.lower().replace("’", "'").strip(" .,")
    text = re.sub(r"^(the|a|an)\s+", "", text)
    words = [en.TITLE_ABBREVIATIONS.get(w.rstrip("."), w.rstrip(".")) for w in text.split()]
    return " ".join(words)


def forms(name: str, aliases: Iterable[str]) -> set[str]:
    return {norm(n) for n in (name, *aliases) if n}


def same_speaker(pred: Speaker | None, gold: GoldSpeaker | None) -> bool:
    """Whether a predicted speaker is the gold one (see module docstring)."""
    if pred is None or gold is None:
        return pred is None and gold is None
    pf, gf = forms(pred.name, pred.aliases), forms(gold.name, gold.aliases)
    if pf & gf:
        return True
    if gold.kind == "person" and pred.kind in {"person", "unknown"}:
        return norm(pred.name).split()[-1:] == norm(gold.name).split()[-1:]
    return False


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
    """Score one article."""
    report = Report(articles=1)
    aid = pred.article.id
    gold_speakers = {s.id: s for s in gold.speakers}
    pred_speakers = {s.id: s for s in pred.speakers}
    g_quotes = [(q.start or 0, q.end or 0) for q in gold.quotes]
    p_quotes = [(q.start, q.end) for q in pred.quotes]
    g_claims = [(c.start or 0, c.end or 0) for c in gold.claims]
    p_claims = [(c.start, c.end) for c in pred.claims]
    g_cues = sorted({(c.start or 0, c.end or 0) for c in [*_cues(gold.quotes), *_cues(gold.claims)]})
    cues = [q.cue for q in pred.quotes] + [c.cue for c in pred.claims]
    p_cues = sorted({(c.start, c.end) for c in cues if c is not None})
    text = pred.article.text
    for mode in MATCHES:
        s = report.scores[mode]
        pairs = match(g_quotes, p_quotes, mode)
        s["quotes"] = Counts(len(pairs), len(pairs), len(p_quotes), len(g_quotes))
        right = 0
        for g, p in pairs:
            gq, pq = gold.quotes[g], pred.quotes[p]
            ok = same_speaker(
                pred_speakers.get(pq.speaker.id) if pq.speaker else None,
                gold_speakers.get(gq.speaker) if gq.speaker else None,
            )
            right += ok
            if errors and mode == "overlap" and not ok:
                got = pq.speaker.name if pq.speaker else None
                want = gold_speakers[gq.speaker].name if gq.speaker else None
                report.misses.append(
                    Miss(aid, "quote+speaker", "wrong", gq.text, f"speaker {got!r}, gold {want!r}")
                )
        s["quote+speaker"] = Counts(right, right, len(p_quotes), len(g_quotes))
        report.speaker_correct[mode] += right
        report.speaker_matched[mode] += len(pairs)
        pairs_c = match(g_claims, p_claims, mode)
        s["claims"] = Counts(len(pairs_c), len(pairs_c), len(p_claims), len(g_claims))
        wrong_c: list[tuple[int, int]] = []
        right_c = _right_sources(
            pairs_c, [c.speaker for c in gold.claims], [c.source for c in pred.claims], gold, pred, wrong_c
        )
        s["claim+source"] = Counts(right_c, right_c, len(p_claims), len(g_claims))
        report.source_correct[mode] += right_c
        report.source_matched[mode] += len(pairs_c)
        if errors and mode == "overlap":
            for g, p in wrong_c:
                ref, want = pred.claims[p].source, gold.claims[g].speaker
                got = ref.name if ref else None
                name = gold_speakers[want].name if want else None
                detail = f"source {got!r}, gold {name!r}"
                report.misses.append(Miss(aid, "claim+source", "wrong", gold.claims[g].content, detail))
        s["headline claims"], s["headline claim+source"] = _headline_counts(gold, pred, mode)
        pairs_k = match(g_cues, p_cues, mode)
        s["cue"] = Counts(len(pairs_k), len(pairs_k), len(p_cues), len(g_cues))
        listed = report.misses if errors and mode == "overlap" else None
        s["speaker title"] = _attribute_counts(gold.speakers, pred.speakers, "title", aid, listed)
        s["speaker organisation"] = _attribute_counts(
            gold.speakers, pred.speakers, "organization", aid, listed
        )
        s["dateline"] = _dateline_counts(gold, pred)
        s["credits"] = _credit_counts(gold, pred)
        if errors and mode == "overlap":
            matched_g = {g for g, _ in pairs}
            matched_p = {p for _, p in pairs}
            report.misses += [
                Miss(aid, "quotes", "missed", q.text) for i, q in enumerate(gold.quotes) if i not in matched_g
            ]
            report.misses += [
                Miss(aid, "quotes", "spurious", q.text)
                for i, q in enumerate(pred.quotes)
                if i not in matched_p
            ]
            matched_g = {g for g, _ in pairs_c}
            matched_p = {p for _, p in pairs_c}
            report.misses += [
                Miss(aid, "claims", "missed", c.content)
                for i, c in enumerate(gold.claims)
                if i not in matched_g
            ]
            report.misses += [
                Miss(aid, "claims", "spurious", text[c.start : c.end])
                for i, c in enumerate(pred.claims)
                if i not in matched_p
            ]
    return report


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
        want = norm(getattr(g, attr))
        same = [p for p in pred if same_speaker(p, g)]
        if want and any(norm(getattr(p, attr)) == want for p in same):
            counts.tp_gold += 1
            counts.tp_pred += 1
            hit.update(p.id for p in same if norm(getattr(p, attr)) == want)
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
