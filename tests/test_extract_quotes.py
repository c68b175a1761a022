"""Quotes, speakers and cues on short stories written for the test, with the shipped pipeline.

Each row: body text (paragraphs separated by a blank line) and the expected quotes as
(quoted text, kind, speaker name or None, cue text or None).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wireclaims.models import ArticleResult

Extract = Callable[[str], ArticleResult]


def quotes_of(result: ArticleResult) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (q.text, q.kind, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)
        for q in result.quotes
    ]


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            '"The bridge opens on Monday," Mayor Ruth Ames said.',
            [("The bridge opens on Monday,", "direct", "Ruth Ames", "said")],
        ),
        (
            '"The bridge opens on Monday," said Mayor Ruth Ames.',
            [("The bridge opens on Monday,", "direct", "Ruth Ames", "said")],
        ),
        (
            'Mayor Ruth Ames told reporters: "The bridge opens on Monday."',
            [("The bridge opens on Monday.", "direct", "Ruth Ames", "told")],
        ),
        (
            "“The bridge,” Ruth Ames said, “is safe.”",
            [("The bridge,", "direct", "Ruth Ames", "said"), ("is safe.", "direct", "Ruth Ames", "said")],
        ),
        (
            '"We checked it twice," Ruth Ames said. "It is safe."',
            [
                ("We checked it twice,", "direct", "Ruth Ames", "said"),
                ("It is safe.", "direct", "Ruth Ames", "said"),
            ],
        ),
        (
            '"We checked it twice," Ruth Ames said.\n\n"It is safe."',
            [
                ("We checked it twice,", "direct", "Ruth Ames", "said"),
                ("It is safe.", "direct", "Ruth Ames", None),
            ],
        ),
        (
            "«Nous restons ici», said union leader Paul Girard.",
            [("Nous restons ici", "direct", "Paul Girard", "said")],
        ),
        (
            'The mayor called the delay "a betrayal of the town" on Monday.',
            [("a betrayal of the town", "partial", "mayor", "called")],
        ),
    ],
)
def test_quotes_get_kind_speaker_and_cue(
    extract_body: Extract, body: str, expected: list[tuple[object, ...]]
) -> None:
    assert quotes_of(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        'The so-called "peace dividend" never arrived, the report found.',
        'She starred in the film "Blue Harbour" last year.',
        'Critics praised a film called "Winter Orchard" at the festival.',
        'Troops joined Operation "Clean Sweep" on Monday.',
        '"Why me?" he wondered as the lights went out.',
        "The town has no quotes in it at all.",
        'The district, known locally as "the Hollow", floods every spring.',
        'Fishermen refer to the channel as "the Gut" on their charts.',
    ],
)
def test_names_titles_scare_quotes_and_thoughts_are_not_quotes(extract_body: Extract, body: str) -> None:
    assert extract_body(body).quotes == []


def test_an_evaluation_of_a_work_in_quotes_is_a_quote(extract_body: Extract) -> None:
    result = extract_body('Reviewer Hélène Marchetti called the film "a quiet, devastating act of witness".')
    assert [(q.text, q.kind, q.speaker.name if q.speaker else None) for q in result.quotes] == [
        ("a quiet, devastating act of witness", "partial", "Hélène Marchetti")
    ]


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            'The coach\'s brother, Niko Halla, described the long wait as a "daily torture" for the family.',
            ("daily torture", "Niko Halla"),
        ),
        (
            'The mayor, Ines Varga, has described the closure as "a blow we did not deserve" in a letter.',
            ("a blow we did not deserve", "Ines Varga"),
        ),
    ],
)
def test_words_someone_describes_with_are_a_quote(
    extract_body: Extract, body: str, expected: tuple[str, str]
) -> None:
    result = extract_body(body)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in result.quotes] == [expected]


def test_block_quote_takes_speaker_title_and_organisation_from_dash_line(extract_body: Extract) -> None:
    body = (
        "Reactions & Analysis:\n\n"
        '"The award changes nothing on the ground."\n\n'
        "– David Chen, Senior Fellow at the Atlantic Council's Eurasia Center"
    )
    result = extract_body(body)
    (quote,) = result.quotes
    assert (quote.kind, quote.speaker.name if quote.speaker else None) == ("block", "David Chen")
    (speaker,) = result.speakers
    assert (speaker.title, speaker.organization) == ("Senior Fellow", "Atlantic Council's Eurasia Center")


def test_dash_suffix_names_the_speaker(extract_body: Extract) -> None:
    result = extract_body('"We will appeal." -Commissioner Lena Hart')
    assert quotes_of(result) == [("We will appeal.", "direct", "Lena Hart", None)]


def test_pronoun_speaker_resolves_to_the_named_person(extract_body: Extract) -> None:
    body = 'Ruth Ames, the mayor, opened the bridge on Monday.\n\n"It is safe," she said.'
    assert quotes_of(extract_body(body)) == [("It is safe,", "direct", "Ruth Ames", "said")]


def test_title_and_organisation_come_from_premodifiers(extract_body: Extract) -> None:
    result = extract_body('"We are ready," Kremlin spokesman Dmitry Peskov told reporters.')
    (speaker,) = result.speakers
    assert (speaker.name, speaker.title, speaker.organization) == ("Dmitry Peskov", "spokesman", "Kremlin")


def test_surname_and_full_name_are_one_speaker_with_the_full_name(extract_body: Extract) -> None:
    body = (
        '"We are ready," Kremlin spokesman Dmitry Peskov told reporters.\n\n'
        '"Nothing has changed," Peskov said later.'
    )
    result = extract_body(body)
    assert [s.name for s in result.speakers] == ["Dmitry Peskov"]
    assert {q.speaker.id for q in result.quotes if q.speaker} == {"s1"}


def test_quote_running_over_paragraphs_gives_one_quote_per_paragraph(extract_body: Extract) -> None:
    body = 'Ruth Ames said:\n\n"The bridge is safe.\n\n"We checked it twice."'
    result = extract_body(body)
    assert [(q.text, q.paragraph) for q in result.quotes] == [
        ("The bridge is safe.", 1),
        ("We checked it twice.", 2),
    ]
    assert {q.speaker.name for q in result.quotes if q.speaker} == {"Ruth Ames"}


def test_unbalanced_quote_mark_is_tolerated_with_a_warning(extract_body: Extract) -> None:
    result = extract_body('The mayor said "the bridge is safe and then she left.')
    assert any("unbalanced" in w for w in result.warnings)


def test_i_and_we_inside_a_quote_are_never_its_speaker(extract_body: Extract) -> None:
    result = extract_body('"I think we did well," said Ruth Ames.')
    assert [q.speaker.name for q in result.quotes if q.speaker] == ["Ruth Ames"]


def test_rules_pipeline_without_parser_still_attributes_post_posed_quotes(extract_rules: Extract) -> None:
    result = extract_rules('"The bridge opens on Monday," Ruth Ames said.')
    assert quotes_of(result) == [("The bridge opens on Monday,", "direct", "Ruth Ames", "said")]


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Tomas Brandt made the following comment:\n\n"
            '"The pier is closed until spring, and the crews know it."',
            [("The pier is closed until spring, and the crews know it.", "direct", "Tomas Brandt", None)],
        ),
        # negative row: a sentence whose subject is no name introduces nobody's words
        (
            'The sign on the gate read:\n\n"Keep out until spring."',
            [("Keep out until spring.", "direct", None, None)],
        ),
    ],
)
def test_quotes_colon_intro_ending_the_paragraph_above_names_the_speaker(
    extract_body: Extract, body: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert quotes_of(extract_body(body)) == expected
