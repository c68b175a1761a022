"""Pronoun sources on hand-built Docs (`tests/built_docs.py`): `she` and `he` take the person of their gender
named before, `they` a group, `it` an organisation; a pronoun that agrees with no one has no source."""

from __future__ import annotations

import pytest
from built_docs import quotes, run

ROWS = [
    # `she`: the woman named before (a common given name gives the gender), not the subject's partner
    (
        'Maria Olsen met Tom Reyes on Monday. "We won," she said.',
        """
        Maria        NNP   nsubj      met        PERSON
        Olsen        NNP   flat       Maria      PERSON
        met          VBD   ROOT       -
        Tom          NNP   obj        met        PERSON
        Reyes        NNP   flat       Tom        PERSON
        on           IN    case       Monday
        Monday       NNP   obl        met
        .            .     punct      met
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        she          PRP   nsubj      said
        said         VBD   ROOT       -
        .            .     punct      said
        """,
        [("We won,", "Maria Olsen", "said")],
    ),
    # `he`: the man, though the woman is the sentence's subject
    (
        'Maria Olsen met Tom Reyes on Monday. "We won," he said.',
        """
        Maria        NNP   nsubj      met        PERSON
        Olsen        NNP   flat       Maria      PERSON
        met          VBD   ROOT       -
        Tom          NNP   obj        met        PERSON
        Reyes        NNP   flat       Tom        PERSON
        on           IN    case       Monday
        Monday       NNP   obl        met
        .            .     punct      met
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        he           PRP   nsubj      said
        said         VBD   ROOT       -
        .            .     punct      said
        """,
        [("We won,", "Tom Reyes", "said")],
    ),
    # no one named before: no source
    (
        '"We won," she said.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        she          PRP   nsubj      said
        said         VBD   ROOT       -
        .            .     punct      said
        """,
        [("We won,", None, "said")],
    ),
    # `they`: a group that spoke before
    (
        'Two nurses said the ward was full. "We won," they said.',
        """
        Two          CD    nummod     nurses
        nurses       NNS   nsubj      said
        said         VBD   ROOT       -
        the          DT    det        ward
        ward         NN    nsubj      full
        was          VBD   cop        full
        full         JJ    ccomp      said
        .            .     punct      said
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        they         PRP   nsubj      said
        said         VBD   ROOT       -
        .            .     punct      said
        """,
        [("We won,", "Two nurses", "said")],
    ),
    # `it`: an organisation named before
    (
        'The Harbour Board met on Monday. "We won," it said.',
        """
        The          DT    det        Board
        Harbour      NNP   compound   Board      ORG
        Board        NNP   nsubj      met        ORG
        met          VBD   ROOT       -
        on           IN    case       Monday
        Monday       NNP   obl        met
        .            .     punct      met
        "            ``    punct      met
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        it           PRP   nsubj      said
        said         VBD   ROOT       -
        .            .     punct      said
        """,
        [("We won,", "Harbour Board", "said")],
    ),
    # `she` with only a man named: no source
    (
        'Tom Reyes met the crews. "We won," she said.',
        """
        Tom          NNP   nsubj      met        PERSON
        Reyes        NNP   flat       Tom        PERSON
        met          VBD   ROOT       -
        the          DT    det        crews
        crews        NNS   obj        met
        .            .     punct      met
        "            ``    punct      met
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        she          PRP   nsubj      said
        said         VBD   ROOT       -
        .            .     punct      said
        """,
        [("We won,", None, "said")],
    ),
    # `they` with only people named one by one: no source
    (
        'Maria Olsen met Tom Reyes on Monday. "We won," they said.',
        """
        Maria        NNP   nsubj      met        PERSON
        Olsen        NNP   flat       Maria      PERSON
        met          VBD   ROOT       -
        Tom          NNP   obj        met        PERSON
        Reyes        NNP   flat       Tom        PERSON
        on           IN    case       Monday
        Monday       NNP   obl        met
        .            .     punct      met
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        they         PRP   nsubj      said
        said         VBD   ROOT       -
        .            .     punct      said
        """,
        [("We won,", None, "said")],
    ),
]


@pytest.mark.parametrize("text, table, expected", ROWS)
def test_pronoun_cue_subject_is_the_person_it_agrees_with(
    text: str, table: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert quotes(run(text, table)) == expected
