"""The command line (in-process; a real process for the pipes): stdin, folder walk, -o modes, exit codes,
bad files among good ones."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import wireclaims

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
SAMPLES = ROOT / "data" / "samples"
STORY = b'Port fees rise\n\nOSLO, Feb 3 (Reuters) - "We had no choice," harbour master Ines Cole said.\n'


def wireclaims_process(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """A real `python -m wireclaims` process: for what only a real pipe shows."""
    return subprocess.run(
        [sys.executable, "-m", "wireclaims", *args], input=stdin, capture_output=True, check=False, cwd=ROOT
    )


def test_version_prints_version_and_does_not_load_spacy() -> None:
    code = "import sys; from wireclaims.cli import app; sys.argv=['wireclaims','--version']\n"
    code += "try:\n app()\nexcept SystemExit: pass\nassert 'spacy' not in sys.modules, 'spacy loaded'"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith("wireclaims ")


@pytest.mark.parametrize("command", ["extract", "schema", "info", "eval"])
def test_every_command_has_help_with_an_example(command: str) -> None:
    done = wireclaims(command, "--help")
    assert done.returncode == 0
    assert "Example: wireclaims" in done.stdout.decode()


def test_stdin_story_gives_one_json_line_on_stdout() -> None:
    done = wireclaims("extract", "-", stdin=STORY)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["article"]["id"] == "stdin"
    assert record["quotes"][0]["text"] == "We had no choice,"
    assert "1 articles" in done.stderr.decode()


def test_folder_is_walked_sorted_and_stdout_has_only_data() -> None:
    done = wireclaims_process("extract", str(SAMPLES), "--quiet")
    assert done.returncode == 0
    ids = [json.loads(line)["article"]["id"] for line in done.stdout.decode().splitlines()]
    assert ids == sorted(p.name for p in SAMPLES.iterdir() if not p.name.startswith("."))
    assert done.stderr == b""


def test_output_folder_mirrors_inputs_as_pretty_json(tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = wireclaims("extract", str(SAMPLES), "-o", str(out), "--quiet")
    assert done.returncode == 0
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(f"{p.name}.json" for p in SAMPLES.iterdir())
    text = (out / written[0]).read_text(encoding="utf-8")
    assert text.startswith("{\n  ") and json.loads(text)["schema_version"].startswith("1.")
    assert done.stdout == b""


def test_output_jsonl_file_holds_one_line_per_story(tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    done = wireclaims("extract", str(SAMPLES), "-o", str(out), "--quiet")
    assert done.returncode == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(list(SAMPLES.iterdir()))
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize(
    "name, code",
    [
        ("empty.txt", "not-a-story"),
        ("whitespace.txt", "not-a-story"),
        ("binary.bin", "not-a-story"),
        ("invalid-utf8.txt", "encoding"),
        ("unbalanced.txt", None),
        ("many-quotes.txt", None),
        ("good.txt", None),
    ],
)
def test_hostile_inputs_each_give_one_record(name: str, code: str | None) -> None:
    done = wireclaims("extract", str(HOSTILE / name), "--quiet")
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(records) == 1
    if code is None:
        assert done.returncode == 0
        assert "error" not in records[0]
    else:
        assert done.returncode == 1
        assert records[0]["error"]["code"] == code
        assert records[0]["article"]["path"].endswith(name)


def test_bad_file_among_good_ones_does_not_stop_the_batch() -> None:
    # rules only: the batch is the point here; each file meets the shipped pipeline in the test above
    done = wireclaims("extract", str(HOSTILE), "--quiet", "--model", "blank:en")
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(records) == len([p for p in HOSTILE.iterdir() if not p.name.startswith(".")])
    assert done.returncode == 1
    assert sum("error" in r for r in records) == 4


def test_too_large_input_becomes_an_error_record() -> None:
    done = wireclaims("extract", str(HOSTILE / "good.txt"), "--max-bytes", "10", "--quiet")
    record = json.loads(done.stdout)
    assert done.returncode == 1
    assert record["error"]["code"] == "too-large"


@pytest.mark.parametrize(
    "args, message",
    [
        (["extract", "no/such/file.txt"], "no such file or folder: no/such/file.txt"),
        (["extract", "-", "--model", "no_such_pipeline"], "cannot load spaCy pipeline 'no_such_pipeline'"),
    ],
)
def test_usage_errors_exit_2_with_one_clear_line(args: list[str], message: str) -> None:
    done = wireclaims(*args, stdin=STORY)
    assert done.returncode == 2
    assert message in done.stderr.decode()
    assert done.stdout == b""


def test_output_is_byte_identical_across_runs() -> None:
    first = wireclaims("extract", str(SAMPLES), "--quiet")
    second = wireclaims("extract", str(SAMPLES), "--quiet")
    assert first.stdout == second.stdout


def test_schema_command_prints_the_json_schema() -> None:
    done = wireclaims("schema")
    assert done.returncode == 0
    assert json.loads(done.stdout)["title"] == "wireclaims record"


@pytest.mark.parametrize("args", [["--format", "json"], ["-o", "{tmp}/all.json"]])
def test_json_format_is_one_valid_json_array(tmp_path: Path, args: list[str]) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    done = wireclaims("extract", str(SAMPLES), "--quiet", *args)
    assert done.returncode == 0
    text = (tmp_path / "all.json").read_text(encoding="utf-8") if "-o" in args else done.stdout.decode()
    records = json.loads(text)
    assert [r["article"]["id"] for r in records] == sorted(p.name for p in SAMPLES.iterdir())


def test_eval_prints_scores_as_json_for_the_gold_stories() -> None:
    done = wireclaims("eval", "data/gold", "--json", "--match", "overlap")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["kind"] == "gold" and data["articles"] >= 40
    assert set(data["scores"]) == {"overlap"}
    assert {"quotes", "quote+speaker", "claims", "claim+source", "cue", "dateline", "credits"} <= set(
        data["scores"]["overlap"]
    )


def test_eval_on_malformed_gold_exits_2_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text("Fees\n\nOSLO (Reuters) - Cole said so.\n", encoding="utf-8")
    (tmp_path / "s.gold.json").write_text('{"gold_version": 1, "story": "s.txt"}', encoding="utf-8")
    done = wireclaims("eval", str(tmp_path))
    assert done.returncode == 2
    assert "s.gold.json" in done.stderr.decode() and "article" in done.stderr.decode()


def test_eval_stages_reports_candidate_recall_and_choice_as_json(tmp_path: Path) -> None:
    for name in ("afp-cannes-senegal-film.gold.json", "afp-cannes-senegal-film.txt"):
        (tmp_path / name).write_bytes((ROOT / "data" / "gold" / name).read_bytes())
    done = wireclaims("eval", str(tmp_path), "--json", "--stages")
    assert done.returncode == 0, done.stderr
    stages = json.loads(done.stdout)["stages"]
    assert set(stages) == {
        "quotes",
        "candidate_recall",
        "choice_accuracy",
        "speaker_accuracy",
        "errors",
        "lost",
    }
    assert set(stages["errors"]) == {"none", "description", "non-source", "wrong person"}
    assert stages["quotes"] > 0
    plain = wireclaims("eval", str(tmp_path), "--stages")
    assert "(1) candidate recall" in plain.stdout.decode() and "(2) choice accuracy" in plain.stdout.decode()


def test_eval_stages_cannot_score_pred_records(tmp_path: Path) -> None:
    done = wireclaims("eval", "data/gold", "--stages", "--pred", str(tmp_path))
    assert done.returncode == 2
    assert "--stages needs the extractor" in done.stderr.decode()
