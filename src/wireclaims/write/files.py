"""Writing records: JSON Lines to a stream, one JSON file per article, or one .jsonl file; atomically."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path, PurePath
from typing import IO, Any

from wireclaims.errors import OutputCollision
from wireclaims.inputs import ITEM_MARK, InputItem, printable
from wireclaims.models import Record

# An output's name, with the temporary name `write_atomic` gives it first (`.<name>.<8 random>.tmp`),
# must fit the file system's 255-byte name limit.
_NAME_MAX = 255
_TEMP_EXTRA = len("..XXXXXXXX.tmp")
# Room kept for an item's `#k` (k up to 15 digits), so that an input's items share its shortened name.
_ITEM_ROOM = 16
_MAX_BASE = _NAME_MAX - _TEMP_EXTRA - len(".json") - _ITEM_ROOM
_DIGEST = 16  # hex digits of sha256 kept in a shortened name
# `relative.name` of item k of an input: `<name>#k` (a real file's name never ends so: `output_name`).
_ITEM = re.compile(rf"(.*)({re.escape(ITEM_MARK)}\d+)", re.DOTALL)
_ITEM_OUTPUT = re.compile(rf"(.*){re.escape(ITEM_MARK)}\d+\.json", re.DOTALL)
_ITEM_SUFFIX = re.compile(rf"{re.escape(ITEM_MARK)}\d+\.json$")


def to_json(record: Record, pretty: bool = False) -> str:
    """Deterministic JSON: field order from the models, ids in reading order, no trailing spaces."""
    return record.model_dump_json(indent=2 if pretty else None)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _open_temp(path: Path) -> tuple[int, str]:
    """A temporary file beside `path` with the mode a plain `open()` would give, not mkstemp's 0600.

    It stays locked (flock) while open: `remove_leftover_temps` leaves a locked one alone, as a live run
    is writing it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        fcntl.flock(fd, fcntl.LOCK_EX)
        # a cleaner may have taken it for a leftover between its creation and the lock
        with contextlib.suppress(OSError):
            if _same(Path(tmp).stat(), os.fstat(fd)):
                break
        os.close(fd)
    with contextlib.suppress(OSError):
        os.fchmod(fd, 0o666 & ~_umask())
    return fd, tmp


def _same(one: os.stat_result, other: os.stat_result) -> bool:
    return (one.st_dev, one.st_ino) == (other.st_dev, other.st_ino)


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that readers see the old content or the new, never half of it."""
    write_atomic_bytes(path, text.encode("utf-8"))  # as written: no newline translation


def write_atomic_bytes(path: Path, data: bytes) -> None:
    """`write_atomic` for bytes (a Parquet part file)."""
    with _atomic(path, binary=True) as handle:
        handle.write(data)


@contextlib.contextmanager
def atomic_stream(path: Path) -> Iterator[IO[str]]:
    """A text stream whose file appears under `path` only when the block completes."""
    with _atomic(path, binary=False) as handle:
        yield handle


@contextlib.contextmanager
def _atomic(path: Path, binary: bool) -> Iterator[IO[Any]]:
    """A temporary file beside `path`, renamed onto it, synced, when the block completes; removed if not."""
    fd, tmp = _open_temp(path)
    try:
        opened = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        with opened as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            Path(tmp).replace(path)  # while the lock is held
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


def remove_leftover_temps(path: Path) -> int:
    """Delete the temporary files that runs killed while writing `path` left beside it; how many went.

    A temporary file another run is writing right now is locked, and stays.
    """
    pattern = re.compile(rf"\.{re.escape(path.name)}\.\w+\.tmp", re.ASCII)
    try:
        names = [entry.name for entry in path.parent.iterdir() if pattern.fullmatch(entry.name)]
    except OSError:
        return 0
    return sum(discard_if_abandoned(path.parent / name) for name in names)


def remove_partial_writes(outputs: Iterable[Path]) -> int:
    """Delete the temporary files a killed run left beside these outputs or their items' outputs; how many
    went.

    They are `write_atomic`'s: `.<name>.<random>.tmp` in the output's folder; item k of an input
    writes `<input output name without .json>#k.json`.
    """
    wanted: dict[Path, set[str]] = {}
    for output in outputs:
        wanted.setdefault(output.parent, set()).add(output.name)
    removed = 0
    for folder, names in wanted.items():
        if not folder.is_dir():
            continue
        for entry in folder.iterdir():
            name = entry.name
            if not (name.startswith(".") and name.endswith(".tmp")):
                continue
            target = name[1:-4].rpartition(".")[0]
            # a live run's temporary file is locked while it is written: only an abandoned one goes
            if (target in names or _ITEM_SUFFIX.sub(".json", target) in names) and discard_if_abandoned(
                entry
            ):
                removed += 1
    return removed


def discard_if_abandoned(tmp: Path) -> bool:
    """Delete the temporary file `tmp` unless a live process holds its lock; whether it went."""
    try:
        fd = os.open(tmp, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        if not _same(tmp.lstat(), os.fstat(fd)):  # replaced since it was opened
            return False
        tmp.unlink()
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def output_path(out_dir: Path, relative: Path) -> Path:
    """`-o DIR`: the input's relative path, mirrored, with `.json` appended to the name.

    A name too long for the file system (with the temporary name `write_atomic` gives it first) keeps its
    first bytes and gets `~` and 16 hex digits of the name's sha256 instead of the rest: stable from run to
    run, and the same for every item of one input (`<short name>#k.json`).
    """
    found = _ITEM.fullmatch(relative.name)
    base, item = (found[1], found[2]) if found else (relative.name, "")
    return out_dir / relative.parent / f"{_fit(base)}{item}.json"


def _fit(name: str) -> str:
    data = os.fsencode(name)
    if len(data) <= _MAX_BASE:
        return name
    digest = hashlib.sha256(data).hexdigest()[:_DIGEST]
    cut = _MAX_BASE - 1 - _DIGEST
    while cut and data[cut] & 0xC0 == 0x80:  # never cut a UTF-8 character in two
        cut -= 1
    return f"{os.fsdecode(data[:cut])}~{digest}"


def output_collisions(out_dir: Path, items: Sequence[InputItem]) -> list[OutputCollision | None]:
    """For each input, in order, None or why `-o DIR` cannot write its output: an earlier input has the
    same output (two files of the same name from different folders, or one file given twice), or needs as
    a folder what this one writes as a file (or the other way around). The later input is the one left
    out, so the outcome does not depend on which of them runs first.
    """
    taken = _Taken()
    found: list[OutputCollision | None] = []
    for item in items:
        output = PurePath(output_path(Path(), item.relative))
        clash = taken.clash(output)
        if clash is None:
            taken.add(output, item)
            found.append(None)
            continue
        where, other = clash
        target, shown = printable(str(out_dir / output)), printable(str(out_dir / where))
        found.append(
            OutputCollision(
                f"-o would write it to {target}, the output of {other.path}: it is left out (name a folder "
                "that holds both, and -o mirrors their folders)"
                if where == output and output in taken.files
                else f"-o would write it to {target}, but {shown} is in the way, for {other.path}: "
                "it is left out"
            )
        )
    return found


class _Taken:
    """The `-o DIR` names the inputs so far use: each input's output (its items' outputs are named after
    it), and the folders they are in, indexed by the output they would stand in the way of."""

    def __init__(self) -> None:
        self.files: dict[PurePath, InputItem] = {}
        self.folders: dict[PurePath, tuple[PurePath, InputItem]] = {}

    def add(self, output: PurePath, item: InputItem) -> None:
        self.files[output] = item
        for folder in output.parents[:-1]:
            self.folders.setdefault(self._owner(folder), (folder, item))

    def clash(self, output: PurePath) -> tuple[PurePath, InputItem] | None:
        """The path in the way of `output` (or of its items' outputs), and whose it is."""
        if output in self.files:
            return output, self.files[output]
        if output in self.folders:
            return self.folders[output]
        for folder in output.parents[:-1]:
            owner = self.files.get(self._owner(folder))
            if owner is not None:
                return folder, owner
        return None

    @staticmethod
    def _owner(path: PurePath) -> PurePath:
        """The output whose name `path` has: `x.json` for item k's `x#k.json`, else `path` itself."""
        item = _ITEM_OUTPUT.fullmatch(path.name)
        return path.with_name(f"{item[1]}.json") if item else path


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
