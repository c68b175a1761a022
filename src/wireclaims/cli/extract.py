"""`wireclaims extract`: stories in, one JSON record per story out (a feed file holds several stories)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from wireclaims.cli.console import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, err, fail, safe, state
from wireclaims.errors import MissingExtra, ModelError, UnreadableInput
from wireclaims.inputs import DEFAULT_MAX_BYTES, STDIN, InputItem
from wireclaims.nlp import load_pipeline
from wireclaims.options import DEFAULT_MAX_MEMORY, DEFAULT_TIMEOUT, from_command_line
from wireclaims.run.cluster import ClusterError, ClusterSpec, parse_cluster, require_dask
from wireclaims.run.progress import progress, wanted
from wireclaims.write.parquet import TablesError, require_pyarrow
from wireclaims.write.targets import Destination, OutputFormat, Unwritable

if TYPE_CHECKING:
    from wireclaims.nlp import Pipeline
    from wireclaims.run.job import Counts, Job


def extract_cli(
    paths: Annotated[
        list[str], typer.Argument(help="Story files, folders (walked recursively) or '-' for stdin.")
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="A folder (one .json per story; item k of a feed file: NAME#k.json) or a .jsonl file. "
            "Default: stdout.",
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            help="jsonl: one record per line; json: one indented JSON array; parquet: with -o DIR, the "
            "analytics tables DIR/articles, speakers, quotes and claims (docs/analytics.md).",
        ),
    ] = OutputFormat.jsonl,
    model: Annotated[
        str | None,
        typer.Option("--model", help="Pipeline name or path; blank:en for rules only. Default: en_wire_sm."),
    ] = None,
    input_format: Annotated[
        str | None, typer.Option("--input-format", help="Force the input format instead of detecting it.")
    ] = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Larger inputs become 'too-large' error records.")
    ] = DEFAULT_MAX_BYTES,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Worker processes. Default: one per core; 1: no workers."),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="With -o DIR: skip stories whose output is complete and up to date."),
    ] = False,
    fail_fast: Annotated[
        bool, typer.Option("--fail-fast", help="Stop at the first input that fails.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress, errors or summary on stderr.")
    ] = False,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout",
            min=0,
            help="Seconds a story's reading, parsing or extraction may take before it becomes a 'timeout' "
            "record; 0: no limit.",
        ),
    ] = DEFAULT_TIMEOUT,
    max_memory: Annotated[
        int,
        typer.Option(
            "--max-memory",
            min=0,
            help="Megabytes of memory a worker process may use (--jobs > 1); a story that needs more becomes "
            "an 'out-of-memory' or 'crashed' record; 0: no limit.",
        ),
    ] = DEFAULT_MAX_MEMORY,
    cluster: Annotated[
        str | None,
        typer.Option(
            "--cluster",
            help="Run on Dask: a scheduler address (tcp://HOST:8786), or local / local:N for N worker "
            "processes here. Workers read the inputs themselves (docs/scale.md).",
        ),
    ] = None,
) -> None:
    """Extract speakers, quotes and claims from wire stories.

    Example: wireclaims extract data/samples/ -o out/ --jobs 4 --resume

    Example: wireclaims extract /shared/wire/ -o tables/ --format parquet --cluster tcp://sched:8786
    """
    destination = Destination(output, output_format)
    _check_usage(destination, resume)
    spec = _check_extras(cluster, destination.tables, paths)
    # imported here: spaCy comes with it, and `--help` or a usage error should not wait for that
    from wireclaims.run.job import Job

    options = from_command_line(
        model=model,
        input_format=input_format,
        max_bytes=max_bytes,
        fail_fast=fail_fast,
        jobs=jobs,
        timeout=timeout,
        max_memory=max_memory,
        debug=state.debug,
    )
    items, pipeline = _prepare(paths, model, quiet)
    started = time.perf_counter()
    counts = _run(Job(options, destination, resume=resume, cluster=spec), items, pipeline, quiet)
    if not quiet:
        _summary(counts, resume, time.perf_counter() - started, pipeline.name)
    raise typer.Exit(EXIT_SOME_FAILED if counts.errors else EXIT_OK)


def _check_usage(destination: Destination, resume: bool) -> None:
    """Exit 2 with one line when the options do not go together."""
    if resume and destination.folder is None:
        raise fail("--resume needs -o DIR (one output file per story, checked one by one)")
    if destination.layout is OutputFormat.parquet and destination.output is None:
        raise fail("--format parquet needs -o DIR (a folder for the tables)")


def _prepare(paths: list[str], model: str | None, quiet: bool) -> tuple[list[InputItem], Pipeline]:
    """The inputs and the pipeline (its warnings shown unless quiet); exit 2 when either cannot be had."""
    from wireclaims.run.job import input_items

    try:
        items = list(input_items(paths, None if quiet else _warn_skipped))
        pipeline = load_pipeline(model)
    except (UnreadableInput, ModelError, MissingExtra) as exc:
        raise fail(exc) from exc
    if not quiet:
        for warning in pipeline.warnings:
            err.print(f"[yellow]warning:[/yellow] {safe(warning)}")
    return items, pipeline


def _run(job: Job, items: list[InputItem], pipeline: Pipeline, quiet: bool) -> Counts:
    """The run's counts; exit 2 when the cluster cannot be reached, 1 when the tables cannot be written."""
    from wireclaims.run.job import run_job

    try:
        return run_job(
            job, items, pipeline, _Told(quiet), lambda total: progress(err, total, wanted(err, quiet))
        )
    except (ClusterError, TablesError) as exc:
        # the cluster cannot be reached, or the tables cannot be written: the run cannot go on
        raise fail(exc, EXIT_USAGE if isinstance(exc, ClusterError) else EXIT_SOME_FAILED) from exc


class _Told:
    """Error records and unwritable outputs, one line each on stderr (nothing when quiet)."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet

    def failed(self, code: str, shown: str, message: str) -> None:
        if not self.quiet:
            err.print(f"[red]{code}:[/red] {safe(shown)}: {safe(message)}")

    def unwritable(self, shown: str, error: Unwritable) -> None:
        if not self.quiet:
            err.print(
                f"[red]unwritable:[/red] {safe(shown)}: cannot write {safe(error.target)}: {safe(error.why)}"
            )


def _summary(counts: Counts, resume: bool, seconds: float, pipeline: str) -> None:
    # a feed file gives several articles: say from how many inputs when the numbers differ
    inputs = f" from {counts.inputs} inputs" if counts.inputs != counts.articles else ""
    err.print(
        f"{counts.articles} articles{inputs}, {counts.quotes} quotes, {counts.claims} claims, "
        f"{counts.errors} errors"
        + (f", {counts.done} already done (--resume)" if resume else "")
        + f" in {seconds:.1f} s ({safe(pipeline)})"
    )


def _check_extras(cluster: str | None, tables_dir: Path | None, paths: list[str]) -> ClusterSpec | None:
    """Where to run (None: here), once `--cluster` and `--format parquet` have what they need installed;
    else one line saying what to install, and exit code 2."""
    try:
        if tables_dir is not None:
            require_pyarrow()
        if cluster is None:
            return None
        spec = parse_cluster(cluster)
        if STDIN in paths:
            raise ClusterError("--cluster: workers cannot read stdin ('-'); give files or folders")
        require_dask()
    except (MissingExtra, ClusterError) as exc:
        raise fail(exc) from exc
    return spec


def _warn_skipped(path: str, reason: str) -> None:
    err.print(f"[yellow]warning:[/yellow] skipped {safe(path)}: {safe(reason)}")
