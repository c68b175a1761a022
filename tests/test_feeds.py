"""Inputs that hold several stories (a ninjs feed, a G2 news message, a NewsML 1.2 package): one record per
item, in document order, through the pipeline, the workers, `-o DIR`, JSON Lines and `--resume`."""

from __future__ import annotations

import ctypes
import io
import json
import resource
import shutil
from pathlib import Path

import pytest
from cli_run import jobs_1_then_2, wireclaims
from rich.console import Console

from wireclaims.inputs import InputItem, iter_inputs
from wireclaims.models import ArticleResult, ErrorRecord, Record
from wireclaims.nlp import Pipeline
from wireclaims.run.batch import (
    ExtractOptions,
    analyse_chunk,
    run,
    run_inputs,
)
from wireclaims.run.progress import progress
from wireclaims.run.resume import completed
from wireclaims.run.workers import run_parallel
from wireclaims.write.files import output_path, remove_partial_writes, to_json, write_atomic

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ROOT / "tests" / "fixtures" / "formats"
SAMPLES = ROOT / "data" / "samples"
RULES = ExtractOptions(model="blank:en")
FEEDS = ("ninjs/kelso-feed.json", "newsml-g2/arklow-cranes.xml", "newsml-1.2/gironde-package.xml")
MARKER = b"SEGFAULT-ME"


def feed_folder(folder: Path) -> Path:
    """The three multi-story fixtures, a single-story ninjs file, a plain-text story and an empty feed."""
    folder.mkdir(parents=True, exist_ok=True)
    for relative in (*FEEDS, "ninjs/bridge-tolls.json"):
        shutil.copy(FORMATS / relative, folder)
    shutil.copy(SAMPLES / "reuters-harbour-tolls.txt", folder)
    (folder / "empty-feed.json").write_text('{"item": []}', encoding="utf-8")
    return folder


def many(folder: Path, n: int) -> Path:
    """`n` inputs, feeds and single stories in turn, enough for several chunks of work."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = [FORMATS / f for f in FEEDS] + sorted(SAMPLES.iterdir())
    for i in range(n):
        source = sources[i % len(sources)]
        (folder / f"{i:03d}-{source.name}").write_bytes(source.read_bytes())
    return folder


# Workers import this module by name, so it stays top-level.
def segfault_on_marker(items: list[InputItem], options: ExtractOptions) -> list[list[Record]]:
    if any(MARKER in Path(item.path).read_bytes() for item in items):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core file
        ctypes.string_at(0)  # a real SIGSEGV
    return analyse_chunk(items, options)


@pytest.mark.parametrize(
    "item_id, count, expected",
    [
        ("kelso.json", 1, [("kelso.json", "kelso.json.json")]),
        (
            "feeds/kelso.json",
            3,
            [
                ("feeds/kelso.json#1", "feeds/kelso.json#1.json"),
                ("feeds/kelso.json#2", "feeds/kelso.json#2.json"),
                ("feeds/kelso.json#3", "feeds/kelso.json#3.json"),
            ],
        ),
        ("stdin", 2, [("stdin#1", "stdin#1.json"), ("stdin#2", "stdin#2.json")]),
    ],
)
def test_items_of_a_multi_story_input_are_named_with_their_position(
    item_id: str, count: int, expected: list[tuple[str, str]]
) -> None:
    item = InputItem(f"in/{item_id}", item_id, Path(item_id))
    parts = item.parts(count)
    out = Path("out")
    assert [(p.id, output_path(out, p.relative).relative_to(out).as_posix()) for p in parts] == expected
    assert {p.path for p in parts} == {item.path}


def test_multi_story_inputs_give_one_record_per_item_in_input_order(tmp_path: Path) -> None:
    folder = feed_folder(tmp_path / "in")
    records = list(run(list(iter_inputs([str(folder)])), RULES))
    assert [(r.article.id, None if isinstance(r, ArticleResult) else r.error.code) for r in records] == [
        ("arklow-cranes.xml#1", None),
        ("arklow-cranes.xml#2", None),
        ("bridge-tolls.json", None),  # one story: the id it always had
        ("empty-feed.json", "not-a-story"),  # an empty feed is one error record for the input
        ("gironde-package.xml#1", None),
        ("gironde-package.xml#2", None),
        ("kelso-feed.json#1", None),
        ("kelso-feed.json#2", "withheld"),  # a withheld item is its own error; its siblings still load
        ("kelso-feed.json#3", None),
        ("reuters-harbour-tolls.txt", None),
    ]
    kelso = [r for r in records if r.article.id.startswith("kelso-feed.json")]
    assert {r.article.path for r in kelso} == {str(folder / "kelso-feed.json")}
    assert len({r.provenance for r in kelso}) == 1  # the input's hash, shared by its items
    assert [r.article.source_id for r in kelso if isinstance(r, ArticleResult)] == [
        "urn:example:wireclaims:kelso-bridge",
        "urn:example:wireclaims:jedburgh-market",
    ]


def test_cli_jsonl_has_one_line_per_item_and_names_the_failed_item(tmp_path: Path) -> None:
    feed = FORMATS / "ninjs" / "kelso-feed.json"
    done = wireclaims("extract", str(feed), "--model", "blank:en")
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert done.returncode == 1  # the withheld item is an error record
    assert [r["article"]["id"] for r in records] == [f"kelso-feed.json#{k}" for k in (1, 2, 3)]
    assert [r["article"]["headline"] for r in (records[0], records[2])] == [
        "Kelso bridge to close for six weeks of repairs",
        "Border town market gets a covered hall",
    ]
    stderr = done.stderr.decode()
    assert f"withheld: {feed}#2: the ninjs item is withheld (pubstatus)" in stderr
    assert "3 articles from 1 inputs, " in stderr


def test_cli_output_folder_writes_one_file_per_item_named_after_its_id(tmp_path: Path) -> None:
    folder = feed_folder(tmp_path / "in")
    out = tmp_path / "out"
    done = wireclaims("extract", str(folder), "-o", str(out), "--model", "blank:en", "--quiet")
    assert done.returncode == 1  # the empty feed and the withheld item
    written = sorted(p.name for p in out.iterdir())
    assert written == [
        "arklow-cranes.xml#1.json",
        "arklow-cranes.xml#2.json",
        "bridge-tolls.json.json",
        "empty-feed.json.json",
        "gironde-package.xml#1.json",
        "gironde-package.xml#2.json",
        "kelso-feed.json#1.json",
        "kelso-feed.json#2.json",
        "kelso-feed.json#3.json",
        "reuters-harbour-tolls.txt.json",
    ]
    for name in written:
        assert json.loads((out / name).read_text(encoding="utf-8"))["article"]["id"] == name.removesuffix(
            ".json"
        )


def test_jobs_2_output_with_feeds_is_byte_identical_to_jobs_1(tmp_path: Path) -> None:
    folder = many(tmp_path / "in", 40)
    one, two = jobs_1_then_2("extract", str(folder), "--model", "blank:en", "--quiet")
    assert one.returncode == two.returncode == 1  # every kelso copy has its withheld item
    assert one.stdout == two.stdout
    ids = [json.loads(line)["article"]["id"] for line in two.stdout.decode().splitlines()]
    assert len(ids) > 40 and ids[:3] == [
        "000-kelso-feed.json#1",
        "000-kelso-feed.json#2",
        "000-kelso-feed.json#3",
    ]


def test_worker_crash_rerun_keeps_feed_items_in_order_and_crashes_only_its_input(tmp_path: Path) -> None:
    folder = many(tmp_path / "in", 20)
    culprit = folder / "004-crash.txt"
    culprit.write_bytes(b"Headline\n\nLONDON (Reuters) - A story that " + MARKER + b" kills its worker.\n")
    items = list(iter_inputs([str(folder)]))
    expected = [[to_json(r) for r in records] for records in run_inputs(items, RULES)]

    got = list(run_parallel(items, ExtractOptions(model="blank:en", jobs=2), work=segfault_on_marker))

    crashed = [k for k, item in enumerate(items) if item.path == str(culprit)]
    assert [[r.error.code for r in got[k] if isinstance(r, ErrorRecord)] for k in crashed] == [["crashed"]]
    assert [[to_json(r) for r in records] for k, records in enumerate(got) if k not in crashed] == [
        records for k, records in enumerate(expected) if k not in crashed
    ]


@pytest.mark.parametrize(
    "fixture, state, done",
    [
        ("newsml-g2/arklow-cranes.xml", "complete", True),
        ("newsml-g2/arklow-cranes.xml", "second-item-missing", False),
        ("newsml-g2/arklow-cranes.xml", "second-item-truncated", False),
        ("newsml-g2/arklow-cranes.xml", "input-changed", False),
        # a feed with an error item is retried, like any error record
        ("ninjs/kelso-feed.json", "complete", True),  # its withheld item stays withheld: nothing to redo
        ("ninjs/bridge-tolls.json", "complete", True),
        ("ninjs/bridge-tolls.json", "second-item-missing", True),  # one story: there is no second
    ],
)
def test_resume_counts_a_feed_done_only_when_every_item_output_is_complete(
    tmp_path: Path, rules_pipeline: Pipeline, fixture: str, state: str, done: bool
) -> None:
    source = tmp_path / Path(fixture).name
    shutil.copy(FORMATS / fixture, source)
    item = next(iter_inputs([str(source)]))
    out = tmp_path / "out"
    records = next(run_inputs([item], RULES))
    for part, record in zip(item.parts(len(records)), records, strict=True):
        write_atomic(output_path(out, part.relative), to_json(record, pretty=True))
    second = out / f"{item.relative.name}#2.json"
    if state == "second-item-missing":
        second.unlink(missing_ok=True)
    elif state == "second-item-truncated":
        second.write_text(second.read_text(encoding="utf-8")[:200], encoding="utf-8")
    elif state == "input-changed":
        source.write_bytes(source.read_bytes().replace(b"March", b"April"))
    assert completed(out, item, rules_pipeline, RULES) is done


def test_resume_after_losing_one_item_output_redoes_only_that_input(tmp_path: Path) -> None:
    folder = feed_folder(tmp_path / "in")
    (folder / "empty-feed.json").unlink()
    (folder / "kelso-feed.json").unlink()  # its withheld item makes the exit code 1
    out = tmp_path / "out"
    args = ["extract", str(folder), "-o", str(out), "--model", "blank:en"]
    assert wireclaims(*args, "--quiet").returncode == 0
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    (out / "gironde-package.xml#2.json").unlink()
    (out / ".gironde-package.xml#2.json.k1ll3d.tmp").write_text('{"schema_version": "1.', "utf-8")

    done = wireclaims(*args, "--resume")

    assert done.returncode == 0, done.stderr
    assert "2 articles from 1 inputs, " in done.stderr.decode()
    assert ", 3 already done (--resume) in " in done.stderr.decode()
    assert sorted(p.name for p in out.iterdir()) == sorted(before)
    unchanged = [n for n in before if not n.startswith("gironde-package")]
    assert all((out / name).stat().st_mtime_ns == before[name] for name in unchanged)


def test_remove_partial_writes_knows_the_temporary_files_of_item_outputs(tmp_path: Path) -> None:
    names = [
        ".feed.json#2.json.x1.tmp",
        ".feed.json.json.x2.tmp",
        ".other.json#2.json.x3.tmp",
        "feed.json#1.json",
    ]
    for name in names:
        (tmp_path / name).write_text("x", "utf-8")
    assert remove_partial_writes([tmp_path / "feed.json.json"]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.json#2.json.x3.tmp", "feed.json#1.json"]


def test_progress_total_grows_when_an_input_turns_out_to_hold_several_stories() -> None:
    buffer = io.StringIO()
    with progress(Console(file=buffer, force_terminal=True, width=100), 2, enabled=True) as advance:
        advance(3)  # a feed of three
        advance(1)
    assert "4/4" in buffer.getvalue()


def test_outputs_of_stories_a_feed_no_longer_holds_are_removed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    feed = folder / "kelso-feed.json"
    shutil.copy(FORMATS / "ninjs/kelso-feed.json", feed)
    out = tmp_path / "out"
    args = ["extract", str(folder), "-o", str(out), "--model", "blank:en", "--quiet"]
    wireclaims(*args)
    assert sorted(p.name for p in out.iterdir()) == [f"kelso-feed.json#{k}.json" for k in (1, 2, 3)]
    # the agency resends the file with one story only: its old item outputs go, the story's own name comes
    shutil.copy(FORMATS / "ninjs/bridge-tolls.json", feed)
    wireclaims(*args)
    assert sorted(p.name for p in out.iterdir()) == ["kelso-feed.json.json"]
    # and back to a feed: the single-story output goes
    shutil.copy(FORMATS / "ninjs/kelso-feed.json", feed)
    wireclaims(*args)
    assert sorted(p.name for p in out.iterdir()) == [f"kelso-feed.json#{k}.json" for k in (1, 2, 3)]
