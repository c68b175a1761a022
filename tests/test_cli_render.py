"""`wireclaims show` and `wireclaims report`, run in-process (a real process where spaCy must stay
unloaded): stories and results in, exit codes, messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import wireclaims
from render_records import EXPECTED, ROOT, error, record

from wireclaims.write.files import to_json

SAMPLES = ROOT / "data" / "samples"
EMPTY = "tests/fixtures/hostile/empty.txt"  # relative: error lines show the path as given
STORY = b'Port fees rise\n\nOSLO, Feb 3 (Reuters) - "We had no choice," harbour master Ines Cole said.\n'
RESULT = EXPECTED / "samples" / "reuters-harbour-tolls.txt.json"


@pytest.mark.parametrize("command", ["show", "report"])
def test_help_has_an_example(command: str) -> None:
    done = wireclaims(command, "--help")
    assert done.returncode == 0
    assert f"Example: wireclaims {command}" in done.stdout.decode()


def test_show_story_on_stdin_extracts_it_and_tags_marks_in_a_pipe() -> None:
    done = wireclaims("show", "-", stdin=STORY)
    assert done.returncode == 0, done.stderr
    shown = done.stdout.decode()
    assert shown.startswith("Port fees rise\nstdin · OSLO, Feb 3 (Reuters) · text, 1 quote")
    assert 'We had no choice,[q1→s1]"' in shown
    assert any(" ".join(line.split()).startswith("s1 Ines Cole person") for line in shown.splitlines())
    assert "\x1b" not in shown
    assert done.stderr == b""


def test_show_result_file_does_not_load_spacy() -> None:
    code = (
        "import sys; from wireclaims.cli import app\n"
        f"sys.argv = ['wireclaims', 'show', {str(RESULT)!r}, '--width', '60']\n"
        "try:\n app()\nexcept SystemExit as done: assert done.code == 0, done.code\n"
        "assert 'spacy' not in sys.modules, 'spacy loaded'"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode().splitlines()
    assert lines[0].startswith("Port of Valdermere to raise harbour tolls")
    assert max(len(line.rstrip()) for line in lines) <= 60


def test_show_result_on_stdin_and_forced_colour() -> None:
    done = wireclaims("show", "-", "--color", stdin=RESULT.read_bytes())
    assert done.returncode == 0, done.stderr
    assert "\x1b[" in done.stdout.decode() and "[q1→" not in done.stdout.decode()


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["show", EMPTY], 1, f"not-a-story: {EMPTY}: the input is empty"),
        (["show", "no/such/story.txt"], 2, "error: no such file or folder: no/such/story.txt"),
        (["show", "-", "--model", "no_such"], 2, "error: cannot load spaCy pipeline 'no_such'"),
        (["report", "no/such/dir", "-o", "r.html"], 2, "error: no such file or folder: no/such/dir"),
        (["report", str(SAMPLES)], 2, "Missing option '-o'"),
    ],
)  # fmt: skip
def test_failures_give_one_clear_line_and_exit_code(args: list[str], code: int, message: str) -> None:
    done = wireclaims(*args, stdin=STORY)
    assert done.returncode == code
    assert message in done.stderr.decode()
    assert done.stdout == b""


def test_report_mixes_stories_results_and_errors_and_is_byte_identical(tmp_path: Path) -> None:
    results = tmp_path / "results.jsonl"
    hostile = record("Fees rose. <script>window.pwned = 1</script>", article_id="x<y>.txt")
    results.write_text(to_json(hostile) + "\n" + to_json(error()) + "\n", encoding="utf-8")
    args = [str(SAMPLES), str(results), EMPTY, "--jobs", "1"]
    first = wireclaims("report", *args, "-o", str(tmp_path / "a" / "report.html"))
    second = wireclaims("report", *args, "-o", str(tmp_path / "b.html"), "--quiet")
    assert first.returncode == 1 and second.returncode == 1
    assert first.stdout == b"" and second.stdout == b"" and second.stderr == b""
    assert first.stderr.decode().splitlines() == [
        "not-a-story: stories/bad.txt: the input is empty",
        f"not-a-story: {EMPTY}: the input is empty",
        f"4 stories, 2 errors: {tmp_path / 'a' / 'report.html'}",
    ]
    page = (tmp_path / "a" / "report.html").read_bytes()
    assert page == (tmp_path / "b.html").read_bytes()
    text = page.decode()
    assert "4 stories, 2 errors" in text
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in text and "x&lt;y&gt;.txt" in text
    assert text.count("<script") == 1
    assert not list(tmp_path.glob("**/.*.tmp"))


def test_report_leaves_out_its_own_output_and_writes_stdout_for_dash(tmp_path: Path) -> None:
    (tmp_path / "out.jsonl").write_text(to_json(record("Fees rose.")) + "\n", encoding="utf-8")
    page = tmp_path / "report.html"
    first = wireclaims("report", str(tmp_path), "-o", str(page), "--quiet")
    before = page.read_bytes()
    second = wireclaims("report", str(tmp_path), "-o", str(page), "--quiet")
    assert first.returncode == second.returncode == 0
    assert page.read_bytes() == before and "1 story, 0 errors" in before.decode()
    to_stdout = wireclaims("report", str(tmp_path / "out.jsonl"), "-o", "-", "--quiet")
    assert to_stdout.returncode == 0 and to_stdout.stdout == before


def test_report_that_cannot_be_written_exits_2(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("", encoding="utf-8")
    done = wireclaims("report", str(RESULT), "-o", str(tmp_path / "file" / "report.html"))
    assert done.returncode == 2
    assert done.stderr.decode().startswith(f"error: cannot write {tmp_path / 'file' / 'report.html'}: ")
