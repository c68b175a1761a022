"""`wireclaims report`: one self-contained HTML page over many stories or results."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from wireclaims.cli.console import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, err, safe
from wireclaims.errors import ModelError, UnreadableInput
from wireclaims.inputs import STDIN

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
    from wireclaims.render.html import report_html
    from wireclaims.render.records import SourceOptions, iter_records
    from wireclaims.write.files import write_atomic

    to_stdout = str(output) == STDIN  # '-' is stdout here, as for every path the CLI writes
    options = SourceOptions(model=model, jobs=jobs or os.cpu_count() or 1)
    counts = {"stories": 0, "errors": 0}
    records = iter_records(paths, options, skip=() if to_stdout else [output])
    try:
        page = report_html(_counted(records, counts, quiet), title=title)
    except (UnreadableInput, ModelError) as exc:
        err.print(f"[red]error:[/red] {safe(exc)}")
        raise typer.Exit(EXIT_USAGE) from exc
    if to_stdout:
        sys.stdout.write(page)
    else:
        try:
            write_atomic(output, page)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            err.print(f"[red]error:[/red] cannot write {safe(output)}: {safe(reason)}")
            raise typer.Exit(EXIT_USAGE) from exc
    if not quiet:
        err.print(f"{counts['stories']} stories, {counts['errors']} errors: {safe(output)}")
    raise typer.Exit(EXIT_SOME_FAILED if counts["errors"] else EXIT_OK)


def _counted(records: Iterable[Record], counts: dict[str, int], quiet: bool) -> Iterator[Record]:
    """The records, counted, with one line on stderr for each error as it passes."""
    from wireclaims.models import ErrorRecord

    for record in records:
        counts["stories"] += not isinstance(record, ErrorRecord)
        if isinstance(record, ErrorRecord):
            counts["errors"] += 1
            if not quiet:
                error, path = record.error, record.article.path
                err.print(f"[red]{safe(error.code)}:[/red] {safe(path)}: {safe(error.message)}")
        yield record
