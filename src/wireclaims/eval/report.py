"""Scores: true positives against predicted and gold totals per metric and match mode (`Report`), and the
misses `--errors` lists."""

from __future__ import annotations

from dataclasses import dataclass, field

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
