"""`--jobs N`: chunks of inputs analysed in worker processes (`run.pool`), records back in input order.

The parent keeps a bounded window of chunks open and yields each record as soon as every record before it is
out, so memory does not grow with the corpus.

A worker that dies (a segfault in a C extension, the OOM killer), raises, or overruns its time takes only its
chunk with it: those inputs are re-run one at a time, and only an input that does it on its own becomes an
error record ('crashed', 'internal-error' or 'timeout'; one record, even for a feed file of several stories:
which of them did it is not known).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field, replace

from wireclaims.errors import WorkerFailed as WorkerFailed  # importable from here as before
from wireclaims.inputs import InputItem
from wireclaims.models import ErrorRecord, Record
from wireclaims.options import BATCH, ExtractOptions
from wireclaims.run.pool import Outcome, Pool, Unit, Work

# One chunk is one `nlp.pipe` batch of `run_inputs_here`, so records do not depend on how chunks met workers.
CHUNK = BATCH
# Chunks open at once per worker: one being analysed, one finished and waiting for the slowest before it.
WINDOW_PER_WORKER = 2


def run_parallel(
    items: Sequence[InputItem], options: ExtractOptions, work: Work
) -> Generator[list[Record], None, None]:
    """The records of each input, one list per input in input order, from `options.jobs` worker processes.

    Close the iterator when stopping early: that stops the workers.

    Args:
        items: the inputs.
        options: as for `run.batch.run`.
        work: what a worker applies to a chunk, a module-level function: `run.batch.analyse_chunk` (tests
            pass one that crashes). Passed in, so that this module never imports the pipeline.

    Raises:
        WorkerFailed: a worker could not load the pipeline.
    """
    pool = Pool(replace(options, jobs=1), work, max(1, options.jobs))
    starts = range(0, len(items), CHUNK)
    chunks: dict[int, _Chunk] = {}
    queue: deque[Unit] = deque()
    try:
        emitted = 0
        while emitted < len(starts):
            _dispatch(pool, items, starts, emitted, chunks, queue)
            while emitted in chunks and chunks[emitted].done:
                yield from chunks.pop(emitted).in_order()
                emitted += 1
            if emitted < len(starts):
                for unit, outcome in pool.collect():
                    _file(unit, outcome, chunks, queue)
    finally:
        pool.close()


@dataclass
class _Chunk:
    """Consecutive inputs sent out together, and their records as they come back (a list per input)."""

    items: list[InputItem]
    records: dict[int, list[Record]] = field(default_factory=dict)

    @property
    def done(self) -> bool:
        return len(self.records) == len(self.items)

    def in_order(self) -> list[list[Record]]:
        return [self.records[k] for k in range(len(self.items))]


def _dispatch(
    pool: Pool,
    items: Sequence[InputItem],
    starts: range,
    emitted: int,
    chunks: dict[int, _Chunk],
    queue: deque[Unit],
) -> None:
    """Give each idle worker a task: inputs going again alone first, else the next chunk while the window
    (`WINDOW_PER_WORKER` chunks per worker, counted from the first not yet given back) has room."""
    for slot in pool.idle():
        admitted = len(chunks) + emitted
        if not queue and admitted < len(starts) and len(chunks) < pool.size * WINDOW_PER_WORKER:
            chunk = _Chunk(list(items[starts[admitted] : starts[admitted] + CHUNK]))
            chunks[admitted] = chunk
            queue.append(Unit(admitted, 0, chunk.items))
        if not queue:
            break
        pool.give(slot, queue)


def _file(unit: Unit, outcome: Outcome, chunks: dict[int, _Chunk], queue: deque[Unit]) -> None:
    """File a task's records; a failed task's inputs go again one by one, a lone input keeps its error."""
    chunk = chunks[unit.index]
    if not isinstance(outcome, ErrorRecord):
        for k, records in enumerate(outcome):
            chunk.records[unit.offset + k] = records
    elif len(unit.items) == 1:
        chunk.records[unit.offset] = [outcome]
    else:
        # which input did it is unknown: each one goes again alone, ahead of new chunks
        queue.extendleft(
            Unit(unit.index, unit.offset + k, [item]) for k, item in reversed(list(enumerate(unit.items)))
        )
