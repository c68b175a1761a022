"""`--format parquet` and `--cluster` without their extras, and their usage errors: one line, exit code 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import wireclaims

ROOT = Path(__file__).resolve().parent.parent
STORY = str(ROOT / "data" / "samples" / "ap-county-budget.txt")
# The CLI with some modules made unimportable, as when an extra is not installed.
_WITHOUT = "import sys\nfor name in sys.argv[1].split(','):\n    sys.modules[name] = None\n" + (
    "sys.argv = ['wireclaims', *sys.argv[2:]]\nfrom wireclaims.cli import main\nmain()\n"
)


def _run(missing: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI without the modules in `missing`: a fresh process, so that no module imported earlier hides
    an import of them; in this process when nothing is missing."""
    if not missing:
        done = wireclaims(*args)
        out, err = done.stdout.decode(), done.stderr.decode()
        return subprocess.CompletedProcess(done.args, done.returncode, out, err)
    return subprocess.run(
        [sys.executable, "-c", _WITHOUT, missing, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "missing, args, message",
    [
        (
            "pyarrow",
            ["--format", "parquet", "-o", "{tmp}/tables"],
            "error: --format parquet needs pyarrow, which is not installed: "
            "pip install 'wireclaims[parquet]'",
        ),
        (
            "distributed",
            ["--cluster", "local:1"],
            "error: --cluster needs distributed, which is not installed: pip install 'wireclaims[dask]'",
        ),
        (
            "distributed",
            ["--cluster", "tcp://127.0.0.1:1"],
            "error: --cluster needs distributed, which is not installed: pip install 'wireclaims[dask]'",
        ),
        ("", ["--format", "parquet"], "error: --format parquet needs -o DIR (a folder for the tables)"),
        (
            "",
            ["--format", "parquet", "-o", "{tmp}/t", "--resume"],
            "error: --resume needs -o DIR (one output file per story, checked one by one)",
        ),
        (
            "",
            ["--cluster", "local:0"],
            "error: --cluster 'local:0': expected a scheduler address (tcp://HOST:8786), local or local:N",
        ),
        (
            "",
            ["--cluster", "127.0.0.1:8786"],
            "error: --cluster '127.0.0.1:8786': expected a scheduler address (tcp://HOST:8786), local or "
            "local:N",
        ),
        (
            "",
            ["-", "--cluster", "local"],
            "error: --cluster: workers cannot read stdin ('-'); give files or folders",
        ),
    ],
)
def test_extras_and_their_usage_errors_exit_2_with_one_line(
    tmp_path: Path, missing: str, args: list[str], message: str
) -> None:
    done = _run(missing, "extract", STORY, *(a.format(tmp=tmp_path) for a in args))
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [message]
    assert done.stdout == ""


def test_json_output_needs_neither_extra() -> None:
    done = _run("pyarrow,distributed,dask", "extract", STORY, "--jobs", "1", "--model", "blank:en", "-q")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1


def test_tables_that_cannot_be_written_stop_the_run_with_one_line_and_exit_1(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    (tmp_path / "tables").mkdir()
    (tmp_path / "tables" / "quotes").write_text("a file where a folder goes", encoding="utf-8")
    done = _run("", "extract", STORY, "--format", "parquet", "-o", str(tmp_path / "tables"))
    assert done.returncode == 1
    (line,) = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert line.startswith(f"error: cannot write the tables under {tmp_path / 'tables' / 'quotes'}")
