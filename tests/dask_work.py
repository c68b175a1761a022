"""Task functions for tests/test_distributed.py, importable by the Dask workers it starts (PYTHONPATH)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from wireclaims.inputs import InputItem
from wireclaims.models import Record
from wireclaims.options import ExtractOptions
from wireclaims.run.distributed import analyse_on_worker

# The slow story's task waits this long the first time, so that the test can kill its worker mid-task.
SLOW_SECONDS = 20.0


def _where(item: InputItem) -> Path:
    return Path(item.source or item.path)


def slow_once(items: list[InputItem], options: ExtractOptions) -> list[list[Record]]:
    """The analysis; a chunk holding a `slow-*` story first writes this worker's pid beside it and waits, the
    first time only (the test kills the worker meanwhile; the rerun on another worker goes straight on)."""
    for item in items:
        marker = _where(item).with_name("worker.pid")
        if _where(item).name.startswith("slow-") and not marker.exists():
            marker.write_text(str(os.getpid()), encoding="utf-8")
            time.sleep(SLOW_SECONDS)
    return analyse_on_worker(items, options)


def poisoned(items: list[InputItem], options: ExtractOptions) -> list[list[Record]]:
    """The analysis, except that a `poison-*` story kills the worker process analysing it, every time."""
    if any(_where(item).name.startswith("poison-") for item in items):
        os._exit(1)
    return analyse_on_worker(items, options)
