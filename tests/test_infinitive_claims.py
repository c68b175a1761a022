"""Claims reported as an infinitive or a gerund: `claims to be`, `is said to be` (no source), `denied using`;
directives and plans (`urged X to`, `vowed to fight`) and expectations (`is expected to`) report no claim."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wireclaims.models import ArticleResult


def _claims(result: ArticleResult) -> list[tuple[str | None, str]]:
    return [(c.source.name if c.source else None, c.content) for c in result.claims]


@pytest.mark.parametrize(
    "body, expected",
    [
        # a passive `said to` / `reported to` names no source: the subject is who is talked of
        (
            "The former minister is said to be living in a village near the border since the spring.",
            (None, "be living in a village near the border since the spring"),
        ),
        (
            "Fighting is reported to have spread to two more towns in the north.",
            (None, "have spread to two more towns in the north"),
        ),
        # an active `claims to` is its subject's
        (
            "Several fishermen claimed to have seen a small plane crash into the bay at dawn.",
            ("Several fishermen", "have seen a small plane crash into the bay at dawn"),
        ),
        # a denial of a gerund
        (
            "The harbour police have denied using tear gas against the striking dockers.",
            ("harbour police", "using tear gas against the striking dockers"),
        ),
    ],
)
def test_an_infinitive_or_gerund_a_cue_reports_is_a_claim(
    extract_body: Callable[[str], ArticleResult], body: str, expected: tuple[str | None, str]
) -> None:
    assert expected in _claims(extract_body(body))


@pytest.mark.parametrize(
    "body",
    [
        "The mayor vowed to fight the closure of the hospital in every court.",
        "Councillor Ruth Amari urged the board to reject the plan for the harbour.",
        "The new bridge is expected to open to traffic before the winter.",
        "The ferry company said to passengers on board that nothing was wrong.",
    ],
)
def test_plans_directives_and_expectations_are_no_infinitive_claims(
    extract_body: Callable[[str], ArticleResult], body: str
) -> None:
    contents = [content for _, content in _claims(extract_body(body))]
    assert not any(content.startswith(("fight", "reject", "open")) for content in contents)
