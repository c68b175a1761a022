"""`--cluster`: the batch on a Dask cluster (dask.distributed), and a Dask API over the same analysis.

Tasks carry paths, never file bytes: each worker reads its inputs itself (a shared file system, where a
relative path is made absolute first, or fsspec URLs: `wireclaims.run.remote`), loads the pipeline once per
process (`nlp.load_pipeline` caches it by name) and returns the records of its chunk straight to the client.
Chunks are `options.BATCH` inputs, as with `--jobs`, so the records are byte-identical to `--jobs 1`. With
Parquet tables (`tables`), chunk k's worker writes part k of every table itself and returns only a `Tally` of
each record (error records whole), so the records never travel to the client.

Faults: Dask re-runs the tasks of a worker that died on another one (up to the scheduler's
`distributed.scheduler.allowed-failures`); a chunk that still fails goes again one input at a time, and only
an input that fails alone becomes an error record: `crashed` when it killed every worker it touched, twice
(a dying worker takes every task it was given, an innocent one beside the culprit too), `internal-error` when
the task raised. Within a worker the per-story `--timeout` does not apply (Dask runs
tasks in threads, where the timer cannot interrupt) and `--max-memory` is the worker's own `--memory-limit`.

dask is imported here only: `pip install "wireclaims[dask]"`.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from wireclaims.errors import InternalError
from wireclaims.inputs import STDIN, InputItem
from wireclaims.models import ErrorArticle, ErrorDetail, ErrorRecord, Record
from wireclaims.options import BATCH, ExtractOptions
from wireclaims.run.batch import analyse_chunk, serialise
from wireclaims.run.cluster import ClusterError, require_dask
from wireclaims.run.failures import error_record
from wireclaims.run.workers import CRASHED
from wireclaims.write.parquet import TablesError, Tally, remove_stale_parts, store_part, tally
from wireclaims.write.tables import TABLES

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    from distributed import Client, Future

# Chunks in flight per worker thread: one running, one queued so the worker never waits for the client.
WINDOW_PER_THREAD = 2
# One analysis at a time in a worker process: a spaCy pipeline is not meant to be shared across threads.
_ANALYSIS = threading.Lock()


def analyse_on_worker(items: list[InputItem], options: ExtractOptions) -> list[list[Record]]:
    """A task: the records of each input of one chunk, analysed in this worker process."""
    with _ANALYSIS:
        return analyse_chunk(items, options)


def tables_on_worker(
    work: Any, items: list[InputItem], options: ExtractOptions, out_dir: Path, index: int
) -> list[Group]:
    """A task with Parquet tables: `work`'s records of one chunk written as part `index` of every table, here
    on the worker; what goes back to the client is a `Tally` of each (error records whole).

    Raises:
        TablesError: a part file cannot be written.
    """
    return _store(out_dir, index, work(items, options), options.debug)


def _store(out_dir: Path, index: int, groups: list[list[Record]], debug: bool) -> list[Group]:
    # as the client does before writing a record: one that cannot be encoded becomes its error record
    groups = [[serialise(record, debug=debug)[0] for record in group] for group in groups]
    store_part(out_dir, index, [record for group in groups for record in group])
    return [[tally(record) for record in group] for group in groups]


def for_workers(item: InputItem) -> InputItem:
    """The item as a worker opens it: a relative local path made absolute (its record keeps the path given).

    Raises:
        ClusterError: the item is stdin, which only this process can read.
    """
    if item.path == STDIN:
        raise ClusterError("--cluster: workers cannot read stdin ('-'); give files or folders")
    where = item.source or item.path
    if "://" in where or Path(where).is_absolute():
        return item
    return replace(item, source=str(Path(where).absolute()))


Group = list[Record | Tally]


@dataclass
class _Chunk:
    items: list[InputItem]
    records: dict[int, Group] = field(default_factory=dict)
    split: bool = False  # its inputs went again one by one: the client has its records, and writes its part


@dataclass(frozen=True)
class _Unit:
    index: int
    offset: int
    items: list[InputItem]
    alone: int = 0  # times this input has already died alone


# A lone input whose worker died goes again this many times before it is `crashed`: a worker that dies takes
# every task it was given with it, and the scheduler may have given it an innocent input beside the culprit.
_ALONE_RETRIES = 1


def run_on_cluster(
    items: Sequence[InputItem],
    options: ExtractOptions,
    client: Client,
    chunk: int = BATCH,
    work: Any = analyse_on_worker,
    tables: Path | None = None,
) -> Generator[Group, None, None]:
    """The records of each input, one list per input in input order, analysed by the cluster's workers.

    With `tables` (a folder the workers can write), chunk k becomes part k of every Parquet table (written
    by its worker, or here for a chunk whose inputs went again one by one) and each record is given as its
    `Tally` (error records whole); parts beyond the last chunk, left by a longer earlier run, are removed at
    the end, and no chunk at all still writes an empty part 0 so that every table can be read.

    A bounded window of chunks is in flight (`WINDOW_PER_THREAD` per worker thread, counted again as workers
    come and go), so memory does not grow with the corpus. Close the iterator when stopping early: that
    cancels the tasks still running. With no worker at all, it waits for one, as Dask does.

    Args:
        work: what a task applies to a chunk; a module-level function the workers can import (tests pass one
            that kills its worker).

    Raises:
        ClusterError: the client lost the scheduler (its tasks were cancelled).
        TablesError: a part file cannot be written.
    """
    from distributed import wait

    units = [for_workers(item) for item in items]
    options = replace(options, jobs=1)
    tables = None if tables is None else tables.absolute()  # as the workers see it
    starts = range(0, len(units), chunk)
    chunks: dict[int, _Chunk] = {}
    queue: deque[_Unit] = deque()
    suspects: deque[_Unit] = deque()  # inputs of a chunk whose worker died, to run alone, one at a time
    running: dict[Future, _Unit] = {}
    admitted = emitted = 0
    try:
        while emitted < len(starts):
            window = max(1, sum(client.nthreads().values())) * WINDOW_PER_THREAD
            while admitted < len(starts) and len(chunks) < window:
                chunks[admitted] = _Chunk(list(units[starts[admitted] : starts[admitted] + chunk]))
                queue.append(_Unit(admitted, 0, chunks[admitted].items))
                admitted += 1
            while queue:
                unit = queue.popleft()
                if _suspect(unit, chunks):
                    suspects.append(unit)
                    continue
                running[_submit(client, work, unit, chunks[unit.index], options, tables)] = unit
            if suspects and not any(_suspect(u, chunks) for u in running.values()):
                # one suspect at a time, so that an innocent input never shares a worker with the culprit
                unit = suspects.popleft()
                running[_submit(client, work, unit, chunks[unit.index], options, tables)] = unit
            while emitted in chunks and len(chunks[emitted].records) == len(chunks[emitted].items):
                done = chunks.pop(emitted)
                groups = [done.records[k] for k in range(len(done.items))]
                if tables is not None and done.split:
                    groups = _store(tables, emitted, cast(list[list[Record]], groups), options.debug)
                yield from groups
                emitted += 1
            if emitted < len(starts) and running:
                finished = wait(list(running), return_when="FIRST_COMPLETED").done
                for future in finished:
                    _file(future, running.pop(future), chunks, queue)
        if tables is not None:
            if not starts:
                store_part(tables, 0, [])
            remove_stale_parts(tables, max(1, len(starts)))
    finally:
        for future in running:
            future.cancel()


def _suspect(unit: _Unit, chunks: dict[int, _Chunk]) -> bool:
    """An input going again alone after its chunk's worker died: it may be the one that kills workers."""
    return len(unit.items) == 1 and chunks[unit.index].split


def _submit(
    client: Client, work: Any, unit: _Unit, chunk: _Chunk, options: ExtractOptions, tables: Path | None
) -> Future:
    """A whole chunk with tables writes its part on the worker; anything else returns its records."""
    if tables is None or chunk.split:
        return client.submit(work, unit.items, options, pure=False)
    return client.submit(tables_on_worker, work, unit.items, options, tables, unit.index, pure=False)


def _file(future: Future, unit: _Unit, chunks: dict[int, _Chunk], queue: deque[_Unit]) -> None:
    """File a finished task's records, queue its inputs again one by one, or give a lone input its error."""
    from distributed import KilledWorker

    if future.status == "finished":
        for k, records in enumerate(future.result()):
            chunks[unit.index].records[unit.offset + k] = records
        return
    if future.status == "cancelled":
        raise ClusterError(
            "the cluster cancelled a task: the client lost the scheduler, or it lost every worker"
        )
    exc = future.exception()
    if isinstance(exc, TablesError):
        raise exc
    chunks[unit.index].split = True
    if len(unit.items) > 1:
        # which input did it is unknown: each goes again alone
        queue.extend(_Unit(unit.index, unit.offset + k, [item]) for k, item in enumerate(unit.items))
        return
    item = unit.items[0]
    if isinstance(exc, KilledWorker) and unit.alone < _ALONE_RETRIES:
        queue.append(replace(unit, alone=unit.alone + 1))
        return
    if isinstance(exc, KilledWorker):
        failed = _crashed(item)
    else:
        failed = error_record(
            item, InternalError(f"a bug in wireclaims ({type(exc).__name__}: {exc}); please report it")
        )
    chunks[unit.index].records[unit.offset] = [failed]


def _crashed(item: InputItem) -> ErrorRecord:
    return ErrorRecord(
        article=ErrorArticle(id=item.id, path=item.path),
        error=ErrorDetail(
            code=CRASHED,
            message="every Dask worker analysing this story died; try it alone with --jobs 1",
        ),
    )


def extract_bag(
    paths: list[str], options: ExtractOptions | None = None, partition_size: int = BATCH
) -> dask.bag.Bag:
    """A dask Bag of the records of these stories, in input order (one record per story, error records
    included), analysed wherever the current Dask client runs its tasks.

    Example:
        >>> with Client("tcp://scheduler:8786"):
        ...     quotes = quotes_frame(extract_bag(["/shared/wire/2024/"]))

    Raises:
        MissingExtra: dask is not installed.
        UnreadableInput: a path does not exist.
    """
    require_dask()
    import dask.bag as db

    from wireclaims.run.remote import expand_inputs

    items = [for_workers(item) for item in expand_inputs(paths)]
    chosen = replace(options or ExtractOptions(), jobs=1)
    return db.from_sequence(items, partition_size=partition_size).map_partitions(_records_of, chosen)


def _records_of(items: Sequence[InputItem], options: ExtractOptions) -> list[Record]:
    return [record for group in analyse_on_worker(list(items), options) for record in group]


def table_frame(records: dask.bag.Bag, table: str) -> dask.dataframe.DataFrame:
    """A dask DataFrame of one analytics table (`write.tables.TABLES`) of a Bag of records: the rows of
    `write.tables.record_rows`, with the column types of the Parquet files (`write.parquet.schemas`)."""
    if table not in TABLES:
        raise ValueError(f"no table {table!r}; the tables are {', '.join(TABLES)}")
    import dask
    import dask.dataframe as dd

    meta = _frame([], table)
    parts = [dask.delayed(_frame)(part, table) for part in records.to_delayed()]
    return dd.from_delayed(parts, meta=meta, verify_meta=False)


def quotes_frame(records: dask.bag.Bag) -> dask.dataframe.DataFrame:
    """One row per quote: `table_frame(records, "quotes")`."""
    return table_frame(records, "quotes")


def claims_frame(records: dask.bag.Bag) -> dask.dataframe.DataFrame:
    """One row per claim: `table_frame(records, "claims")`."""
    return table_frame(records, "claims")


def speakers_frame(records: dask.bag.Bag) -> dask.dataframe.DataFrame:
    """One row per speaker: `table_frame(records, "speakers")`."""
    return table_frame(records, "speakers")


def _frame(records: list[Record], table: str) -> Any:
    """A pandas DataFrame of one table of these records, with pyarrow-backed columns: integers stay integers
    where a value is missing, dictionary columns stay dictionaries."""
    import pandas as pd

    from wireclaims.write.parquet import arrow_tables

    return arrow_tables(records)[table].to_pandas(types_mapper=pd.ArrowDtype)


def to_parquet(records: dask.bag.Bag, out_dir: str) -> int:
    """Write the analytics tables of a Bag of records under `out_dir` (`articles/`, `speakers/`, ...):
    partition k writes part k of every table, on the worker that holds it. How many parts.

    `out_dir` must be visible to the workers (a shared file system).
    """
    import dask

    from wireclaims.write.parquet import remove_stale_parts, write_part

    parts = records.to_delayed()
    dask.compute(*[dask.delayed(write_part)(Path(out_dir), k, part) for k, part in enumerate(parts)])
    remove_stale_parts(Path(out_dir), len(parts))
    return len(parts)
