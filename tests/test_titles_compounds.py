"""Titles that hold a body, place or platform word, organisations written after a titled name, and speakers
that lose their title through the model's labels (issue #13, item 6).

Sentences and names are made up; each row reads as annotation.
"""

from __future__ import annotations

import pytest

from wireclaims.extract.appositions import describe_appositive
from wireclaims.extract.describe import describe
from wireclaims.extract.mentions import Mention
from wireclaims.extract.registry import SpeakerRegistry
from wireclaims.extract.titles import reported_title, title_and_organization


def _describe(phrase: str, label: str = "") -> tuple[str | None, str | None, str | None]:
    words = phrase.split()
    d = describe(words, [label] * len(words))
    return d.name, d.title, d.organization


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # the tokeniser split the possessive from its owner: the owner is still the employer
        (
            "In a talk, The Harbor Ledger' s Managing Editor Ana Pell said so.",
            "Ana Pell",
            ("Managing Editor", "Harbor Ledger"),
        ),
        (
            "In a talk, The Harbor Ledger's Managing Editor Ana Pell said so.",
            "Ana Pell",
            ("Managing Editor", "Harbor Ledger"),
        ),
        # negatives: a plural possessive is no split one; no possessive at all
        ("In a talk, the teachers' union head Ana Pell said so.", "Ana Pell", ("head", "union")),
        ("In a talk, Managing Editor Ana Pell said so.", "Ana Pell", ("Managing Editor", None)),
    ],
)
def test_titles_split_possessive_still_names_the_employer(text, name, expected):
    assert title_and_organization(text, name) == expected


@pytest.mark.parametrize(
    "appositive, expected",
    [
        # a workplace named by its kind, and a place before a local service, are part of the job
        ("the hospital director", ("hospital director", None)),
        ("Lindby police chief", ("Lindby police chief", None)),
        ("Lindby fire chief", ("Lindby fire chief", None)),
        # a lower-case area after `at` is where, not for whom
        ("the hospital director at Lindby district", ("hospital director", None)),
        # a chamber before `member`, with no name before it, is one title
        ("one House member", ("House member", None)),
        ("US House member", ("US House member", None)),
        ("former House member", ("former House member", None)),
        # a platform before its user is part of the role
        ("a Chirper user who wrote on the page", ("Chirper user", None)),
        # negatives: a spokesperson speaks for the body; a named body; a body of two words; a rank
        ("a hospital spokeswoman", ("spokeswoman", None)),
        ("Harbor Council member", ("member", "Harbor Council")),
        ("Harbor Bank police chief", ("police chief", "Harbor Bank")),
        ("Lindby Mayor", ("Mayor", "Lindby")),
        ("director at Harbor District Council", ("director", "Harbor District Council")),
    ],
)
def test_titles_workplace_chamber_and_platform_words_join_the_title(appositive, expected):
    assert describe_appositive(appositive) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Board member Ana Kell", ("Ana Kell", "Board member", None)),
        ("Independent candidate Ivo Rask", ("Ivo Rask", "Independent candidate", None)),
        # negatives: a capitalised rank after a lower-case body keeps the body as employer
        (
            "Lindby Province police Major-General Ivo Rask",
            ("Ivo Rask", "Major-General", "Lindby Province police"),
        ),
        ("Harbor Council member Ana Kell", ("Ana Kell", "member", "Harbor Council")),
    ],
)
def test_titles_compound_titles_before_a_name(phrase, expected):
    assert _describe(phrase) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        # a titled name ends at `of`; what the person is of is the organisation
        ("King Hamid of Veldland", ("Hamid", "King", "Veldland")),
        ("Lieutenant Ivo Rask of the rebels", ("Ivo Rask", "Lieutenant", "rebels")),
        ("spokesman Ivo Rask of the Harbor Bank", ("Ivo Rask", "spokesman", "Harbor Bank")),
        # negatives: no title, no cut; no `of` after the name
        ("Ivo Rask", ("Ivo Rask", None, None)),
        ("Mayor Ana Kell", ("Ana Kell", "Mayor", None)),
    ],
)
def test_titles_titled_name_ends_at_of(phrase, expected):
    assert _describe(phrase) == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # after the name: a titled person's country or side is the organisation
        (
            "It was, said Crown Prince Ivo Rask of the Netherlands on Monday.",
            "Ivo Rask",
            ("Crown Prince", "Netherlands"),
        ),
        ("It was, said Lieutenant Ivo Rask of the rebels.", "Ivo Rask", ("Lieutenant", "rebels")),
        # negatives: an untitled person's home country is no employer; no `of` phrase at all
        ("It was, said Ivo Rask of Mexico.", "Ivo Rask", (None, None)),
        ("It was, said Lieutenant Ivo Rask on Monday.", "Ivo Rask", ("Lieutenant", None)),
    ],
)
def test_titles_country_or_side_after_a_titled_name(text, name, expected):
    assert title_and_organization(text, name) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        # the model ran a body's name into the person's: the body is the organisation
        ("Harbor Armed Forces Ivo Rask Tamm", ("Ivo Rask Tamm", None, "Harbor Armed Forces")),
        ("Harbor Coast Guard Ana Kell", ("Ana Kell", None, "Harbor Coast Guard")),
        # negatives: a surname that is a body word; a body's name alone
        ("Margaret Court", ("Margaret Court", None, None)),
        ("Lindby City Council", ("Lindby City Council", None, None)),
    ],
)
def test_titles_body_name_run_into_a_person(phrase, expected):
    assert _describe(phrase, "PERSON") == expected


@pytest.mark.parametrize(
    "given, expected",
    [
        # a source named by its description alone has no title
        (("midwife", None, "midwife"), (None, None)),
        (("nuclear official", None, "one nuclear official"), (None, None)),
        (("Chirper user", None, "Chirper user who"), (None, None)),
        # negatives: an origin keeps the description as the title; a named person keeps the title
        (("European distributor", None, "One European distributor"), ("European distributor", None)),
        (("midwife", None, "Ana Kell"), ("midwife", None)),
        (("spokesperson", "Lumen", "spokesperson for Lumen"), ("spokesperson", "Lumen")),
    ],
)
def test_titles_description_only_source_has_no_title(given, expected):
    assert reported_title(*given) == expected


def _mention(text: str, start: int, words: list[str], labels: list[str]) -> Mention:
    return Mention(start, start + len(text), text, describe(words, labels))


@pytest.mark.parametrize(
    "later, label, expected",
    [
        # the model called the titled person's lone surname an organisation: still that person
        ("Kell", "ORG", "Ana Kell"),
        ("Kell", "PERSON", "Ana Kell"),
        # negatives: a body's head noun; another surname
        ("Ministry", "ORG", "Ministry"),
        ("Rask", "ORG", "Rask"),
    ],
)
def test_registry_surname_labelled_organization_is_the_titled_person(later, label, expected):
    registry = SpeakerRegistry()
    registry.add(_mention("Mayor Ana Kell", 0, ["Mayor", "Ana", "Kell"], ["", "PERSON", "PERSON"]))
    entry = registry.add(_mention(later, 100, [later], [label]))
    assert entry is not None and entry.name == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        # a body named after an office holder is a body: no title
        ("the office of the Veldish President", (None, None, None, "organization")),
        ("office of the Mayor", (None, None, None, "organization")),
        # negatives: a job for or of the office holder is a person's
        ("spokesman for the President", (None, "spokesman", "President", "person")),
        ("aide of the President", (None, "aide", "President", "person")),
    ],
)
def test_titles_office_of_a_title_holder_is_a_body(phrase, expected):
    words = phrase.split()
    d = describe(words, [""] * len(words))
    assert (d.name, d.title, d.organization, d.kind) == expected
