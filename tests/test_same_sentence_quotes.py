"""A quotation right after another in the same sentence, with no cue between, shares its cue and speaker:
`described it as a "grave sin" and a "crime"`. Across a sentence end, or after a quote of thought, it does
not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wireclaims.models import ArticleResult

Extract = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            'Bishop Anna Kell described closure as a "grave loss" and a "needless wound".',
            [("grave loss", "Anna Kell", "described"), ("needless wound", "Anna Kell", "described")],
        ),
        (
            'Harbour master Ines Varga called the storm "the worst in decades" that "nobody saw coming".',
            [("the worst in decades", "Ines Varga", "called"), ("nobody saw coming", "Ines Varga", "called")],
        ),
        # a sentence ends inside the first quote: the second one has no cue of its own, so it is a scare quote
        (
            'Varga said the port was "back to normal." The ferry then made its "maiden" run.',
            [("back to normal.", "Varga", "said")],
        ),
        # thought is not speech, and neither is what follows it
        ('Varga wondered whether the "storm season" would ever end and "when".', []),
    ],
)
def test_a_quote_shares_the_cue_of_the_quote_before_it_in_its_sentence(
    extract_body: Extract, body: str, expected: list[tuple[str, str, str]]
) -> None:
    result = extract_body(body)
    got = [
        (q.text, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None) for q in result.quotes
    ]
    assert got == expected
