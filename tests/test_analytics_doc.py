"""docs/analytics.md: its DuckDB query runs over tables that `extract --format parquet` wrote, and counts what
the JSON records say."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from cli_run import wireclaims

from wireclaims.inputs import iter_inputs
from wireclaims.models import ArticleResult
from wireclaims.options import ExtractOptions
from wireclaims.run.batch import run

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "analytics.md"
SAMPLES = ROOT / "data" / "samples"


def test_the_analytics_doc_query_counts_quotes_by_organisation_and_cue_class(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    (sql,) = re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)
    tables = str(tmp_path / "tables")
    done = wireclaims("extract", str(SAMPLES), "--format", "parquet", "-o", tables, "-q", "--jobs", "1")
    assert done.returncode == 0, done.stderr
    items = list(iter_inputs([str(SAMPLES)]))
    results = [r for r in run(items, ExtractOptions(jobs=1)) if isinstance(r, ArticleResult)]

    connection = duckdb.connect()
    connection.execute(f"SET file_search_path = '{tmp_path}'")
    rows = connection.sql(sql).fetchall()

    expected: Counter[tuple[str, str, str | None]] = Counter()
    for result in results:
        organisations = {s.id: s.organization for s in result.speakers}
        for quote in result.quotes:
            organisation = organisations.get(quote.speaker.id) if quote.speaker else None
            if quote.speaker and organisation:
                expected[organisation, quote.speaker.name, quote.cue.cue_class if quote.cue else None] += 1
    assert rows, "the sample stories quote speakers of organisations"
    assert len(rows) == min(20, len(expected))
    for organisation, name, cue_class, count in rows:
        assert expected[organisation, name, cue_class] == count
    assert [r[3] for r in rows] == sorted((r[3] for r in rows), reverse=True)
