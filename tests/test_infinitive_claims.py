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
    "body, absent",
    [
        ("The mayor vowed to fight the closure of the hospital in every court.", "fight"),
        ("Councillor Ruth Amari urged the board to reject the plan for the harbour.", "reject"),
        ("The new bridge is expected to open to traffic before the winter.", "open"),
    ],
)
def test_plans_directives_and_expectations_are_no_infinitive_claims(
    extract_body: Callable[[str], ArticleResult], body: str, absent: str
) -> None:
    contents = [content for _, content in _claims(extract_body(body))]
    assert not any(content.startswith(absent) for content in contents)


def test_a_speech_verb_in_the_infinitive_leaves_the_words_to_the_subject(
    extract_body: Callable[[str], ArticleResult],
) -> None:
    body = 'The defendant is reported to have said "I regret nothing" as he left the court building.'
    assert not any(content.startswith("have said") for _, content in _claims(extract_body(body)))


@pytest.mark.parametrize(
    "body, absent",
    [
        # the reader is told, nobody reports
        (
            "Please note that the listed sources may no longer be available online.",
            "the listed sources may no longer be available online",
        ),
        (
            "Remember that the ferry leaves at six sharp on weekdays.",
            "the ferry leaves at six sharp on weekdays",
        ),
        # a question is no claim
        (
            "New observations could reveal whether the comet still has a tail of dust behind it.",
            "the comet still has a tail of dust behind it",
        ),
        # an aside on the inverted source is no claim
        (
            '"The blasts were heard across the city," commented Colonel Ivo Rask, who is the spokesman for '
            "the city garrison.",
            "who is the spokesman for the city garrison",
        ),
        # a cue noun with nobody behind it names no source and makes no claim
        (
            "The commission is investigating claims that the company dumped waste in the river at night.",
            "the company dumped waste in the river at night",
        ),
        # a headline in a list of sources, run on past its closing mark
        (
            'Sources\n\nDana Hale. "Ministers say the port will stay open" — Coastline Post, March 4, 2024\n'
            'Tom Ruiz. "Dockers strike again" — Tidewater Daily, March 6, 2024',
            "the port will stay open",
        ),
    ],
)
def test_what_reports_nobody_is_no_claim(
    extract_body: Callable[[str], ArticleResult], body: str, absent: str
) -> None:
    contents = [content for _, content in _claims(extract_body(body))]
    assert not any(content.startswith(absent) for content in contents)


@pytest.mark.parametrize(
    "body, expected",
    [
        # negatives: a cue noun with its owner, and a conditional clause, stay claims
        (
            "The ministry's statement that the port will reopen in May surprised the unions.",
            ("ministry", "the port will reopen in May"),
        ),
        (
            "Mayor Ines Varga said if the strike goes on, the ferries will stop in March.",
            ("Ines Varga", "the ferries will stop in March"),
        ),
    ],
)
def test_owned_cue_nouns_and_conditionals_stay_claims(
    extract_body: Callable[[str], ArticleResult], body: str, expected: tuple[str, str]
) -> None:
    source, words = expected
    assert any(s == source and words in content for s, content in _claims(extract_body(body)))


@pytest.mark.parametrize(
    "body, expected",
    [
        # the clause's subject parsed as the cue's object, its predicate hung on the cue
        (
            "Officials have warned the flooding is now a serious threat to the town.",
            ("Officials", "the flooding is now a serious threat to the town"),
        ),
        (
            "Mayor Ines Varga vowed the ferry service would keep running through the winter.",
            ("Ines Varga", "the ferry service would keep running through the winter"),
        ),
    ],
)
def test_a_clause_whose_subject_the_parse_made_an_object_is_a_claim(
    extract_body: Callable[[str], ArticleResult], body: str, expected: tuple[str, str]
) -> None:
    assert expected in _claims(extract_body(body))


@pytest.mark.parametrize(
    "body, absent",
    [
        # negatives: an object with an infinitive after it, and a verb coordinated with the cue, are no clause
        ("Harbour officials warned residents to leave the lower town before dark.", "residents"),
        ("The mayor described the plan and left the meeting early.", "the plan"),
    ],
)
def test_an_object_and_a_later_verb_are_no_clause(
    extract_body: Callable[[str], ArticleResult], body: str, absent: str
) -> None:
    assert not any(content.startswith(absent) for _, content in _claims(extract_body(body)))
