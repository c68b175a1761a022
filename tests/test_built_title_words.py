"""Titles and organisations written before a name, on hand-built Docs (`tests/built_docs.py`): `Mayor X`,
`ORG chief executive X`, `Mud Hens pitching coach X`; a nationality is no organisation."""

from __future__ import annotations

import pytest
from built_docs import run, speakers

ROWS = [
    # an organisation before a title before a name; `Board` is read as a title word (as in `Board member`)
    pytest.param(
        "Harbour Board chief executive Lena Hart said the bridge will open in May.",
        """
        Harbour      NNP   compound   Board      ORG
        Board        NNP   compound   executive  ORG
        chief        JJ    amod       executive
        executive    NN    compound   Lena
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
        [("Lena Hart", "person", "chief executive", "Harbour Board")],
    ),
    # ... which another organisation head is not
    (
        "Harbour Authority chief executive Lena Hart said the bridge will open in May.",
        """
        Harbour      NNP   compound   Authority  ORG
        Authority    NNP   compound   executive  ORG
        chief        JJ    amod       executive
        executive    NN    compound   Lena
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
        [("Lena Hart", "person", "chief executive", "Harbour Authority")],
    ),
    # a title before a name
    (
        "Mayor Tom Reyes said the bridge will open in May.",
        """
        Mayor        NNP   compound   Tom
        Tom          NNP   nsubj      said       PERSON
        Reyes        NNP   flat       Tom        PERSON
        said         VBD   ROOT       -
        the          DT    det        bridge
        bridge       NN    nsubj      open
        will         MD    aux        open
        open         VB    ccomp      said
        in           IN    case       May
        May          NNP   obl        open
        .            .     punct      said
        """,
        [("Tom Reyes", "person", "Mayor", None)],
    ),
    # a nationality before a title employs no one
    (
        "South African president Tom Reyes said the bridge will open in May.",
        """
        South        NNP   compound   African    NORP
        African      JJ    amod       president  NORP =African
        president    NN    compound   Tom
        Tom          NNP   nsubj      said       PERSON
        Reyes        NNP   flat       Tom        PERSON
        said         VBD   ROOT       -
        the          DT    det        bridge
        bridge       NN    nsubj      open
        will         MD    aux        open
        open         VB    ccomp      said
        in           IN    case       May
        May          NNP   obl        open
        .            .     punct      said
        """,
        [("Tom Reyes", "person", "South African president", None)],
    ),
    # capitalised words before a lower-case title are the organisation
    (
        "Mud Hens pitching coach Tom Reyes said the team was tired.",
        """
        Mud          NNP   compound   Hens       ORG
        Hens         NNPS  compound   coach      ORG =Hens
        pitching     NN    compound   coach
        coach        NN    compound   Tom
        Tom          NNP   nsubj      said       PERSON
        Reyes        NNP   flat       Tom        PERSON
        said         VBD   ROOT       -
        the          DT    det        team
        team         NN    nsubj      tired
        was          VBD   cop        tired
        tired        JJ    ccomp      said
        .            .     punct      said
        """,
        [("Tom Reyes", "person", "pitching coach", "Mud Hens")],
    ),
]


@pytest.mark.parametrize("text, table, expected", ROWS)
def test_words_before_a_name_give_its_title_and_organisation(
    text: str, table: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert speakers(run(text, table)) == expected
