"""Nothing from an input reaches the terminal raw: escape sequences, bidi overrides and rich markup in
stories, result files, file names and error messages are shown as visible escapes (issue #12)."""

from __future__ import annotations

import io
import json
import re
import unicodedata
from pathlib import Path

import pytest
from render_records import error, record
from rich.console import Console
from rich.text import Text
from typer.testing import CliRunner

from wireclaims.cli import app
from wireclaims.cli.console import safe
from wireclaims.models import ArticleResult, Cue, HeadlineClaim, Record
from wireclaims.render.escapes import for_terminal
from wireclaims.render.terminal import CUE, render_story

# (name, hostile text, how the terminal must show it)
HOSTILE = [
    ("clear screen", "\x1b[2J", "\\x1b[2J"),
    ("OSC window title", "\x1b]0;pwned\x07", "\\x1b]0;pwned\\x07"),
    ("8-bit CSI", "\x9b31m", "\\x9b31m"),
    ("bidi override", "\u202eevil\u202c", "\\u202eevil\\u202c"),
    ("bidi isolate", "\u2067x\u2069", "\\u2067x\\u2069"),
    ("NUL", "a\x00b", "a\\x00b"),
    ("DEL", "a\x7fb", "a\\x7fb"),
    ("carriage return", "a\rb", "a\\rb"),
    ("lone surrogate", "a\ud800b", "a\\ud800b"),
    ("markup tag", "[bold]loud[/bold]", "[bold]loud[/bold]"),
    ("markup close", "[/]", "[/]"),
    ("markup link", "[link=https://example.com]x[/link]", "[link=https://example.com]x[/link]"),
]
IDS = [name for name, _, _ in HOSTILE]
# what rich itself writes in colour: SGR sequences (ESC [ ... m), and nothing else
SGR = re.compile(r"\x1b\[[0-9;]*m")
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def raw_controls(shown: str) -> list[str]:
    """Characters in terminal output that a terminal would act on or reorder by (rich's own SGR aside)."""
    return [
        c
        for c in SGR.sub("", shown)
        if (unicodedata.category(c) in {"Cc", "Cs"} and c not in "\n\t") or c in BIDI_CONTROLS
    ]


@pytest.mark.parametrize(
    "text, shown",
    [
        ("clear\x1b[2Jscreen", "clear\\x1b[2Jscreen"),
        ("\x1b]0;pwned\x07", "\\x1b]0;pwned\\x07"),
        ("\x9b2J", "\\x9b2J"),
        ("\x85 next line, a C1 control", "\\x85 next line, a C1 control"),
        ("abc\u202edef", "abc\\u202edef"),
        ("\u2066isolated\u2069", "\\u2066isolated\\u2069"),
        ("nul\x00", "nul\\x00"),
        ("bell\x07 backspace\x08", "bell\\x07 backspace\\x08"),
        # negative rows: what a story legitimately holds is left alone
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("Zoë said “wir” — 中文, عربي\u200f", "Zoë said “wir” — 中文, عربي\u200f"),
        ("C:\\stories\\a.txt", "C:\\stories\\a.txt"),
        ("[bold]not markup here[/]", "[bold]not markup here[/]"),
        ("", ""),
    ],
)  # fmt: skip
def test_for_terminal_escapes_controls_and_keeps_text(text: str, shown: str) -> None:
    assert for_terminal(text) == shown


@pytest.mark.parametrize(
    "text, shown",
    [
        ("two\nlines", "two\\nlines"),
        ("crlf\r\n", "crlf\\r\\n"),
        ("tab\tstays", "tab\tstays"),
    ],
)
def test_for_terminal_one_line_also_escapes_newlines(text: str, shown: str) -> None:
    assert for_terminal(text, one_line=True) == shown


@pytest.mark.parametrize("name, text, shown", HOSTILE, ids=IDS)
def test_safe_prints_markup_literally_and_controls_visibly(name: str, text: str, shown: str) -> None:
    out = io.StringIO()
    Console(file=out, force_terminal=False, highlight=False, soft_wrap=True).print(
        f"[red]error:[/red] {safe(text)}: the input is empty"
    )
    assert out.getvalue() == f"error: {shown}: the input is empty\n"


def write(path: Path, *records: Record) -> str:
    """Records as JSON Lines; ASCII JSON, so that a lone surrogate is written as the escape JSON allows."""
    path.write_text("".join(json.dumps(r.model_dump(mode="json")) + "\n" for r in records))
    return str(path)


def story_with(hostile: str) -> ArticleResult:
    """A record with the hostile text in its headline, body, quote, speaker name, title and warnings."""
    name = f"Ines {hostile}Cole"
    text = f'Intro {hostile} here.\n\n"We had {hostile} no choice," {name} said.'
    return record(
        text,
        [name],
        quotes=[(f"We had {hostile} no choice,", 0, "said")],
        headline=f"Port {hostile} fees",
        titles={name: f"harbour {hostile} master"},
        warnings=[f"odd {hostile} quote"],
    )


@pytest.mark.parametrize("name, text, shown", HOSTILE, ids=IDS)
@pytest.mark.parametrize("colour", ["--no-color", "--color"])
def test_show_writes_no_raw_controls_from_a_result_file(
    tmp_path: Path, colour: str, name: str, text: str, shown: str
) -> None:
    bad = error(article_id=f"{text}.txt", message=f"cannot read {text}")
    path = write(tmp_path / "r.jsonl", story_with(text), bad)
    done = CliRunner().invoke(app, ["show", path, colour, "--width", "200"])
    assert done.exit_code == 1, done.output
    out, err = done.stdout, done.stderr
    assert raw_controls(out) == [] and raw_controls(err) == []
    plain = SGR.sub("", out)
    for place in [
        "Port {} fees",
        "Intro {} here.",
        "We had {} no choice,",
        "Ines {}Cole",
        "harbour {} master",
    ]:
        assert place.format(shown) in plain, place
    assert f"warning: odd {shown} quote" in plain
    assert err == f"not-a-story: stories/{shown}.txt: cannot read {shown}\n"


def test_show_tags_stay_at_their_spans_after_escapes(tmp_path: Path) -> None:
    path = write(tmp_path / "r.json", story_with("\x1b[2J"))
    done = CliRunner().invoke(app, ["show", path, "--no-color", "--width", "200"])
    assert done.exit_code == 0, done.output
    assert '"We had \\x1b[2J no choice,[q1→s1]" Ines \\x1b[2JCole said.' in done.stdout


def test_headline_marks_stay_on_their_words_after_escapes() -> None:
    result = record("Body.", headline="Fees \x1b[2J\x9b rise, port says")
    headline = result.article.headline or ""
    start = headline.index("says")
    cue = Cue(text="says", lemma="say", cue_class="neutral", start=start, end=start + 4)
    claim = HeadlineClaim(
        id="h1", content="Fees rise", start=0, end=headline.index(","), kind="indirect",
        source_text="port", source=None, cue=cue, layout="trailing", confidence=0.9,
    )  # fmt: skip
    shown = render_story(result.model_copy(update={"headline_claims": [claim]})).renderables[0]
    assert isinstance(shown, Text)
    assert shown.plain == "Fees \\x1b[2J\\x9b rise, port says"
    assert [shown.plain[s.start : s.end] for s in shown.spans if s.style == CUE] == ["says"]


@pytest.mark.parametrize("name, text, shown", HOSTILE, ids=IDS)
def test_extract_error_lines_show_file_names_safely(tmp_path: Path, name: str, text: str, shown: str) -> None:
    if "\x00" in text or "\ud800" in text:
        pytest.skip("no file system takes this in a file name")
    folder = tmp_path / "in"
    story = folder / f"{text}.txt"
    story.parent.mkdir(parents=True, exist_ok=True)
    story.write_text("")  # empty: one not-a-story error line naming the file
    done = CliRunner().invoke(app, ["extract", str(folder), "--model", "blank:en", "-j", "1"])
    assert done.exit_code == 1, done.output
    assert raw_controls(done.stderr) == []
    shown_path = for_terminal(str(story), one_line=True)
    assert f"not-a-story: {shown_path}: " in done.stderr


@pytest.mark.parametrize("command", [["extract"], ["show"], ["report", "-o", "r.html"], ["eval"]])
@pytest.mark.parametrize("name, text, shown", HOSTILE, ids=IDS)
def test_usage_errors_show_the_path_safely(
    tmp_path: Path, command: list[str], name: str, text: str, shown: str
) -> None:
    if command == ["eval"] and name in {"NUL", "lone surrogate"}:
        pytest.skip("click refuses such a path argument itself, before eval sees it")
    missing = str(tmp_path / f"no{text}such")
    args = [command[0], missing, *command[1:]]
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 2, done.output
    assert raw_controls(done.stderr) == []
    assert done.stderr.startswith("error: ")
    if "\ud800" not in text:  # a path's undecodable bytes are written as bytes (`inputs.printable`)
        assert for_terminal(missing, one_line=True) in done.stderr


@pytest.mark.parametrize("name, text, shown", HOSTILE, ids=IDS)
def test_report_error_lines_show_paths_safely(tmp_path: Path, name: str, text: str, shown: str) -> None:
    path = write(tmp_path / "r.jsonl", error(article_id=f"{text}.txt", message=f"bad {text}"))
    done = CliRunner().invoke(app, ["report", path, "-o", str(tmp_path / "r.html")])
    assert done.exit_code == 1, done.output
    assert raw_controls(done.stderr) == []
    assert done.stderr.startswith(f"not-a-story: stories/{shown}.txt: bad {shown}\n")


@pytest.mark.parametrize("name, text, shown", HOSTILE, ids=IDS)
def test_info_shows_pipeline_meta_safely(
    monkeypatch: pytest.MonkeyPatch, name: str, text: str, shown: str
) -> None:
    meta = {"name": f"wire{text}", "version": "1", "pipeline": [f"ner{text}"], "accuracy": {}}
    monkeypatch.setattr("wireclaims.cli.info.describe_default", lambda: meta)
    done = CliRunner().invoke(app, ["info"])
    assert done.exit_code == 0, done.output
    assert raw_controls(done.stdout) == []
    assert f"components: ner{shown}\n" in done.stdout
