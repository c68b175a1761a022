"""`wireclaims eval`: score extraction against gold labels (own gold format or BRAT standoff)."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from wireclaims.cli.console import fail
from wireclaims.errors import GoldError, ModelError
from wireclaims.eval.report import MATCHES, Report
from wireclaims.eval.stages import ERROR_CLASSES, StageReport
from wireclaims.render.escapes import for_terminal

if TYPE_CHECKING:
    from wireclaims.eval.runner import EvalOptions, EvalResult


class Match(str, Enum):
    """Which matching to show."""

    exact = "exact"
    overlap = "overlap"
    both = "both"


class Cues(str, Enum):
    """Which gold relations to keep (BRAT corpora)."""

    all = "all"
    speech = "speech"


def eval_cli(
    gold: Annotated[
        Path, typer.Argument(help="Gold folder: *.gold.json stories, or BRAT text/ + attributions/.")
    ],
    pred: Annotated[
        Path | None,
        typer.Option("--pred", help="Score these predictions (.jsonl or folder) instead of running."),
    ] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path.")] = None,
    match: Annotated[Match, typer.Option("--match", help="Matching to report.")] = Match.both,
    cues: Annotated[
        Cues, typer.Option("--cues", help="BRAT: 'speech' keeps relations with a communication cue.")
    ] = Cues.all,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable JSON on stdout.")] = False,
    per_article: Annotated[bool, typer.Option("--per-article", help="Add one row set per article.")] = False,
    errors: Annotated[
        bool,
        typer.Option(
            "--errors",
            help="List every miss and spurious item, wrong speaker or source, and wrong title or "
            "organisation.",
        ),
    ] = False,
    pronoun_sources: Annotated[
        bool,
        typer.Option("--pronoun-sources", help="BRAT: also score relations whose gold source is a pronoun."),
    ] = False,
    stages: Annotated[
        bool,
        typer.Option(
            "--stages", help="Also score quote attribution by stage: candidate recall, choice, error classes."
        ),
    ] = False,
) -> None:
    """Score the extractor against gold labels: precision, recall and F1, exact and overlap.

    Example: wireclaims eval data/gold --match overlap

    Example: wireclaims eval ../shared/corpora/polnear/dev --cues speech --stages
    """
    from wireclaims.eval.runner import EvalOptions

    options = EvalOptions(
        model=model,
        pred=pred,
        speech_only=cues is Cues.speech,
        errors=errors,
        pronoun_sources=pronoun_sources,
        stages=stages,
    )
    result = _evaluate(gold, options)
    modes = MATCHES if match is Match.both else (match.value,)
    if as_json:
        _print_json(result, gold, modes, per_article, errors)
    else:
        _print_tables(result, gold, modes, per_article, errors)


def _evaluate(gold: Path, options: EvalOptions) -> EvalResult:
    """The scores; exit 2 with one line when the gold or the pipeline cannot be read."""
    from wireclaims.eval.runner import evaluate

    try:
        return evaluate(gold, options)
    except (GoldError, ModelError) as exc:
        raise fail(exc) from exc


def _print_json(
    result: EvalResult, gold: Path, modes: tuple[str, ...], per_article: bool, errors: bool
) -> None:
    data = _result_json(result, gold, modes, per_article, errors)
    typer.echo(json.dumps(data, indent=2, sort_keys=True))


def _result_json(
    result: EvalResult, gold: Path, modes: tuple[str, ...], per_article: bool, errors: bool
) -> dict[str, object]:
    """`--json`: the scores, with the articles' own, the misses and the stages when asked for."""
    data: dict[str, object] = {"gold": str(gold), "kind": result.kind, **_report_json(result.total, modes)}
    if per_article:
        data["articles"] = {name: _report_json(r, modes) for name, r in result.per_article}
    if errors:
        data["errors"] = [m.__dict__ for m in result.total.misses]
    if result.stages is not None:
        data["stages"] = result.stages.as_dict()
    return data


def _print_tables(
    result: EvalResult, gold: Path, modes: tuple[str, ...], per_article: bool, errors: bool
) -> None:
    """The scores as tables on stdout, then the stages, the articles' own and the misses when asked for."""
    out = Console(file=sys.stdout, highlight=False, soft_wrap=True)
    out.print(_table(result.total, modes, f"{gold} ({result.total.articles} articles)"))
    if result.stages is not None:
        out.print(_stages_table(result.stages))
    if per_article:
        for name, report in result.per_article:
            out.print(_table(report, modes, name))
    if errors:
        for miss in result.total.misses:
            line = f"{miss.article}\t{miss.metric}\t{miss.kind}\t{miss.text[:120]!r}\t{miss.detail}"
            out.print(for_terminal(line, one_line=True), markup=False)


def _report_json(report: Report, modes: tuple[str, ...]) -> dict[str, object]:
    full = report.as_dict()
    scores = full["scores"]
    assert isinstance(scores, dict)
    return {
        "articles": report.articles,
        "scores": {m: scores[m] for m in modes},
        "speaker_accuracy": {m: report.speaker_accuracy(m) for m in modes},
        "source_accuracy": {m: report.source_accuracy(m) for m in modes},
    }


def _table(report: Report, modes: tuple[str, ...], title: str) -> Table:
    # a str title is read as markup, and names of gold files are input
    box = None if not sys.stdout.isatty() else Table().box
    table = Table(title=Text(for_terminal(title, one_line=True)), box=box)
    for col in ("metric", "match", "P", "R", "F1", "gold", "pred"):
        table.add_column(col, justify="left" if col in {"metric", "match"} else "right")
    for metric in report.metrics:
        for mode in modes:
            d = report.scores[mode][metric].as_dict()
            table.add_row(metric, mode, *(str(d[k]) for k in ("precision", "recall", "f1", "gold", "pred")))
    for mode in modes:
        table.add_row("speaker accuracy (matched)", mode, "", "", str(report.speaker_accuracy(mode)), "", "")
        if report.source_matched[mode]:  # BRAT gold (PolNeAR) has contents, scored as quotes above
            table.add_row(
                "source accuracy (matched)", mode, "", "", str(report.source_accuracy(mode)), "", ""
            )
    return table


def _stages_table(stages: StageReport) -> Table:
    box = None if not sys.stdout.isatty() else Table().box
    table = Table(title=f"attribution stages ({stages.quotes} matched quotes with a gold source)", box=box)
    table.add_column("stage", justify="left")
    table.add_column("%", justify="right")
    table.add_column("quotes", justify="right")
    table.add_row("(1) candidate recall", str(stages.candidate_recall), str(stages.recalled))
    table.add_row("(2) choice accuracy", str(stages.choice_accuracy), str(stages.chosen))
    table.add_row("speaker accuracy", str(stages.speaker_accuracy), str(stages.speaker_right))
    wrong = stages.quotes - stages.speaker_right
    for name in ERROR_CLASSES:
        count = stages.errors[name]
        share = round(100 * count / wrong, 1) if wrong else 0.0
        table.add_row(f"wrong: {name}", str(share), str(count))
    for lost, count in list(stages.lost.most_common())[:_LOST_ROWS]:
        table.add_row(f"lost: {lost}", "", str(count))
    return table


_LOST_ROWS = 8  # the choice's commonest losses (chosen rule > rule of the gold candidate)

__all__ = ["eval_cli"]
