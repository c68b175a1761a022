"""What `wireclaims extract` (and `wireclaims.extract_files`) was asked for: one frozen object, built once.

Its own module, so that the batch runner (`run.batch`) and the worker pool (`run.workers`) both read it
without importing each other.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from wireclaims.inputs import DEFAULT_MAX_BYTES

# Stories parsed together by one `nlp.pipe` call; also one worker's chunk, so records do not depend on how
# chunks met workers.
BATCH = 16

# Per-story limits (`--timeout`, `--max-memory`). A wire story takes well under a second and a worker about
# 350 MB of address space with the pipeline; a 4 MB story takes about two minutes and peaks at about 700 MB
# (parsed in windows, `nlp.parse_all`), so both stay far above honest work.
DEFAULT_TIMEOUT = 600.0
DEFAULT_MAX_MEMORY = 4_096


@dataclass(frozen=True)
class ExtractOptions:
    """Everything `wireclaims extract` was asked for, built once from the command line.

    Attributes:
        model: spaCy pipeline name or path; `blank:en` for rules only; None for the shipped one.
        input_format: a format to force instead of detecting it (`loaders.LOADERS`).
        max_bytes: larger inputs become `too-large` error records.
        fail_fast: the CLI stops at the first input that fails.
        jobs: worker processes; 1 analyses in this process.
        timeout: seconds one story's reading, parsing or extraction may take before it becomes a `timeout`
            record; None for no limit.
        max_memory: megabytes of address space a worker process may use (`--jobs` > 1); None for no limit.
        debug: error records of bugs carry the whole traceback.
        extra: free settings for tests and experiments; wireclaims itself reads none.
    """

    model: str | None = None
    input_format: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    fail_fast: bool = False
    jobs: int = 1
    timeout: float | None = DEFAULT_TIMEOUT
    max_memory: int | None = DEFAULT_MAX_MEMORY
    debug: bool = False
    extra: dict[str, str] = field(default_factory=dict)


def per_core(jobs: int | None) -> int:
    """`--jobs`: the number asked for, else one worker process per core."""
    return jobs or os.cpu_count() or 1


def from_command_line(
    *,
    model: str | None,
    input_format: str | None,
    max_bytes: int,
    fail_fast: bool,
    jobs: int | None,
    timeout: float,
    max_memory: int,
    debug: bool,
) -> ExtractOptions:
    """The options from the values of `wireclaims extract`'s flags, where no `--jobs` is one worker per core
    and a `--timeout` or `--max-memory` of 0 is no limit."""
    return ExtractOptions(
        model=model,
        input_format=input_format,
        max_bytes=max_bytes,
        fail_fast=fail_fast,
        jobs=per_core(jobs),
        timeout=timeout or None,
        max_memory=max_memory or None,
        debug=debug,
    )
