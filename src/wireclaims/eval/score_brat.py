"""Scoring against BRAT standoff (PolNeAR): attribution contents, their sources and cues.

Predictions are claims plus quotes outside claims. A source is right when the predicted speaker is the one
the head of the gold source span names (`wireclaims.names.same_person`, the span's kind unknown), or one of
its mentions is written there (docs/evaluation.md).
"""

from __future__ import annotations

import re

from wireclaims.eval.brat import BratDoc, BratSpan, Relation, is_speech_cue
from wireclaims.eval.report import MATCHES, Counts, Miss, Report
from wireclaims.eval.score import match, unmatched
from wireclaims.models import ArticleResult, Speaker
from wireclaims.names import Name, same_person

BRAT_METRICS = ("attributions", "attribution+source", "cue")


# A prediction: content start and end, speaker, cue span, content text.
_Item = tuple[int, int, Speaker | None, tuple[int, int] | None, str]


def _brat_predictions(pred: ArticleResult) -> list[_Item]:
    """Claims, plus quotes outside claims, with split quotes (same cue, same paragraph) merged."""
    speakers = {s.id: s for s in pred.speakers}
    items: list[_Item] = []
    for c in pred.claims:
        cue = (c.cue.start, c.cue.end) if c.cue else None
        items.append((c.start, c.end, speakers.get(c.source.id) if c.source else None, cue, c.content))
    for q in pred.quotes:
        if any(c.start <= q.start and q.end <= c.end for c in pred.claims):
            continue
        cue = (q.cue.start, q.cue.end) if q.cue else None
        speaker = speakers.get(q.speaker.id) if q.speaker else None
        last = items[-1] if items else None
        if last and cue and last[3] == cue and q.start - last[1] < 60 and last[2] is speaker:
            items[-1] = (last[0], q.end, speaker, cue, last[4] + " " + q.text)
            continue
        items.append((q.start, q.end, speaker, cue, q.text))
    return sorted(items, key=lambda i: (i[0], i[1]))


# Where the name in a gold source span ends: PolNeAR's source spans take in appositions and relative clauses
# (`Richard Revesz, director of the Institute ...`, `Joseph, who has four children`).
_SOURCE_HEAD_END = re.compile(r"\s*[,(]|\s+(?:who|which|whose|that)\s")


def same_source(pred: Speaker | None, gold: BratSpan) -> bool:
    """Whether the predicted speaker is the gold source span: by name (the span's head, before any
    apposition), or by a mention of the speaker written where the gold span starts."""
    if pred is None:
        return False
    for text in dict.fromkeys((gold.text, _SOURCE_HEAD_END.split(gold.text, maxsplit=1)[0])):
        if same_person(pred, Name(text), prefixed=True):
            return True
    head_end = gold.start + len(_SOURCE_HEAD_END.split(gold.text, maxsplit=1)[0])
    return any(gold.start <= m.start < head_end and m.end <= head_end + 1 for m in pred.mentions)


def score_brat(
    doc: BratDoc, pred: ArticleResult, speech_only: bool, errors: bool = False, pronoun_sources: bool = False
) -> Report:
    """Score one BRAT document: content spans, content + source, cue spans.

    Gold relations whose source is a bare pronoun are left out of `attribution+source` (the corpus does not
    resolve them, and wireclaims names the antecedent), unless `pronoun_sources` is set.
    """
    report = Report(metrics=BRAT_METRICS, articles=1)
    relations = [r for r in doc.relations if not speech_only or is_speech_cue(r.cue)]
    items = _brat_predictions(pred)
    gold_spans = [(r.content.start, r.content.end) for r in relations]
    pred_spans = [(i[0], i[1]) for i in items]
    g_cues = sorted({(r.cue.start, r.cue.end) for r in relations if r.cue is not None})
    p_cues = sorted({i[3] for i in items if i[3] is not None})
    scored_gold = [
        k
        for k, r in enumerate(relations)
        if r.source is not None and (pronoun_sources or not r.pronoun_source)
    ]
    for mode in MATCHES:
        s = report.scores[mode]
        pairs = match(gold_spans, pred_spans, mode)
        s["attributions"] = Counts(len(pairs), len(pairs), len(items), len(relations))
        listed = errors and mode == "overlap"
        right = _right_sources(
            doc.name, relations, items, pairs, scored_gold, report.misses if listed else None
        )
        skipped = {p for g, p in pairs if g not in scored_gold}
        s["attribution+source"] = Counts(right, right, len(items) - len(skipped), len(scored_gold))
        report.speaker_correct[mode] += right
        report.speaker_matched[mode] += len([1 for g, _ in pairs if g in scored_gold])
        cue_pairs = match(g_cues, p_cues, mode)
        s["cue"] = Counts(len(cue_pairs), len(cue_pairs), len(p_cues), len(g_cues))
        if listed:
            gold_texts = [r.content.text for r in relations]
            report.misses += unmatched(doc.name, "attributions", gold_texts, [i[4] for i in items], pairs)
    return report


def _right_sources(
    name: str,
    relations: list[Relation],
    items: list[_Item],
    pairs: list[tuple[int, int]],
    scored_gold: list[int],
    misses: list[Miss] | None,
) -> int:
    """How many matched contents whose gold source is scored have that source; the others are listed in
    `misses` when it is given."""
    right = 0
    for g, p in pairs:
        rel = relations[g]
        if g in scored_gold and rel.source is not None and same_source(items[p][2], rel.source):
            right += 1
        elif misses is not None and g in scored_gold and rel.source is not None:
            speaker = items[p][2]
            got = speaker.name if speaker is not None else None
            detail = f"{got!r} vs {rel.source.text!r}"
            misses.append(Miss(name, "attribution+source", "wrong", rel.content.text, detail))
    return right
