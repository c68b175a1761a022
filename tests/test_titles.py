"""Titles and organisations of sources: compound titles, `of` complements, forms of address, ranks, asides.

Sentences are made up; each row reads as annotation: (text, name, expected title, expected organisation).
"""

from __future__ import annotations

import pytest

from wireclaims.extract.appositions import describe_appositive
from wireclaims.extract.describe import describe
from wireclaims.extract.organizations import clip_organization
from wireclaims.extract.titles import title_and_organization


def _describe(phrase: str) -> tuple[str | None, str | None, str | None]:
    words = phrase.replace("'s ", " 's ").split()
    d = describe(words, [""] * len(words))
    return d.name, d.title, d.organization


@pytest.mark.parametrize(
    "phrase, expected",
    [
        # a compound title is one title, its first word no organisation
        ("Majority Leader Dana Kell", ("Dana Kell", "Majority Leader", None)),
        ("Crown Prince Omar Faisal", ("Omar Faisal", "Crown Prince", None)),
        ("Opposition leader Femi Ade", ("Femi Ade", "Opposition leader", None)),
        ("Lindby's Lord Mayor Aoife Reck", ("Aoife Reck", "Lord Mayor", "Lindby")),
        ("Retired police officer Tom Vane", ("Tom Vane", "Retired police officer", None)),
        # tenure words keep everything up to the title in it
        ("Former EU Trade Commissioner Anna Berg", ("Anna Berg", "Former EU Trade Commissioner", None)),
        ("former defence minister Sami Rahal", ("Sami Rahal", "former defence minister", None)),
        # lexicon: offices and roles news copy uses
        ("Taoiseach Liam Dorr", ("Liam Dorr", "Taoiseach", None)),
        ("Emperor Hiroyasu", ("Hiroyasu", "Emperor", None)),
        ("PC Gary Lund", ("Gary Lund", "PC", None)),
        ("one resident", (None, "resident", None)),
        ("singer Mara Vell", ("Mara Vell", "singer", None)),
        # an owner's possessive is not the organisation; the words after it are
        ("Ferro's Lambda team mate Max Holt", ("Max Holt", "team mate", "Lambda")),
        # negatives: words before `and` belong to another person; a lower-case possessive names no employer
        ("Anna Berg and Defence Secretary Rob Gale", ("Rob Gale", "Defence Secretary", None)),
        ("children's minister Ava Lund", ("Ava Lund", "minister", None)),
        ("His Excellency Dr. Omar Said", ("Omar Said", "Dr.", None)),
        # negatives: a form of address is no title; `current` is no title word
        ("Mr. Dorr", ("Dorr", None, None)),
        ("Mrs. Okafor", ("Okafor", None, None)),
        # a nationality or a country before a title is part of it (docs/gold-format.md), no organisation
        ("Current UK Prime Minister Ed Harrow", ("Ed Harrow", "UK Prime Minister", None)),
        ("Israeli President Avi Tamar", ("Avi Tamar", "Israeli President", None)),
        ("Georgian director Nino Kapan", ("Nino Kapan", "Georgian director", None)),
    ],
)
def test_titles_compound_and_tenure_titles_stay_whole(phrase, expected):
    assert _describe(phrase) == expected


@pytest.mark.parametrize(
    "words, labels, expected",
    [
        (["Oslo", "'s", "Evening", "Tribune"], ["GPE", "", "ORG", "ORG"], ("Evening Tribune", None)),
        # negative: a person's employer is kept, a place too (`Lindby's Lord Mayor`)
        (
            ["Lindby", "'s", "Lord", "Mayor", "Aoife", "Reck"],
            ["GPE", "", "", "", "PERSON", "PERSON"],
            ("Aoife Reck", "Lindby"),
        ),
    ],
)
def test_titles_place_is_no_organisation_of_an_organisation(words, labels, expected):
    d = describe(words, labels)
    assert (d.name, d.organization) == expected


def test_titles_entity_merged_over_a_title_is_split():
    # the model may merge `Lindby's Lord` into one entity; the title finder still sees `Lord Mayor`
    d = describe(["Lindby's Lord", "Mayor", "Aoife", "Reck"], ["GPE", "", "PERSON", "PERSON"])
    assert (d.name, d.title, d.organization) == ("Aoife Reck", "Lord Mayor", "Lindby")


@pytest.mark.parametrize(
    "appositive, expected",
    [
        # a country's office: the `of` phrase is the title (as the wikinews gold writes it)
        ("the President of Iran", ("President of Iran", None)),
        ("First Minister of Scotland", ("First Minister of Scotland", None)),
        ("president of the Maldives", ("president of the Maldives", None)),
        # a portfolio and a field of work belong to the title; the employer follows `at`
        ("Minister of Strategic Affairs", ("Minister of Strategic Affairs", None)),
        (
            "a professor of marine biology at Harlow University",
            ("professor of marine biology", "Harlow University"),
        ),
        ("Senior Analyst for Baltic Policy Forum", ("Senior Analyst", "Baltic Policy Forum")),
        ("Former EU Trade Commissioner", ("Former EU Trade Commissioner", None)),
        ("the Japanese prime minister", ("Japanese prime minister", None)),
        # negatives: an organisation after `of` stays the organisation; a place that is no known country too
        ("president of the Guild of Lamp Makers", ("president", "Guild of Lamp Makers")),
        ("mayor of Bad Ostheim an der Lahn", ("mayor", "Bad Ostheim an der Lahn")),
        ("captain of a cargo boat", ("captain", None)),
        ("Mr. Dorr", (None, None)),
    ],
)
def test_titles_of_complement_follows_gold_convention(appositive, expected):
    assert describe_appositive(appositive) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kelvara visited the White House Monday to commemorate", "Kelvara"),
        ("Malvania as quoted by the state news agency", "Malvania"),
        ("Sinn Tara political party", "Sinn Tara"),
        (
            "Center for Coastal Research and Policy at Harlow Hospital",
            "Center for Coastal Research and Policy",
        ),
        ("Bad Ostheim an der Lahn", "Bad Ostheim an der Lahn"),
        # negatives: a time or a nationality is no organisation
        ("February after mass protests", None),
        ("Venezuelan", None),
    ],
)
def test_titles_organisation_ends_at_a_lower_case_word(text, expected):
    assert clip_organization(text) == expected


@pytest.mark.parametrize(
    "text, name, known, expected",
    [
        # `DESC, NAME,`: the description set off before the name
        ("Another activist, Dana Quill, said it was over.", "Dana Quill", None, ("activist", None)),
        (
            "At a briefing, the state governor, Henry Mack, said so.",
            "Henry Mack",
            None,
            ("state governor", None),
        ),
        (
            "Harrowline's chief executive, Ruth Amos, said so.",
            "Ruth Amos",
            None,
            ("chief executive", "Harrowline"),
        ),
        ("Lamport's president, Ivo Rask criticised the plan.", "Ivo Rask", None, ("president", "Lamport")),
        # negative: the next item of a list is no aside of the name
        (
            "Ana Berg, the chair of the Lamp Guild, Ivo Rask the volunteer, spoke.",
            "Ivo Rask",
            None,
            (None, None),
        ),
        # a rank gives way to the job given in apposition
        (
            "Dr. Gary Lund, director of the Lamp Institute, said so.",
            "Gary Lund",
            "Dr.",
            ("director", "Lamp Institute"),
        ),
        ("Professor Ida Vale, head of the Coastal Lab, said so.", "Ida Vale", None, ("head", "Coastal Lab")),
        # `NAME of the ORG`: where the person works
        (
            '"It is over," said Bruno Rell of the Harlow Institution.',
            "Bruno Rell",
            None,
            (None, "Harlow Institution"),
        ),
        # lower-case words before the title next to the name join it; a verb does not
        (
            "Lamp House national security adviser Sten Vik said so.",
            "Sten Vik",
            None,
            ("national security adviser", "Lamp House"),
        ),
        ("the minister commented Major General Ivo Rask.", "Ivo Rask", None, ("Major General", None)),
        # a known title gives way to its fuller `of` form; a name left inside a title is cut off
        (
            "The President of Peru, Ivo Rask, arrived.",
            "Ivo Rask",
            "President",
            ("President of Peru", None),
        ),
        (
            "Minister of Lamps Ivo Rask said so.",
            "Ivo Rask",
            "Minister of Lamps Ivo Rask",
            ("Minister of Lamps", None),
        ),
        # a dash line ends without a full stop
        (
            "– Rafa Menz, Senior Analyst for Baltic Policy Forum",
            "Rafa Menz",
            None,
            ("Senior Analyst", "Baltic Policy Forum"),
        ),
        # negatives: no description, or a rank alone
        ("In Paris, Anna Berg said so.", "Anna Berg", None, (None, None)),
        ("said Bruno Rell of the Netherlands.", "Bruno Rell", None, (None, None)),
        ("Dr. Gary Lund said so.", "Gary Lund", "Dr.", ("Dr.", None)),
        ("Mr. Gary Lund said so.", "Gary Lund", None, (None, None)),
    ],
)
def test_titles_read_from_asides_and_ranks_give_way(text, name, known, expected):
    assert title_and_organization(text, name, known) == expected


@pytest.mark.parametrize(
    "body, name, expected",
    [
        (
            'Crown Prince Omar Faisal said: "We will build it."',
            "Omar Faisal",
            ("Crown Prince", None),
        ),
        (
            '"The talks will resume," said Ludo Marck, the President of France.',
            "Ludo Marck",
            ("President of France", None),
        ),
        (
            'Taoiseach Liam Dorr said: "We will not move."',
            "Liam Dorr",
            ("Taoiseach", None),
        ),
        (
            'Mr. Dorr told reporters: "We will not move."',
            "Dorr",
            (None, None),
        ),
    ],
)
def test_titles_on_speakers_of_a_story(extract_body, body, name, expected):
    result = extract_body(body)
    speaker = next(s for s in result.speakers if s.name.endswith(name))
    assert (speaker.title, speaker.organization) == expected
