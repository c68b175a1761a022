"""A direct quote with no cue that follows a sentence about what a named person did goes on with that
person's words (`prior-subject`); a quote after a passive sentence, or a partial quote, does not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wireclaims.models import ArticleResult

Extract = Callable[[str], ArticleResult]

LEAD = "The harbour reopened on Thursday after a week of repairs.\n\n"


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        (
            'Harbour master Ines Varga thanked the crews for their work on Monday. "We lost two weeks and no '
            'more, and the ships never stopped coming."',
            "Ines Varga",
        ),
        # a passive subject did nothing: the quote has no speaker
        (
            'Harbour master Ines Varga was honoured by the council on Monday. "We lost two weeks '
            'and no more, and the ships never stopped coming."',
            None,
        ),
        # the subject is no person
        (
            'The council approved the budget on Monday. "We lost two weeks and no more, and the ships never '
            'stopped coming."',
            None,
        ),
    ],
)
def test_a_quote_goes_on_with_the_person_the_sentence_before_was_about(
    extract_body: Extract, paragraph: str, speaker: str | None
) -> None:
    result = extract_body(LEAD + paragraph)
    assert [q.speaker.name if q.speaker else None for q in result.quotes] == [speaker]
