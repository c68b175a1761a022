"""Titles and employers joined by `of`/`for`/`at`/`and`: an area in the title, a body as the employer, two
jobs as one title, and no employer out of a person's name or a stray mark.

Sentences and names are made up; each row reads as annotation.
"""

from __future__ import annotations

import pytest

from wireclaims.extract.appositions import describe_appositive
from wireclaims.extract.describe import describe
from wireclaims.extract.titles import title_and_organization


@pytest.mark.parametrize(
    "appositive, expected",
    [
        # `for AREA for/at BODY`: the area stays in the title, the body is the employer
        (
            "Deputy director for the Baltic and Nordic region for Harbor Rights",
            ("Deputy director for the Baltic and Nordic region", "Harbor Rights"),
        ),
        ("spokeswoman for Asia at Lumen Bank", ("spokeswoman for Asia", "Lumen Bank")),
        ("director for operations at Lumen Bank", ("director for operations", "Lumen Bank")),
        # `of the BODY at PARENT`: the named body is the employer, not part of the title
        (
            "director of the Harlow Center for Coastal Research at Lindby Hospital",
            ("director", "Harlow Center for Coastal Research"),
        ),
        # negatives: a body whose name holds `for`; one link only; a unit without `the` stays in the title
        ("spokesman for the Center for Coastal Research", ("spokesman", "Center for Coastal Research")),
        ("Senior Analyst for Nordic Policy Forum", ("Senior Analyst", "Nordic Policy Forum")),
        (
            "Head of Commodities Research at Baltica Capital",
            ("Head of Commodities Research", "Baltica Capital"),
        ),
    ],
)
def test_titles_area_stays_in_title_and_body_is_employer(appositive, expected):
    assert describe_appositive(appositive) == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # two jobs written together before the name are one title
        (
            "Later, the Lumen's co-ordinator and spokesperson Ana Kell said so.",
            "Ana Kell",
            ("co-ordinator and spokesperson", "Lumen"),
        ),
        (
            "The Veldish novelist and former parish vicar Ana Kell said so.",
            "Ana Kell",
            ("Veldish novelist and former parish vicar", None),
        ),
        # negatives: a person's name before `and`; the last of two jobs in an apposition
        ("Rice and spokesperson Ana Kell said so.", "Ana Kell", ("spokesperson", None)),
        ("Ana Kell, a rail worker and union delegate, said so.", "Ana Kell", ("union delegate", None)),
    ],
)
def test_titles_two_jobs_before_a_name_are_one_title(text, name, expected):
    assert title_and_organization(text, name) == expected


@pytest.mark.parametrize(
    "words, labels, expected",
    [
        # the model's phrase runs over a name and a title: the name is no employer
        (["Ivo", "Rask", "president"], ["PERSON", "PERSON", ""], ("president", None)),
        # a stray quotation mark is no employer
        (['"', "the", "advisor"], ["", "", ""], ("advisor", None)),
        (
            ["“", "Harrow", "&", "Lyle", "Bank", "chairman"],
            ["", "ORG", "ORG", "ORG", "ORG", ""],
            ("chairman", "Harrow & Lyle Bank"),
        ),
        # an adviser's employer may follow `to`
        (["an", "advisor", "to", "the", "Harbor", "team"], [""] * 6, ("advisor", "Harbor team")),
        # negatives: a titled person is no employer; other titles take no `to`
        (["an", "adviser", "to", "President", "Ivo", "Rask"], [""] * 6, ("adviser", None)),
        (["a", "spokesman", "to", "the", "end"], [""] * 5, ("spokesman", None)),
        # negatives: a body's name before a title is the employer
        (["Lumen", "Bank", "president"], ["ORG", "ORG", ""], ("president", "Lumen Bank")),
    ],
)
def test_titles_no_employer_from_a_name_or_a_mark(words, labels, expected):
    d = describe(words, labels)
    assert (d.title, d.organization) == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # a long description from the sentence start, its employer after `for the`/`of the`
        (
            "Rain. Former deputy head of logistics for the Harbor Defence Forces Ana Kell was jailed.",
            "Ana Kell",
            ("Former deputy head of logistics", "Harbor Defence Forces"),
        ),
        (
            "It rained. Chief executive of the Lumen Bank Ana Kell said so.",
            "Ana Kell",
            ("Chief executive", "Lumen Bank"),
        ),
        # negatives: no title word in it; a short premodifier keeps its own reading
        ("It rained. Supporters of the Lumen Party Ana Kell said so.", "Ana Kell", (None, None)),
        ("Harbor Bank spokesman Ana Kell said so.", "Ana Kell", ("spokesman", "Harbor Bank")),
    ],
)
def test_titles_long_description_before_a_name(text, name, expected):
    assert title_and_organization(text, name) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        # a body's lower-case head before a capitalised rank ends the body's name
        ("Lindby Province police Major-General Ana Kell", ("Major-General", "Lindby Province police")),
        # negatives: before a lower-case title it is part of it; a capitalised one too
        ("police chief Ana Kell", ("police chief", None)),
        ("Police Lt. Ana Kell", ("Police Lt.", None)),
    ],
)
def test_titles_body_head_before_a_rank(phrase, expected):
    words = phrase.split()
    d = describe(words, [""] * len(words))
    assert (d.title, d.organization) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        # a title word that modifies a plain noun is an adjective, no title
        ("Ana Kell official website", None),
        ("the principal reason", None),
        # negatives: before a name, a link, another title word or a tenure word it is a title
        ("official Ana Kell", "official"),
        ("chief executive officer Ana Kell", "chief executive officer"),
        ("professor emeritus Ana Kell", "professor"),
        ("director of the museum", "director"),
    ],
)
def test_titles_adjective_use_is_no_title(phrase, expected):
    words = phrase.split()
    assert describe(words, [""] * len(words)).title == expected


@pytest.mark.parametrize(
    "text, name, forms, expected",
    [
        # a group named after a person takes none of the person's titles
        (
            "Veldish cleric Ivo Rask spoke. Aides of Ivo Rask said so.",
            "Aides of Ivo Rask",
            ("Ivo Rask",),
            (None, None),
        ),
        # negative: another full form of the same person is searched
        (
            "Veldish cleric Ivo J. Rask spoke. Ivo Rask said so.",
            "Ivo Rask",
            ("Ivo J. Rask",),
            ("Veldish cleric", None),
        ),
    ],
)
def test_titles_group_of_a_person_takes_no_title(text, name, forms, expected):
    assert title_and_organization(text, name, None, forms) == expected
