"""The `wireclaims` spaCy component, and the shipped pipeline loaded by spaCy itself."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy
import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import wireclaims.component  # registers the factories (an install does it through the entry points)
from wireclaims.component import paragraphs_of
from wireclaims.errors import MissingAnnotation
from wireclaims.inputs import InputItem
from wireclaims.nlp import Pipeline, default_model_path, parse_all
from wireclaims.run.analyse import analyse_story
from wireclaims.story import Story

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    tomllib = pytest.importorskip("tomli")

ROOT = Path(__file__).resolve().parent.parent
STORY = Story(
    headline=None,
    paragraphs=(
        "The canal trust will reopen the Harrow lock on Friday, its director said on Tuesday.",
        '"We have replaced every gate," said Ada Obi, the chief engineer of the trust.',
        "She said the repairs had cost more than planned. The Port Authority declined to comment.",
    ),
    format="text",
)
# Token attributes the component must leave as they were.
ATTRS = ["ORTH", "TAG", "POS", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START"]


@pytest.fixture(scope="module")
def spacy_loaded() -> Language:
    """The shipped pipeline as `spacy.load` makes it, with the component last."""
    nlp = spacy.load(default_model_path())
    nlp.add_pipe("wireclaims")
    return nlp


@pytest.fixture(scope="module")
def sentencized() -> Language:
    """A blank English pipeline with a sentencizer: no parser, no entities."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("wireclaims")
    return nlp


def test_entry_points_are_declared_in_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    factories = project["entry-points"]["spacy_factories"]
    assert factories == {
        "wireclaims": "wireclaims.component:make_component",
        "wire_paragraph_breaks": "wireclaims.steps:paragraph_breaks",
        "wire_entity_ruler": "wireclaims.steps:make_entity_ruler",
    }
    for target in factories.values():
        module, name = target.split(":")
        assert callable(getattr(__import__(module, fromlist=[name]), name))


def test_spacy_load_of_the_shipped_pipeline_is_the_clis_analysis(pipeline: Pipeline) -> None:
    nlp = spacy.load(default_model_path())
    assert tuple(nlp.pipe_names) == pipeline.components
    ours = next(iter(parse_all(pipeline, [STORY.text])))
    theirs = nlp(STORY.text)
    assert numpy.array_equal(ours.to_array(ATTRS), theirs.to_array(ATTRS))
    assert [(e.text, e.label_) for e in theirs.ents] == [(e.text, e.label_) for e in ours.ents]
    # the entity ruler's list (organisations) is part of what spaCy loaded
    assert any(e.label_ == "ORG" and e.text.endswith("Port Authority") for e in theirs.ents)


def test_component_gives_the_clis_records(spacy_loaded: Language, pipeline: Pipeline) -> None:
    doc = spacy_loaded(STORY.text)
    want = analyse_story(STORY, InputItem("t.txt", "t.txt", Path("t.txt")), pipeline)
    assert doc._.quotes == want.quotes
    assert doc._.claims == want.claims
    assert doc._.speakers == want.speakers
    assert want.quotes and want.claims


def test_component_span_groups_show_the_records(spacy_loaded: Language) -> None:
    doc = spacy_loaded(STORY.text)
    assert [(s.id_, s.label_) for s in doc.spans["quotes"]] == [(q.id, q.kind) for q in doc._.quotes]
    assert [(s.id_, s.label_) for s in doc.spans["claims"]] == [(c.id, c.kind) for c in doc._.claims]
    for span, quote in zip(doc.spans["quotes"], doc._.quotes, strict=True):
        assert span.start_char <= quote.start and quote.end <= span.end_char
    cues = {(c.start, c.end) for r in [*doc._.quotes, *doc._.claims] if (c := r.cue) is not None}
    assert sorted((s.start_char, s.end_char) for s in doc.spans["cues"]) == sorted(cues)


def test_component_never_changes_the_docs_tokens(spacy_loaded: Language) -> None:
    with spacy_loaded.select_pipes(disable=["wireclaims"]):
        before = spacy_loaded(STORY.text)
    after = spacy_loaded(STORY.text)
    assert [t.text_with_ws for t in after] == [t.text_with_ws for t in before]
    assert numpy.array_equal(after.to_array(ATTRS), before.to_array(ATTRS))
    assert not [k for k in after.user_data if isinstance(k, str) and k.startswith("wireclaims.")]


def test_component_results_survive_doc_serialisation(spacy_loaded: Language) -> None:
    doc = spacy_loaded(STORY.text)
    again = Doc(spacy_loaded.vocab).from_bytes(doc.to_bytes())
    assert again._.quotes == doc._.quotes
    assert [s.text for s in again.spans["quotes"]] == [s.text for s in doc.spans["quotes"]]


def test_component_on_a_blank_pipeline_with_a_sentencizer_finds_quotes(sentencized: Language) -> None:
    doc = sentencized(STORY.text)
    assert not doc.has_annotation("DEP")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in doc._.quotes] == [
        ("We have replaced every gate,", "Ada Obi")
    ]


@pytest.mark.parametrize("text", ["", "   "])
def test_component_on_an_empty_doc_finds_nothing(sentencized: Language, text: str) -> None:
    doc = sentencized(text)
    assert (doc._.quotes, doc._.claims, doc._.speakers) == ([], [], [])


def test_component_without_sentence_boundaries_raises_missing_annotation() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("wireclaims")
    with pytest.raises(MissingAnnotation):
        nlp('"We are ready," said Ada Obi.')


def test_doc_extensions_are_none_before_the_component_runs() -> None:
    assert wireclaims.component.FACTORY == "wireclaims"
    doc = spacy.blank("en")("Nothing ran here.")
    assert (doc._.quotes, doc._.claims, doc._.speakers) == (None, None, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One.\n\nTwo.", [(0, "One."), (6, "Two.")]),
        ("One.\n  \n\n Two. \n", [(0, "One."), (10, "Two.")]),
        ("  One.", [(2, "One.")]),
        ("One line.\nSame paragraph.", [(0, "One line.\nSame paragraph.")]),  # a line break is no break
        ("", []),
        ("\n\n\n", []),
    ],
)
def test_paragraphs_are_runs_between_blank_lines(text: str, expected: list[tuple[int, str]]) -> None:
    got = paragraphs_of(text)
    assert got == expected
    assert all(text[start : start + len(para)] == para for start, para in got)


def test_paragraphs_of_a_story_text_are_its_paragraphs() -> None:
    article = STORY.to_article("t", "t")
    assert paragraphs_of(article.text) == [(p.start, p.text) for p in article.paragraphs]
