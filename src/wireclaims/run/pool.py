"""The worker processes of `--jobs N`: start them, give each one task, hear back what came of it.

Each worker loads the pipeline once and then answers tasks sent over its own pipe. Workers are never forked
from the parent, which may hold a loaded model, thread pools and locks: they come from a fork server that has
only imported the code (or are spawned, where there is no fork server), so a replacement for a dead worker
starts in about the time of a model load. A worker that dies, raises, or overruns its time is replaced, and
its task comes back as the error record of its first input (`run.workers` decides what to do with it).
"""

from __future__ import annotations

import multiprocessing
import signal
import time
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess
from typing import cast

from wireclaims.errors import InternalError, StoryTimeout, WorkerFailed
from wireclaims.inputs import InputItem
from wireclaims.models import ErrorRecord, Record
from wireclaims.nlp import load_pipeline
from wireclaims.options import ExtractOptions
from wireclaims.run.failures import crashed, error_record
from wireclaims.run.guard import limit_memory

_READY = "ready"  # a worker's first message, once its pipeline is loaded
# A worker stuck past its task's time (C code that the per-story timer cannot interrupt) is killed: each input
# may take --timeout for reading, parsing and extraction, a feed several times that; plus slack for start-up.
_OVERRUN_FACTOR = 4
_OVERRUN_SLACK = 60.0

# A worker's job: a chunk of inputs -> the records of each input, one list per input.
Work = Callable[[list[InputItem], ExtractOptions], list[list[Record]]]
# A worker's answer: (the records of each input, None), or (None, the traceback of what it raised).
_Answer = tuple[list[list[Record]] | None, str | None]
# What came of a task: the records of each of its inputs, or the error record of its first input.
Outcome = list[list[Record]] | ErrorRecord


@dataclass(frozen=True)
class Unit:
    """One task for a worker: inputs of chunk `index` starting at `offset` within it."""

    index: int
    offset: int
    items: list[InputItem]


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    unit: Unit | None = None
    ready: bool = False  # the pipeline is loaded: a death from now on is a story's doing
    since: float = 0.0  # when it was given its unit (time.monotonic)


class Pool:
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

    def give(self, slot: int, queue: deque[Unit]) -> None:
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

    def collect(self) -> list[tuple[Unit, Outcome]]:
        """Wait for at least one busy worker to answer or die; what came of each task that ended, in slot
        order. A worker that died or was stopped is replaced.

        Raises:
            WorkerFailed: a worker died while loading the pipeline (every worker would).
        """
        busy = [(slot, w, w.unit) for slot, w in enumerate(self.workers) if w.unit is not None]
        if not busy:  # a task went back to the queue: nothing to wait for
            return []
        deadlines = [d for _, w, _ in busy if (d := self._deadline(w)) is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        wait([w.conn for _, w, _ in busy] + [w.process.sentinel for _, w, _ in busy], timeout)
        ended: list[tuple[Unit, Outcome]] = []
        for slot, worker, unit in busy:
            outcome = self._outcome(slot, worker, unit)
            if outcome is None:
                continue
            failed = isinstance(outcome, ErrorRecord)
            if failed and (worker.unit is not None or not worker.process.is_alive()):
                self._restart(slot)
            ended.append((unit, outcome))
        return ended

    def _outcome(self, slot: int, worker: _Worker, unit: Unit) -> Outcome | None:
        """What came of the task of a busy worker; None while it is still at work."""
        if worker.conn.poll():
            try:
                message = worker.conn.recv()
            except (EOFError, OSError):
                message = None  # it died while answering: the same as dying before
            if message == _READY:
                worker.ready = True
                return None
            if message is not None:
                return self._answer(worker, unit, message)
        elif worker.process.is_alive():
            return self._overrun(worker, unit)
        return self._died(slot, worker, unit)

    def _answer(self, worker: _Worker, unit: Unit, message: _Answer) -> Outcome:
        """The worker's records, or, when its own nets failed (a bug, or records that cannot be sent back),
        an `internal-error` record."""
        worker.unit = None
        groups, error = message
        if error is None:
            return cast(list[list[Record]], groups)
        return error_record(unit.items[0], InternalError(_bug(error, self.options.debug)))

    def _overrun(self, worker: _Worker, unit: Unit) -> ErrorRecord | None:
        """A `timeout` record once a live worker is past its deadline (it is killed); else None."""
        deadline = self._deadline(worker)
        if deadline is None or time.monotonic() < deadline:
            return None
        seconds = time.monotonic() - worker.since
        worker.process.kill()  # stuck where the story's own timer cannot reach
        return error_record(unit.items[0], StoryTimeout(f"the worker was stopped after {seconds:.0f} s"))

    def _died(self, slot: int, worker: _Worker, unit: Unit) -> ErrorRecord:
        """A `crashed` record for a worker that died with a task."""
        worker.process.join()  # dead or dying: its exit code says how
        how = _how(worker.process.exitcode)
        if not worker.ready:
            self._restart(slot)
            # not a story's doing: every worker would die the same way
            raise WorkerFailed(f"a worker process died while loading the pipeline ({how}); see stderr")
        return crashed(
            unit.items[0],
            f"the worker process analysing this story died ({how}); try it alone with --jobs 1",
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
            answer: _Answer
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
