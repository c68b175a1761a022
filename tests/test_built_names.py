"""Name bounds on hand-built Docs (`tests/built_docs.py`): a speaker's name without a day, a clause opener the
entity model ran in, a form of address or a party tag; with hyphen-joined particles; a surname is the
person named in full before."""

from __future__ import annotations

import pytest
from built_docs import run, speakers

ROWS = [
    # a day after an inverted subject is not part of the name
    (
        '"We won," said Lena Hart on Tuesday.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        said         VBD   ROOT       -
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        on           IN    case       Tuesday
        Tuesday      NNP   obl        said
        .            .     punct      said
        """,
        [("Lena Hart", "person", None, None)],
    ),
    # ... nor between the name and its verb
    (
        "Lena Hart on Tuesday said the bridge will open in May.",
        """
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        on           IN    case       Tuesday
        Tuesday      NNP   obl        said
        said         VBD   ROOT       -
        the          DT    det        bridge
        bridge       NN    nsubj      open
        will         MD    aux        open
        open         VB    ccomp      said
        in           IN    case       May
        May          NNP   obl        open
        .            .     punct      said
        """,
        [("Lena Hart", "person", None, None)],
    ),
    # a clause opener the entity model ran into the name is cut off
    (
        "Yet Lena Hart said the bridge will open in May.",
        """
        Yet          CC    cc         said       PERSON
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        said         VBD   ROOT       -
        the          DT    det        bridge
        bridge       NN    nsubj      open
        will         MD    aux        open
        open         VB    ccomp      said
        in           IN    case       May
        May          NNP   obl        open
        .            .     punct      said
        """,
        [("Lena Hart", "person", None, None)],
    ),
    # a surname is the person named in full before
    (
        "Lena Hart visited the site. Hart said the bridge will open in May.",
        """
        Lena         NNP   nsubj      visited    PERSON
        Hart         NNP   flat       Lena       PERSON
        visited      VBD   ROOT       -
        the          DT    det        site
        site         NN    obj        visited
        .            .     punct      visited
        Hart         NNP   nsubj      said       PERSON
        said         VBD   ROOT       -
        the          DT    det        bridge
        bridge       NN    nsubj      open
        will         MD    aux        open
        open         VB    ccomp      said
        in           IN    case       May
        May          NNP   obl        open
        .            .     punct      said
        """,
        [("Lena Hart", "person", None, None)],
    ),
    # a hyphen-joined particle stays in the name
    (
        '"We won," said Ana al-Fadli.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        said         VBD   ROOT       -
        Ana          NNP   nsubj      said       PERSON
        al           NNP   flat       Ana        PERSON
        -            HYPH  punct      Fadli      PERSON
        Fadli        NNP   flat       Ana        PERSON
        .            .     punct      said
        """,
        [("Ana al-Fadli", "person", None, None)],
    ),
    # a form of address is neither part of the name nor a title
    (
        "Tom Reyes visited the site. Mr. Reyes said the bridge will open in May.",
        """
        Tom          NNP   nsubj      visited    PERSON
        Reyes        NNP   flat       Tom        PERSON
        visited      VBD   ROOT       -
        the          DT    det        site
        site         NN    obj        visited
        .            .     punct      visited
        Mr.          NNP   compound   Reyes
        Reyes        NNP   nsubj      said       PERSON
        said         VBD   ROOT       -
        the          DT    det        bridge
        bridge       NN    nsubj      open
        will         MD    aux        open
        open         VB    ccomp      said
        in           IN    case       May
        May          NNP   obl        open
        .            .     punct      said
        """,
        [("Tom Reyes", "person", None, None)],
    ),
    # a party tag is not part of the name
    (
        "Lena Hart (D-Ohio) said the bridge will open in May.",
        """
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        (            -LRB- punct      D
        D            NNP   list       Lena
        -            HYPH  punct      Ohio
        Ohio         NNP   flat       D
        )            -RRB- punct      D
        said         VBD   ROOT       -
        the          DT    det        bridge
        bridge       NN    nsubj      open
        will         MD    aux        open
        open         VB    ccomp      said
        in           IN    case       May
        May          NNP   obl        open
        .            .     punct      said
        """,
        [("Lena Hart", "person", None, None)],
    ),
    # `in a statement` after a body's name is not part of it
    (
        '"We won," the Harbour Board said in a statement.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        the          DT    det        Board
        Harbour      NNP   compound   Board      ORG
        Board        NNP   nsubj      said       ORG
        said         VBD   ROOT       -
        in           IN    case       statement
        a            DT    det        statement
        statement    NN    obl        said
        .            .     punct      said
        """,
        [("Harbour Board", "organization", None, None)],
    ),
]


@pytest.mark.parametrize("text, table, expected", ROWS)
def test_speaker_name_keeps_the_words_of_the_name(
    text: str, table: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert speakers(run(text, table)) == expected
