"""Titles and organisations in apposition, on hand-built Docs (`tests/built_docs.py`): `X, mayor of Y`,
`X, a spokeswoman for Y`, `X, TITLE at Y`; an age, a relative clause or a span of years is neither."""

from __future__ import annotations

import pytest
from built_docs import run, speakers

ROWS = [
    # an apposition `TITLE of PLACE`
    (
        '"We won," said Lena Hart, mayor of Dunmore.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        said         VBD   ROOT       -
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        ,            ,     punct      mayor
        mayor        NN    appos      Lena
        of           IN    case       Dunmore
        Dunmore      NNP   nmod       mayor
        .            .     punct      said
        """,
        [("Lena Hart", "person", "mayor", "Dunmore")],
    ),
    # an apposition `a TITLE for ORG`
    (
        '"We won," said Lena Hart, a spokeswoman for the Harbour Board.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        said         VBD   ROOT       -
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        ,            ,     punct      spokeswoman
        a            DT    det        spokeswoman
        spokeswoman  NN    appos      Lena
        for          IN    case       Board
        the          DT    det        Board
        Harbour      NNP   compound   Board      ORG
        Board        NNP   nmod       spokeswoman ORG
        .            .     punct      said
        """,
        [("Lena Hart", "person", "spokeswoman", "Harbour Board")],
    ),
    # an age in apposition is no title
    (
        "Lena Hart, 54, said the bridge will open in May.",
        """
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        ,            ,     punct      54
        54           CD    list       Lena
        ,            ,     punct      Lena
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
    # nor is a relative clause
    (
        "Lena Hart, who grows apples near Dunmore, said the bridge will open in May.",
        """
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        ,            ,     punct      grows
        who          WP    nsubj      grows
        grows        VBZ   acl        Lena        =grow
        apples       NNS   obj        grows       =apple
        near         IN    case       Dunmore
        Dunmore      NNP   obl        grows      PERSON
        ,            ,     punct      Lena
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
    # an apposition `TITLE at ORG`
    (
        "Tom Reyes, chief economist at Delta Bank, said rates will stay on hold.",
        """
        Tom          NNP   nsubj      said       PERSON
        Reyes        NNP   flat       Tom
        ,            ,     punct      economist
        chief        JJ    amod       economist
        economist    NN    appos      Tom
        at           IN    case       Bank
        Delta        NNP   compound   Bank       ORG
        Bank         NNP   nmod       economist  ORG
        ,            ,     punct      Tom
        said         VBD   ROOT       -
        rates        NNS   nsubj      stay        =rate
        will         MD    aux        stay
        stay         VB    ccomp      said
        on           IN    case       hold
        hold         NN    obl        stay
        .            .     punct      said
        """,
        [("Tom Reyes", "person", "chief economist", "Delta Bank")],
    ),
    # a form of address gives way to a job in apposition
    (
        "Dr. Lena Hart, a pediatrician at Dunmore Hospital, said the clinic will open in May.",
        """
        Dr.          NNP   nmod       Lena
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        ,            ,     punct      pediatrician
        a            DT    det        pediatrician
        pediatrician NN    appos      Lena
        at           IN    case       Dunmore
        Dunmore      NNP   nmod       pediatrician ORG
        Hospital     NNP   flat       Dunmore    ORG
        ,            ,     punct      Lena
        said         VBD   ROOT       -
        the          DT    det        clinic
        clinic       NN    nsubj      open
        will         MD    aux        open
        open         VB    ccomp      said
        in           IN    case       May
        May          NNP   obl        open
        .            .     punct      said
        """,
        [("Lena Hart", "person", "pediatrician", "Dunmore Hospital")],
    ),
    # `for 11 years` names no organisation
    (
        "Lena Hart, a nurse for 11 years, said the ward was full.",
        """
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        ,            ,     punct      nurse
        a            DT    det        nurse
        nurse        NN    appos      Lena
        for          IN    case       years
        11           CD    nummod     years
        years        NNS   nmod       nurse       =year
        ,            ,     punct      Lena
        said         VBD   ROOT       -
        the          DT    det        ward
        ward         NN    nsubj      full
        was          VBD   cop        full
        full         JJ    ccomp      said
        .            .     punct      said
        """,
        [("Lena Hart", "person", "nurse", None)],
    ),
    # `X-based` is cut off the organisation
    (
        "Tom Reyes, senior economist at Dunmore-based Delta Bank, said rates will stay on hold.",
        """
        Tom          NNP   nsubj      said       PERSON
        Reyes        NNP   flat       Tom        PERSON
        ,            ,     punct      economist
        senior       JJ    amod       economist
        economist    NN    appos      Tom
        at           IN    case       Dunmore
        Dunmore      NNP   compound   based      LOC
        -            HYPH  punct      Dunmore
        based        VBN   amod       Bank        =base
        Delta        NNP   compound   Bank       ORG
        Bank         NNP   nmod       economist  ORG
        ,            ,     punct      economist
        said         VBD   ROOT       -
        rates        NNS   nsubj      stay        =rate
        will         MD    aux        stay
        stay         VB    ccomp      said
        on           IN    case       hold
        hold         NN    obl        stay
        .            .     punct      said
        """,
        [("Tom Reyes", "person", "senior economist", "Delta Bank")],
    ),
    # a name in apposition to a description takes it as its title
    (
        "Another engineer, Lena Hart, said the bridge will open in May.",
        """
        Another      DT    det        engineer
        engineer     NN    nsubj      said
        ,            ,     punct      Lena
        Lena         NNP   appos      engineer   PERSON
        Hart         NNP   flat       Lena       PERSON
        ,            ,     punct      Lena
        said         VBD   ROOT       -
        the          DT    det        bridge
        bridge       NN    nsubj      open
        will         MD    aux        open
        open         VB    ccomp      said
        in           IN    case       May
        May          NNP   obl        open
        .            .     punct      said
        """,
        [("Lena Hart", "person", "engineer", None)],
    ),
    # the organisation stops at a place (`in Dunmore`)
    (
        '"We won," said Lena Hart, a spokeswoman for the Harbour Board in Dunmore.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        said         VBD   ROOT       -
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        ,            ,     punct      spokeswoman
        a            DT    det        spokeswoman
        spokeswoman  NN    appos      Lena
        for          IN    case       Board
        the          DT    det        Board
        Harbour      NNP   compound   Board      ORG
        Board        NNP   nmod       spokeswoman ORG
        in           IN    case       Dunmore
        Dunmore      NNP   nmod       Board      GPE
        .            .     punct      said
        """,
        [("Lena Hart", "person", "spokeswoman", "Harbour Board")],
    ),
]


@pytest.mark.parametrize("text, table, expected", ROWS)
def test_speaker_takes_the_title_and_organisation_written_with_the_name(
    text: str, table: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert speakers(run(text, table)) == expected
