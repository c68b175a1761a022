"""Whose a cue is when the parse hangs it away from its subject: a participle after a place and its state,
a finite cue coordinated with a verb of the clause before, a subject the model made the sentence's root,
and an attribution clause after a quote that ends its own sentence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wireclaims.models import ArticleResult


def _sources(result: ArticleResult) -> list[tuple[str | None, str]]:
    """(source, first words) of every claim and quote, in reading order."""
    items = [(c.start, c.source.name if c.source else None, c.content) for c in result.claims]
    items += [(q.start, q.speaker.name if q.speaker else None, q.text) for q in result.quotes]
    return [(name, " ".join(text.split()[:3])) for _, name, text in sorted(items)]


@pytest.mark.parametrize(
    "body, expected",
    [
        # a place and its state between commas is no aside naming the source
        (
            "Daniel Ferrow spoke out Monday about the flooding in Marlow, Kentucky, arguing that the levee "
            "repairs should be treated as urgent.",
            [("Daniel Ferrow", "the levee repairs")],
        ),
        # negative: a description and a name between commas still give the name
        (
            "The state governor, Henry McMaster, said that the levee repairs should be treated as urgent.",
            [("Henry McMaster", "the levee repairs")],
        ),
        (
            "The Brazilian Minister of Fisheries, Carla Dantas, said that the new quotas work for everyone.",
            [("Carla Dantas", "the new quotas")],
        ),
    ],
)
def test_cue_subject_place_and_state_is_no_aside(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _sources(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # `said that X would end ... and suggested`: the second cue is the first one's subject's
        (
            "Governor Nadia Olsen said this week that the state would formally end the program by May and "
            "suggested that it would withdraw from the regional compact as well.",
            [("Nadia Olsen", "the state would"), ("Nadia Olsen", "it would withdraw")],
        ),
        (
            "Olsen accused the county of trying to silence the farmers and asserted that she and the other "
            "growers are tired of waiting for a ruling.",
            [("Olsen", "she and the")],
        ),
        # negative: a cue with its own subject keeps it
        (
            "Olsen said the board would review the plan, and the mayor said that it would cost too much.",
            [("Olsen", "the board would"), ("mayor", "it would cost")],
        ),
    ],
)
def test_cue_subject_finite_cue_after_infinitive_shares_the_reporting_subject(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _sources(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # the model makes the name the root and hangs the cue on it (parataxis or conj)
        (
            "Marisol Quade, who runs the shelter's volunteer program for veterans' families, said, "
            '"The county has ignored these families for years, and it shows."',
            [("Marisol Quade", "The county has")],
        ),
        (
            "Orrin Tavel, her Green opponent, criticized the delays in Brockton and said he thought that "
            'money was a "very big factor" in the dispute.',
            [("Orrin Tavel", "he thought that")],
        ),
        # negative: a subject that is a clause's own keeps its cue
        (
            "Orrin Tavel criticized the delays, and the mayor said that money was not the problem.",
            [("mayor", "money was not")],
        ),
    ],
)
def test_cue_subject_root_name_speaks_for_its_hanging_cue(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _sources(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a question quoted whole, then a short attribution clause before a comma
        (
            "Ferrow walked onto the stage as the crowd cheered.\n\n"
            '"Who would have guessed that we would get this far, with so many people behind us?" Ferrow '
            "said, looking out at the hall.",
            [("Ferrow", "Who would have")],
        ),
        # negative: a long sentence after a whole quoted sentence is the story's next, not its attribution
        (
            'Olsen said the vote was fair. "We won." A rival paper later called it a disgrace for us.',
            [("Olsen", "the vote was"), ("Olsen", "We won.")],
        ),
    ],
)
def test_quote_window_keeps_short_attribution_clause_after_final_punctuation(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _sources(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a name glued to its title stops at the comma of an aside (`, like Ferrow,`)
        (
            "Republican candidate Dana Whitcombe, like Ferrow, has urged the states to raise their budgets "
            "but has said she will hold firm to the current treaties.",
            [("Dana Whitcombe", "she will hold")],
        ),
        # a person's name stops before `for` and the body the person writes for
        (
            '"The effect of the storm is still small," wrote Halvard Nesbit for Granite Polling.',
            [("Halvard Nesbit", "The effect of")],
        ),
        # a dateline the model made the subject gives way to the name after its dash
        (
            "BRIDGEPORT -- Mayor Elena Varga, opening the new harbor museum on Friday, said it would tell "
            "the story of the town's fishing families.",
            [("Elena Varga", "it would tell")],
        ),
        # negative: a title glued to a name without a comma stays one phrase
        (
            "Fisheries Minister Mamadou Lamine Thiaw said that the catch would fall this year.",
            [("Mamadou Lamine Thiaw", "the catch would")],
        ),
        # negative: a body's name keeps its `for` (`Students for Fair Housing`)
        (
            '"The effect of the storm is still small," said Students for Fair Housing in a statement.',
            [("Students for Fair Housing", "The effect of")],
        ),
    ],
)
def test_cue_subject_name_bounds_stop_at_aside_affiliation_and_dateline(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _sources(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a participle tagged a noun (`warning`) speaks for the subject of the clause it hangs on
        (
            "Eastern mayors who have been the loudest critics of the highway plan have backed the idea of a "
            "shared transit fund, warning that the closure of the plant will badly hurt the budgets.",
            [("Eastern mayors", "the closure of")],
        ),
        # negative: a plural noun cue (`reports`) in a subordinate clause is not the main clause's; with
        # nobody behind the cue noun there is no claim at all
        (
            "Though one harbor guard reports that three of Vardy's closest aides have been arrested, Vardy "
            "himself remains at large.",
            [],
        ),
    ],
)
def test_claim_source_mistagged_participle_speaks_for_main_subject(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _sources(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # an acronym tagged a common noun still names the document's author
        (
            "The fund cut its forecast again on Tuesday.\n\n"
            '"Although the reaction to the vote was orderly, the impact remains very unclear," the IMF '
            "report stated.",
            [("IMF", "Although the reaction")],
        ),
        # `a speech X delivered`: the name before the past verb wrote it
        (
            "The goal is to curb short-term investors, according to a speech Ms. Varga delivered at the "
            "university in May.",
            [("Varga", "The goal is")],
        ),
        # negative: a document with no author named gives no source
        (
            "Prices will rise, according to the report released on Monday.",
            [(None, "Prices will rise")],
        ),
    ],
)
def test_document_source_gives_author_named_by_acronym_or_clause(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _sources(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a reaction is no source; whose reaction it is speaks
        (
            "The mayor's first reaction was to tell the council that the budget was safe for now.",
            [("mayor", "the budget was")],
        ),
        # negative: nobody's reaction gives no source
        (
            "The reaction was to tell the council that the budget was safe for now.",
            [(None, "the budget was")],
        ),
    ],
)
def test_claim_source_reaction_gives_its_possessor(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _sources(extract_body(body)) == expected
