"""`--format parquet -o DIR`: the analytics tables (`wireclaims.write.tables`) as Parquet part files.

`DIR/articles/part-00000.parquet`, `DIR/speakers/part-00000.parquet`, ...: part k of every table holds the
rows of the same records, in input order, so the same input gives the same bytes. Here (`--jobs`) part k holds
records `PART_RECORDS` * k onwards; on a cluster each chunk of inputs is a part, written by the worker that
analysed it (`store_part`), and the client keeps only a `Tally` of each record. The rows are the same either
way; only how they are cut into parts differs. Each part file is written atomically; parts a longer earlier
run left beyond the last are removed at the end. pyarrow is imported here only: `wireclaims[parquet]`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wireclaims.errors import WireclaimsError, require_extra
from wireclaims.models import ArticleResult, ErrorRecord, Record
from wireclaims.write.files import write_atomic_bytes
from wireclaims.write.tables import ALL_COLUMNS, COLUMNS, TABLES, Row, record_rows

if TYPE_CHECKING:
    import pyarrow as pa

# Records per part file: large enough for efficient column chunks, small enough to hold in memory.
PART_RECORDS = 10_000
PART_NAME = "part-{:05d}.parquet"
_PART = re.compile(r"part-(\d{5,})\.parquet")
# zstd: smaller than the default snappy at about the same speed; one codec so that bytes are reproducible
_COMPRESSION = "zstd"


class TablesError(WireclaimsError):
    """A Parquet part file cannot be written (a full disk, a folder in the way)."""

    code = "unwritable"


def require_pyarrow() -> None:
    """Raises `MissingExtra` with the install command when pyarrow is missing."""
    require_extra("pyarrow", "parquet", "--format parquet")


def schemas() -> dict[str, pa.Schema]:
    """The Parquet schema of each table: its columns (`tables.COLUMNS`) in order, each of its type."""
    import pyarrow as pa

    types = column_types()
    return {name: pa.schema([(column, types[column]) for column in COLUMNS[name]]) for name in TABLES}


def column_types() -> dict[str, pa.DataType]:
    """The Arrow type of every column, by name: a name has one type in every table where it is a column.
    Offsets are int64, confidence float64, classes dictionary columns; lists and structs stay nested."""
    import pyarrow as pa

    text, whole = pa.string(), pa.int64()
    category = pa.dictionary(pa.int32(), pa.string())
    span = pa.struct([("start", whole), ("end", whole), ("text", text)])
    # a new column is a name in `tables.COLUMNS` and, unless it is plain text, in one of these rows
    return dict.fromkeys(ALL_COLUMNS, text) | {
        **dict.fromkeys(_CATEGORIES, category),
        **dict.fromkeys(("start", "end", "paragraph", "cue_start", "cue_end"), whole),
        **dict.fromkeys(("byline", "warnings", "aliases", "quote_ids"), pa.list_(text)),
        **dict.fromkeys(("paragraphs", "mentions"), pa.list_(span)),
        "dateline": pa.struct([("location", text), ("date", text), ("agency", text)]),
        "credits": pa.list_(pa.struct([("role", text), ("names", pa.list_(text))])),
        "confidence": pa.float64(),
    }


# Columns of a few repeated values (a class, a code, a version): dictionary-encoded.
_CATEGORIES = (
    "format",
    "language",
    "encoding",
    "kind",
    "cue_class",
    "attribution",
    "error_code",
    "pipeline",
    "wireclaims",
    "schema_version",
)


def arrow_tables(records: Iterable[Record]) -> dict[str, pa.Table]:
    """The four tables of these records, as pyarrow Tables."""
    import pyarrow as pa

    rows: dict[str, list[Row]] = {name: [] for name in TABLES}
    for record in records:
        for name, found in record_rows(record).items():
            rows[name].extend(found)
    types = schemas()
    return {name: pa.Table.from_pylist(rows[name], schema=types[name]) for name in TABLES}


def parquet_bytes(table: pa.Table) -> bytes:
    """One Parquet file of `table`, the same bytes for the same table (and pyarrow version)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression=_COMPRESSION)
    return bytes(sink.getvalue().to_pybytes())


def write_part(out_dir: Path, index: int, records: list[Record]) -> None:
    """Part `index` of every table, from these records: each file written atomically."""
    for name, table in arrow_tables(records).items():
        write_atomic_bytes(out_dir / name / PART_NAME.format(index), parquet_bytes(table))


def store_part(out_dir: Path, index: int, records: list[Record]) -> None:
    """`write_part`, where a file that cannot be written is a `TablesError` naming it."""
    try:
        write_part(out_dir, index, records)
    except OSError as exc:
        where = exc.filename or out_dir
        raise TablesError(f"cannot write the tables under {where}: {exc.strerror or exc}") from exc


@dataclass(frozen=True)
class Tally:
    """What the client keeps of a record whose rows a worker wrote into the tables: its counts."""

    quotes: int
    claims: int


def tally(record: Record) -> Tally | ErrorRecord:
    """A record once its rows are written: its counts, or the error record itself (it is told, and small)."""
    if isinstance(record, ArticleResult):
        return Tally(len(record.quotes), len(record.claims))
    return record


class PartWriter:
    """Records in, Parquet parts out: every `PART_RECORDS` records become part k of each table.

    Call `close` at the end (it writes the last part, or an empty part 0 when there were no records, so
    that every table can be read). `add` and `close` raise `TablesError` when a part cannot be written.
    """

    def __init__(self, out_dir: Path, part_records: int = PART_RECORDS) -> None:
        require_pyarrow()
        self.out_dir = out_dir
        self.part_records = part_records
        self.pending: list[Record] = []
        self.parts = 0

    def add(self, record: Record) -> None:
        """Queue one record; a full part is written at once."""
        self.pending.append(record)
        if len(self.pending) >= self.part_records:
            self._flush()

    def _flush(self) -> None:
        store_part(self.out_dir, self.parts, self.pending)
        self.parts += 1
        self.pending = []

    def close(self) -> None:
        """Write what is left, and remove the parts an earlier, longer run left beyond the last."""
        if self.pending or not self.parts:
            self._flush()
        remove_stale_parts(self.out_dir, self.parts)


def remove_stale_parts(out_dir: Path, parts: int) -> int:
    """Delete part files numbered `parts` and beyond in every table's folder; how many went."""
    removed = 0
    for name in TABLES:
        folder = out_dir / name
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir()):
            match = _PART.fullmatch(entry.name)
            if match and int(match[1]) >= parts:
                entry.unlink()
                removed += 1
    return removed
