"""Dask: the tasks a worker runs on a chunk of inputs, and a Dask API over the same analysis (a Bag of
records, DataFrames of its analytics tables, Parquet written from the workers).

`--cluster` sends these tasks (`run.cluster_batch`). Each worker reads its inputs itself (`for_workers`) and
loads the pipeline once per process (`nlp.load_pipeline` caches it by name). dask is imported here only when
asked for: `pip install "wireclaims[dask]"`.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wireclaims.inputs import STDIN, InputItem
from wireclaims.models import Record
from wireclaims.options import BATCH, ExtractOptions
from wireclaims.run.batch import analyse_chunk
from wireclaims.run.cluster import ClusterError, require_dask
from wireclaims.run.encode import serialise
from wireclaims.write.parquet import Tally, store_part, tally
from wireclaims.write.tables import TABLES

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

# The records of one input, or their `Tally` once a worker has written them into the tables.
Group = list[Record | Tally]

# One analysis at a time in a worker process: a spaCy pipeline is not meant to be shared across threads.
_ANALYSIS = threading.Lock()


def analyse_on_worker(items: list[InputItem], options: ExtractOptions) -> list[list[Record]]:
    """A task: the records of each input of one chunk, analysed in this worker process."""
    with _ANALYSIS:
        return analyse_chunk(items, options)


def tables_on_worker(
    work: Any, items: list[InputItem], options: ExtractOptions, out_dir: Path, index: int
) -> list[Group]:
    """A task with Parquet tables: `work`'s records of one chunk written as part `index` of every table, here
    on the worker; what goes back to the client is a `Tally` of each (error records whole).

    Raises:
        TablesError: a part file cannot be written.
    """
    return store_records(out_dir, index, work(items, options), options.debug)


def store_records(out_dir: Path, index: int, groups: list[list[Record]], debug: bool) -> list[Group]:
    """Records (one list per input) written as part `index` of every table; a `Tally` of each in their place.

    Raises:
        TablesError: a part file cannot be written.
    """
    # as the client does before writing a record: one that cannot be encoded becomes its error record
    groups = [[serialise(record, debug=debug)[0] for record in group] for group in groups]
    store_part(out_dir, index, [record for group in groups for record in group])
    return [[tally(record) for record in group] for group in groups]


def for_workers(item: InputItem) -> InputItem:
    """The item as a worker opens it: a relative local path made absolute (its record keeps the path given).

    Raises:
        ClusterError: the item is stdin, which only this process can read.
    """
    if item.path == STDIN:
        raise ClusterError("--cluster: workers cannot read stdin ('-'); give files or folders")
    where = item.source or item.path
    if "://" in where or Path(where).is_absolute():
        return item
    return replace(item, source=str(Path(where).absolute()))


def extract_bag(
    paths: list[str], options: ExtractOptions | None = None, partition_size: int = BATCH
) -> dask.bag.Bag:
    """A dask Bag of the records of these stories, in input order (one record per story, error records
    included), analysed wherever the current Dask client runs its tasks.

    Example:
        >>> with Client("tcp://scheduler:8786"):
        ...     quotes = quotes_frame(extract_bag(["/shared/wire/2024/"]))

    Raises:
        MissingExtra: dask is not installed.
        UnreadableInput: a path does not exist.
    """
    require_dask()
    import dask.bag as db

    from wireclaims.run.remote import expand_inputs

    items = [for_workers(item) for item in expand_inputs(paths)]
    chosen = replace(options or ExtractOptions(), jobs=1)
    return db.from_sequence(items, partition_size=partition_size).map_partitions(_records_of, chosen)


def _records_of(items: Sequence[InputItem], options: ExtractOptions) -> list[Record]:
    return [record for group in analyse_on_worker(list(items), options) for record in group]


def table_frame(records: dask.bag.Bag, table: str) -> dask.dataframe.DataFrame:
    """A dask DataFrame of one analytics table (`write.tables.TABLES`) of a Bag of records: the rows of
    `write.tables.record_rows`, with the column types of the Parquet files (`write.parquet.schemas`)."""
    if table not in TABLES:
        raise ValueError(f"no table {table!r}; the tables are {', '.join(TABLES)}")
    import dask
    import dask.dataframe as dd

    meta = _frame([], table)
    parts = [dask.delayed(_frame)(part, table) for part in records.to_delayed()]
    return dd.from_delayed(parts, meta=meta, verify_meta=False)


def quotes_frame(records: dask.bag.Bag) -> dask.dataframe.DataFrame:
    """One row per quote: `table_frame(records, "quotes")`."""
    return table_frame(records, "quotes")


def claims_frame(records: dask.bag.Bag) -> dask.dataframe.DataFrame:
    """One row per claim: `table_frame(records, "claims")`."""
    return table_frame(records, "claims")


def speakers_frame(records: dask.bag.Bag) -> dask.dataframe.DataFrame:
    """One row per speaker: `table_frame(records, "speakers")`."""
    return table_frame(records, "speakers")


def _frame(records: list[Record], table: str) -> Any:
    """A pandas DataFrame of one table of these records, with pyarrow-backed columns: integers stay integers
    where a value is missing, dictionary columns stay dictionaries."""
    import pandas as pd

    from wireclaims.write.parquet import arrow_tables

    return arrow_tables(records)[table].to_pandas(types_mapper=pd.ArrowDtype)


def to_parquet(records: dask.bag.Bag, out_dir: str) -> int:
    """Write the analytics tables of a Bag of records under `out_dir` (`articles/`, `speakers/`, ...):
    partition k writes part k of every table, on the worker that holds it. How many parts.

    `out_dir` must be visible to the workers (a shared file system).
    """
    import dask

    from wireclaims.write.parquet import remove_stale_parts, write_part

    parts = records.to_delayed()
    dask.compute(*[dask.delayed(write_part)(Path(out_dir), k, part) for k, part in enumerate(parts)])
    remove_stale_parts(Path(out_dir), len(parts))
    return len(parts)
