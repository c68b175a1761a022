"""`wireclaims eval --stages`: quote attribution measured stage by stage, on the quotes matched to gold.

Of the matched quotes whose gold source is known (BRAT: not a bare pronoun, unless `--pronoun-sources`):
(1) candidate recall: the share whose gold source is among the quote's candidates (`extract/candidates.py`);
(2) choice accuracy: of those, the share where the chosen candidate is the gold source (`extract/choice.py`);
and the quotes whose final speaker is wrong, by class: none, a description, a non-source, the wrong person.

A candidate is the gold source when its mention names it (by name, or for BRAT gold by where it is written in
the gold source span). A follow-on candidate stands for the speaker of the quote it continues; the chosen
candidate also for the quote's final speaker, so a pronoun the entity stage resolved counts as found. Quotes
are matched by overlap (docs/evaluation.md); against BRAT relations, as `stages_brat` says.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from wireclaims.eval.brat import BratDoc, is_speech_cue
from wireclaims.eval.gold import GoldFile, GoldSpeaker
from wireclaims.eval.score import match, same_speaker
from wireclaims.eval.score_brat import same_source
from wireclaims.models import ArticleResult, Speaker, TextSpan

if TYPE_CHECKING:  # the extractor (and spaCy) is loaded only when stages are scored
    from wireclaims.extract.candidates import Candidate
    from wireclaims.extract.quotes import QuoteFinding

ERROR_CLASSES = ("none", "description", "non-source", "wrong person")
_SOURCE_KINDS = {"person", "organization", "group"}

IsGold = Callable[[Speaker | None], bool]


@dataclass
class StageReport:
    """Stage figures over matched quotes.

    Attributes:
        quotes: matched quotes with a known gold source.
        recalled: of those, the quotes whose gold source is among the candidates.
        chosen: of the recalled, the quotes where the chosen candidate is the gold source.
        speaker_right: matched quotes whose final speaker is the gold source.
        errors: matched quotes whose final speaker is wrong, by class (ERROR_CLASSES).
        lost: recalled quotes the choice got wrong, by `chosen how > how of the gold candidate`.
    """

    quotes: int = 0
    recalled: int = 0
    chosen: int = 0
    speaker_right: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    lost: Counter[str] = field(default_factory=Counter)

    def add(self, other: StageReport) -> None:
        self.quotes += other.quotes
        self.recalled += other.recalled
        self.chosen += other.chosen
        self.speaker_right += other.speaker_right
        self.errors.update(other.errors)
        self.lost.update(other.lost)

    @property
    def candidate_recall(self) -> float:
        return round(100 * self.recalled / self.quotes, 1) if self.quotes else 100.0

    @property
    def choice_accuracy(self) -> float:
        return round(100 * self.chosen / self.recalled, 1) if self.recalled else 100.0

    @property
    def speaker_accuracy(self) -> float:
        return round(100 * self.speaker_right / self.quotes, 1) if self.quotes else 100.0

    def as_dict(self) -> dict[str, object]:
        return {
            "quotes": self.quotes,
            "candidate_recall": self.candidate_recall,
            "choice_accuracy": self.choice_accuracy,
            "speaker_accuracy": self.speaker_accuracy,
            "errors": {k: self.errors[k] for k in ERROR_CLASSES},
            "lost": dict(sorted(self.lost.items(), key=lambda kv: (-kv[1], kv[0]))),
        }


def stages_gold(gold: GoldFile, pred: ArticleResult, findings: list[QuoteFinding]) -> StageReport:
    """Stage figures for one story in the project's gold format."""
    gold_speakers = {s.id: s for s in gold.speakers}
    g_spans = [(q.start or 0, q.end or 0) for q in gold.quotes]
    p_spans = [(q.start, q.end) for q in pred.quotes]
    scored: list[tuple[int, IsGold]] = []
    for g, p in match(g_spans, p_spans, "overlap"):
        want = gold.quotes[g].speaker
        if want is None or want not in gold_speakers:
            continue  # gold says nobody is named: no candidate to find
        scored.append((p, partial(_is_speaker, gold_speakers[want])))
    return _tally(scored, pred, findings)


def stages_brat(
    doc: BratDoc,
    pred: ArticleResult,
    findings: list[QuoteFinding],
    speech_only: bool,
    pronoun_sources: bool = False,
) -> StageReport:
    """Stage figures for one BRAT document. Its gold relations are attributions, most without quotation
    marks; a predicted quote is matched to the innermost relation whose content holds more than half of it
    (`X said the plan was "a mess"`: the quote is X's)."""
    relations = [r for r in doc.relations if not speech_only or is_speech_cue(r.cue)]
    scored: list[tuple[int, IsGold]] = []
    for k, q in enumerate(pred.quotes):
        holders = [
            (r.content.end - r.content.start, g)
            for g, r in enumerate(relations)
            if min(q.end, r.content.end) - max(q.start, r.content.start) > (q.end - q.start) / 2
        ]
        if not holders:
            continue
        rel = relations[min(holders)[1]]
        if rel.source is None or (rel.pronoun_source and not pronoun_sources):
            continue
        scored.append((k, partial(same_source, gold=rel.source)))
    return _tally(scored, pred, findings)


def _is_speaker(gold: GoldSpeaker, pred: Speaker | None) -> bool:
    return pred is not None and same_speaker(pred, gold)


def _tally(
    scored: list[tuple[int, IsGold]], pred: ArticleResult, findings: list[QuoteFinding]
) -> StageReport:
    report = StageReport()
    speakers = {s.id: s for s in pred.speakers}
    finals = [speakers.get(q.speaker.id) if q.speaker else None for q in pred.quotes]
    for k, is_gold in scored:
        finding = findings[k]
        report.quotes += 1
        right = is_gold(finals[k])
        report.speaker_right += right
        if not right:
            report.errors[error_class(finals[k])] += 1
        gold_hows = [c.how for c in finding.candidates if _names(c, finding, finals, k, is_gold)]
        if not gold_hows:
            continue
        report.recalled += 1
        chosen = finding.chosen
        if chosen is not None and _names(chosen, finding, finals, k, is_gold):
            report.chosen += 1
        else:
            report.lost[f"{chosen.how if chosen else 'none'} > {gold_hows[0]}"] += 1
    return report


def _names(
    candidate: Candidate, finding: QuoteFinding, finals: list[Speaker | None], k: int, is_gold: IsGold
) -> bool:
    """Whether a candidate names the gold source (see the module docstring)."""
    if candidate is finding.chosen and is_gold(finals[k]):
        return True
    if candidate.follows is not None:
        return is_gold(finals[candidate.follows])
    mention = candidate.mention
    if mention is None:
        return False
    desc = mention.description
    name = desc.name if desc is not None and desc.name else mention.text
    kind = desc.kind if desc is not None and desc.kind in _SOURCE_KINDS else "unknown"
    span = TextSpan(start=mention.start, end=mention.end, text=mention.text)
    as_speaker = Speaker(
        id="candidate", name=name, kind=kind, title=None, organization=None, aliases=[], mentions=[span]
    )
    return is_gold(as_speaker)


def error_class(speaker: Speaker | None) -> str:
    """The class of a wrong speaker: none, a description (`hydrologist`, `the official`), a non-source (not a
    person, organisation or group), or the wrong person (or body)."""
    if speaker is None:
        return "none"
    if not any(ch.isupper() for ch in speaker.name):
        return "description"
    return "wrong person" if speaker.kind in _SOURCE_KINDS else "non-source"
