"""The gold stories: labels valid, every emitted span indexes its text, outputs match the committed ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wireclaims.eval.gold import GOLD_SUFFIX, read_gold_file
from wireclaims.inputs import iter_inputs
from wireclaims.models import ArticleResult
from wireclaims.run.batch import ExtractOptions, run
from wireclaims.write.files import output_path

ROOT = Path(__file__).resolve().parent.parent
GOLD_FILES = sorted((ROOT / "data" / "gold").glob(f"*{GOLD_SUFFIX}"))
SOURCES = ("data/gold", "data/samples")


def test_there_are_at_least_forty_gold_stories() -> None:
    assert len(GOLD_FILES) >= 40


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name.removesuffix(GOLD_SUFFIX))
def test_gold_file_validates_and_its_spans_index_the_text(gold_path: Path) -> None:
    gs = read_gold_file(gold_path)
    for quote in gs.gold.quotes:
        assert gs.text[quote.start : quote.end] == quote.text
    for claim in gs.gold.claims:
        assert gs.text[claim.start : claim.end] == claim.content


def _records() -> list[tuple[str, Path, ArticleResult | dict[str, object]]]:
    out = []
    for source in SOURCES:
        items = list(iter_inputs([str(ROOT / source)]))
        for item, record in zip(items, run(items, ExtractOptions()), strict=True):
            out.append((source, item.relative, record))
    return out


@pytest.fixture(scope="module")
def records() -> list[tuple[str, Path, ArticleResult | dict[str, object]]]:
    return _records()


def test_every_span_indexes_article_text(records: list[tuple[str, Path, object]]) -> None:
    checked = 0
    for _, _, record in records:
        assert isinstance(record, ArticleResult), record
        text = record.article.text
        for q in record.quotes:
            assert text[q.start : q.end] == q.text
            if q.cue is not None:
                assert text[q.cue.start : q.cue.end] == q.cue.text
        for c in record.claims:
            assert text[c.start : c.end] == c.content
        for s in record.speakers:
            for m in s.mentions:
                assert text[m.start : m.end] == m.text
        for p in record.article.paragraphs:
            assert text[p.start : p.end] == p.text
        checked += 1
    assert checked >= 43


def test_outputs_match_the_committed_expected_files(records: list[tuple[str, Path, object]]) -> None:
    stale = []
    for source, relative, record in records:
        assert isinstance(record, ArticleResult)
        data = json.loads(record.model_dump_json())
        data["article"]["path"] = f"{source}/{relative.as_posix()}"
        expected = output_path(ROOT / "tests" / "expected" / Path(source).name, relative)
        if not expected.is_file() or json.loads(expected.read_text(encoding="utf-8")) != data:
            stale.append(str(relative))
    assert not stale, f"outputs differ from tests/expected (run `make fixtures`): {stale}"
