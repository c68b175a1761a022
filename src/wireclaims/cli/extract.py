"""`wireclaims extract`: stories in, one JSON record per story out (a feed file holds several stories)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import ExitStack, closing
from enum import Enum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from wireclaims.cli.console import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, err, safe, state
from wireclaims.errors import MissingExtra, ModelError, UnreadableInput
from wireclaims.inputs import DEFAULT_MAX_BYTES, ITEM_MARK, STDIN, InputItem, OnSkip, iter_inputs
from wireclaims.models import ArticleResult, ErrorRecord, Record
from wireclaims.nlp import load_pipeline
from wireclaims.options import DEFAULT_MAX_MEMORY, DEFAULT_TIMEOUT
from wireclaims.parquet import PartWriter, TablesError, require_pyarrow
from wireclaims.run.cluster import ClusterError, ClusterSpec, connect, parse_cluster, require_dask
from wireclaims.run.progress import progress, wanted
from wireclaims.run.remote import expand_inputs, is_url
from wireclaims.writer import (
    atomic_stream,
    output_collisions,
    output_path,
    remove_leftover_temps,
    remove_stale_outputs,
    write_atomic,
)

if TYPE_CHECKING:
    from wireclaims.options import ExtractOptions

T = TypeVar("T")


class OutputFormat(str, Enum):
    """Output layouts."""

    jsonl = "jsonl"
    json = "json"
    parquet = "parquet"


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
    # json: one indented JSON array, streamed record by record; jsonl: one record per line
    as_array = output_format is OutputFormat.json or (output is not None and output.suffix.lower() == ".json")
    tables_dir = output if output_format is OutputFormat.parquet else None
    to_dir = tables_dir is None and output is not None and output.suffix.lower() not in {".jsonl", ".json"}
    if resume and not to_dir:
        err.print("[red]error:[/red] --resume needs -o DIR (one output file per story, checked one by one)")
        raise typer.Exit(EXIT_USAGE)
    if output_format is OutputFormat.parquet and output is None:
        err.print("[red]error:[/red] --format parquet needs -o DIR (a folder for the tables)")
        raise typer.Exit(EXIT_USAGE)
    spec = _check_extras(cluster, tables_dir, paths)
    # imported here: spaCy comes with it, and `--help` or a usage error should not wait for that
    from wireclaims.run.batch import ExtractOptions, completed, remove_partial_writes, run_inputs, serialise

    options = ExtractOptions(
        model=model,
        input_format=input_format,
        max_bytes=max_bytes,
        fail_fast=fail_fast,
        jobs=jobs or os.cpu_count() or 1,
        timeout=timeout or None,
        max_memory=max_memory or None,
        debug=state.debug,
    )
    try:
        items = list(_inputs(paths, None if quiet else _warn_skipped))
        pipeline = load_pipeline(model)
    except (UnreadableInput, ModelError, MissingExtra) as exc:
        err.print(f"[red]error:[/red] {safe(exc)}")
        raise typer.Exit(EXIT_USAGE) from exc
    if not quiet:
        for warning in pipeline.warnings:
            err.print(f"[yellow]warning:[/yellow] {safe(warning)}")
    started = time.perf_counter()
    counts = {"inputs": 0, "articles": 0, "quotes": 0, "claims": 0, "errors": 0}
    if to_dir and output is not None:
        items = _writable(output, items, counts, quiet, fail_fast)
    todo = items
    if to_dir and output is not None:
        # a killed run can leave temporary files; finished outputs were renamed into place whole
        remove_partial_writes(output_path(output, item.relative) for item in items)
    if resume and output is not None:
        todo = [i for i in items if not completed(output, i, pipeline, options)]
    with ExitStack() as stack:
        client = None if spec is None else _stopping(EXIT_USAGE, stack.enter_context, connect(spec))
        stream: IO[str] | None = None
        if output is None:
            stream = sys.stdout
        elif not to_dir and tables_dir is None:
            remove_leftover_temps(output)  # a killed run's: a live run's is locked, and stays
            stream = stack.enter_context(atomic_stream(output))
        advance = stack.enter_context(progress(err, len(todo), wanted(err, quiet)))
        # closing: stopping early (--fail-fast) must stop the worker processes too
        groups = stack.enter_context(
            closing(run_inputs(todo, options) if client is None else _on_cluster(todo, options, client))
        )
        tables = None if tables_dir is None else PartWriter(tables_dir)
        # a JSON array on stdout is closed whatever stops the loop, so what was written stays valid JSON
        if stream is sys.stdout and as_array:
            stack.callback(lambda: stream.write("[]\n" if not counts["articles"] else "\n]\n"))
        for item, last, part, shown, story_record in _stories(todo, groups, advance, counts):
            record, text = serialise(story_record, pretty=to_dir or as_array, debug=state.debug)
            counts["articles"] += 1
            if isinstance(record, ArticleResult):
                counts["quotes"] += len(record.quotes)
                counts["claims"] += len(record.claims)
            else:
                counts["errors"] += 1
                if not quiet:
                    err.print(f"[red]{record.error.code}:[/red] {safe(shown)}: {safe(record.error.message)}")
            if tables is not None:
                _stopping(EXIT_SOME_FAILED, tables.add, record)
            elif to_dir and output is not None:
                target = output_path(output, part.relative)
                try:
                    write_atomic(target, text + "\n")
                    if last:
                        remove_stale_outputs(output, item, last)
                except OSError as exc:
                    # this story's output cannot be written (a full disk, a folder in the way): the others can
                    counts["errors"] += isinstance(record, ArticleResult)
                    if not quiet:
                        why = exc.strerror or str(exc)
                        err.print(
                            f"[red]unwritable:[/red] {safe(shown)}: cannot write {safe(target)}: {safe(why)}"
                        )
                    if fail_fast:
                        break
            elif stream is not None:
                if as_array:
                    stream.write(("[\n" if counts["articles"] == 1 else ",\n") + text)
                else:
                    stream.write(text + "\n")
                stream.flush()
            if fail_fast and isinstance(record, ErrorRecord):
                break
        if stream is not None and stream is not sys.stdout and as_array:
            stream.write("[]\n" if not counts["articles"] else "\n]\n")
        if tables is not None:
            _stopping(EXIT_SOME_FAILED, tables.close)
    if not quiet:
        seconds = time.perf_counter() - started
        # a feed file gives several articles: say from how many inputs when the numbers differ
        inputs = f" from {counts['inputs']} inputs" if counts["inputs"] != counts["articles"] else ""
        err.print(
            f"{counts['articles']} articles{inputs}, {counts['quotes']} quotes, {counts['claims']} claims, "
            f"{counts['errors']} errors"
            + (f", {len(items) - len(todo)} already done (--resume)" if resume else "")
            + f" in {seconds:.1f} s ({safe(pipeline.name)})"
        )
    raise typer.Exit(EXIT_SOME_FAILED if counts["errors"] else EXIT_OK)


def _stories(
    todo: list[InputItem],
    groups: Iterator[list[Record]],
    advance: Callable[[int], None],
    counts: dict[str, int],
) -> Iterator[tuple[InputItem, int, InputItem, str, Record]]:
    """Each record with its input, the input's number of stories when this record is its last (else 0), the
    item naming its output (`InputItem.parts`) and the path shown in messages (`path#k` for item k of a
    multi-story input); the progress bar moves once per input."""
    for item, records in zip(todo, groups, strict=True):
        counts["inputs"] += 1
        advance(len(records))
        parts = item.parts(len(records))
        for k, (part, record) in enumerate(zip(parts, records, strict=True), start=1):
            shown = item.path if len(records) == 1 else f"{item.path}{ITEM_MARK}{k}"
            yield item, (len(records) if k == len(records) else 0), part, shown, record


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
        err.print(f"[red]error:[/red] {safe(exc)}")
        raise typer.Exit(EXIT_USAGE) from exc
    return spec


def _stopping(code: int, call: Callable[..., T], *args: Any) -> T:
    """`call(*args)`; when the cluster cannot be reached or the tables cannot be written, the run cannot go
    on: one line saying why, and exit `code`."""
    try:
        return call(*args)
    except (ClusterError, TablesError) as exc:
        err.print(f"[red]error:[/red] {safe(exc)}")
        raise typer.Exit(code) from exc


def _on_cluster(
    todo: list[InputItem], options: ExtractOptions, client: Any
) -> Generator[list[Record], None, None]:
    """`run.distributed.run_on_cluster`, ending the run with one line should the cluster be lost."""
    from wireclaims.run.distributed import run_on_cluster

    groups = run_on_cluster(todo, options, client)
    try:
        while True:
            records = _stopping(EXIT_USAGE, next, groups, None)
            if records is None:
                return
            yield records
    finally:
        groups.close()


def _inputs(paths: list[str], skipped: OnSkip | None) -> Iterator[InputItem]:
    """The inputs: files, folders and fsspec URLs (`wireclaims.run.remote`, which needs fsspec)."""
    return expand_inputs(paths, skipped) if any(is_url(p) for p in paths) else iter_inputs(paths, skipped)


def _warn_skipped(path: str, reason: str) -> None:
    err.print(f"[yellow]warning:[/yellow] skipped {safe(path)}: {safe(reason)}")


def _writable(
    output: Path, items: list[InputItem], counts: dict[str, int], quiet: bool, fail_fast: bool
) -> list[InputItem]:
    """The inputs `-o DIR` can write, in order. An input whose output an earlier one has is never analysed:
    it is an `output-collision` error, counted and shown now (with --fail-fast, nothing runs after it)."""
    kept = []
    for item, clash in zip(items, output_collisions(output, items), strict=True):
        if clash is None:
            kept.append(item)
            continue
        for key in ("inputs", "articles", "errors"):
            counts[key] += 1
        if not quiet:
            err.print(f"[red]{clash.code}:[/red] {safe(item.path)}: {safe(clash)}")
        if fail_fast:
            return []
    return kept
