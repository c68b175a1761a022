"""Running an evaluation: gold folder (own format or BRAT) -> predictions -> one Report."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from wireclaims.errors import GoldError
from wireclaims.eval.brat import is_brat_folder, iter_brat
from wireclaims.eval.gold import iter_gold
from wireclaims.eval.report import METRICS, Report
from wireclaims.eval.score import score_article
from wireclaims.eval.score_brat import BRAT_METRICS, score_brat
from wireclaims.eval.stages import StageReport, stages_brat, stages_gold
from wireclaims.extract.quotes import QuoteFinding
from wireclaims.inputs import InputItem
from wireclaims.models import ArticleResult
from wireclaims.nlp import Pipeline, load_pipeline
from wireclaims.run.analyse import analyse_story_stages
from wireclaims.story import Story


@dataclass(frozen=True)
class EvalOptions:
    """What `wireclaims eval` was asked for."""

    model: str | None = None
    pred: Path | None = None
    speech_only: bool = False
    errors: bool = False
    pronoun_sources: bool = False
    stages: bool = False


@dataclass
class EvalResult:
    """The overall report and one report per article."""

    kind: str  # 'gold' or 'brat'
    total: Report
    per_article: list[tuple[str, Report]]
    stages: StageReport | None = None  # with `stages`: candidate recall and choice accuracy over quotes


def _read_predictions(path: Path) -> dict[str, ArticleResult]:
    """Predictions from a .jsonl file or a folder of .json records, keyed by article id."""
    records: dict[str, ArticleResult] = {}
    files = sorted(path.rglob("*.json")) if path.is_dir() else [path]
    for file in files:
        lines = (
            [file.read_text(encoding="utf-8")]
            if file.suffix == ".json"
            else file.read_text(encoding="utf-8").splitlines()
        )
        for line in lines:
            if not line.strip():
                continue
            data = json.loads(line)
            if "error" in data:
                continue
            record = ArticleResult.model_validate(data)
            records[record.article.id] = record
    return records


def _predict(
    story: Story, name: str, pipeline: Pipeline | None, preds: dict[str, ArticleResult]
) -> tuple[ArticleResult, list[QuoteFinding]]:
    """The record for one gold story, with its quotes' attribution stages (none for --pred records)."""
    if pipeline is None:
        if name not in preds:
            raise GoldError(f"no prediction for {name} in --pred")
        return preds[name], []
    return analyse_story_stages(story, InputItem(name, name, Path(name)), pipeline)


def evaluate(gold: Path, options: EvalOptions) -> EvalResult:
    """Score the extractor (or the predictions in `options.pred`) against a gold folder.

    Raises:
        GoldError: malformed gold, a prediction missing for a gold story, or `stages` with `pred` (the
            stages are read from the extractor, not from records).
        ModelError: the pipeline cannot be loaded.
    """
    if options.stages and options.pred:
        raise GoldError("--stages needs the extractor: it cannot score --pred records")
    preds = _read_predictions(options.pred) if options.pred else {}
    pipeline = None if options.pred else load_pipeline(options.model)
    per_article: list[tuple[str, Report]] = []
    stages = StageReport() if options.stages else None
    if is_brat_folder(gold):
        total = Report(metrics=BRAT_METRICS)
        for doc in iter_brat(gold):
            story = Story(headline=None, paragraphs=tuple(doc.text.split("\n\n")), format="text")
            prediction, findings = _predict(story, doc.name, pipeline, preds)
            report = score_brat(doc, prediction, options.speech_only, options.errors, options.pronoun_sources)
            per_article.append((doc.name, report))
            total.add(report)
            if stages is not None:
                stages.add(
                    stages_brat(doc, prediction, findings, options.speech_only, options.pronoun_sources)
                )
        return EvalResult("brat", total, per_article, stages)
    total = Report(metrics=METRICS)
    for gs in iter_gold(gold):
        name = gs.path.name
        prediction, findings = _predict(gs.story, name, pipeline, preds)
        report = score_article(gs.gold, prediction, options.errors)
        per_article.append((name, report))
        total.add(report)
        if stages is not None:
            stages.add(stages_gold(gs.gold, prediction, findings))
    return EvalResult("gold", total, per_article, stages)
