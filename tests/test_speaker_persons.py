"""Who speaks: the whole phrase that names the person, never a neighbouring name or a word of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wireclaims.models import ArticleResult


def _sources(result: ArticleResult) -> list[str | None]:
    return [c.source.name if c.source else None for c in result.claims]


@pytest.mark.parametrize(
    "body, expected",
    [
        # a partitive that picks one person out of a group is that person
        ("One of the nephews said the house was cold.", ["One of the nephews"]),
        # ... not when the group is of things: the old reading stands
        ("One of the states suing the agency, Ohio, said the rule was unlawful.", ["Ohio"]),
        ("Two of the firms said the price of steel would rise next year.", ["firms"]),
    ],
)
def test_a_partitive_of_people_is_the_source(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[str | None]
) -> None:
    assert _sources(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # `this person` refers back to someone named before, as a pronoun does
        (
            "Dana Voss, a nurse, said the ward was full. This person also said that staff were tired.",
            ["Dana Voss", "Dana Voss"],
        ),
        (
            "One of the nephews said the house was cold. This person also said that the locks were new.",
            ["One of the nephews", "One of the nephews"],
        ),
        # with nobody before, it is a source of its own
        ("This person said that staff were tired.", ["This person"]),
    ],
)
def test_this_person_refers_back(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[str | None]
) -> None:
    assert _sources(extract_body(body)) == expected


def test_a_description_is_not_cut_at_its_complement(extract_body: Callable[[str], ArticleResult]) -> None:
    result = extract_body(
        '"The neighbours came here not because they love us," an advisor to the Danish team told the Herald.'
    )
    assert [q.speaker.name if q.speaker else None for q in result.quotes] == ["advisor to the Danish team"]


@pytest.mark.parametrize(
    "body, expected",
    [
        # the phrase before the preposition is no job: the object speaks
        ("A letter to the harbour board said the pier was unsafe.", ["harbour board"]),
    ],
)
def test_only_a_job_grows_over_its_complement(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[str | None]
) -> None:
    assert _sources(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # an organisation's name runs into a person's: the organisation is the source
        (
            "According to Amnesty International Jorek Valdanis-Morrow, a reporter for The Daily Ledger, was "
            "arrested on May 3.",
            ["Amnesty International"],
        ),
        # a title between them makes one person
        (
            "The alarm had been switched off for two weeks, Fire Chief Mara Lindqvist said Monday.",
            ["Mara Lindqvist"],
        ),
    ],
)
def test_an_organisation_name_is_not_run_into_a_person(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[str | None]
) -> None:
    assert _sources(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # `a spokesperson` introduces someone new, never the spokesperson named before
        (
            "A spokesperson for NORA, the national river authority, said officials had raised the alert.\n\n"
            "A spokesperson for the government confirmed the zone would be widened.",
            ["spokesperson for NORA", "spokesperson for the government"],
        ),
        # `the spokesperson` refers back
        (
            "A spokesperson for NORA, the national river authority, said officials had raised the alert.\n\n"
            "The spokesperson also said the dams were safe.",
            ["spokesperson for NORA", "spokesperson for NORA"],
        ),
    ],
)
def test_an_indefinite_description_is_someone_new(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[str | None]
) -> None:
    assert _sources(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a preposition the subject takes is not part of it
        ("The claim comes just days after Norway said they used flares.", ["Norway"]),
        # the preposition of a complement stays
        ("Lena Hart of the Port Authority said the bridge was closed.", ["Lena Hart"]),
    ],
)
def test_a_preposition_before_the_subject_opens_it(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[str | None]
) -> None:
    assert _sources(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a year between `who` and its verb is when, never who
        (
            "Voters distrust Harlan Pike, now the council leader, who in 2010 said the main goal was to make "
            'Dorn a "one-term mayor."',
            [None],
        ),
        ("In 2010 the council said the bridge was safe.", ["council"]),
    ],
)
def test_a_year_is_never_a_source(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[str | None]
) -> None:
    assert _sources(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a description before a name is not part of it
        ("Shipping company Arvola said it would cut 200 jobs.", ["Arvola"]),
        ("Swedish political party Vansterlaget Lund said the vote was a disgrace.", ["Vansterlaget Lund"]),
        # a name with lower-case words inside, or a place after it, stays whole
        (
            "The Ministry of Foreign Affairs said the envoy had been recalled.",
            ["Ministry of Foreign Affairs"],
        ),
        (
            "Eastside Children's Hospital in Columbus said parents should watch their children.",
            ["Eastside Children's Hospital"],
        ),
    ],
)
def test_a_description_before_a_name_is_left_out(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[str | None]
) -> None:
    assert _sources(extract_body(body)) == expected
