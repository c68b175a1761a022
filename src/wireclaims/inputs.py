"""Walking the command line's paths into a sorted, stable stream of inputs."""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import BinaryIO

from wireclaims.errors import TooLarge, UnreadableInput

STDIN = "-"
# Default --max-bytes: far above any wire story, far below what would strain memory.
DEFAULT_MAX_BYTES = 5_000_000
# Item k of an input that holds several stories is `<id>#k` (k from 1), and so is its `-o DIR` file name.
ITEM_MARK = "#"
# A real file name that ends like an item's (`x.json#2`), or in the mark, gets one more mark in its `-o DIR`
# name (`x.json#2#.json`): it can never be taken for item 2 of `x.json`, and no two names become one.
_ITEM_LIKE = re.compile(rf"{re.escape(ITEM_MARK)}\d*\Z")

# Called with the path (printable) and the reason of each folder entry the walk leaves out.
OnSkip = Callable[[str, str], None]


def printable(path: str) -> str:
    r"""A path as a record can carry it: a byte that is not UTF-8 (held as a surrogate escape since Python
    decoded the name) is written `\xff`; every other path is unchanged."""
    try:
        data = path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that no file name decodes to: keep it visible anyway
        data = path.encode("utf-8", "surrogatepass")
    return data.decode("utf-8", "backslashreplace")


def output_name(name: str) -> str:
    """The name `-o DIR` mirrors for a real file called `name` (see `_ITEM_LIKE`)."""
    return name + ITEM_MARK if _ITEM_LIKE.search(name) else name


@dataclass(frozen=True)
class InputItem:
    """One input to read: where it is and the id its record gets.

    Attributes:
        path: the path as shown in the record ('-' for stdin), printable (see `printable`).
        id: the path relative to the folder it was found in (the file name for a file argument).
        relative: where `-o DIR` writes its output, relative to DIR (see `write.files.output_path`).
        source: the path to open when it differs from `path` (a file name that is not UTF-8).
    """

    path: str
    id: str
    relative: Path
    source: str | None = field(default=None, kw_only=True)

    def parts(self, count: int) -> list[InputItem]:
        """Who each of the `count` stories of this input is: the input itself when it holds one story,
        else `<id>#1` ... `<id>#count`, in document order, all read from the same path."""
        if count == 1:
            return [self]
        return [
            InputItem(
                self.path,
                f"{self.id}{ITEM_MARK}{k}",
                self.relative.with_name(f"{self.relative.name}{ITEM_MARK}{k}"),
                source=self.source,
            )
            for k in range(1, count + 1)
        ]

    def read(self, max_bytes: int) -> bytes:
        """The input's bytes.

        Raises:
            UnreadableInput: the file cannot be read, or is not a regular file (`open`).
            TooLarge: the input is over `max_bytes`.
        """
        if self.path == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            with self.open(max_bytes) as handle:
                try:
                    data = handle.read(max_bytes + 1)
                except OSError as exc:
                    raise UnreadableInput(f"cannot read {self.path}: {exc.strerror or exc}") from exc
        if len(data) > max_bytes:
            raise TooLarge(f"the input is over the limit of {max_bytes} bytes (--max-bytes)")
        return data

    def open(self, max_bytes: int | None = None) -> BinaryIO:
        """The input file, open for reading (not stdin).

        Only a regular file is opened: a FIFO would block `open()` until a writer comes, a device may
        never end. The opened file is checked again, in case it was replaced after the first look.

        Args:
            max_bytes: a larger file is not opened.

        Raises:
            UnreadableInput: the file cannot be opened, or is not a regular file.
            TooLarge: the file is over `max_bytes`.
        """
        path = self.source or self.path
        try:
            self._check(Path(path).stat(), max_bytes)  # decided before opening: a FIFO is never opened
            # O_NONBLOCK: a FIFO put here since the check opens at once instead of waiting for a writer
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        except OSError as exc:
            raise UnreadableInput(f"cannot read {self.path}: {exc.strerror or exc}") from exc
        try:
            self._check(os.fstat(fd), max_bytes)
            return os.fdopen(fd, "rb")
        except BaseException:
            os.close(fd)
            raise

    def _check(self, info: os.stat_result, max_bytes: int | None) -> None:
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableInput(f"cannot read {self.path}: not a regular file")
        if max_bytes is not None and info.st_size > max_bytes:
            raise TooLarge(f"{info.st_size} bytes is over the limit of {max_bytes} (--max-bytes)")


def iter_inputs(paths: list[str], skipped: OnSkip | None = None) -> Iterator[InputItem]:
    """Files as given; folders walked recursively in sorted order.

    A file argument is an input whatever it is (a FIFO or a device becomes an `unreadable` record when
    read). In a folder, hidden entries and `.gold.json` files are left out on purpose; links are followed,
    each real folder is walked once (a second link to it, or a link back up, is skipped), a link to a file
    is an input under the link's name; entries that are neither a regular file nor a folder (FIFOs,
    sockets, devices), dangling links and folders that cannot be listed are skipped, and `skipped` is told.

    Args:
        skipped: called with the path and the reason of each entry skipped with a warning.

    Raises:
        UnreadableInput: a path that does not exist, or a folder argument that cannot be listed.
    """
    for raw in paths:
        if raw == STDIN:
            yield InputItem(STDIN, "stdin", Path("stdin"))
            continue
        path = Path(raw)
        if path.is_dir():
            # the folders holding this one count as walked: a link up to one of them (`..`) would walk
            # this folder again, and everything beside it
            seen = {_key(up.stat()): printable(str(up)) for up in path.resolve().parents}
            seen[_key(path.stat())] = printable(raw)
            try:
                entries = _entries(path)
            except OSError as exc:
                raise UnreadableInput(f"cannot read folder {printable(raw)}: {exc.strerror}") from exc
            for file in _walk(path, entries, seen, skipped or _ignore):
                yield _item(str(file), file.relative_to(path))
        elif path.exists():
            yield _item(raw, PurePath(path.name))
        else:
            raise UnreadableInput(f"no such file or folder: {printable(raw)}")


def _item(path: str, relative: PurePath) -> InputItem:
    shown = printable(path)
    return InputItem(
        shown,
        printable(relative.as_posix()),
        Path(relative.with_name(output_name(relative.name))),
        source=path if shown != path else None,
    )


def _ignore(path: str, reason: str) -> None:
    return


def _key(info: os.stat_result) -> tuple[int, int]:
    return info.st_dev, info.st_ino


def _entries(folder: Path) -> list[str]:
    """The names in `folder` to consider, sorted: sorting name by name at each level gives the order of
    the sorted relative paths."""
    return sorted(entry.name for entry in folder.iterdir() if not entry.name.startswith("."))


def _walk(
    folder: Path, names: list[str], seen: dict[tuple[int, int], str], skipped: OnSkip
) -> Iterator[Path]:
    for name in names:
        path = folder / name
        try:
            info = path.stat()  # follows links
        except OSError as exc:
            dangling = exc.errno == errno.ENOENT and path.is_symlink()
            skipped(printable(str(path)), "dangling link" if dangling else str(exc.strerror or exc))
            continue
        if stat.S_ISDIR(info.st_mode):
            if _key(info) in seen:
                skipped(printable(str(path)), f"the same folder as {seen[_key(info)]}")
                continue
            seen[_key(info)] = printable(str(path))
            try:
                entries = _entries(path)
            except OSError as exc:
                skipped(printable(str(path)), f"cannot list the folder: {exc.strerror or exc}")
                continue
            yield from _walk(path, entries, seen, skipped)
        elif stat.S_ISREG(info.st_mode):
            if not name.endswith(".gold.json"):
                yield path
        else:
            skipped(printable(str(path)), "not a regular file")
