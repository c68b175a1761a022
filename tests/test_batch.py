"""Batches at scale: --jobs (order, bytes, crashes, --fail-fast), --resume after a kill, --max-bytes."""

from __future__ import annotations

import ctypes
import io
import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_run import jobs_1_then_2, wireclaims
from rich.console import Console

from wireclaims.errors import TooLarge
from wireclaims.inputs import InputItem, iter_inputs
from wireclaims.models import ArticleResult, ErrorRecord, Record
from wireclaims.nlp import Pipeline
from wireclaims.run.batch import (
    ExtractOptions,
    analyse_chunk,
    run,
    run_inputs,
)
from wireclaims.run.progress import progress, wanted
from wireclaims.run.resume import completed
from wireclaims.run.workers import run_parallel
from wireclaims.write.files import output_path, remove_partial_writes, to_json, write_atomic

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
GOLD = ROOT / "data" / "gold"
RULES = ExtractOptions(model="blank:en")
MARKER = b"SEGFAULT-ME"


def copies(folder: Path, n: int) -> Path:
    """`n` stories in `folder`, copies of data/samples in turn (sorted names keep that order)."""
    folder.mkdir(parents=True, exist_ok=True)
    samples = sorted(SAMPLES.iterdir())
    for i in range(n):
        source = samples[i % len(samples)]
        (folder / f"{i:03d}-{source.name}").write_bytes(source.read_bytes())
    return folder


# Workers import this module by name ("spawn" sends the function by reference), so these stay top-level.
def segfault_on_marker(items: list[InputItem], options: ExtractOptions) -> list[list[Record]]:
    if any(MARKER in Path(item.path).read_bytes() for item in items):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core file
        ctypes.string_at(0)  # a real SIGSEGV, as a C extension would raise it
    return analyse_chunk(items, options)


def raise_a_bug(items: list[InputItem], options: ExtractOptions) -> list[list[Record]]:
    if any(MARKER in Path(item.path).read_bytes() for item in items):
        raise ValueError("a bug in extraction")
    return analyse_chunk(items, options)


def test_jobs_2_output_is_byte_identical_to_jobs_1_on_gold() -> None:
    one, two = jobs_1_then_2("extract", str(GOLD), "--quiet")
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout
    ids = [json.loads(line)["article"]["id"] for line in two.stdout.decode().splitlines()]
    assert ids == sorted(p.name for p in GOLD.glob("*.txt"))


def test_worker_segfault_turns_only_its_story_into_a_crashed_record(tmp_path: Path) -> None:
    folder = copies(tmp_path / "in", 20)
    culprit = folder / "005-crash.txt"
    culprit.write_bytes(b"Headline\n\nLONDON (Reuters) - A story that " + MARKER + b' kills "its" worker.\n')
    items = list(iter_inputs([str(folder)]))
    expected = [to_json(r) for r in run(items, RULES)]

    got = [
        r
        for rs in run_parallel(items, ExtractOptions(model="blank:en", jobs=2), work=segfault_on_marker)
        for r in rs
    ]

    assert [r.article.id for r in got] == [i.id for i in items]
    crashed = [r for r in got if isinstance(r, ErrorRecord)]
    assert [(r.article.id, r.error.code) for r in crashed] == [("005-crash.txt", "crashed")]
    assert "killed by SIGSEGV" in crashed[0].error.message
    # every other story of the crashed chunk was re-run alone and gives the record it gives in-process
    assert [to_json(r) for r in got if isinstance(r, ArticleResult)] == [
        e for e, i in zip(expected, items, strict=True) if i.path != str(culprit)
    ]


@pytest.mark.parametrize("debug", [False, True])
def test_exception_escaping_a_worker_becomes_only_the_culprits_internal_error_record(
    tmp_path: Path, debug: bool
) -> None:
    folder = copies(tmp_path, 20)
    culprit = sorted(folder.iterdir())[7]
    culprit.write_bytes(culprit.read_bytes() + MARKER)
    items = list(iter_inputs([str(folder)]))

    options = ExtractOptions(model="blank:en", jobs=2, debug=debug)
    got = [record for group in run_parallel(items, options, work=raise_a_bug) for record in group]

    assert [r.article.id for r in got] == [i.id for i in items]
    failed = [r for r in got if isinstance(r, ErrorRecord)]
    assert [(r.article.id, r.error.code) for r in failed] == [(culprit.name, "internal-error")]
    message = failed[0].error.message
    assert message.startswith("a bug in wireclaims (ValueError: a bug in extraction (File ")
    assert ("Traceback (most recent call last)" in message) is debug


def test_fail_fast_with_jobs_stops_at_the_first_failure(tmp_path: Path) -> None:
    folder = copies(tmp_path / "in", 40)
    (folder / "00-empty.txt").write_bytes(b"")
    done = wireclaims("extract", str(folder), "--jobs", "2", "--fail-fast", "--model", "blank:en", "--quiet")
    assert done.returncode == 1
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [(r["article"]["id"], r["error"]["code"]) for r in records] == [("00-empty.txt", "not-a-story")]


def test_resume_after_a_kill_leaves_exactly_one_complete_output_per_story(tmp_path: Path) -> None:
    folder = copies(tmp_path / "in", 20)
    out = tmp_path / "out"
    args = [sys.executable, "-m", "wireclaims", "extract", str(folder), "-o", str(out), "--jobs", "1"]
    first = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    deadline = time.monotonic() + 60
    while len(list(out.glob("*.json"))) < 5 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    first.send_signal(signal.SIGKILL)
    first.wait()
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")}
    assert 5 <= len(before) < 20, "the run was not stopped midway"
    # what a kill during a write leaves behind: a temporary file next to a missing output
    last = sorted(folder.iterdir())[-1].name
    (out / f".{last}.json.k1ll3d.tmp").write_text('{"schema_version": "1.', "utf-8")

    done = wireclaims("extract", str(folder), "-o", str(out), "--jobs", "1", "--resume")

    assert done.returncode == 0, done.stderr
    assert f", {len(before)} already done (--resume) in " in done.stderr.decode()
    assert len(done.stderr.decode().splitlines()) == 1  # summary only: no progress bar in a pipe
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{p.name}.json" for p in folder.iterdir())
    for path in out.iterdir():
        record = ArticleResult.model_validate_json(path.read_bytes())
        assert record.provenance is not None
    assert all((out / name).stat().st_mtime_ns == mtime for name, mtime in before.items())


@pytest.mark.parametrize(
    "state, done",
    [
        ("complete", True),
        ("missing", False),
        ("truncated", False),
        ("input-changed", False),
        ("other-pipeline", False),
        ("error-record", False),
        ("no-provenance", False),
    ],
)
def test_resume_counts_an_output_done_only_when_complete_and_current(
    tmp_path: Path, rules_pipeline: Pipeline, state: str, done: bool
) -> None:
    story = tmp_path / "story.txt"
    story.write_bytes((SAMPLES / "reuters-harbour-tolls.txt").read_bytes())
    item = next(iter_inputs([str(story)]))
    record = next(run([item], RULES))
    assert isinstance(record, ArticleResult) and record.provenance is not None
    text = to_json(record, pretty=True)
    if state == "truncated":
        text = text[: len(text) // 2]
    elif state == "other-pipeline":
        text = text.replace(record.provenance.pipeline, "en_wire_sm-0.0.1")
    elif state == "error-record":
        text = to_json(next(run([InputItem(str(tmp_path), "x", Path("x"))], RULES)))
    elif state == "no-provenance":
        text = to_json(record.model_copy(update={"provenance": None}))
    output = output_path(tmp_path / "out", item.relative)
    if state != "missing":
        write_atomic(output, text)
    if state == "input-changed":
        story.write_bytes(story.read_bytes() + b"\nA late paragraph.\n")
    assert completed(tmp_path / "out", item, rules_pipeline, RULES) is done


def test_remove_partial_writes_removes_only_temporary_files_of_our_outputs(tmp_path: Path) -> None:
    for name in [".a.txt.json.x1y2z3.tmp", ".b.txt.json.q.tmp", "a.txt.json", ".other.tmp", "notes.tmp"]:
        (tmp_path / name).write_text("x", "utf-8")
    removed = remove_partial_writes(
        [tmp_path / "a.txt.json", tmp_path / "b.txt.json", tmp_path / "c.txt.json"]
    )
    assert removed == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.tmp", "a.txt.json", "notes.tmp"]


def test_50_mb_file_becomes_too_large_without_being_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written to disk
    done = wireclaims("extract", str(big), "--quiet", "--model", "blank:en")
    record = json.loads(done.stdout)
    assert done.returncode == 1
    assert record["error"] == {
        "code": "too-large",
        "message": "52428800 bytes is over the limit of 5000000 (--max-bytes)",
    }
    assert record["provenance"] is None


def test_too_large_is_decided_from_the_size_before_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 101)

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_open)
    with pytest.raises(TooLarge, match="101 bytes is over the limit of 100"):
        InputItem(str(big), "big.txt", Path("big.txt")).read(100)


@pytest.mark.parametrize(
    "args, message",
    [
        (["--resume"], "--resume needs -o DIR"),
        (["--resume", "-o", "{tmp}/all.jsonl"], "--resume needs -o DIR"),
        (["--jobs", "0"], "Invalid value for '--jobs' / '-j'"),
    ],
)
def test_batch_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    done = wireclaims("extract", str(SAMPLES), *[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert done.returncode == 2
    assert message in done.stderr.decode()
    assert done.stdout == b""


@pytest.mark.parametrize(
    "terminal, quiet, environ, shown",
    [
        (True, False, {}, True),
        (False, False, {}, False),
        (True, True, {}, False),
        (True, False, {"CI": "true"}, False),
    ],
)
def test_progress_only_on_a_terminal_without_quiet_outside_ci(
    terminal: bool, quiet: bool, environ: dict[str, str], shown: bool
) -> None:
    console = Console(file=io.StringIO(), force_terminal=terminal)
    assert wanted(console, quiet, environ) is shown


def test_progress_bar_shows_rate_and_count() -> None:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=100)
    with progress(console, 3, enabled=True) as advance:
        for _ in range(3):
            advance()
    assert "3/3" in buffer.getvalue()
    assert "stories/s" in buffer.getvalue()


def test_disabled_progress_writes_nothing() -> None:
    buffer = io.StringIO()
    with progress(Console(file=buffer, force_terminal=True), 3, enabled=False) as advance:
        advance()
    assert buffer.getvalue() == ""


@pytest.mark.parametrize(
    "stories, jobs, stdin, runs",
    [
        (3, 8, False, "run_inputs_here"),  # one chunk: starting a worker costs more than it saves
        (40, 1, False, "run_inputs_here"),
        (40, 2, False, "run_parallel"),
        (40, 2, True, "run_inputs_here"),  # only this process can read stdin
    ],
)
def test_workers_start_only_when_they_pay(stories: int, jobs: int, stdin: bool, runs: str) -> None:
    items = [InputItem(f"{i}.txt", f"{i}.txt", Path(f"{i}.txt")) for i in range(stories)]
    if stdin:
        items[0] = InputItem("-", "stdin", Path("stdin"))
    records = run_inputs(items, ExtractOptions(jobs=jobs))
    assert records.gi_code.co_name == runs  # nothing started yet: generators are lazy
    records.close()


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_atomic_writes_get_the_mode_a_plain_open_gives(tmp_path: Path, umask: int) -> None:
    from wireclaims.write.files import atomic_stream

    old = os.umask(umask)
    try:
        write_atomic(tmp_path / "a.json", "{}\n")
        with atomic_stream(tmp_path / "b.jsonl") as handle:
            handle.write("{}\n")
    finally:
        os.umask(old)
    for name in ("a.json", "b.jsonl"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o666 & ~umask
