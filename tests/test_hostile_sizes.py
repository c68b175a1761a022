"""Hostile sizes: long stories, many quotes, huge lines, runs of marks. Each completes with a sane record,
offsets hold, and the work grows linearly (counted, never timed; the full sizes are in scripts/bench.py)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

import wireclaims.nlp
from wireclaims.extract import extract
from wireclaims.inputs import InputItem
from wireclaims.models import ArticleResult, Record
from wireclaims.nlp import Pipeline, make_doc, parse_all, windows
from wireclaims.run.batch import ExtractOptions, run


def _record(tmp_path: Path, text: str) -> Record:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    (record,) = run([InputItem(str(path), "story.txt", path)], ExtractOptions(jobs=1))
    return record


def _offsets_hold(record: ArticleResult) -> None:
    text = record.article.text
    assert all(text[q.start : q.end] == q.text for q in record.quotes)
    assert all(text[c.start : c.end] == c.content for c in record.claims)
    assert all(text[q.cue.start : q.cue.end] == q.cue.text for q in record.quotes if q.cue)
    assert all(text[m.start : m.end] == m.text for s in record.speakers for m in s.mentions)
    assert all(text[p.start : p.end] == p.text for p in record.article.paragraphs)


def _bob(n: int) -> str:
    return "Hostile\n\n" + '"a," Bob said. ' * n


@pytest.mark.parametrize(
    "text, quotes, speakers, paragraphs",
    [
        (_bob(300), 300, ["Bob"], 1),
        (
            "Hostile\n\n" + "\n\n".join(f'"Week {i} is fine," Ines Cole said.' for i in range(200)),
            200,
            ["Ines Cole"],
            200,
        ),
        ("Hostile\n\n" + '"' * 20_000, 0, [], 1),
        ("Hostile\n\n" + "a's" * 5_000 + " end.", 0, [], 1),
        ("Hostile\n\n" + "\n\n".join(["word"] * 3_000), 0, [], 3_000),
        (
            "Hostile\n\n" + "The minister said the port would reopen, officials said. " * 600,
            0,
            ["minister", "officials"],
            1,
        ),
    ],
    ids=[
        "bob-said",
        "many-quoted-paragraphs",
        "run-of-marks",
        "run-of-possessives",
        "one-word-paragraphs",
        "one-line",
    ],
)
def test_hostile_story_gives_a_sane_record(
    tmp_path: Path, text: str, quotes: int, speakers: list[str], paragraphs: int
) -> None:
    record = _record(tmp_path, text)
    assert isinstance(record, ArticleResult), record
    assert len(record.quotes) == quotes
    assert [s.name for s in record.speakers] == speakers
    assert len(record.article.paragraphs) == paragraphs
    _offsets_hold(record)


def test_story_over_spacy_max_length_is_parsed_in_windows(
    tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    # spaCy's limit lowered so that a small story is over it: the same path as a 2 MB story, in a second
    monkeypatch.setattr(pipeline.nlp, "max_length", 2_000)
    paras = [
        f'"The harbour reopens in week {i}," Harbour Master Ines Cole told reporters.' for i in range(60)
    ]
    paras += ["Cole said the dredging would cost more than the port had planned for this year."] * 10
    record = _record(tmp_path, "Harbour story\n\n" + "\n\n".join(paras))
    assert isinstance(record, ArticleResult), record
    assert len(record.article.text) > 2 * 2_000
    assert len(record.quotes) == 60
    assert {q.speaker.name for q in record.quotes if q.speaker} == {"Ines Cole"}
    assert len(record.claims) == 10
    _offsets_hold(record)


def test_joined_windows_keep_the_parse_of_each_window(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wireclaims.nlp, "WINDOW", 500)
    text = "\n\n".join(f"Ines Cole said the port of Valdermere would reopen in week {i}." for i in range(40))
    joined = wireclaims.nlp.parse_long(pipeline.nlp, text)
    spans = windows(text, 500)
    assert len(spans) > 4
    parts = [(start, pipeline.nlp(text[start:end])) for start, end in spans]
    assert joined.text == text
    assert joined.has_annotation("DEP")
    assert [s.start_char for s in joined.sents] == [
        start + s.start_char for start, d in parts for s in d.sents
    ]
    assert [(e.start_char, e.end_char, e.label_) for e in joined.ents] == [
        (start + e.start_char, start + e.end_char, e.label_) for start, d in parts for e in d.ents
    ]
    assert [t.dep_ for t in joined] == [t.dep_ for _, d in parts for t in d]


@pytest.mark.parametrize(
    "text, size, cuts",
    [
        ("aaaa\n\nbbbb\n\ncccc", 12, [12, 16]),  # after the last paragraph break that fits
        ("aaaa bbbb\ncccc dddd", 12, [10, 19]),  # no paragraph break: a line break
        ("Aa bb. Cc dd. Ee ff.", 16, [14, 20]),  # one line: a sentence end
        ("aaaa bbbb cccc dddd", 12, [10, 19]),  # no sentence end: white space
        ("a" * 25, 10, [10, 20, 25]),  # one word: cut where the window ends
        ("short", 10, [5]),
    ],
)
def test_windows_end_at_the_best_break(text: str, size: int, cuts: list[int]) -> None:
    spans = windows(text, size)
    assert [end for _, end in spans] == cuts
    assert "".join(text[a:b] for a, b in spans) == text


@pytest.mark.parametrize(
    "text, tokens",
    [
        ('"' * 5_000, 1),  # spaCy splits this into 5,000 tokens in quadratic time
        ("x " + "a's" * 100 + " y", 203),  # x, a, 99 x sa, s, 100 marks, y
        ("(" * 80 + " after", 2),
    ],
)
def test_runs_of_marks_are_cut_in_linear_pieces(pipeline: Pipeline, text: str, tokens: int) -> None:
    doc = make_doc(pipeline.nlp, text)
    assert doc.text == text
    assert len(doc) == tokens


@pytest.mark.parametrize(
    "text",
    [
        "See https://example.com/news/2024/03/14/port-of-valdermere-raises-harbour-tolls.html for more.",
        '"We will," she said. "Soon!!!" -- the mayor (right) said...',
        "A long-running, state-of-the-art, first-of-its-kind, made-in-Valdermere dredger.",
    ],
)
def test_ordinary_text_is_tokenized_by_spacy(pipeline: Pipeline, text: str) -> None:
    ours = make_doc(pipeline.nlp, text)
    spacy_doc = pipeline.nlp.make_doc(text)
    assert [(t.text, t.whitespace_) for t in ours] == [(t.text, t.whitespace_) for t in spacy_doc]


def test_parse_all_keeps_order_across_long_and_short_texts(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wireclaims.nlp, "WINDOW", 50)
    texts = ["Short one.", "A longer story.\n\n" * 8, "Another.", '"' * 300, ""]
    assert [d.text for d in parse_all(pipeline, texts)] == texts


def _events(action: Callable[[], Any]) -> int:
    """How many lines and calls `action` runs (Python lines, Python and C calls): deterministic, unlike its
    time, and a loop that walks back over every earlier quote shows in it."""
    count = 0

    def tally(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        count += 1
        return tally

    sys.settrace(tally)
    sys.setprofile(tally)
    try:
        action()
    finally:
        sys.setprofile(None)
        sys.settrace(None)
    return count


@pytest.mark.parametrize(
    "build",
    [
        pytest.param(lambda n: '"a," Bob said. ' * n, id="quotes-in-one-paragraph"),
        pytest.param(
            lambda n: "\n\n".join(f'"Week {i} is fine," Ines Cole said.' for i in range(n)),
            id="quoted-paragraphs",
        ),
        pytest.param(
            lambda n: "Officials said the port would reopen, the minister said. " * n, id="claims-on-one-line"
        ),
        pytest.param(lambda n: " ".join(f'"Week {i} is fine."' for i in range(n)), id="unattributed-quotes"),
    ],
)
def test_extraction_work_grows_linearly(pipeline: Pipeline, build: Callable[[int], str]) -> None:
    def work(n: int) -> int:
        text = build(n)
        doc = pipeline.nlp(text)
        paragraphs, at = [], 0
        for para in text.split("\n\n"):
            paragraphs.append((at, para))
            at += len(para) + 2
        return _events(lambda: extract(doc, paragraphs, pipeline.has_parser))

    small, large = work(150), work(600)
    # four times the input: about four times the calls (sixteen if quadratic; ten to thirteen before the
    # look-ups were indexed)
    assert large < 6 * small, (small, large)
