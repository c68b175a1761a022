"""scripts/field_accuracy.py: every field of every fixture story is right, format by format."""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("field_accuracy", ROOT / "scripts" / "field_accuracy.py")
assert spec is not None and spec.loader is not None
field_accuracy = importlib.util.module_from_spec(spec)
sys.modules["field_accuracy"] = field_accuracy  # dataclasses look their module up
spec.loader.exec_module(field_accuracy)

EXPECTED = json.loads(field_accuracy.EXPECTED.read_text(encoding="utf-8"))
SCORES, ERRORS = field_accuracy.measure(field_accuracy.FIXTURES, EXPECTED)


def test_every_field_of_every_fixture_story_is_right():
    assert ERRORS == []


@pytest.mark.parametrize("fmt", ["anpa", "html", "newsml-1.2", "newsml-g2", "ninjs", "nitf", "text"])
def test_each_format_has_stories_and_all_their_fields_right(fmt):
    right, checked = SCORES[fmt].total
    assert SCORES[fmt].stories >= 2
    assert (right, checked) == (checked, SCORES[fmt].stories * len(field_accuracy.FIELDS))


@pytest.mark.parametrize(
    "key, name, wrong",
    [
        ("anpa/barge-draft.anpa", "headline", "Grain barges wait as Marlow River falls 2 feet"),
        ("nitf/kaimur.xml", "dateline", None),
        ("ninjs/bridge-tolls.json", "credits", []),
        ("newsml-g2/ore-train.xml", "language", "sv"),
    ],
)
def test_a_wrong_expected_value_is_counted_and_named(key, name, wrong):
    expected = copy.deepcopy(EXPECTED)
    expected[key][name] = wrong
    scores, errors = field_accuracy.measure(field_accuracy.FIXTURES, expected)
    fmt = key.split("/")[0]
    right, checked = scores[fmt].total
    assert checked - right == 1
    assert errors == [f"{key}: {name} is {field_accuracy.fields_of_key(key)[name]!r}, expected {wrong!r}"]


def test_a_story_without_expected_values_is_reported():
    expected = {k: v for k, v in EXPECTED.items() if k != "nitf/kaimur.xml"}
    _scores, errors = field_accuracy.measure(field_accuracy.FIXTURES, expected)
    assert errors == ["nitf/kaimur.xml: no expected fields"]


def test_table_has_a_row_per_format_with_right_over_checked():
    table = field_accuracy.table(SCORES).splitlines()
    assert table[0].startswith("| format | stories | headline | dateline |")
    assert len(table) == 2 + len(SCORES)
    assert all(row.split(" | ")[-1].rstrip(" |").count("/") == 1 for row in table[2:])
