"""One `wireclaims extract` run: the inputs through the batch (here, in workers or on a cluster) into an
output target (`write.targets`), with resume, counts and progress.

It prints nothing: what a person should hear about (an error record, an output that cannot be written) goes
to the `Listener` the caller passes.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import AbstractContextManager, ExitStack, closing, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from wireclaims.inputs import ITEM_MARK, InputItem, OnSkip, iter_inputs
from wireclaims.models import ArticleResult, ErrorRecord, Record
from wireclaims.nlp import Pipeline
from wireclaims.options import ExtractOptions
from wireclaims.run import batch, encode, resume
from wireclaims.run.cluster import ClusterSpec, connect
from wireclaims.run.remote import expand_inputs, is_url
from wireclaims.write.files import output_collisions, output_path, remove_partial_writes
from wireclaims.write.parquet import Tally
from wireclaims.write.targets import Destination, Target, Unwritable, open_target

Progress = Callable[[int], AbstractContextManager[Callable[[int], None]]]


@dataclass
class Counts:
    """What a run did: inputs read, records (`articles`, error records included), quotes, claims, errors,
    and inputs skipped as already done (`--resume`)."""

    inputs: int = 0
    articles: int = 0
    quotes: int = 0
    claims: int = 0
    errors: int = 0
    done: int = 0


class Listener(Protocol):
    """What the caller hears about while the run goes on."""

    def failed(self, code: str, shown: str, message: str) -> None:
        """A story or input became an error record (`code`); `shown` is its path (`path#k` for item k)."""

    def unwritable(self, shown: str, error: Unwritable) -> None:
        """This story's output cannot be written."""


class Silent:
    """A listener that hears nothing."""

    def failed(self, code: str, shown: str, message: str) -> None:
        return

    def unwritable(self, shown: str, error: Unwritable) -> None:
        return


def _no_progress(total: int) -> AbstractContextManager[Callable[[int], None]]:
    return nullcontext(lambda stories: None)


@dataclass(frozen=True)
class Job:
    """A run to make: the options, where the records go, whether to skip what is done, and where to run
    (`cluster` None: here, or in worker processes with `options.jobs` > 1)."""

    options: ExtractOptions
    destination: Destination
    resume: bool = False
    cluster: ClusterSpec | None = None


def input_items(paths: list[str], skipped: OnSkip | None = None) -> Iterator[InputItem]:
    """The inputs: files, folders and fsspec URLs (`run.remote`, which needs fsspec)."""
    return expand_inputs(paths, skipped) if any(is_url(p) for p in paths) else iter_inputs(paths, skipped)


def run_job(
    job: Job,
    items: list[InputItem],
    pipeline: Pipeline,
    listener: Listener | None = None,
    progress: Progress = _no_progress,
) -> Counts:
    """Extract every story of `items` into `job.destination`; the counts.

    Raises:
        ClusterError: the cluster cannot be reached, or was lost.
        TablesError: the Parquet tables cannot be written.
    """
    listener = listener or Silent()
    counts = Counts()
    todo = _todo(job, items, pipeline, counts, listener)
    fail_fast = job.options.fail_fast
    with ExitStack() as stack:
        client = None if job.cluster is None else stack.enter_context(connect(job.cluster))
        advance = stack.enter_context(progress(len(todo)))
        # on a cluster the workers write the Parquet tables: what comes back is a tally of each record
        remote = job.destination.tables if client is not None else None
        # closing: stopping early (--fail-fast) must stop the worker processes too
        groups = stack.enter_context(closing(_groups(todo, job.options, client, remote)))
        target: Target = _Written() if remote is not None else open_target(stack, job.destination)
        for item, last, part, shown, story_record in _stories(todo, groups, advance, counts):
            if isinstance(story_record, Tally):
                counts.articles += 1
                counts.quotes += story_record.quotes
                counts.claims += story_record.claims
                continue
            record, text = encode.serialise(
                story_record, pretty=job.destination.pretty, debug=job.options.debug
            )
            _count(record, shown, counts, listener)
            try:
                target.write(record, text, item, part, last)
            except Unwritable as exc:
                counts.errors += isinstance(record, ArticleResult)
                listener.unwritable(shown, exc)
                if fail_fast:
                    break
            if fail_fast and isinstance(record, ErrorRecord):
                break
        target.finish()
    return counts


def _todo(
    job: Job, items: list[InputItem], pipeline: Pipeline, counts: Counts, listener: Listener
) -> list[InputItem]:
    """The inputs to analyse: those a folder can write, less (`--resume`) those whose outputs are done."""
    folder = job.destination.folder
    if folder is None:
        return items
    items = _writable(folder, items, counts, listener, job.options.fail_fast)
    # a killed run can leave temporary files; finished outputs were renamed into place whole
    remove_partial_writes(output_path(folder, item.relative) for item in items)
    if not job.resume:
        return items
    todo = [i for i in items if not resume.completed(folder, i, pipeline, job.options)]
    counts.done = len(items) - len(todo)
    return todo


def _writable(
    folder: Path, items: list[InputItem], counts: Counts, listener: Listener, fail_fast: bool
) -> list[InputItem]:
    """The inputs `-o DIR` can write, in order. An input whose output an earlier one has is never analysed:
    it is an `output-collision` error, counted and told now (with fail_fast, nothing runs after it)."""
    kept = []
    for item, clash in zip(items, output_collisions(folder, items), strict=True):
        if clash is None:
            kept.append(item)
            continue
        counts.inputs += 1
        counts.articles += 1
        counts.errors += 1
        listener.failed(clash.code, item.path, str(clash))
        if fail_fast:
            return []
    return kept


def _count(record: Record, shown: str, counts: Counts, listener: Listener) -> None:
    counts.articles += 1
    if isinstance(record, ArticleResult):
        counts.quotes += len(record.quotes)
        counts.claims += len(record.claims)
    else:
        counts.errors += 1
        listener.failed(record.error.code, shown, record.error.message)


class _Written:
    """The Parquet tables the cluster's workers wrote: nothing left to write here."""

    def write(self, record: Record, text: str, item: InputItem, part: InputItem, last: int) -> None:
        return

    def finish(self) -> None:
        return


def _groups(
    todo: list[InputItem], options: ExtractOptions, client: Any, tables: Path | None
) -> Generator[Sequence[Record | Tally], None, None]:
    """The records of each input: here or in worker processes (`run.batch`), or on the cluster (with
    `tables`, a `Tally` of each record whose rows the workers wrote, error records whole)."""
    if client is None:
        return batch.run_inputs(todo, options)
    from wireclaims.run.cluster_batch import run_on_cluster  # dask: imported only for a cluster

    return run_on_cluster(todo, options, client, tables=tables)


def _stories(
    todo: list[InputItem],
    groups: Iterator[Sequence[Record | Tally]],
    advance: Callable[[int], None],
    counts: Counts,
) -> Iterator[tuple[InputItem, int, InputItem, str, Record | Tally]]:
    """Each record with its input, the input's number of stories when this record is its last (else 0), the
    item naming its output (`InputItem.parts`) and the path shown in messages (`path#k` for item k of a
    multi-story input); the progress bar moves once per input."""
    for item, records in zip(todo, groups, strict=True):
        counts.inputs += 1
        advance(len(records))
        parts = item.parts(len(records))
        for k, (part, record) in enumerate(zip(parts, records, strict=True), start=1):
            shown = item.path if len(records) == 1 else f"{item.path}{ITEM_MARK}{k}"
            yield item, (len(records) if k == len(records) else 0), part, shown, record
