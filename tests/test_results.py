"""Reading wireclaims output back for `show` and `report`: what counts as records, what a bad one gives."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from render_records import error, record

from wireclaims.inputs import InputItem
from wireclaims.models import ArticleResult, ErrorRecord
from wireclaims.render.records import SourceOptions, iter_records, read_records
from wireclaims.write.files import to_json

RESULT = record('"Yes," Cole said.', ["Cole"], quotes=[("Yes,", 0, "said")])
FAILED = error()
ITEM = InputItem("out.jsonl", "out.jsonl", Path("out.jsonl"))


def read(data: str | bytes) -> list[tuple[str, str]] | None:
    """(article id, quote ids or error code) of each record read, or None for 'not wireclaims output'."""
    raw = data.encode() if isinstance(data, str) else data
    found = read_records(io.BytesIO(raw), ITEM)
    if isinstance(found, bytes):
        return None
    return [
        (r.article.id, " ".join(q.id for q in r.quotes) if isinstance(r, ArticleResult) else r.error.code)
        for r in found
    ]


@pytest.mark.parametrize(
    "data, expected",
    [
        (to_json(RESULT) + "\n" + to_json(FAILED) + "\n", [("t.txt", "q1"), ("bad.txt", "not-a-story")]),
        (to_json(RESULT, pretty=True) + "\n", [("t.txt", "q1")]),
        ("\ufeff" + to_json(RESULT) + "\n\n", [("t.txt", "q1")]),
        ("[\n" + to_json(RESULT, pretty=True) + ",\n" + to_json(FAILED, pretty=True) + "\n]\n",
         [("t.txt", "q1"), ("bad.txt", "not-a-story")]),
        (to_json(RESULT) + "\n{not json\n", [("t.txt", "q1"), ("out.jsonl#2", "parse-error")]),
        (json.dumps({"article": {"id": "x"}, "quotes": []}), [("out.jsonl#1", "parse-error")]),
        ("Port fees rise\n\nOSLO (Reuters) - Cole said so.\n", None),
        ('{"uri": "urn:x", "headline": "Fees", "body_text": "Cole said so."}', None),
        ('{"article": "unclosed', None),
        ("", None),
    ],
    ids=["jsonl", "pretty-json", "bom", "json-array", "bad-line", "invalid-record", "text", "ninjs",
         "malformed-json", "empty"],
)  # fmt: skip
def test_wireclaims_output_is_read_back_and_anything_else_is_a_story(
    data: str, expected: list[tuple[str, str]] | None
) -> None:
    assert read(data) == expected


def test_an_invalid_record_says_which_field(tmp_path: Path) -> None:
    bad = json.loads(to_json(RESULT))
    bad["quotes"][0]["confidence"] = 7
    found = list(read_records(io.BytesIO(json.dumps(bad).encode()), ITEM))
    assert isinstance(found[0], ErrorRecord)
    assert found[0].error.message.startswith("not a wireclaims record: ")
    assert "confidence" in found[0].error.message


def test_records_files_keep_input_order_without_loading_spacy(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(to_json(RESULT) + "\n" + to_json(FAILED) + "\n", encoding="utf-8")
    (tmp_path / "b.json").write_text(to_json(RESULT, pretty=True), encoding="utf-8")
    records = list(iter_records([str(tmp_path)], SourceOptions(model="no_such_pipeline")))
    assert [r.article.path for r in records] == [
        RESULT.article.path,
        FAILED.article.path,
        RESULT.article.path,
    ]


def test_json_over_the_limit_is_left_to_the_story_loader() -> None:
    array = ("[" + to_json(RESULT) + "]").encode()
    assert read_records(io.BytesIO(array), ITEM, limit=len(array)) != array
    assert read_records(io.BytesIO(array), ITEM, limit=len(array) - 1) == array
