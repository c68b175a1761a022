"""Walking the command line's paths into a sorted, stable stream of inputs."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from wireclaims.errors import TooLarge, UnreadableInput

STDIN = "-"
# Default --max-bytes: far above any wire story, far below what would strain memory.
DEFAULT_MAX_BYTES = 5_000_000
# Item k of an input that holds several stories is `<id>#k` (k from 1), and so is its `-o DIR` file name.
ITEM_MARK = "#"


@dataclass(frozen=True)
class InputItem:
    """One input to read: where it is and the id its record gets.

    Attributes:
        path: the path as shown in the record ('-' for stdin).
        id: the path relative to the folder it was found in (the file name for a file argument).
        relative: where `-o DIR` writes its output, relative to DIR.
    """

    path: str
    id: str
    relative: Path

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
            )
            for k in range(1, count + 1)
        ]

    def read(self, max_bytes: int) -> bytes:
        """The input's bytes.

        Raises:
            UnreadableInput: the file cannot be read.
            TooLarge: the input is over `max_bytes`.
        """
        if self.path == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            try:
                size = Path(self.path).stat().st_size
                if size > max_bytes:
                    raise TooLarge(f"{size} bytes is over the limit of {max_bytes} (--max-bytes)")
                with Path(self.path).open("rb") as handle:
                    data = handle.read(max_bytes + 1)
            except OSError as exc:
                raise UnreadableInput(f"cannot read {self.path}: {exc.strerror or exc}") from exc
        if len(data) > max_bytes:
            raise TooLarge(f"the input is over the limit of {max_bytes} bytes (--max-bytes)")
        return data


def iter_inputs(paths: list[str]) -> Iterator[InputItem]:
    """Files as given; folders walked recursively in sorted order, hidden files and folders skipped.

    Raises:
        UnreadableInput: a path that does not exist.
    """
    for raw in paths:
        if raw == STDIN:
            yield InputItem(STDIN, "stdin", Path("stdin"))
            continue
        path = Path(raw)
        if path.is_dir():
            for file in sorted(_walk(path)):
                rel = file.relative_to(path)
                yield InputItem(str(file), rel.as_posix(), rel)
        elif path.exists():
            yield InputItem(raw, path.name, Path(path.name))
        else:
            raise UnreadableInput(f"no such file or folder: {raw}")


def _walk(folder: Path) -> Iterator[Path]:
    for entry in folder.iterdir():
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry)
        elif entry.is_file() and not entry.name.endswith(".gold.json"):
            yield entry
