"""Run the `wireclaims` command in this process with typer's CliRunner, for tests where a real process is
not the point: the console-script entry point (`wireclaims.cli.main`, with its last-net exit code 3) runs
on captured stdin, stdout and stderr, and the spaCy pipeline loads once per session, not once per call.

Tests of a real process (signals, a killed parent, what workers write to stderr, a real pipe, `python -m
wireclaims`) keep `subprocess`; workers started from this process are real processes all the same.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from wireclaims.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _exit_code(code: object) -> int:
    """The process exit status `sys.exit(code)` would give."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    return 1  # sys.exit("message") prints the message and exits 1


def wireclaims(
    *args: str,
    stdin: bytes | None = None,
    cwd: Path = ROOT,
    env: dict[str, str | None] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """`wireclaims *args` run in-process: the result of `subprocess.run(..., capture_output=True)`."""
    runner = CliRunner()
    argv, here = sys.argv, Path.cwd()
    code = 0
    os.chdir(cwd)
    try:
        with runner.isolation(input=stdin, env=env) as (out, err, _):
            sys.argv = ["wireclaims", *args]
            try:
                main()
            except SystemExit as exc:
                code = _exit_code(exc.code)
                if isinstance(exc.code, str):
                    sys.stderr.write(exc.code + "\n")
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
            stdout, stderr = out.getvalue(), err.getvalue()
    finally:
        sys.argv = argv
        os.chdir(here)
    return subprocess.CompletedProcess(["wireclaims", *args], code, stdout, stderr)


def jobs_1_then_2(
    *args: str,
) -> tuple[subprocess.CompletedProcess[bytes], subprocess.CompletedProcess[bytes]]:
    """`wireclaims *args --jobs 1`, then `--jobs 2`, both in this process: the workers of `--jobs 2` are
    real processes all the same (forked from this process's fork server, started once per session), but
    what they write to stderr themselves is not in the result: use `jobs_1_and_2` where that counts."""
    return wireclaims(*args, "--jobs", "1"), wireclaims(*args, "--jobs", "2")


def jobs_1_and_2(*args: str) -> tuple[subprocess.CompletedProcess[bytes], subprocess.CompletedProcess[bytes]]:
    """`wireclaims *args --jobs 1` in this process, while `wireclaims *args --jobs 2` runs in a real
    process beside it, whose stderr holds its workers' too."""
    command = [sys.executable, "-m", "wireclaims", *args, "--jobs", "2"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT) as workers:
        one = wireclaims(*args, "--jobs", "1")
        stdout, stderr = workers.communicate(timeout=600)
    return one, subprocess.CompletedProcess(command, workers.returncode, stdout, stderr)
