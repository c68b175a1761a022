"""Output targets: where `wireclaims extract` puts its records.

- a folder: one indented `.json` per story (item k of a feed file: `NAME#k.json`), each written atomically;
- a JSON Lines file (`.jsonl`) or a JSON array file (`.json`): written whole or not at all;
- stdout: JSON Lines, or one JSON array that stays valid JSON whatever stops the run;
- Parquet tables (`--format parquet`): a folder of `articles`, `speakers`, `quotes`, `claims`.

A target takes each record with its JSON text (`write.files.to_json`), in input order.
"""

from __future__ import annotations

import sys
from contextlib import ExitStack
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import IO, Protocol

from wireclaims.inputs import InputItem
from wireclaims.models import Record
from wireclaims.write.files import (
    atomic_stream,
    output_path,
    remove_leftover_temps,
    remove_stale_outputs,
    write_atomic,
)


class OutputFormat(str, Enum):
    """Output layouts."""

    jsonl = "jsonl"
    json = "json"
    parquet = "parquet"


@dataclass(frozen=True)
class Destination:
    """Where the records go: `output` (None: stdout) in the layout `layout`."""

    output: Path | None = None
    layout: OutputFormat = OutputFormat.jsonl

    @property
    def as_array(self) -> bool:
        """One indented JSON array, streamed record by record (else one record per line)."""
        return self.layout is OutputFormat.json or (
            self.output is not None and self.output.suffix.lower() == ".json"
        )

    @property
    def tables(self) -> Path | None:
        """The folder of the Parquet tables, if that is the layout."""
        return self.output if self.layout is OutputFormat.parquet else None

    @property
    def folder(self) -> Path | None:
        """The folder of one `.json` file per story, if that is the layout."""
        if (
            self.output is None
            or self.tables is not None
            or self.output.suffix.lower() in {".jsonl", ".json"}
        ):
            return None
        return self.output

    @property
    def pretty(self) -> bool:
        """Whether records are indented: in a folder and in a JSON array."""
        return self.folder is not None or self.as_array


class Unwritable(Exception):
    """One story's output cannot be written (a full disk, a folder in the way); the others may be."""

    def __init__(self, target: Path, why: str) -> None:
        super().__init__(f"cannot write {target}: {why}")
        self.target = target
        self.why = why


class Target(Protocol):
    """Records in, in input order; `finish` once all went well."""

    def write(self, record: Record, text: str, item: InputItem, part: InputItem, last: int) -> None:
        """Write one record: `text` is its JSON; `part` names its output (`InputItem.parts`); `last` is the
        number of stories of `item` when this record is its last, else 0.

        Raises:
            Unwritable: this record's output cannot be written (folders only).
            TablesError: a Parquet part cannot be written (the run cannot go on).
        """

    def finish(self) -> None:
        """Complete the output once the last record is written."""


class FolderTarget:
    """One `.json` per story under `folder`; a feed file's earlier, longer outputs are removed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def write(self, record: Record, text: str, item: InputItem, part: InputItem, last: int) -> None:
        target = output_path(self.folder, part.relative)
        try:
            write_atomic(target, text + "\n")
            if last:
                remove_stale_outputs(self.folder, item, last)
        except OSError as exc:
            raise Unwritable(target, exc.strerror or str(exc)) from exc

    def finish(self) -> None:
        return


class StreamTarget:
    """JSON Lines, or one JSON array, on a text stream."""

    def __init__(self, stream: IO[str], as_array: bool) -> None:
        self.stream = stream
        self.as_array = as_array
        self.written = 0

    def write(self, record: Record, text: str, item: InputItem, part: InputItem, last: int) -> None:
        if self.as_array:
            self.stream.write(("[\n" if not self.written else ",\n") + text)
        else:
            self.stream.write(text + "\n")
        self.written += 1
        self.stream.flush()

    def finish(self) -> None:
        """Close the JSON array (nothing to do for JSON Lines)."""
        if self.as_array:
            self.stream.write("[]\n" if not self.written else "\n]\n")


class _OnExit(StreamTarget):
    """A stream whose JSON array is closed whatever stops the run (stdout: what was written stays valid)."""

    def finish(self) -> None:
        return


class TablesTarget:
    """Parquet parts under `folder` (`write.parquet.PartWriter`)."""

    def __init__(self, folder: Path) -> None:
        from wireclaims.write.parquet import PartWriter  # pyarrow: imported only for this layout

        self.tables = PartWriter(folder)

    def write(self, record: Record, text: str, item: InputItem, part: InputItem, last: int) -> None:
        self.tables.add(record)

    def finish(self) -> None:
        self.tables.close()


def open_target(stack: ExitStack, destination: Destination) -> Target:
    """The target for `destination`, its file or stream closed with `stack`.

    A `.jsonl` or `.json` file appears only when `stack` closes without an exception; a killed run's
    temporary files beside it go first (a live run's are locked, and stay).
    """
    output = destination.output
    if destination.tables is not None:
        return TablesTarget(destination.tables)
    if destination.folder is not None:
        return FolderTarget(destination.folder)
    if output is None:
        target = _OnExit(sys.stdout, destination.as_array)
        stack.callback(StreamTarget.finish, target)
        return target
    remove_leftover_temps(output)
    return StreamTarget(stack.enter_context(atomic_stream(output)), destination.as_array)
