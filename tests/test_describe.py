"""Source noun phrases split into name, title, organisation, kind and gender.

Phrases are written as annotation: words separated by spaces, an entity label after a slash
(`Dmitry/PERSON`), no label meaning ''. A possessive is its own word (`Kremlin/ORG 's`), as spaCy splits it.
"""

from __future__ import annotations

import pytest

from wireclaims.extract.appositions import describe_appositive
from wireclaims.extract.describe import describe
from wireclaims.extract.organizations import strip_article


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
            ("Tom Bell", "chief economist", "Delta Bank", "male"),
        ),
        (
            "Tom/PERSON Bell/PERSON",
            "Delta Bank's chief economist",
            ("Tom Bell", "chief economist", "Delta Bank", "male"),
        ),
        (
            "Ana/PERSON Ruiz/PERSON",
            "a spokeswoman for the regional government",
            ("Ana Ruiz", "spokeswoman", "regional government", "female"),
        ),
        (
            "Tom/PERSON Bell/PERSON",
            "a senior fellow at the Atlantic Council",
            ("Tom Bell", "senior fellow", "Atlantic Council", "male"),
        ),
        ("Ana/PERSON Ruiz/PERSON", "the mayor", ("Ana Ruiz", "mayor", None, "female")),
        ("Ana/PERSON Ruiz/PERSON", "the mayor,", ("Ana Ruiz", "mayor", None, "female")),
        # the phrase's own title wins; the apposition still gives the organisation
        (
            "Commissioner Lena/PERSON Hart/PERSON",
            "the head of the port authority",
            ("Lena Hart", "Commissioner", "port authority", None),
        ),
        # negatives: appositions that are no title
        ("Ana/PERSON Ruiz/PERSON", "who declined to comment", ("Ana Ruiz", None, None, "female")),
        ("Tom/PERSON Bell/PERSON", "a port town of 4,000 people", ("Tom Bell", None, None, "male")),
        ("Tom/PERSON Bell/PERSON", "", ("Tom Bell", None, None, "male")),
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


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Mud Hens pitching coach Ray Dunleavy", ("Ray Dunleavy", "pitching coach", "Mud Hens")),
        ("State Sen. Douglas Whitfield", ("Douglas Whitfield", "State Sen.", None)),
        ("Police Lt. Nathan Greer", ("Nathan Greer", "Police Lt.", None)),
        ("Board member Celeste Amundsen", ("Celeste Amundsen", "Board member", None)),
        ("Detective Chief Inspector Mikko Salonen", ("Mikko Salonen", "Detective Chief Inspector", None)),
        ("Fisheries Minister Awa Thiaw", ("Awa Thiaw", "Fisheries Minister", None)),
        ("Finance Director Ruth Okafor", ("Ruth Okafor", "Finance Director", None)),
        ("Regional Culture Councillor Anna Brevi", ("Anna Brevi", "Regional Culture Councillor", None)),
        (
            "Directorate of Fisheries director Eirik Haug",
            ("Eirik Haug", "director", "Directorate of Fisheries"),
        ),
        ("Pohjola chief executive Liisa Harjula", ("Liisa Harjula", "chief executive", "Pohjola")),
        ("Health Ministry spokesman Lukas Brenner", ("Lukas Brenner", "spokesman", "Health Ministry")),
        ("the finance ministry spokesman", (None, "spokesman", "finance ministry")),
        ("A senior official at the finance ministry", (None, "senior official", "finance ministry")),
        # negatives: words before a title that name no organisation
        ("One European distributor", (None, "European distributor", None)),
        ("Georgian director Nino Kapanadze", ("Nino Kapanadze", "Georgian director", None)),
        ("Dakar-born director Awa Sarr", ("Awa Sarr", "director", None)),
        ("of Dr. Helena Marsh", ("Helena Marsh", "Dr.", None)),
    ],
)
def test_describe_keeps_title_modifiers_and_finds_the_employer(phrase, expected):
    d = _describe(phrase)
    assert (d.name, d.title, d.organization) == expected


@pytest.mark.parametrize(
    "appositive, expected",
    [
        (
            "a spokeswoman for the Nigerian Ports Authority (NPA) in Lagos",
            ("spokeswoman", "Nigerian Ports Authority"),
        ),
        ("senior economist at Accra-based Meridian Securities", ("senior economist", "Meridian Securities")),
        (
            "Head of Commodities Research at Baltica Capital",
            ("Head of Commodities Research", "Baltica Capital"),
        ),
        (
            "president of the Association of Licensed Customs Agents",
            ("president", "Association of Licensed Customs Agents"),
        ),
        ("a Coast Guard spokeswoman", ("spokeswoman", "Coast Guard")),
        ("ViaSul’s chief engineer", ("chief engineer", "ViaSul")),
        ("58, a retired teacher", ("retired teacher", None)),
        ("a rail worker and union delegate", ("union delegate", None)),
        # negatives: what follows `for`/`in` is no organisation, a relative clause is no title
        ("an intensive care nurse for 11 years", ("intensive care nurse", None)),
        ("a farmer who fled with his wife", ("farmer", None)),
        ("a local councillor in the commune of Anzourou", ("local councillor", None)),
        ("a town north of the capital", (None, None)),
    ],
)
def test_describe_appositive_cuts_title_and_organization(appositive, expected):
    assert describe_appositive(appositive) == expected


@pytest.mark.parametrize(
    "phrase, appositive, expected_title",
    [
        ("Petty Officer Leah/PERSON Brandt/PERSON", "a Coast Guard spokeswoman", "spokeswoman"),
        ("Dr. Lena/PERSON Whitcomb/PERSON", "a pediatrician at the children's hospital", "pediatrician"),
        # negative: a real title is not replaced by the apposition's
        ("Commissioner Lena/PERSON Hart/PERSON", "the head of the port authority", "Commissioner"),
    ],
)
def test_describe_prefers_a_job_over_a_rank(phrase, appositive, expected_title):
    assert _describe(phrase, appositive).title == expected_title


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Lagos/PERSON", "organization"),
        ("Nigeria", "organization"),
        ("the Netherlands", "organization"),
        ("Chinedu/LOC Balogun/LOC", "person"),
        # negative: a one-word place the model found stays a speaking government
        ("Halden/LOC", "organization"),
    ],
)
def test_describe_kind_of_places(phrase, expected):
    assert _describe(phrase).kind == expected
