"""Writing records: JSON Lines to a stream, one JSON file per article, or one .jsonl file; atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from wireclaims.inputs import ITEM_MARK, InputItem
from wireclaims.models import Record


def to_json(record: Record, pretty: bool = False) -> str:
    """Deterministic JSON: field order from the models, ids in reading order, no trailing spaces."""
    return record.model_dump_json(indent=2 if pretty else None)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _open_temp(path: Path) -> tuple[int, str]:
    """A temporary file beside `path` with the mode a plain `open()` would give, not mkstemp's 0600."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with contextlib.suppress(OSError):
        os.fchmod(fd, 0o666 & ~_umask())
    return fd, tmp


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that readers see the old content or the new, never half of it."""
    fd, tmp = _open_temp(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


@contextlib.contextmanager
def atomic_stream(path: Path) -> Iterator[IO[str]]:
    """A text stream whose file appears under `path` only when the block completes."""
    fd, tmp = _open_temp(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


def output_path(out_dir: Path, relative: Path) -> Path:
    """`-o DIR`: the input's relative path, mirrored, with `.json` appended to the name."""
    return out_dir / relative.parent / f"{relative.name}.json"


def remove_stale_outputs(out_dir: Path, item: InputItem, count: int) -> int:
    """Delete the outputs an earlier run wrote for stories this input no longer holds: `name.json` when it
    now holds several, `name#k.json` beyond its `count` stories (a feed that shrank, or became one story).
    How many went."""
    stale = [output_path(out_dir, item.relative)] if count > 1 else []
    k = count + 1 if count > 1 else 1
    while True:
        path = output_path(out_dir, item.relative.with_name(f"{item.relative.name}{ITEM_MARK}{k}"))
        if not path.exists():
            break
        stale.append(path)
        k += 1
    removed = 0
    for path in stale:
        if path.exists():
            path.unlink()
            removed += 1
    return removed
