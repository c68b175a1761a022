"""Employers written as a bare head noun (`the group's director`, `for the university`) are the body the
story named before; commas and merged places do not make an employer.

Sentences and names are made up; each row reads as annotation.
"""

from __future__ import annotations

import pytest

from wireclaims.extract.appositions import describe_appositive
from wireclaims.extract.describe import describe
from wireclaims.extract.mentions import Mention
from wireclaims.extract.registry import SpeakerEntry
from wireclaims.extract.titles import named_body, resolve_generic_employers, title_and_organization


@pytest.mark.parametrize(
    "text, head, expected",
    [
        # the same head word ends (or with `of`, starts) the body's name
        (
            "Scientists at the Ohio Valley University said. The university's ",
            "university",
            "Ohio Valley University",
        ),
        (
            "A letter from the University of Lindby arrived. The university's ",
            "university",
            "University of Lindby",
        ),
        ("The Harbour Workers' Union called the strike. The union's ", "union", "Harbour Workers' Union"),
        ("The strike was called by The Lake Nurses Union. The union's ", "union", "Lake Nurses Union"),
        # a loose head stands for a body introduced by its type
        (
            "In a reply, the relief charity Hope Aid denied it. Ana Kell, director for the group,",
            "group",
            "Hope Aid",
        ),
        ("A volunteer group called Lumen measured it. Ana Kell, the group's head,", "group", "Lumen"),
        # negatives: no body of that kind named before; a strict head takes no body of another type
        ("Ana Kell, the group's director, said so.", "group", None),
        ("In a reply, the relief charity Hope Aid denied it. The university's ", "university", None),
        ("Ana Kell of the Lumen Institute. The ministry's ", "ministry", None),
    ],
)
def test_titles_named_body_for_a_bare_head(text, head, expected):
    assert named_body(text, head, len(text)) == expected


def _entry(name: str, organization: str | None, start: int, kind: str = "person") -> SpeakerEntry:
    mention = Mention(start, start + len(name), name, None)
    return SpeakerEntry(0, name, kind, "director", organization, None, mentions=[mention])


@pytest.mark.parametrize(
    "organization, kind, expected",
    [
        ("group", "person", "Hope Aid"),
        # negatives: a named employer stays; an organisation's own head is not resolved
        ("Lumen Trust", "person", "Lumen Trust"),
        ("group", "organization", "group"),
    ],
)
def test_titles_bare_head_employer_is_resolved(organization, kind, expected):
    text = "In a reply, the relief charity Hope Aid denied it. Ana Kell, director for the group, said so."
    entry = _entry("Ana Kell", organization, text.index("Ana Kell"), kind)
    resolve_generic_employers(text, [entry])
    assert entry.organization == expected


@pytest.mark.parametrize(
    "words, labels, expected",
    [
        # a place the model merged over a comma is no employer; the country after it is the title's
        (
            ["Lindby, U.S.", "President", "Dale", "Oakes"],
            ["LOC", "", "PERSON", "PERSON"],
            ("U.S. President", None),
        ),
        # negative: a body's name right before the title stays the organisation
        (
            ["Harbour", "Bank", "chairman", "Dale", "Oakes"],
            ["ORG", "ORG", "", "PERSON", "PERSON"],
            ("chairman", "Harbour Bank"),
        ),
    ],
)
def test_titles_comma_ends_an_employer(words, labels, expected):
    d = describe(words, labels)
    assert (d.title, d.organization) == expected


@pytest.mark.parametrize(
    "appositive, expected",
    [
        # a country's office has no employer; a body described is no job
        ("Norway's president", ("president", None)),
        ("Veldland's principal ruling party", (None, None)),
        # a person with a title is no employer
        ("A spokesman for Harbor Committee Chairman Ivo Rask", ("spokesman", None)),
        # a unit of a named body, as written
        ("the leader of the armed wing of the Harbor Front", ("leader", "armed wing of the Harbor Front")),
        # the capitalised name right before the title is the employer, past a lower-case word
        ("a jailed Harbor Union commander", ("commander", "Harbor Union")),
        # negatives: a body's possessive, a body whose name ends in a title word, a country before a title
        ("the Kremlin's spokesman", ("spokesman", "Kremlin")),
        ("EU's trade spokeswoman", ("trade spokeswoman", "EU")),
        ("spokesman for the Office of the President", ("spokesman", "Office of the President")),
        (
            "public information officer for the Lindby Emergency Management Division",
            ("public information officer", "Lindby Emergency Management Division"),
        ),
        ("a Coast Guard spokeswoman", ("spokeswoman", "Coast Guard")),
        ("a U.S. security adviser", ("U.S. security adviser", None)),
        ("a local councillor in the commune of Lindby", ("local councillor", None)),
        ("announced by President Ivo Rask", (None, None)),
    ],
)
def test_titles_employer_is_a_body_not_a_country_or_a_person(appositive, expected):
    assert describe_appositive(appositive) == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # `NAME, of the BODY,` written in lower case, known by its head noun
        (
            "Ana Kell, of the opposing political party, said so.",
            "Ana Kell",
            (None, "opposing political party"),
        ),
        # a source named by its description takes the employer in it
        ("A spokesperson for Lumen said so.", "spokesperson for Lumen", (None, "Lumen")),
        # negatives: people are no body; a capitalised body still is one
        ("Ana Kell, of the striking residents, said so.", "Ana Kell", (None, None)),
        ("Ana Kell of the Lumen Institute said so.", "Ana Kell", (None, "Lumen Institute")),
    ],
)
def test_titles_member_of_a_body(text, name, expected):
    assert title_and_organization(text, name) == expected


@pytest.mark.parametrize(
    "words, labels, expected",
    [
        # a family relation names no employer
        (["Rask", "'s", "father", "Ivo", "Rask"], ["PERSON", "", "", "PERSON", "PERSON"], None),
        # negatives: a job does; a body the model labelled a person is kept when a name follows the title
        (["Rask", "'s", "spokesman", "Ivo", "Dahl"], ["PERSON", "", "", "PERSON", "PERSON"], "Rask"),
        (
            ["Pohja", "Gas", "executive", "Ana", "Kell"],
            ["PERSON", "PERSON", "", "PERSON", "PERSON"],
            "Pohja Gas",
        ),
    ],
)
def test_titles_relation_is_no_employer(words, labels, expected):
    assert describe(words, labels).organization == expected


@pytest.mark.parametrize(
    "words, labels, appositive, expected",
    [
        # the body's name with a generic description of it in apposition
        (
            ["Harbor", "Observer", "Group"],
            ["ORG"] * 3,
            "chief of the biggest observer group",
            "Harbor Observer Group",
        ),
        # a city's possessive before a name without a title is where, not who employs
        (["Oslo", "'s", "Morning", "Post"], ["LOC", "", "", ""], None, None),
        # negatives: with a title the city is kept; another head noun is no match
        (
            ["Lindby", "'s", "Lord", "Mayor", "Ana", "Kell"],
            ["LOC", "", "", "", "PERSON", "PERSON"],
            None,
            "Lindby",
        ),
        (
            ["Harbor", "Watch"],
            ["ORG"] * 2,
            "chief of the biggest observer group",
            "biggest observer group",
        ),
    ],
)
def test_titles_body_named_in_apposition_or_place_owner(words, labels, appositive, expected):
    assert describe(words, labels, appositive).organization == expected
