"""Who speaks where position or a small model's parse points at the wrong noun: a coordinated clause read
as an aside, a participle after a quotation, a control verb's object, a finite cue hung as a complement."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wireclaims.models import ArticleResult


def _claims(result: ArticleResult) -> list[tuple[str | None, str]]:
    return [(c.source.name if c.source else None, c.content) for c in result.claims]


@pytest.mark.parametrize(
    "body, expected",
    [
        # `..., and CLAUSE, said X`: the clause after `and` is no aside of a name before it
        (
            "House Republicans met the envoy on Tuesday.\n\nMorton's refusal to answer fully did not go "
            "over well with Republicans, and the meeting deteriorated from there, said one GOP source in the "
            "room.",
            [
                (
                    "one GOP source in the room",
                    "Morton's refusal to answer fully did not go over well with Republicans, and the meeting "
                    "deteriorated from there",
                )
            ],
        ),
        # negative: a real aside still names the speaker before it
        (
            "Lena Park, a nurse from Dover, said the ward had run out of beds.",
            [("Lena Park", "the ward had run out of beds")],
        ),
    ],
)
def test_cue_subject_coordinated_clause_is_no_aside(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _claims(extract_body(body)) == expected
