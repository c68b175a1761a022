"""Properties over random text: loading and extraction never raise, and every span indexes `article.text`."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from wireclaims.errors import InputError
from wireclaims.inputs import InputItem
from wireclaims.loaders.plaintext import load_text
from wireclaims.models import ArticleResult
from wireclaims.nlp import Pipeline
from wireclaims.run.analyse import analyse_story

QUOTE_MARKS = ['"', "“", "”", "‘", "’", "«", "»", "„", "``", "''", "'"]
# Pieces that make the extractors work: cues, names, titles, datelines, dash lines, "according to".
WIRE_WORDS = [
    " said", " told reporters", " according to ", "Anna Berg", " the ministry", ", a spokesman",
    "LONDON (Reuters) - ", " - ", "— ", "he said.", " that ", "By Jo Lee", "Reuters", ",", ".",
]  # fmt: skip
pieces = st.one_of(
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(["\n", "\n\n", "\r\n", " ", "\t"]),
    st.sampled_from(WIRE_WORDS),
    st.text(max_size=12),
)
stories = st.lists(pieces, max_size=60).map("".join)
ITEM = InputItem("p.txt", "p.txt", Path("p.txt"))
# The rules pipeline takes milliseconds a story; the shipped one is slower, so it gets fewer examples.
RULES = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SHIPPED = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_story(text: str, pipeline: Pipeline) -> str:
    """Load and extract: only the loader's documented errors may escape, and every span must hold.

    Returns:
        what happened, for hypothesis' statistics (`pytest --hypothesis-show-statistics`).
    """
    try:
        story = load_text(text.encode("utf-8"))
    except InputError as exc:
        return f"loader: {exc.code}"
    assert_spans_index_text(analyse_story(story, ITEM, pipeline))
    return "extracted"


def assert_spans_index_text(result: ArticleResult) -> None:
    text = result.article.text
    for para in result.article.paragraphs:
        assert text[para.start : para.end] == para.text
    for quote in result.quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.cue is not None:
            assert text[quote.cue.start : quote.cue.end] == quote.cue.text
    for claim in result.claims:
        assert text[claim.start : claim.end] == claim.content
        if claim.cue is not None:
            assert text[claim.cue.start : claim.cue.end] == claim.cue.text
    for speaker in result.speakers:
        for mention in speaker.mentions:
            assert text[mention.start : mention.end] == mention.text


@RULES
@given(text=stories)
def test_rules_pipeline_never_raises_and_spans_hold(rules_pipeline: Pipeline, text: str) -> None:
    event(check_story(text, rules_pipeline))


@SHIPPED
@given(text=stories)
def test_shipped_pipeline_never_raises_and_spans_hold(pipeline: Pipeline, text: str) -> None:
    event(check_story(text, pipeline))


@RULES
@given(data=st.binary(max_size=200))
def test_loader_raises_only_input_errors_on_random_bytes(data: bytes) -> None:
    with contextlib.suppress(InputError):
        load_text(data)


@pytest.mark.parametrize(
    "text",
    [
        "“Yes,” she said. ‘No’ he said «oui» „ja“ ``so'' ''",
        '"\n\n"',
        "«»\n“”",
        'LONDON (Reuters) - "',
    ],
)
def test_quote_mark_edge_cases_keep_spans(rules_pipeline: Pipeline, text: str) -> None:
    assert check_story(text, rules_pipeline) == "extracted"
