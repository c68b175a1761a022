"""Failure isolation: whatever goes wrong on one input, at whatever stage, in this process or in a worker,
becomes that input's error record, and every other input still gives its record."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import wireclaims.extract
import wireclaims.loaders.html
import wireclaims.loaders.plaintext
import wireclaims.run.analyse
import wireclaims.run.batch
import wireclaims.run.encode
import wireclaims.run.pool
from wireclaims.cli import app, main
from wireclaims.inputs import InputItem, iter_inputs
from wireclaims.models import ArticleResult, ErrorArticle, ErrorDetail, ErrorRecord, Record
from wireclaims.run.batch import ExtractOptions, analyse_chunk, run_inputs_here
from wireclaims.run.encode import serialise
from wireclaims.run.guard import Expired, deadline
from wireclaims.run.workers import run_parallel

MARKER = "CULPRIT"
STORY = 'Harbour tolls to rise\n\nOSLO (Reuters) - "We will open the port," Ines Cole said on {day}.\n'
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _culprit(value: object) -> bool:
    """Whether a stage's input is the culprit's: its text, its bytes or its item."""
    if isinstance(value, bytes):
        return MARKER.encode() in value
    if isinstance(value, InputItem):
        return MARKER in Path(value.path).read_text(encoding="utf-8")
    if isinstance(value, (list, tuple)):
        return any(_culprit(v) for v in value)
    return MARKER in str(value)


def _wrap(module: Any, name: str, exc: BaseException, *, arg: int = 0) -> tuple[Any, str, Callable[..., Any]]:
    real = getattr(module, name)

    def faulty(*args: Any, **kwargs: Any) -> Any:
        if _culprit(args[arg]):
            raise exc
        return real(*args, **kwargs)

    return module, name, faulty


def _read(self: InputItem, max_bytes: int) -> bytes:
    if MARKER in self.path:
        raise ValueError("a bug while reading")
    return REAL_READ(self, max_bytes)


REAL_READ = InputItem.read

# stage -> (what to replace, the code the culprit's record gets)
STAGES: dict[str, tuple[Callable[[], tuple[Any, str, Callable[..., Any]]], str]] = {
    "reader": (lambda: (InputItem, "read", _read), "internal-error"),
    "decoder": (
        lambda: _wrap(wireclaims.loaders.plaintext, "decode", UnicodeError("a bug while decoding")),
        "internal-error",
    ),
    "loader": (
        lambda: _wrap(wireclaims.run.batch, "load_all", KeyError("a bug while loading")),
        "internal-error",
    ),
    "missing package": (
        lambda: _wrap(wireclaims.run.batch, "load_all", ModuleNotFoundError("No module named 'x'", name="x")),
        "missing-dependency",
    ),
    "parser": (
        lambda: _wrap(wireclaims.run.batch, "parse_texts", RuntimeError("a bug while parsing"), arg=1),
        "internal-error",
    ),
    "extractor": (
        lambda: _wrap(wireclaims.run.analyse, "extract", IndexError("a bug while extracting")),
        "internal-error",
    ),
    "headline": (
        lambda: _wrap(wireclaims.extract, "headline_claims", TypeError("a bug in headlines")),
        "internal-error",
    ),
    "timeout": (lambda: _wrap(wireclaims.run.analyse, "extract", Expired()), "timeout"),
    "memory": (lambda: _wrap(wireclaims.run.analyse, "extract", MemoryError()), "out-of-memory"),
}


def faulty_work(items: list[InputItem], options: ExtractOptions) -> list[list[Record]]:
    """A worker's job with the stage named in `options.extra` broken for the culprit (workers import this)."""
    module, name, faulty = STAGES[options.extra["stage"]][0]()
    setattr(module, name, faulty)
    return analyse_chunk(items, options)


def _folder(tmp_path: Path, culprit: int) -> list[InputItem]:
    for k, day in enumerate(DAYS):
        text = STORY.format(day=day)
        if k == culprit:
            text = text.replace("port,", f"port {MARKER},").replace("tolls", f"tolls {MARKER}")
        name = f"{k}-story-{MARKER}.txt" if k == culprit else f"{k}-story.txt"
        (tmp_path / name).write_text(text, encoding="utf-8")
    return list(iter_inputs([str(tmp_path)]))


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("stage", list(STAGES))
def test_a_failure_at_any_stage_becomes_only_the_culprits_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str, jobs: int
) -> None:
    folder = tmp_path / stage.replace(" ", "-")
    folder.mkdir()
    items = _folder(folder, culprit=2)
    options = ExtractOptions(model="blank:en", jobs=jobs, extra={"stage": stage})

    if jobs == 1:
        module, name, faulty = STAGES[stage][0]()
        monkeypatch.setattr(module, name, faulty)
        groups = list(run_inputs_here(items, options))
    else:
        groups = list(run_parallel(items, options, work=faulty_work))

    records = [record for group in groups for record in group]
    assert [r.article.id for r in records] == [i.id for i in items]
    failed = [(r.article.id, r.error.code) for r in records if isinstance(r, ErrorRecord)]
    assert failed == [(items[2].id, STAGES[stage][1])]
    assert all(isinstance(r, ArticleResult) and r.quotes for k, r in enumerate(records) if k != 2)


def test_a_bug_message_names_the_exception_and_where_and_the_debug_one_has_the_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = _folder(tmp_path, culprit=0)
    monkeypatch.setattr(*STAGES["extractor"][0]())
    plain = run_inputs_here(items[:1], ExtractOptions(model="blank:en"))
    debug = run_inputs_here(items[:1], ExtractOptions(model="blank:en", debug=True))
    (first,), (second,) = next(plain), next(debug)
    assert isinstance(first, ErrorRecord) and isinstance(second, ErrorRecord)
    assert first.error.message.startswith("a bug in wireclaims (IndexError: a bug while extracting at ")
    assert "Traceback" not in first.error.message
    assert "Traceback (most recent call last)" in second.error.message


def test_the_html_loader_without_its_package_gives_a_missing_dependency_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # what a plain install met when lxml 6 split out lxml.html.clean, which trafilatura's extraction imports
    def no_cleaner(*args: Any, **kwargs: Any) -> Any:
        raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean.\nInstall it.")

    monkeypatch.setattr(wireclaims.loaders.html, "load_html", no_cleaner)
    monkeypatch.setitem(wireclaims.loaders.LOADERS, "html", lambda data: [no_cleaner(data)])
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Cole said so.</p></body></html>", encoding="utf-8")
    (record,) = next(run_inputs_here(list(iter_inputs([str(page)])), ExtractOptions(model="blank:en")))
    assert isinstance(record, ErrorRecord)
    assert record.error.code == "missing-dependency"
    assert "lxml_html_clean" in record.error.message and "\n" not in record.error.message


@pytest.mark.parametrize(
    "article_id, path",
    [
        ("caf\udcff.txt", "in/caf\udcff.txt"),  # a file name that is not UTF-8, as os.fsdecode gives it
        ("ok.txt", "in/ok\ud800.txt"),
    ],
)
def test_a_record_that_cannot_be_serialised_becomes_an_internal_error_record_that_can(
    article_id: str, path: str
) -> None:
    record = ErrorRecord(
        article=ErrorArticle(id=article_id, path=path), error=ErrorDetail(code="unreadable", message="x")
    )
    written, text = serialise(record)
    assert isinstance(written, ErrorRecord) and written.error.code == "internal-error"
    assert json.loads(text)["article"]["id"] == article_id.encode("utf-8", "backslashreplace").decode()


def test_a_serialisable_record_is_written_unchanged() -> None:
    record = ErrorRecord(
        article=ErrorArticle(id="a", path="a"), error=ErrorDetail(code="unreadable", message="x")
    )
    assert serialise(record) == (record, record.model_dump_json())


def test_deadline_interrupts_a_stalled_block_and_lets_a_quick_one_finish() -> None:
    with pytest.raises(Expired), deadline(0.05):
        while True:
            pass
    with deadline(5):
        total = sum(range(1000))
    assert total == 499500


def test_cli_turns_a_failing_story_into_its_record_and_exits_1_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = _folder(tmp_path, culprit=1)
    monkeypatch.setattr(*STAGES["extractor"][0]())
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--jobs", "1", "--model", "blank:en"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article"]["id"] for r in lines] == [i.id for i in items]
    assert [r["error"]["code"] for r in lines if "error" in r] == ["internal-error"]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("debug", [False, True])
def test_a_bug_that_ends_the_run_exits_3_with_one_line_and_the_json_array_still_closes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], debug: bool
) -> None:
    _folder(tmp_path, culprit=-1)
    real = wireclaims.run.encode.serialise
    calls: list[int] = []

    def broken(record: Record, pretty: bool = False, debug: bool = False) -> tuple[Record, str]:
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("a bug in the writer")
        return real(record, pretty, debug)

    monkeypatch.setattr(wireclaims.run.encode, "serialise", broken)
    argv = [
        "wireclaims",
        *(["--debug"] if debug else []),
        "extract",
        str(tmp_path),
        "--format",
        "json",
        "-j",
        "1",
    ]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as stop:
        main()
    assert stop.value.code == 3
    out, err = capsys.readouterr()
    assert [r["article"]["id"] for r in json.loads(out)] == ["0-story.txt", "1-story.txt"]
    assert "internal error: RuntimeError: a bug in the writer" in err
    assert "please report it" in err
    assert ("Traceback" in err) is debug


def _greedy_extract() -> tuple[Any, str, Callable[..., Any]]:
    real = wireclaims.run.analyse.extract

    def greedy(doc: Any, *args: Any, **kwargs: Any) -> Any:
        if MARKER in doc.text:
            bytearray(64 * 1024**3)  # far past the worker's limit: the allocation itself fails
        return real(doc, *args, **kwargs)

    return wireclaims.run.analyse, "extract", greedy


def greedy_work(items: list[InputItem], options: ExtractOptions) -> list[list[Record]]:
    module, name, greedy = _greedy_extract()
    setattr(module, name, greedy)
    return analyse_chunk(items, options)


def test_a_story_past_the_worker_memory_limit_gets_an_out_of_memory_record(tmp_path: Path) -> None:
    items = _folder(tmp_path, culprit=3)
    options = ExtractOptions(model="blank:en", jobs=2, max_memory=2048)
    records = [r for group in run_parallel(items, options, work=greedy_work) for r in group]
    failed = [(r.article.id, r.error.code) for r in records if isinstance(r, ErrorRecord)]
    assert failed == [(items[3].id, "out-of-memory")]
    assert "(--max-memory)" in records[3].error.message  # type: ignore[union-attr]


def stuck_work(items: list[InputItem], options: ExtractOptions) -> list[list[Record]]:
    """A worker stuck where the story's own timer cannot reach it, as in a C extension's loop."""
    if any(_culprit(item) for item in items):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(3600)
    return analyse_chunk(items, options)


def test_a_worker_stuck_past_its_time_is_killed_and_only_the_culprit_gets_a_timeout_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the smallest limits that still leave a fresh worker its start-up (slack) and each story its time: the
    # stuck chunk of five is given up after 0.1 * 4 * 5 + 1 s, the culprit alone after 0.1 * 4 + 1 s
    monkeypatch.setattr(wireclaims.run.pool, "_OVERRUN_SLACK", 1.0)
    items = _folder(tmp_path, culprit=1)
    options = ExtractOptions(model="blank:en", jobs=2, timeout=0.1)
    records = [r for group in run_parallel(items, options, work=stuck_work) for r in group]
    assert [r.article.id for r in records] == [i.id for i in items]
    failed = [(r.article.id, r.error.code) for r in records if isinstance(r, ErrorRecord)]
    assert failed == [(items[1].id, "timeout")]


def test_workers_left_behind_by_a_killed_parent_exit_without_a_traceback(tmp_path: Path) -> None:
    for k in range(120):
        (tmp_path / f"{k:03d}.txt").write_text(STORY.format(day=DAYS[k % 5]), encoding="utf-8")
    args = [
        sys.executable,
        "-m",
        "wireclaims",
        "extract",
        str(tmp_path),
        "--jobs",
        "2",
        "--model",
        "blank:en",
    ]
    parent = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert parent.stdout is not None
    parent.stdout.readline()  # the workers are running
    parent.kill()
    _, stderr = parent.communicate(timeout=120)  # EOF only once every worker has gone too
    assert b"Traceback" not in stderr, stderr.decode(errors="replace")


def test_an_output_that_cannot_be_written_fails_only_its_story(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    _folder(tmp_path / "in", culprit=-1)
    out = tmp_path / "out"
    (out / "1-story.txt.json").mkdir(parents=True)  # a folder where the output file goes
    (out / ".3-story.txt.json.k1ll3d.tmp").write_text("{", encoding="utf-8")  # a killed run's leftover
    result = CliRunner().invoke(
        app, ["extract", str(tmp_path / "in"), "-o", str(out), "-j", "1", "--model", "blank:en"]
    )
    assert result.exit_code == 1
    assert "unwritable: " in result.stderr and "1-story.txt.json" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == [f"{k}-story.txt.json" for k in range(5)]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_record_the_serialiser_fails_on_becomes_only_the_culprits_error_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    # 20 stories: more than one batch, so that --jobs 2 really starts workers; records are written here
    for k in range(20):
        name = f"{k:02d}-story-{MARKER}.txt" if k == 13 else f"{k:02d}-story.txt"
        (tmp_path / name).write_text(STORY.format(day=DAYS[k % 5]), encoding="utf-8")
    real = wireclaims.run.encode.to_json

    def broken(record: Record, pretty: bool = False) -> str:
        if MARKER in record.article.id and isinstance(record, ArticleResult):
            raise ValueError("a bug in the serialiser")
        return real(record, pretty)

    monkeypatch.setattr(wireclaims.run.encode, "to_json", broken)
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--jobs", jobs, "--model", "blank:en"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 20
    failed = [(r["article"]["id"], r["error"]["code"]) for r in records if "error" in r]
    assert failed == [(f"13-story-{MARKER}.txt", "internal-error")]
    assert "ValueError: a bug in the serialiser" in records[13]["error"]["message"]
    assert "Traceback" not in result.stderr
