"""Install the wheel as a new user would and extract one story of every input format with it.

    python scripts/check_wheel.py                          # what `make smoke` and CI run
    python scripts/check_wheel.py --python python3.10      # the venv on another interpreter
    python scripts/check_wheel.py --constraint lowest.txt  # pin the install (`make lowest` does)

Builds the wheel, makes a fresh venv in a temporary folder with the interpreter's own pip, installs the
wheel with no extras and no lock (`pip install wireclaims-*.whl`, what `pip install .` does), then runs
`wireclaims extract` from that venv over one fixture story per input format and checks each record: no
error, the detected format, a headline, a body text and at least one quote.

The dev install (`make install`) brings the dev extras and the lock; they can hide a dependency the
package forgot to declare, or an import path a new release of one breaks: justext needing
lxml_html_clean, which an old pip did not pull in through `lxml[html_clean]`, made every HTML page fail.
The last line is `smoke: N passed, N failed`; the exit code is 1 when a format failed, 2 when the wheel
could not be built or installed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ROOT / "tests" / "fixtures" / "formats"

# One story per input format (detected format, fixture file); each has a headline and quotes. A new
# loader adds its row here.
STORIES = [
    ("text", "text/canal-lock.txt"),
    ("ninjs", "ninjs/bridge-tolls.json"),
    ("newsml-g2", "newsml-g2/library-hours.xml"),
    ("nitf", "nitf/tram-strike.xml"),
    ("newsml-1.2", "newsml-1.2/wind-farm.xml"),
    ("anpa", "anpa/canal-lock.anpa"),
    ("html", "html/heat-advisory.html"),
]


def problems(record: dict[str, Any], fmt: str) -> list[str]:
    """What is wrong with one extracted record; empty when it is a good one."""
    if "error" in record:
        error = record["error"]
        return [f"error record: {error.get('code')}: {error.get('message')}"]
    article = record.get("article") or {}
    found = []
    if article.get("format") != fmt:
        found.append(f"format {article.get('format')!r}, expected {fmt!r}")
    if not (article.get("text") or "").strip():
        found.append("empty article.text")
    if not article.get("headline"):
        found.append("no headline")
    if not record.get("quotes"):
        found.append("no quotes")
    return found


def run(cmd: list[str | Path], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in cmd], env=env, cwd=cwd, capture_output=True, text=True, timeout=900, check=False
    )


def tail(text: str, lines: int = 15) -> str:
    return "\n".join("    " + line for line in text.strip().splitlines()[-lines:])


def install(work: Path, python: str, constraint: Path | None, env: dict[str, str]) -> Path:
    """Build the wheel, make the venv, install the wheel into it; return the venv's bin folder."""
    dist = work / "dist"
    built = run([sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "--quiet", "-w", dist], env, work)
    wheels = sorted(dist.glob("wireclaims-*.whl"))
    if built.returncode or not wheels:
        raise RuntimeError(f"building the wheel failed:\n{tail(built.stdout + built.stderr)}")
    venv = work / "venv"
    made = run([python, "-m", "venv", venv], env, work)
    if made.returncode:
        raise RuntimeError(f"making the venv with {python} failed:\n{tail(made.stdout + made.stderr)}")
    bin_dir = venv / "bin"
    pins: list[str | Path] = ["--constraint", constraint.resolve()] if constraint else []
    installed = run([bin_dir / "python", "-m", "pip", "install", "--quiet", wheels[0], *pins], env, work)
    if installed.returncode:
        output = tail(installed.stdout + installed.stderr)
        raise RuntimeError(f"pip install {wheels[0].name} failed:\n{output}")
    return bin_dir


def check_story(bin_dir: Path, fmt: str, name: str, env: dict[str, str], cwd: Path) -> list[str]:
    """Extract one fixture story with the installed CLI; the problems found, empty when it passed."""
    done = run([bin_dir / "wireclaims", "extract", FORMATS / name], env, cwd)
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if done.returncode or len(lines) != 1:
        return [f"exit {done.returncode}, {len(lines)} records; stderr:\n{tail(done.stderr)}"]
    try:
        record = json.loads(lines[0])
    except json.JSONDecodeError as exc:
        return [f"stdout is not a JSON record: {exc}"]
    found = problems(record, fmt)
    if found and done.stderr.strip():
        found.append(f"stderr:\n{tail(done.stderr)}")
    return found


# The installed package's spaCy entry points: the shipped pipeline loads with spaCy alone (its config names
# wireclaims' steps) and takes the component, nothing of wireclaims imported by hand.
SPACY_CHECK = """
import spacy, wireclaims
nlp = spacy.load(wireclaims.default_model_path())
nlp.add_pipe("wireclaims")
doc = nlp('"The gates are new," said Ada Obi, the engineer.')
assert [q.speaker.name for q in doc._.quotes if q.speaker] == ["Ada Obi"], doc._.quotes
assert len(doc.spans["quotes"]) == 1
"""


def check_spacy(bin_dir: Path, env: dict[str, str], cwd: Path) -> list[str]:
    """The problems of `SPACY_CHECK` in the installed venv, empty when it passed."""
    done = run([bin_dir / "python", "-c", SPACY_CHECK], env, cwd)
    return [f"exit {done.returncode}; stderr:\n{tail(done.stderr)}"] if done.returncode else []


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--python", default=sys.executable, help="interpreter of the venv (default: this)")
    parser.add_argument("--constraint", type=Path, help="pip constraints file for the install")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print its path")
    args = parser.parse_args()

    # Nothing of the dev environment may leak in: not its venv, not the source tree.
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}}
    work = Path(tempfile.mkdtemp(prefix="wireclaims-smoke-"))
    try:
        try:
            bin_dir = install(work, args.python, args.constraint, env)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            print(f"smoke: {exc}", file=sys.stderr)
            return 2
        failed = 0
        for fmt, name in STORIES:
            found = check_story(bin_dir, fmt, name, env, work)
            failed += bool(found)
            print(f"{'FAIL' if found else 'ok':<4}  {fmt:<10}  {name}", flush=True)
            for problem in found:
                print(f"    {problem}")
        found = check_spacy(bin_dir, env, work)
        shown = "spacy.load + add_pipe('wireclaims')"
        print(f"{'FAIL' if found else 'ok':<4}  {'spacy':<10}  {shown}", flush=True)
        for problem in found:
            print(f"    {problem}")
        passed = len(STORIES) - failed + (not found)
        if failed:
            print(f"smoke: with a plain `pip install` of the wheel, {failed} input format(s) fail")
        failed += bool(found)
        print(f"smoke: {passed} passed, {failed} failed")
        return 1 if failed else 0
    finally:
        if args.keep:
            print(f"smoke: kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
