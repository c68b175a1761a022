"""The Python API: `wireclaims.extract_text`, `extract_story`, `extract_files`, `load`, and cheap imports."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
import spacy

import wireclaims
from wireclaims.errors import MissingAnnotation, ModelError, NotAStory, TooLarge, UnreadableInput
from wireclaims.inputs import iter_inputs
from wireclaims.models import ArticleResult, ErrorRecord
from wireclaims.nlp import Pipeline
from wireclaims.options import ExtractOptions
from wireclaims.run.batch import run

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ROOT / "tests" / "fixtures" / "formats"
BODY = (
    '"We have replaced every gate," said Ada Obi, the chief engineer of the canal trust.\n\n'
    "The lock will reopen on Friday, she said."
)


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT)


def test_import_wireclaims_and_its_api_does_not_load_spacy() -> None:
    code = (
        "import sys, wireclaims\n"
        "wireclaims.extract_text, wireclaims.extract_files, wireclaims.load, wireclaims.ArticleResult\n"
        "assert 'spacy' not in sys.modules, 'spacy loaded'"
    )
    done = _run(code)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    "module, never",
    [("wireclaims.run.workers", "wireclaims.run.batch"), ("wireclaims.run.pool", "wireclaims.run.batch")],
)
def test_worker_pool_does_not_import_the_pipeline(module: str, never: str) -> None:
    done = _run(f"import sys, {module}\nassert {never!r} not in sys.modules, 'imported'")
    assert done.returncode == 0, done.stderr


def test_every_public_name_resolves() -> None:
    for name in wireclaims.__all__:
        assert getattr(wireclaims, name) is not None
    with pytest.raises(AttributeError):
        _ = wireclaims.no_such_name  # type: ignore[attr-defined]


def test_extract_text_is_what_a_story_of_that_body_gives(
    extract_body: Callable[[str], ArticleResult],
) -> None:
    got = wireclaims.extract_text(BODY)
    want = extract_body(BODY)
    assert got.article.text == BODY
    assert (got.article.id, got.article.path, got.article.format) == ("text", "<text>", "text")
    assert (got.speakers, got.quotes, got.claims) == (want.speakers, want.quotes, want.claims)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in got.quotes] == [
        ("We have replaced every gate,", "Ada Obi")
    ]


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Canal lock to reopen on Friday, engineer says", ["Canal lock to reopen on Friday"]),
        ("Canal lock reopens on Friday", []),
        (None, []),
    ],
)
def test_extract_text_headline_gives_headline_claims(headline: str | None, expected: list[str]) -> None:
    got = wireclaims.extract_text(BODY, headline=headline)
    assert got.article.headline == headline
    assert [h.content for h in got.headline_claims] == expected


@pytest.mark.parametrize(
    "nlp",
    [pytest.param("blank:en", id="a name"), pytest.param(ExtractOptions(model="blank:en"), id="options")],
)
def test_extract_text_picks_the_pipeline_by_name_or_options(nlp: str | ExtractOptions) -> None:
    if isinstance(nlp, ExtractOptions):
        got = wireclaims.extract_text(BODY, options=nlp)
    else:
        got = wireclaims.extract_text(BODY, nlp=nlp)
    assert [q.text for q in got.quotes] == ["We have replaced every gate,"]


def test_extract_text_uses_a_users_language_as_it_is() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    got = wireclaims.extract_text(BODY, nlp=nlp)
    assert nlp.pipe_names == ["sentencizer"]  # nothing added to the caller's pipeline
    assert [q.text for q in got.quotes] == ["We have replaced every gate,"]


def test_extract_text_without_sentence_boundaries_raises_missing_annotation() -> None:
    with pytest.raises(MissingAnnotation, match="sentencizer"):
        wireclaims.extract_text(BODY, nlp=spacy.blank("en"))


def test_extract_text_with_a_missing_model_raises_model_error() -> None:
    with pytest.raises(ModelError):
        wireclaims.extract_text(BODY, nlp="no_such_pipeline_xx")


def test_extract_text_of_another_language_gives_its_record_only() -> None:
    body = "Der Bürgermeister sagte am Montag, dass die Brücke im Frühjahr wieder geöffnet werde. " * 3
    got = wireclaims.extract_text(body, nlp="blank:en")
    assert got.article.language == "de"
    assert (got.quotes, got.claims) == ([], [])
    assert got.warnings


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(FORMATS / "text" / "canal-lock.txt", id="Path"),
        pytest.param(str(FORMATS / "text" / "canal-lock.txt"), id="str"),
        pytest.param((FORMATS / "text" / "canal-lock.txt").read_bytes(), id="bytes"),
    ],
)
def test_load_reads_a_path_or_bytes(source: str | Path | bytes) -> None:
    story = wireclaims.load(source)
    assert story.format == "text"
    assert story.headline


@pytest.mark.parametrize(
    "source, kwargs, error",
    [
        ("no/such/story.txt", {}, UnreadableInput),
        (FORMATS / "text" / "canal-lock.txt", {"max_bytes": 10}, TooLarge),
        (b"   \n\n  ", {}, NotAStory),
    ],
)
def test_load_raises_the_specific_input_error(
    source: str | Path | bytes, kwargs: dict[str, int], error: type[Exception]
) -> None:
    with pytest.raises(error):
        wireclaims.load(source, **kwargs)  # type: ignore[arg-type]


def test_extract_story_of_a_loaded_story_names_it(rules_pipeline: Pipeline) -> None:
    story = wireclaims.load(FORMATS / "text" / "canal-lock.txt")
    got = wireclaims.extract_story(story, nlp="blank:en", id="canal-lock.txt", path="x/canal-lock.txt")
    assert (got.article.id, got.article.path) == ("canal-lock.txt", "x/canal-lock.txt")
    assert got.quotes


def test_extract_files_is_the_batch_record_for_record(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('Port fees rise\n\n"We had no choice," harbour master Ines Cole said.\n')
    (tmp_path / "b.txt").write_bytes(b"")
    records = list(wireclaims.extract_files(tmp_path, model="blank:en"))
    want = list(run(list(iter_inputs([str(tmp_path)])), ExtractOptions(model="blank:en")))
    assert records == want
    assert [type(r) for r in records] == [ArticleResult, ErrorRecord]
    assert isinstance(records[1], ErrorRecord) and records[1].error.code == "not-a-story"


def test_extract_files_streams_and_stops_when_closed() -> None:
    with closing(wireclaims.extract_files([FORMATS], model="blank:en")) as records:
        first = next(records)
    assert isinstance(first, ArticleResult)


def test_extract_files_of_a_missing_path_raises_at_once() -> None:
    with pytest.raises(UnreadableInput):
        wireclaims.extract_files(["no/such/folder"])
