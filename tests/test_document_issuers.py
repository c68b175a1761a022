"""A cue whose subject is a definite document (`The report says`) is the document's maker's, when the story
named that document with its maker a few paragraphs before; otherwise it has no source."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wireclaims.models import ArticleResult

_QUOTE = '\n\nThe report says "the harbour district has the worst air in the country."'


@pytest.mark.parametrize(
    "before, expected",
    [
        # `a report by X`, `X's report`: X made it
        (
            "The Harbour Ledger reprinted a report by the World Health Organization on its front page.",
            "World Health Organization",
        ),
        (
            "The Harbour Ledger reprinted the World Health Organization's report on its front page.",
            "World Health Organization",
        ),
        # negatives: a report no one is named beside, or whose maker is read across a verb, has no source
        ("A report on air quality came out on Monday.", None),
        (
            "A report on air quality was published, drawing on data of the World Health Organization.",
            None,
        ),
    ],
)
def test_a_definite_document_speaks_for_its_maker_named_before(
    extract_body: Callable[[str], ArticleResult], before: str, expected: str | None
) -> None:
    result = extract_body(before + _QUOTE)
    assert [q.speaker.name if q.speaker else None for q in result.quotes] == [expected]


def test_an_indefinite_document_is_no_earlier_one(extract_body: Callable[[str], ArticleResult]) -> None:
    body = (
        "The Harbour Ledger reprinted a report by the World Health Organization on its front page.\n\n"
        'A report says "the harbour district has the worst air in the country."'
    )
    assert [q.speaker for q in extract_body(body).quotes] == [None]


@pytest.mark.parametrize("noun", ["sentence", "paragraph", "passage"])
def test_a_piece_of_text_is_never_a_speaker(extract_body: Callable[[str], ArticleResult], noun: str) -> None:
    body = f'The report came out on Monday. Its final {noun} says "the harbour district has the worst air."'
    speakers = [q.speaker.name for q in extract_body(body).quotes if q.speaker]
    assert not any(noun in name for name in speakers)
