"""Per-story guards: a time limit that interrupts a stalled analysis, and a memory limit for worker processes.

The time limit is an interval timer (SIGALRM) in the thread that analyses: when it fires, the Python code
running for the story is interrupted and the story becomes a `timeout` record. Code stuck inside a C
extension cannot be interrupted this way; with `--jobs` > 1 the parent also kills a worker that overruns
its task (`run.pool`), so every story still ends within a bound.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType


class Expired(BaseException):
    """Raised inside the analysis when its time is up.

    A BaseException, so that no `except Exception` on the way can swallow it.
    """


def can_interrupt() -> bool:
    """Whether `deadline` can interrupt here: POSIX interval timers, in the main thread only."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise `Expired` in this block once `seconds` have passed.

    No limit when `seconds` is None or 0, or where the timer cannot be used (a thread other than the main
    one, a platform without SIGALRM)."""
    if not seconds or seconds <= 0 or not can_interrupt():
        yield
        return

    def _expired(signum: int, frame: FrameType | None) -> None:
        raise Expired

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def limit_memory(megabytes: int | None) -> bool:
    """Cap this process's address space, so that an allocation past it fails (a `MemoryError` in Python code)
    instead of the machine swapping or the OOM killer choosing a victim. Only for worker processes: the
    limit cannot be lifted again. Whether a limit was set."""
    if not megabytes:
        return False
    try:
        import resource
    except ImportError:  # not on this platform
        return False
    limit = megabytes * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        return False
    return True
