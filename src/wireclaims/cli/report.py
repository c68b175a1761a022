"""`wireclaims report`: one self-contained HTML page over many stories or results."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from wireclaims.cli.console import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, err, fail, safe, tell_failed
from wireclaims.errors import ModelError, UnreadableInput
from wireclaims.inputs import STDIN
from wireclaims.options import per_core

if TYPE_CHECKING:
    from wireclaims.models import Record


def report_cli(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Story files, folders (walked recursively), wireclaims JSON or JSON Lines results, or '-'."
        ),
    ],
    output: Annotated[
        Path, typer.Option("-o", "--output", help="The HTML file to write (atomically), or '-' for stdout.")
    ],
    model: Annotated[
        str | None,
        typer.Option("--model", help="Pipeline name or path for stories; blank:en for rules only."),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Worker processes. Default: one per core; 1: no workers."),
    ] = None,
    title: Annotated[str, typer.Option("--title", help="Title of the page.")] = "wireclaims report",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No errors or summary on stderr.")] = False,
) -> None:
    """Write an HTML report: an index of stories, each with its quotes and claims marked and linked to its
    speakers, and tables of the most-quoted speakers, organisations and cue classes.

    Stories are extracted first (as by extract); results are read as they are. Inputs that fail are listed
    in the report as errors.

    Example: wireclaims report data/samples/ -o report.html
    """
    # imported here: `wireclaims --help` should not pay for the models and the renderers
    from wireclaims.render.records import SourceOptions, iter_records

    to_stdout = str(output) == STDIN  # '-' is stdout here, as for every path the CLI writes
    options = SourceOptions(model=model, jobs=per_core(jobs))
    counts = {"stories": 0, "errors": 0}
    records = iter_records(paths, options, skip=() if to_stdout else [output])
    page = _page(_counted(records, counts, quiet), title)
    _write(page, None if to_stdout else output)
    if not quiet:
        err.print(f"{counts['stories']} stories, {counts['errors']} errors: {safe(output)}")
    raise typer.Exit(EXIT_SOME_FAILED if counts["errors"] else EXIT_OK)


def _page(records: Iterable[Record], title: str) -> str:
    """The HTML page of these records; exit 2 with one line when an input or the pipeline cannot be read."""
    from wireclaims.render.html import report_html

    try:
        return report_html(records, title=title)
    except (UnreadableInput, ModelError) as exc:
        raise fail(exc) from exc


def _write(page: str, output: Path | None) -> None:
    """The page to `output` (atomically) or, with None, to stdout; exit 2 when it cannot be written."""
    from wireclaims.write.files import write_atomic

    if output is None:
        sys.stdout.write(page)
        return
    try:
        write_atomic(output, page)
    except OSError as exc:
        err.print(f"[red]error:[/red] cannot write {safe(output)}: {safe(exc.strerror or str(exc))}")
        raise typer.Exit(EXIT_USAGE) from exc


def _counted(records: Iterable[Record], counts: dict[str, int], quiet: bool) -> Iterator[Record]:
    """The records, counted, with one line on stderr for each error as it passes."""
    from wireclaims.models import ErrorRecord

    for record in records:
        counts["stories"] += not isinstance(record, ErrorRecord)
        if isinstance(record, ErrorRecord):
            counts["errors"] += 1
            if not quiet:
                tell_failed(record)
        yield record
