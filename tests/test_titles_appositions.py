"""Titles found in an apposition after a name: abbreviations inside it, long ones, other full forms of the
name; `Secretary of State` kept whole; a circumstance (`resident`) or a company's relation (`owner`) is no
title.

Sentences are made up; each row reads as annotation: (text, name, title so far, other forms, expected).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wireclaims.extract.appositions import describe_appositive
from wireclaims.extract.describe import describe
from wireclaims.extract.titles import reported_title, title_and_organization
from wireclaims.models import ArticleResult

_NONE = (None, None)


@pytest.mark.parametrize(
    "text, name, known, forms, expected",
    [
        # an abbreviation's dots do not end the apposition; the job there replaces a rank; the country
        # before it is part of it (docs/gold-format.md)
        (
            "General Tom Reed, a U.S. security adviser for the army, spoke on Monday.",
            "Tom Reed",
            "General",
            (),
            ("U.S. security adviser", "army"),
        ),
        (
            "Lena Dorsey, an E.U. trade negotiator, said talks would resume.",
            "Lena Dorsey",
            None,
            (),
            ("trade negotiator", "E.U."),
        ),
        # a long apposition (past 90 characters) is still read
        (
            "Major Ivo Tann, a senior logistics adviser for the regional reconstruction office in Northern"
            " Valdoria apologised for the delay, then left.",
            "Ivo Tann",
            "Major",
            (),
            ("senior logistics adviser", "regional reconstruction office"),
        ),
        # another full form of the name carries the apposition
        (
            "Ana Ruiz, a professor of law at Corvin University, led the study.",
            "Ana M. Ruiz",
            None,
            ("Ana Ruiz", "Ruiz"),
            ("professor of law", "Corvin University"),
        ),
        # negatives: a sentence ends at a full stop after a word; a lone surname is not searched (another
        # person may share it); without the form the name alone is not found
        ("Lena Dorsey, 54, said talks would resume. The U.S. team left.", "Lena Dorsey", None, (), _NONE),
        ("Ruiz, a professor of law at Corvin University, led it.", "Ana M. Ruiz", None, ("Ruiz",), _NONE),
        ("Ana Ruiz, a professor of law at Corvin University, led the study.", "Ana M. Ruiz", None, (), _NONE),
    ],
)
def test_apposition_titles(
    text: str, name: str, known: str | None, forms: tuple[str, ...], expected: tuple[str | None, str | None]
) -> None:
    assert title_and_organization(text, name, known, forms) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        # a known title with `of` inside it is one title, its tail no organisation
        ("Secretary of State Dana Reeve", ("Secretary of State", None)),
        # negatives: a portfolio before the title; `for` + an employer after a title still splits
        ("Defense Secretary Dana Reeve", ("Defense Secretary", None)),
        ("spokesman for Harlow Council", ("spokesman", "Harlow Council")),
    ],
)
def test_of_inside_known_title(phrase: str, expected: tuple[str | None, str | None]) -> None:
    words = phrase.split()
    labels = ["PERSON" if w in {"Dana", "Reeve"} else "" for w in words]
    d = describe(words, labels)
    assert (d.title, d.organization) == expected


@pytest.mark.parametrize(
    "given, expected",
    [
        # a circumstance or a company's relation to a thing is no job
        (("resident", "Basra"), _NONE),
        (("eyewitness", None), _NONE),
        (("speaker", None), _NONE),
        (("owner", "depot"), _NONE),
        (("operator", None), _NONE),
        # negatives: a job with the same head; a capitalised office; other titles
        (("crane operator", "Harbour Cranes"), ("crane operator", "Harbour Cranes")),
        (("Speaker", None), ("Speaker", None)),
        (("spokesman", "Kremlin"), ("spokesman", "Kremlin")),
        ((None, "Kremlin"), (None, "Kremlin")),
    ],
)
def test_reported_title(
    given: tuple[str | None, str | None], expected: tuple[str | None, str | None]
) -> None:
    assert reported_title(*given) == expected


@pytest.mark.parametrize(
    "body, name, expected",
    [
        (
            'The depot\'s owner, Corlan Freight, said in a statement: "We are cooperating fully."',
            "Corlan Freight",
            None,
        ),
        ('"The water rose in minutes," said one resident, Ada Mirren.', "Ada Mirren", None),
        ('"We will reopen," said crane operator Ivo Baskin.', "Ivo Baskin", "crane operator"),
    ],
)
def test_speaker_title_not_circumstance(
    extract_body: Callable[[str], ArticleResult], body: str, name: str, expected: str | None
) -> None:
    speakers = {s.name: s for s in extract_body(body).speakers}
    assert speakers[name].title == expected
    if expected is None:
        assert speakers[name].organization is None  # `the depot's owner`: the depot employs no one


@pytest.mark.parametrize(
    "phrase, expected",
    [
        # a portfolio word after a name word ends the organisation's name, not the title
        ("Corvale Health spokesperson Ann Lee", ("spokesperson", "Corvale Health")),
        ("Directorate of Fisheries director Ann Lee", ("director", "Directorate of Fisheries")),
        # negatives: after a nationality, a place, a tenure word or a portfolio adjective it is the title's
        ("Kenyan Health Minister Ann Lee", ("Kenyan Health Minister", None)),
        ("Former Health Minister Ann Lee", ("Former Health Minister", None)),
        ("Health Minister Ann Lee", ("Health Minister", None)),
        ("White House National Security Adviser Ann Lee", ("National Security Adviser", "White House")),
    ],
)
def test_portfolio_after_name_word(phrase: str, expected: tuple[str | None, str | None]) -> None:
    words = phrase.split()
    d = describe(words, [""] * (len(words) - 2) + ["PERSON", "PERSON"])
    assert (d.title, d.organization) == expected


@pytest.mark.parametrize(
    "body, name, expected",
    [
        # a person's name before a title is whose aide, not an employer
        (
            'Gov. Teresa Vance signed the order on Monday. "We act now," Vance said.\n\n'
            '"The order stands," Vance spokeswoman Marta Quill said.',
            "Marta Quill",
            None,
        ),
        # negatives: a body's name stays the employer
        (
            'Gov. Teresa Vance signed the order on Monday. "We act now," Vance said.\n\n'
            '"The order stands," Harbor Bank spokeswoman Marta Quill said.',
            "Marta Quill",
            "Harbor Bank",
        ),
    ],
)
def test_person_is_no_employer(
    extract_body: Callable[[str], ArticleResult], body: str, name: str, expected: str | None
) -> None:
    speakers = {s.name: s for s in extract_body(body).speakers}
    assert speakers[name].organization == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # in a list the description before a name is the previous person's; the one after is hers
        (
            "Speakers were Omar Hale, the deputy transport minister, Lina Voss, the outgoing chair of the"
            " Orlen Trust, and a student.",
            "Lina Voss",
            ("outgoing chair", "Orlen Trust"),
        ),
        # negative: with no description after the name, the one before it is still read
        ("Another activist, Dana Quill, said the plan would fail.", "Dana Quill", ("activist", None)),
    ],
)
def test_apposition_after_name_first(text: str, name: str, expected: tuple[str | None, str | None]) -> None:
    assert title_and_organization(text, name) == expected


@pytest.mark.parametrize(
    "body, name, expected",
    [
        # a colloquial `boss` gives way to the job a signature line gives, ended by a colon
        (
            '"We won," said Harlow Rovers boss Ivo Pell.\n\nIvo Pell, Harlow Rovers manager: "Great night."',
            "Ivo Pell",
            "manager",
        ),
        # negative: with no other job given, `boss` stays
        ('"We won," said Harlow Rovers boss Ivo Pell.', "Ivo Pell", "boss"),
    ],
)
def test_boss_gives_way_to_job(
    extract_body: Callable[[str], ArticleResult], body: str, name: str, expected: str | None
) -> None:
    speakers = {s.name: s for s in extract_body(body).speakers}
    assert speakers[name].title == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # `, of ORG,` and `, who works for ORG` name where a person works
        (
            "Tom Vane, of Citizens Against Noise, spoke to the crowd.",
            "Tom Vane",
            (None, "Citizens Against Noise"),
        ),
        (
            "Ada Kerr, who works for the charity Harvest Relief, said the grain came late.",
            "Ada Kerr",
            (None, "Harvest Relief"),
        ),
        (
            "Ada Kerr of the Harvest Relief Fund said the grain came late.",
            "Ada Kerr",
            (None, "Harvest Relief Fund"),
        ),
        # negatives: a place is where someone is from; `at the time` is no employer
        ("Ana Ruiz, of Lima, said the grain came late.", "Ana Ruiz", (None, None)),
        ("Ada Kerr, who was at the time Governor of Ostland, said so.", "Ada Kerr", (None, None)),
    ],
)
def test_member_of_organization(text: str, name: str, expected: tuple[str | None, str | None]) -> None:
    assert title_and_organization(text, name) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a signature line: the title, a comma, where it is held
        ("chief economist, Fenwick Bank", ("chief economist", "Fenwick Bank")),
        # `Programme` before a title is part of it
        ("Programme Director at the Orlen Institute", ("Programme Director", "Orlen Institute")),
        # negatives: what follows the comma is no organisation; no title before the comma
        ("a retired teacher, 58", ("retired teacher", None)),
        ("chief economist, based in Oslo", ("chief economist", None)),
        ("her husband, a farmer", (None, None)),
        # a nickname is no office; `known` later in the phrase ends nothing
        ("dubbed the Salt King", (None, None)),
        ("nicknamed the Iron Chancellor", (None, None)),
        ("a salt trader known for his temper", ("salt trader", None)),
    ],
)
def test_signature_apposition(text: str, expected: tuple[str | None, str | None]) -> None:
    assert describe_appositive(text) == expected


@pytest.mark.parametrize(
    "text, name, known, expected",
    [
        # `NAME as (its next) TITLE`: the office someone is given replaces a form of address
        (
            "The board named Dr. Ana Vell as its next chief executive, effective June 1.",
            "Ana Vell",
            "Dr.",
            ("chief executive", None),
        ),
        ("The club appointed Ivo Pell as manager on Monday.", "Ivo Pell", None, ("manager", None)),
        # negatives: `as` that gives no office
        ("Ann Lee as well said so.", "Ann Lee", None, (None, None)),
        ("Ann Lee as a child lived here.", "Ann Lee", None, (None, None)),
    ],
)
def test_named_as_title(
    text: str, name: str, known: str | None, expected: tuple[str | None, str | None]
) -> None:
    assert title_and_organization(text, name, known) == expected


@pytest.mark.parametrize(
    "apposition, expected",
    [
        # a relation after a possessive is what the person is to someone, and no employer
        ("the driver's father", ("father", None)),
        ("Halla's widow", ("widow", None)),
        # negatives: a job after a possessive keeps its employer
        ("the Kremlin's spokesman", ("spokesman", "Kremlin")),
        ("Halla's lawyer", ("lawyer", "Halla")),
    ],
)
def test_a_relation_after_a_possessive_has_no_employer(
    apposition: str, expected: tuple[str | None, str | None]
) -> None:
    assert describe_appositive(apposition) == expected
