"""`--jobs N`: chunks of inputs analysed in worker processes, records back in input order.

Each worker loads the pipeline once and then answers chunks sent over its own pipe. Workers are never forked
from the parent, which may hold a loaded model, thread pools and locks: they come from a fork server that has
only imported the code (or are spawned, where there is no fork server), so a replacement for a dead worker
starts in about the time of a model load. The parent keeps a bounded window of chunks open and yields each
record as soon as every record before it is out, so memory does not grow with the corpus.

A worker that dies (a segfault in a C extension, the OOM killer), raises, or overruns its time takes only its
chunk with it: those inputs are re-run one at a time, and only an input that does it on its own becomes an
error record ('crashed', 'internal-error' or 'timeout'; one record, even for a feed file of several stories:
which of them did it is not known).
"""

from __future__ import annotations

import multiprocessing
import signal
import time
import traceback
from collections import deque
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess

from wireclaims.errors import InternalError, StoryTimeout
from wireclaims.errors import WorkerFailed as WorkerFailed  # importable from here as before
from wireclaims.inputs import InputItem
from wireclaims.models import ErrorArticle, ErrorDetail, ErrorRecord, Record
from wireclaims.nlp import load_pipeline
from wireclaims.options import BATCH, ExtractOptions
from wireclaims.run.failures import error_record
from wireclaims.run.guard import limit_memory

CRASHED = "crashed"
# One chunk is one `nlp.pipe` batch of `run_inputs_here`, so records do not depend on how chunks met workers.
CHUNK = BATCH
# Chunks open at once per worker: one being analysed, one finished and waiting for the slowest before it.
WINDOW_PER_WORKER = 2
_READY = "ready"  # a worker's first message, once its pipeline is loaded
# A worker stuck past its task's time (C code that the per-story timer cannot interrupt) is killed: each input
# may take --timeout for reading, parsing and extraction, a feed several times that; plus slack for start-up.
_OVERRUN_FACTOR = 4
_OVERRUN_SLACK = 60.0

# A worker's job: a chunk of inputs -> the records of each input, one list per input.
Work = Callable[[list[InputItem], ExtractOptions], list[list[Record]]]


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
    pool = _Pool(replace(options, jobs=1), work, max(1, options.jobs))
    starts = range(0, len(items), CHUNK)
    chunks: dict[int, _Chunk] = {}
    queue: deque[_Unit] = deque()
    try:
        emitted = 0
        while emitted < len(starts):
            for slot in pool.idle():
                admitted = len(chunks) + emitted
                if not queue and admitted < len(starts) and len(chunks) < pool.size * WINDOW_PER_WORKER:
                    chunk = _Chunk(list(items[starts[admitted] : starts[admitted] + CHUNK]))
                    chunks[admitted] = chunk
                    queue.append(_Unit(admitted, 0, chunk.items))
                if not queue:
                    break
                pool.give(slot, queue)
            while emitted in chunks and chunks[emitted].done:
                yield from chunks.pop(emitted).in_order()
                emitted += 1
            if emitted < len(starts):
                pool.collect(chunks, queue)
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


@dataclass(frozen=True)
class _Unit:
    """One task for a worker: inputs of chunk `index` starting at `offset` within it."""

    index: int
    offset: int
    items: list[InputItem]


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    unit: _Unit | None = None
    ready: bool = False  # the pipeline is loaded: a death from now on is a story's doing
    since: float = 0.0  # when it was given its unit (time.monotonic)


class _Pool:
    """Worker processes, each with its own pipe and at most one task."""

    def __init__(self, options: ExtractOptions, work: Work, size: int) -> None:
        self.options = options
        self.work = work
        self.size = size
        self.context = _context()
        self.workers = [self._start() for _ in range(size)]

    def _start(self) -> _Worker:
        conn, child = self.context.Pipe()
        # daemon: stopped when the parent exits; a parent killed outright closes the pipe and recv() ends them
        process = self.context.Process(target=_serve, args=(child, self.options, self.work), daemon=True)
        process.start()
        child.close()
        return _Worker(process, conn)

    def _restart(self, slot: int) -> None:
        old = self.workers[slot]
        old.conn.close()
        old.process.join()
        self.workers[slot] = self._start()

    def idle(self) -> list[int]:
        """Slots of workers without a task."""
        return [slot for slot, worker in enumerate(self.workers) if worker.unit is None]

    def give(self, slot: int, queue: deque[_Unit]) -> None:
        """Send the next task of `queue` to the worker in `slot`."""
        unit = queue.popleft()
        try:
            self.workers[slot].conn.send(unit.items)
        except OSError:
            # it died after its last answer: the task goes back first in line, to a fresh worker
            queue.appendleft(unit)
            self._restart(slot)
        else:
            self.workers[slot].unit = unit
            self.workers[slot].since = time.monotonic()

    def _deadline(self, worker: _Worker) -> float | None:
        """When a busy worker counts as stuck; None without a time limit."""
        if not self.options.timeout or worker.unit is None:
            return None
        budget = self.options.timeout * _OVERRUN_FACTOR * len(worker.unit.items) + _OVERRUN_SLACK
        return worker.since + budget

    def collect(self, chunks: dict[int, _Chunk], queue: deque[_Unit]) -> None:
        """Wait for at least one busy worker to answer or die, and file what came back."""
        busy = [(slot, w, w.unit) for slot, w in enumerate(self.workers) if w.unit is not None]
        if not busy:  # a task went back to the queue: nothing to wait for
            return
        deadlines = [d for _, w, _ in busy if (d := self._deadline(w)) is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        wait([w.conn for _, w, _ in busy] + [w.process.sentinel for _, w, _ in busy], timeout)
        for slot, worker, unit in busy:
            failed: ErrorRecord | None = None
            if worker.conn.poll():
                try:
                    message = worker.conn.recv()
                except (EOFError, OSError):
                    message = None  # it died while answering: the same as dying before
                if message == _READY:
                    worker.ready = True
                    continue
                if message is not None:
                    groups, error = message
                    if error is None:
                        chunk = chunks[unit.index]
                        for k, records in enumerate(groups):
                            chunk.records[unit.offset + k] = records
                        worker.unit = None
                        continue
                    # the worker's own nets failed (a bug, or records that cannot be sent back)
                    worker.unit = None
                    failed = error_record(unit.items[0], InternalError(_bug(error, self.options.debug)))
            elif worker.process.is_alive():
                deadline = self._deadline(worker)
                if deadline is None or time.monotonic() < deadline:
                    continue
                seconds = time.monotonic() - worker.since
                worker.process.kill()  # stuck where the story's own timer cannot reach
                failed = error_record(
                    unit.items[0], StoryTimeout(f"the worker was stopped after {seconds:.0f} s")
                )
            if failed is None:
                worker.process.join()  # dead or dying: its exit code says how
                how = _how(worker.process.exitcode)
                if not worker.ready:
                    self._restart(slot)
                    # not a story's doing: every worker would die the same way
                    raise WorkerFailed(
                        f"a worker process died while loading the pipeline ({how}); see stderr"
                    )
                failed = _crashed(unit.items[0], how)
            if worker.unit is not None or not worker.process.is_alive():
                self._restart(slot)
            if len(unit.items) == 1:
                chunks[unit.index].records[unit.offset] = [failed]
            else:
                # which input did it is unknown: each one goes again alone, ahead of new chunks
                queue.extendleft(
                    _Unit(unit.index, unit.offset + k, [item])
                    for k, item in reversed(list(enumerate(unit.items)))
                )

    def close(self) -> None:
        """Stop every worker now: they hold nothing worth waiting for, and a clean exit is slow."""
        for worker in self.workers:
            worker.process.terminate()
        for worker in self.workers:
            worker.process.join()
            worker.conn.close()


def _context() -> ForkServerContext | SpawnContext:
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # the server imports spaCy and the extractors once; every worker forked from it skips that import
    context.set_forkserver_preload(["wireclaims.run.batch"])
    return context


def _serve(conn: Connection, options: ExtractOptions, work: Work) -> None:
    """A worker's life: load the pipeline once, then answer each chunk until stopped."""
    # Ctrl-C reaches the whole process group: the parent handles it and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    load_pipeline(options.model)
    # after the load: the limit is for what one story needs on top of the pipeline
    limit_memory(options.max_memory)
    try:
        conn.send(_READY)
        while True:
            try:
                items = conn.recv()
            except EOFError:  # the parent is gone
                return
            answer: tuple[list[list[Record]] | None, str | None]
            try:
                answer = (work(items, options), None)
            except Exception:  # noqa: BLE001 - not hidden: the parent makes it the culprit's error record
                answer = (None, traceback.format_exc())
            try:
                conn.send(answer)
            except (OSError, EOFError):
                raise
            except Exception:  # noqa: BLE001 - records that cannot be pickled: reported like a bug
                conn.send((None, traceback.format_exc()))
    except (OSError, EOFError):
        # the parent is gone (killed, or stopped reading): nobody is left to read a traceback
        return


def _how(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit code {exitcode}"


def _bug(trace: str, debug: bool) -> str:
    """An `internal-error` message from a worker's traceback: its last line, where, and a request (and the
    whole traceback with `--debug`)."""
    lines = [line for line in trace.strip().splitlines() if line.strip()]
    places = [line.strip() for line in lines if line.lstrip().startswith("File ")]
    where = f" ({places[-1]})" if places else ""
    message = f"a bug in wireclaims ({lines[-1] if lines else 'unknown'}{where}); please report it"
    return f"{message}\n{trace.rstrip()}" if debug else message


def _crashed(item: InputItem, how: str) -> ErrorRecord:
    return ErrorRecord(
        article=ErrorArticle(id=item.id, path=item.path),
        error=ErrorDetail(
            code=CRASHED,
            message=f"the worker process analysing this story died ({how}); try it alone with --jobs 1",
        ),
    )
