"""`--cluster`: the batch on a Dask cluster (dask.distributed), records back in input order.

Tasks carry paths, never file bytes: each worker reads its inputs itself (a shared file system, where a
relative path is made absolute first, or fsspec URLs: `wireclaims.run.remote`), loads the pipeline once per
process (`nlp.load_pipeline` caches it by name) and returns the records of its chunk straight to the client.
Chunks are `options.BATCH` inputs, as with `--jobs`, so the records are byte-identical to `--jobs 1`. With
Parquet tables (`tables`), chunk k's worker writes part k of every table itself and returns only a `Tally` of
each record (error records whole), so the records never travel to the client. The tasks themselves are in
`run.distributed`.

Faults: Dask re-runs the tasks of a worker that died on another one (up to the scheduler's
`distributed.scheduler.allowed-failures`); a chunk that still fails goes again one input at a time, and only
an input that fails alone becomes an error record: `crashed` when it killed every worker it touched, twice
(a dying worker takes every task it was given, an innocent one beside the culprit too), `internal-error` when
the task raised. Within a worker the per-story `--timeout` does not apply (Dask runs
tasks in threads, where the timer cannot interrupt) and `--max-memory` is the worker's own `--memory-limit`.

dask is imported here only when a run starts: `pip install "wireclaims[dask]"`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from wireclaims.errors import InternalError
from wireclaims.inputs import InputItem
from wireclaims.models import Record
from wireclaims.options import BATCH, ExtractOptions
from wireclaims.run.cluster import ClusterError
from wireclaims.run.distributed import Group, analyse_on_worker, for_workers, store_records, tables_on_worker
from wireclaims.run.failures import crashed, error_record
from wireclaims.write.parquet import TablesError, remove_stale_parts, store_part

if TYPE_CHECKING:
    from distributed import Client, Future

# Chunks in flight per worker thread: one running, one queued so the worker never waits for the client.
WINDOW_PER_THREAD = 2
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
    units = [for_workers(item) for item in items]
    tables = None if tables is None else tables.absolute()  # as the workers see it
    flight = _InFlight(client, work, replace(options, jobs=1), tables)
    starts = range(0, len(units), chunk)
    admitted = emitted = 0
    try:
        while emitted < len(starts):
            window = max(1, sum(client.nthreads().values())) * WINDOW_PER_THREAD
            while admitted < len(starts) and len(flight.chunks) < window:
                flight.admit(admitted, units[starts[admitted] : starts[admitted] + chunk])
                admitted += 1
            flight.submit()
            while flight.done(emitted):
                yield from flight.give_back(emitted)
                emitted += 1
            if emitted < len(starts) and flight.running:
                flight.file_finished()
        if tables is not None:
            if not starts:
                store_part(tables, 0, [])
            remove_stale_parts(tables, max(1, len(starts)))
    finally:
        flight.cancel()


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


@dataclass
class _InFlight:
    """The chunks admitted and not yet given back, and their tasks: waiting, held back, and running."""

    client: Client
    work: Any
    options: ExtractOptions
    tables: Path | None
    chunks: dict[int, _Chunk] = field(default_factory=dict)
    queue: deque[_Unit] = field(default_factory=deque)
    suspects: deque[_Unit] = field(default_factory=deque)  # inputs of a chunk whose worker died, run alone
    running: dict[Future, _Unit] = field(default_factory=dict)

    def admit(self, index: int, items: Sequence[InputItem]) -> None:
        """Chunk `index`, queued as one task."""
        self.chunks[index] = _Chunk(list(items))
        self.queue.append(_Unit(index, 0, self.chunks[index].items))

    def submit(self) -> None:
        """Send the queued tasks to the cluster, suspects one at a time."""
        while self.queue:
            unit = self.queue.popleft()
            if self._suspect(unit):
                self.suspects.append(unit)
                continue
            self.running[self._submit(unit)] = unit
        if self.suspects and not any(self._suspect(u) for u in self.running.values()):
            # one suspect at a time, so that an innocent input never shares a worker with the culprit
            unit = self.suspects.popleft()
            self.running[self._submit(unit)] = unit

    def _suspect(self, unit: _Unit) -> bool:
        """An input going again alone after its chunk's worker died: it may be the one that kills workers."""
        return len(unit.items) == 1 and self.chunks[unit.index].split

    def _submit(self, unit: _Unit) -> Future:
        """A whole chunk with tables writes its part on the worker; anything else returns its records."""
        if self.tables is None or self.chunks[unit.index].split:
            return self.client.submit(self.work, unit.items, self.options, pure=False)
        return self.client.submit(
            tables_on_worker, self.work, unit.items, self.options, self.tables, unit.index, pure=False
        )

    def done(self, index: int) -> bool:
        """Whether chunk `index` is admitted and has the records of all its inputs."""
        return index in self.chunks and len(self.chunks[index].records) == len(self.chunks[index].items)

    def give_back(self, index: int) -> list[Group]:
        """The records of done chunk `index`, in input order, which leaves the window; with tables, a chunk
        that went again one by one is written here, as part `index`."""
        chunk = self.chunks.pop(index)
        groups = [chunk.records[k] for k in range(len(chunk.items))]
        if self.tables is not None and chunk.split:
            groups = store_records(self.tables, index, cast(list[list[Record]], groups), self.options.debug)
        return groups

    def file_finished(self) -> None:
        """Wait for at least one running task to finish, and file what came of each that did."""
        from distributed import wait

        finished = wait(list(self.running), return_when="FIRST_COMPLETED").done
        for future in finished:
            self._file(future, self.running.pop(future))

    def _file(self, future: Future, unit: _Unit) -> None:
        """File a finished task's records, queue its inputs again one by one, or give a lone input its
        error."""
        from distributed import KilledWorker

        if future.status == "finished":
            for k, records in enumerate(future.result()):
                self.chunks[unit.index].records[unit.offset + k] = records
            return
        if future.status == "cancelled":
            raise ClusterError(
                "the cluster cancelled a task: the client lost the scheduler, or it lost every worker"
            )
        exc = future.exception()
        if isinstance(exc, TablesError):
            raise exc
        self.chunks[unit.index].split = True
        if len(unit.items) > 1:
            # which input did it is unknown: each goes again alone
            self.queue.extend(_Unit(unit.index, unit.offset + k, [item]) for k, item in enumerate(unit.items))
            return
        if isinstance(exc, KilledWorker) and unit.alone < _ALONE_RETRIES:
            self.queue.append(replace(unit, alone=unit.alone + 1))
            return
        self.chunks[unit.index].records[unit.offset] = [_lone_failure(unit.items[0], exc)]

    def cancel(self) -> None:
        """Cancel the tasks still running (stopping early, or a fault)."""
        for future in self.running:
            future.cancel()


def _lone_failure(item: InputItem, exc: BaseException | None) -> Record:
    """The error record of an input that failed alone: `crashed` when it killed its workers, else a bug."""
    from distributed import KilledWorker

    if isinstance(exc, KilledWorker):
        return crashed(item, "every Dask worker analysing this story died; try it alone with --jobs 1")
    return error_record(
        item, InternalError(f"a bug in wireclaims ({type(exc).__name__}: {exc}); please report it")
    )
