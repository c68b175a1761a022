"""The output targets (`write.targets`) and one extract run into them (`run.job`), without the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wireclaims.inputs import iter_inputs
from wireclaims.nlp import load_pipeline
from wireclaims.options import ExtractOptions
from wireclaims.run.job import Job, run_job
from wireclaims.write.targets import Destination, OutputFormat, Unwritable

RULES = ExtractOptions(model="blank:en", jobs=1)
STORIES = {
    "a.txt": 'Harbour fees rise\n\n"We will pay," said Mara Ilves, a ferry captain.\n',
    "b.txt": 'Bridge closed\n\n"It is unsafe," said Tove Lind.\n',
}


def _stories(folder: Path) -> list[str]:
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder)]


@pytest.mark.parametrize(
    ("output", "layout", "as_array", "folder", "tables"),
    [
        (None, OutputFormat.jsonl, False, None, None),
        (None, OutputFormat.json, True, None, None),
        ("out.jsonl", OutputFormat.jsonl, False, None, None),
        ("out.json", OutputFormat.jsonl, True, None, None),  # the name asks for an array
        ("OUT.JSON", OutputFormat.jsonl, True, None, None),
        ("out", OutputFormat.jsonl, False, "out", None),
        ("out", OutputFormat.json, True, "out", None),
        ("out", OutputFormat.parquet, False, None, "out"),
    ],
)
def test_a_destination_knows_its_layout(
    output: str | None, layout: OutputFormat, as_array: bool, folder: str | None, tables: str | None
) -> None:
    destination = Destination(None if output is None else Path(output), layout)
    assert destination.as_array is as_array
    assert destination.folder == (None if folder is None else Path(folder))
    assert destination.tables == (None if tables is None else Path(tables))
    assert destination.pretty is (as_array or folder is not None)


@pytest.mark.parametrize("name", ["out.jsonl", "out.json"])
def test_a_run_into_a_file_writes_every_record_in_order_and_prints_nothing(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list(iter_inputs(_stories(tmp_path / "in")))
    output = tmp_path / name
    counts = run_job(Job(RULES, Destination(output)), items, load_pipeline("blank:en"))
    text = output.read_text(encoding="utf-8")
    records = json.loads(text) if name.endswith(".json") else [json.loads(line) for line in text.splitlines()]
    assert [r["article"]["id"] for r in records] == ["a.txt", "b.txt"]
    assert (counts.inputs, counts.articles, counts.errors) == (2, 2, 0)
    assert capsys.readouterr() == ("", "")


def test_an_empty_run_still_writes_a_valid_json_array(tmp_path: Path) -> None:
    output = tmp_path / "out.json"
    counts = run_job(Job(RULES, Destination(output)), [], load_pipeline("blank:en"))
    assert json.loads(output.read_text(encoding="utf-8")) == []
    assert counts.articles == 0


class _Heard:
    """A listener that keeps what it hears."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.unwritten: list[str] = []

    def failed(self, code: str, shown: str, message: str) -> None:
        self.errors.append((code, Path(shown).name))

    def unwritable(self, shown: str, error: Unwritable) -> None:
        self.unwritten.append(Path(shown).name)


def test_a_story_whose_output_cannot_be_written_is_told_and_counted_and_the_others_are_written(
    tmp_path: Path,
) -> None:
    items = list(iter_inputs(_stories(tmp_path / "in")))
    out = tmp_path / "out"
    (out / "a.txt.json").mkdir(parents=True)  # a folder in the way of a.txt's output
    heard = _Heard()
    counts = run_job(Job(RULES, Destination(out)), items, load_pipeline("blank:en"), heard)
    assert heard.unwritten == ["a.txt"]
    assert heard.errors == []
    assert counts.errors == 1
    assert json.loads((out / "b.txt.json").read_text(encoding="utf-8"))["article"]["id"] == "b.txt"
