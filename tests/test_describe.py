"""Source noun phrases split into name, title, organisation, kind and gender.

Phrases are written as annotation: words separated by spaces, an entity label after a slash
(`Dmitry/PERSON`), no label meaning ''. A possessive is its own word (`Kremlin/ORG 's`), as spaCy splits it.
"""

from __future__ import annotations

import pytest

from wireclaims.extract.describe import describe, strip_article


def _phrase(annotated: str) -> tuple[list[str], list[str]]:
    words, labels = [], []
    for item in annotated.split():
        word, _, label = item.partition("/")
        words.append(word)
        labels.append(label)
    return words, labels


def _describe(annotated: str, appositive: str | None = None):
    words, labels = _phrase(annotated)
    return describe(words, labels, appositive)


@pytest.mark.parametrize(
    "phrase, expected",
    [
        (
            "Kremlin/ORG spokesman Dmitry/PERSON Peskov/PERSON",
            ("Dmitry Peskov", "spokesman", "Kremlin", "person"),
        ),
        (
            "Kremlin spokesman Dmitry/PERSON Peskov/PERSON",
            ("Dmitry Peskov", "spokesman", "Kremlin", "person"),
        ),
        ("Commissioner Lena/PERSON Hart/PERSON", ("Lena Hart", "Commissioner", None, "person")),
        ("Police Chief Tom/PERSON Bell/PERSON", ("Tom Bell", "Police Chief", None, "person")),
        ("Gov. Ana/PERSON Ruiz/PERSON", ("Ana Ruiz", "Gov.", None, "person")),
        ("Foreign Minister Ana/PERSON Ruiz/PERSON", ("Ana Ruiz", "Foreign Minister", None, "person")),
        (
            "Delta/ORG Bank/ORG chief economist Tom/PERSON Bell/PERSON",
            ("Tom Bell", "chief economist", "Delta Bank", "person"),
        ),
        ("Dmitry/PERSON Peskov/PERSON", ("Dmitry Peskov", None, None, "person")),
        ("But Dmitry/PERSON Peskov/PERSON", ("Dmitry Peskov", None, None, "person")),
        # no name
        ("the spokesman", (None, "spokesman", None, "person")),
        ("the Kremlin/ORG 's spokesman", (None, "spokesman", "Kremlin", "person")),
        ("the Kremlin/ORG ’s spokesman", (None, "spokesman", "Kremlin", "person")),
        ("a ministry spokeswoman", (None, "spokeswoman", "ministry", "person")),
        ("a spokesman for the ministry", (None, "spokesman", "ministry", "person")),
        # negatives
        ("the", (None, None, None, "unknown")),
        ("", (None, None, None, "unknown")),
    ],
)
def test_describe_splits_name_title_and_organization(phrase, expected):
    d = _describe(phrase)
    assert (d.name, d.title, d.organization, d.kind) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("the ministry", "organization"),
        ("the foreign ministry", "organization"),
        ("the Kremlin/ORG", "organization"),
        ("the Kremlin", "organization"),
        ("Delta/ORG Bank/ORG", "organization"),
        ("the police", "organization"),
        ("Halden/LOC", "organization"),
        ("Analysts", "group"),
        ("analysts", "group"),
        ("Port officials", "group"),
        ("the spokesman", "person"),
        ("Peskov/PERSON", "person"),
        ("Lena Hart", "person"),
        # negatives: one bare capitalised word without a label, or nothing at all
        ("Peskov", "unknown"),
        ("the", "unknown"),
    ],
)
def test_describe_kind(phrase, expected):
    assert _describe(phrase).kind == expected


@pytest.mark.parametrize(
    "phrase, appositive, expected",
    [
        ("Tom/PERSON Bell/PERSON", "the Kremlin's spokesman", ("Tom Bell", "spokesman", "Kremlin", "male")),
        ("Tom/PERSON Bell/PERSON", "the Kremlin’s spokesman", ("Tom Bell", "spokesman", "Kremlin", "male")),
        (
            "Tom/PERSON Bell/PERSON",
            "chief economist at Delta Bank",
            ("Tom Bell", "chief economist", "Delta Bank", None),
        ),
        (
            "Tom/PERSON Bell/PERSON",
            "Delta Bank's chief economist",
            ("Tom Bell", "chief economist", "Delta Bank", None),
        ),
        (
            "Ana/PERSON Ruiz/PERSON",
            "a spokeswoman for the regional government",
            ("Ana Ruiz", "spokeswoman", "regional government", "female"),
        ),
        (
            "Tom/PERSON Bell/PERSON",
            "a senior fellow at the Atlantic Council",
            ("Tom Bell", "senior fellow", "Atlantic Council", None),
        ),
        ("Ana/PERSON Ruiz/PERSON", "the mayor", ("Ana Ruiz", "mayor", None, None)),
        ("Ana/PERSON Ruiz/PERSON", "the mayor,", ("Ana Ruiz", "mayor", None, None)),
        # the phrase's own title wins; the apposition still gives the organisation
        (
            "Commissioner Lena/PERSON Hart/PERSON",
            "the head of the port authority",
            ("Lena Hart", "Commissioner", "port authority", None),
        ),
        # negatives: appositions that are no title
        ("Ana/PERSON Ruiz/PERSON", "who declined to comment", ("Ana Ruiz", None, None, None)),
        ("Tom/PERSON Bell/PERSON", "a port town of 4,000 people", ("Tom Bell", None, None, None)),
        ("Tom/PERSON Bell/PERSON", "", ("Tom Bell", None, None, None)),
    ],
)
def test_describe_reads_title_and_organization_from_appositive(phrase, appositive, expected):
    d = _describe(phrase, appositive)
    assert (d.name, d.title, d.organization, d.gender) == expected
    assert d.kind == "person"


@pytest.mark.parametrize(
    "phrase, appositive, expected",
    [
        ("the spokeswoman", None, "female"),
        ("Chairwoman Lena/PERSON Hart/PERSON", None, "female"),
        ("Ms. Ana/PERSON Ruiz/PERSON", None, "female"),
        ("Lena/PERSON Hart/PERSON", "a spokeswoman for the ministry", "female"),
        ("the spokesman", None, "male"),
        ("Mr. Tom/PERSON Bell/PERSON", None, "male"),
        # negatives: titles that say nothing of gender
        ("Commissioner Lena/PERSON Hart/PERSON", None, None),
        ("the spokesperson", None, None),
        ("Analysts", None, None),
    ],
)
def test_describe_gender_from_gendered_titles(phrase, appositive, expected):
    assert _describe(phrase, appositive).gender == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the ministry", "ministry"),
        ("The Kremlin", "Kremlin"),
        ("a spokeswoman", "spokeswoman"),
        ("an analyst", "analyst"),
        ("  the  regional   government ", "regional government"),
        # negatives: words that only start like an article
        ("Theodore Bell", "Theodore Bell"),
        ("Anatoly Reyes", "Anatoly Reyes"),
        ("Delta Bank", "Delta Bank"),
        ("", ""),
    ],
)
def test_strip_article_drops_leading_article_only(text, expected):
    assert strip_article(text) == expected
