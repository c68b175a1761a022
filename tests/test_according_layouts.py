"""Where an `according to` phrase sits decides what it attributes: the clause after it when it opens
the clause (at the sentence start, after `and`, after words with no verb), the whole sentence when it
stands between the subject and its verb, the clause before it otherwise; `according to plan` attributes
nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wireclaims.models import ArticleResult


def _claims(result: ArticleResult) -> list[tuple[str | None, str]]:
    return [(c.source.name if c.source else None, c.content) for c in result.claims]


@pytest.mark.parametrize(
    "body, expected",
    [
        # after words with no verb of their own, the phrase opens the clause after it
        (
            "As of last spring, according to the Harbour Gazette, the band was recording a new album in "
            "Oslo.",
            ("Harbour Gazette", "the band was recording a new album in Oslo"),
        ),
        # after `and`, the phrase opens the second clause; calculations have no author, so no source
        (
            "The comet passes close to the sun every year, and according to the calculations, the comet "
            "loses several tonnes of ice each second.",
            (None, "the comet loses several tonnes of ice each second"),
        ),
        # between the subject and its verb: the whole sentence is the source's
        (
            "The mayor, according to her spokesman Tim Rowe, looks forward to the visit and will keep "
            "her full schedule.",
            (
                "Tim Rowe",
                "The mayor, according to her spokesman Tim Rowe, looks forward to the visit and will "
                "keep her full schedule",
            ),
        ),
        # negative: a clause with its verb before the phrase is the one attributed
        (
            "Governor Vance plans to visit Tulsa on Sunday, according to a campaign aide.",
            ("campaign aide", "Governor Vance plans to visit Tulsa on Sunday"),
        ),
    ],
)
def test_according_to_attributes_the_clause_it_governs(
    extract_body: Callable[[str], ArticleResult], body: str, expected: tuple[str | None, str]
) -> None:
    assert expected in _claims(extract_body(body))


def test_according_to_plan_is_no_attribution(extract_body: Callable[[str], ArticleResult]) -> None:
    body = (
        '"The rescue began at dawn and it is going smoothly and according to plan," said Ruth Amari, a '
        "coast guard spokeswoman."
    )
    result = extract_body(body)
    assert not [c for c in result.claims if c.cue and c.cue.lemma == "according to"]
    assert [q.speaker.name for q in result.quotes if q.speaker] == ["Ruth Amari"]
