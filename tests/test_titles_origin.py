"""A nationality or country written before a title is part of the title, never the organisation
(docs/gold-format.md, speakers); a minister's portfolio ends before the holder's name.

Sentences and names are made up; each row reads as annotation: (phrase, (name, title, organisation)).
"""

from __future__ import annotations

import pytest

from wireclaims.extract.appositions import describe_appositive
from wireclaims.extract.describe import describe
from wireclaims.extract.organizations import is_origin, origin_start
from wireclaims.extract.titles import title_and_organization


def _describe(phrase: str) -> tuple[str | None, str | None, str | None]:
    words = phrase.split()
    d = describe(words, [""] * len(words))
    return d.name, d.title, d.organization


@pytest.mark.parametrize(
    "phrase, expected",
    [
        # a nationality, a country or a two-word origin joins the title; no organisation
        ("Veldish Prime Minister Aro Tamm", ("Aro Tamm", "Veldish Prime Minister", None)),
        ("UK Foreign Secretary Ned Pryce", ("Ned Pryce", "UK Foreign Secretary", None)),
        ("U.S. President Dale Oakes", ("Dale Oakes", "U.S. President", None)),
        ("United States President Dale Oakes", ("Dale Oakes", "United States President", None)),
        ("South African president Tumi Ndaba", ("Tumi Ndaba", "South African president", None)),
        ("Sri Lankan cricketer Ravi Pema", ("Ravi Pema", "Sri Lankan cricketer", None)),
        ("Canadian Public Safety Minister Joan Dray", ("Joan Dray", "Canadian Public Safety Minister", None)),
        ("Shia cleric Amir Kazem", ("Amir Kazem", "Shia cleric", None)),
        ("Ireland regional lawmaker Aine Roe", ("Aine Roe", "Ireland regional lawmaker", None)),
        # a tenure word before the origin stays; `current` does not
        ("former German chancellor Uta Brenn", ("Uta Brenn", "former German chancellor", None)),
        ("Current UK Prime Minister Ed Harrow", ("Ed Harrow", "UK Prime Minister", None)),
        ("US Secretary of State Joan Dray", ("Joan Dray", "US Secretary of State", None)),
        # negatives: a union of countries, a city, a party, the end of a longer name are organisations
        ("EU negotiator Karl Voss", ("Karl Voss", "negotiator", "EU")),
        ("European Union negotiator Karl Voss", ("Karl Voss", "negotiator", "European Union")),
        ("Lindby Mayor Aoife Reck", ("Aoife Reck", "Mayor", "Lindby")),
        ("Roman Catholic Pope Leo", ("Leo", "Pope", "Roman Catholic")),
        ("Harlow University Japan professor Jon Kirk", ("Jon Kirk", "professor", "Harlow University Japan")),
        ("Human Rights Watch researcher Ana Pell", ("Ana Pell", "researcher", "Human Rights Watch")),
        ("Republican Senator Jo Pell", ("Jo Pell", "Senator", None)),
    ],
)
def test_titles_origin_before_a_title_is_part_of_it(phrase, expected):
    assert _describe(phrase) == expected


@pytest.mark.parametrize(
    "appositive, expected",
    [
        ("the Veldish Prime Minister", ("Veldish Prime Minister", None)),
        ("the Brazilian Minister of Rural Affairs", ("Brazilian Minister of Rural Affairs", None)),
        ("the British climate expert", ("British climate expert", None)),
        # negatives: a body's name before the title is the organisation
        ("a Coast Guard spokeswoman", ("spokeswoman", "Coast Guard")),
        ("the current Roman Catholic Pope", ("Pope", "Roman Catholic")),
    ],
)
def test_titles_origin_in_an_apposition_is_part_of_the_title(appositive, expected):
    assert describe_appositive(appositive) == expected


@pytest.mark.parametrize(
    "words, expected",
    [
        (["said", "Veldish"], 1),
        (["the", "South", "African"], 1),
        (["New", "Zealand"], 0),
        # negatives
        (["Roman", "Catholic"], None),
        (["Human", "Rights", "Watch"], None),
        (["EU"], None),
        (["Lindby"], None),
    ],
)
def test_titles_origin_start(words, expected):
    assert origin_start(words, len(words)) == expected


@pytest.mark.parametrize(
    "word, expected",
    [
        ("Israeli", True),
        ("UK", True),
        ("EU", False),
        ("Republican", False),
        ("Tech", False),
        ("israeli", False),
    ],
)
def test_titles_is_origin(word, expected):
    assert is_origin(word) is expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        # no word labelled a person: the name after the portfolio is the holder's, not part of the title
        ("Minister of Coastal Affairs Gil Arden", ("Gil Arden", "Minister of Coastal Affairs", None)),
        ("Veldish Minister of the Interior Ari Dorn", ("Ari Dorn", "Veldish Minister of the Interior", None)),
        ("Minister of Defence Halvor", ("Halvor", "Minister of Defence", None)),
        # negatives: a portfolio with no name after it; an organisation after `of` stays one
        ("Minister of Foreign Affairs", (None, "Minister of Foreign Affairs", None)),
        ("president of the Guild of Lamp Makers", (None, "president", "Guild of Lamp Makers")),
    ],
)
def test_titles_portfolio_ends_before_the_holders_name(phrase, expected):
    assert _describe(phrase) == expected


@pytest.mark.parametrize(
    "text, name, known, expected",
    [
        # a fuller form with the origin, given later, replaces the bare office
        (
            "Prime Minister Aro Tamm spoke. Aro Tamm, the Veldish Prime Minister, said so.",
            "Aro Tamm",
            "Prime Minister",
            ("Veldish Prime Minister", None),
        ),
        # negative: another office is not a fuller form
        (
            "Prime Minister Aro Tamm spoke. Aro Tamm, the party leader, said so.",
            "Aro Tamm",
            "Prime Minister",
            ("Prime Minister", None),
        ),
    ],
)
def test_titles_origin_fuller_form_wins(text, name, known, expected):
    assert title_and_organization(text, name, known) == expected
