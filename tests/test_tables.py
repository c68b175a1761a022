"""Analytics tables: the rows of each record (`wireclaims.write.tables`) and their Parquet files
(`wireclaims.write.parquet`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from wireclaims.inputs import iter_inputs
from wireclaims.models import (
    Article,
    ArticleResult,
    Claim,
    Cue,
    ErrorArticle,
    ErrorDetail,
    ErrorRecord,
    Quote,
    Record,
    Speaker,
    SpeakerRef,
)
from wireclaims.options import ExtractOptions
from wireclaims.run.batch import run
from wireclaims.write.tables import COLUMNS, TABLES, Row, record_rows

ROOT = Path(__file__).resolve().parent.parent
# Stories in every input format, feeds and error records among them.
SOURCES = [str(ROOT / "data" / "samples"), str(ROOT / "tests" / "fixtures" / "formats")]


@pytest.fixture(scope="module")
def records() -> list[Record]:
    return list(run(list(iter_inputs(SOURCES)), ExtractOptions(jobs=1)))


# Rebuilding each item from its row: the inverse of `record_rows`, written independently of it.
def _ref(row: Row) -> SpeakerRef | None:
    return None if row["speaker_id"] is None else SpeakerRef(id=row["speaker_id"], name=row["speaker_name"])


def _cue(row: Row) -> Cue | None:
    if row["cue_text"] is None:
        return None
    return Cue(
        text=row["cue_text"],
        lemma=row["cue_lemma"],
        cue_class=row["cue_class"],
        start=row["cue_start"],
        end=row["cue_end"],
    )


def _speaker(row: Row) -> Speaker:
    return Speaker(
        id=row["speaker_id"],
        **{k: row[k] for k in ("name", "kind", "title", "organization", "aliases", "mentions")},
    )


def _quote(row: Row) -> Quote:
    return Quote(
        id=row["quote_id"],
        **{k: row[k] for k in ("text", "start", "end", "kind", "paragraph", "attribution", "confidence")},
        speaker=_ref(row),
        cue=_cue(row),
    )


def _claim(row: Row) -> Claim:
    return Claim(
        id=row["claim_id"],
        **{k: row[k] for k in ("content", "start", "end", "kind", "confidence")},
        source=_ref(row),
        cue=_cue(row),
        quotes=row["quote_ids"],
    )


def _article(row: Row) -> Article:
    fields = set(Article.model_fields) - {"id"}
    return Article(id=row["article_id"], **{k: row[k] for k in fields})


def _rebuilt(rows: dict[str, list[Row]], record: ArticleResult) -> dict[str, Any]:
    article_row = rows["articles"][0]
    return {
        "article": _article(article_row),
        "speakers": [_speaker(r) for r in rows["speakers"]],
        "quotes": [_quote(r) for r in rows["quotes"]],
        "claims": [_claim(r) for r in rows["claims"]],
        "warnings": article_row["warnings"],
        "provenance": record.provenance.model_dump() if record.provenance else None,
        "row_provenance": {k: article_row[k] for k in ("input_sha256", "pipeline", "wireclaims")},
        "keys": {r["article_id"] for table in TABLES for r in rows[table]},
    }


def test_records_to_rows_and_back_give_the_same_fields(records: list[Record]) -> None:
    results = [r for r in records if isinstance(r, ArticleResult)]
    assert sum(len(r.quotes) for r in results) > 20 and sum(len(r.claims) for r in results) > 20
    for record in results:
        back = _rebuilt(record_rows(record), record)
        assert back["article"] == record.article
        assert back["speakers"] == record.speakers
        assert back["quotes"] == record.quotes
        assert back["claims"] == record.claims
        assert back["warnings"] == record.warnings
        assert back["row_provenance"] == back["provenance"]
        assert back["keys"] == {record.article.id}


def test_error_record_is_one_article_row_with_its_error_and_nothing_else() -> None:
    record = ErrorRecord(
        article=ErrorArticle(id="feed.json#2", path="in/feed.json", format="ninjs"),
        error=ErrorDetail(code="withheld", message="the item is withheld"),
    )
    rows = record_rows(record)
    assert {name: len(rows[name]) for name in TABLES} == {
        "articles": 1,
        "speakers": 0,
        "quotes": 0,
        "claims": 0,
    }
    row = rows["articles"][0]
    assert (row["article_id"], row["path"], row["format"]) == ("feed.json#2", "in/feed.json", "ninjs")
    assert (row["error_code"], row["error_message"]) == ("withheld", "the item is withheld")
    assert row["text"] is None and row["paragraphs"] is None
    assert tuple(row) == COLUMNS["articles"]


@pytest.mark.parametrize("table", TABLES)
def test_rows_have_the_columns_of_the_table_in_order(records: list[Record], table: str) -> None:
    rows = [row for record in records for row in record_rows(record)[table]]
    assert rows
    assert all(tuple(row) == COLUMNS[table] for row in rows)


# --- Parquet (pyarrow: the `parquet` extra) ---


@pytest.mark.parametrize(
    "table, column, arrow_type",
    [
        ("quotes", "start", "int64"),
        ("quotes", "end", "int64"),
        ("quotes", "paragraph", "int64"),
        ("quotes", "confidence", "double"),
        ("quotes", "cue_class", "dictionary<values=string, indices=int32, ordered=0>"),
        ("claims", "cue_class", "dictionary<values=string, indices=int32, ordered=0>"),
        ("claims", "quote_ids", "list<item: string>"),
        ("speakers", "mentions", "list<item: struct<start: int64, end: int64, text: string>>"),
        ("articles", "article_id", "string"),
        # negative rows: ids and free text are plain strings, not dictionaries
        ("quotes", "quote_id", "string"),
        ("claims", "content", "string"),
    ],
)
def test_parquet_columns_are_typed(table: str, column: str, arrow_type: str) -> None:
    pytest.importorskip("pyarrow")
    from wireclaims.write.parquet import schemas

    schema = schemas()[table]
    assert tuple(schema.names) == COLUMNS[table]
    assert str(schema.field(column).type) == arrow_type


def test_parquet_files_read_back_as_the_rows_and_are_byte_identical_across_runs(
    records: list[Record], tmp_path: Path
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from wireclaims.write.parquet import PartWriter

    for run_dir in ("one", "two"):
        writer = PartWriter(tmp_path / run_dir, part_records=30)
        for record in records:
            writer.add(record)
        writer.close()
    parts = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*.parquet"))
    expected_parts = -(-len(records) // 30)
    assert len(parts) == 4 * expected_parts
    for part in parts:
        assert (tmp_path / "one" / part).read_bytes() == (tmp_path / "two" / part).read_bytes()
    for table in TABLES:
        rows = [row for record in records for row in record_rows(record)[table]]
        assert pq.read_table(tmp_path / "one" / table).to_pylist() == rows


def test_a_shorter_run_removes_the_parts_a_longer_one_left(records: list[Record], tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from wireclaims.write.parquet import PartWriter

    for part_records in (10, 1000):
        writer = PartWriter(tmp_path, part_records=part_records)
        for record in records:
            writer.add(record)
        writer.close()
    assert sorted(p.name for p in (tmp_path / "quotes").iterdir()) == ["part-00000.parquet"]


def test_no_records_still_give_every_table_an_empty_part(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from wireclaims.write.parquet import PartWriter

    PartWriter(tmp_path).close()
    for table in TABLES:
        assert pq.read_table(tmp_path / table).num_rows == 0
