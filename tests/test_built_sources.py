"""Who can be a source, on hand-built Docs (`tests/built_docs.py`): people, bodies, groups and descriptions of
them; a document only through its author; never a quantifier, an expletive, an event, a participle's
phrase or the hearer of `told`."""

from __future__ import annotations

import pytest
from built_docs import quotes, run, speakers

ROWS = [
    # a description of a person speaks, named by its whole phrase
    (
        '"We won," a spokeswoman for the Harbour Board said.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      spokeswoman
        a            DT    det        spokeswoman
        spokeswoman  NN    nsubj      said
        for          IN    case       Board
        the          DT    det        Board
        Harbour      NNP   compound   Board      ORG
        Board        NNP   nmod       spokeswoman ORG
        said         VBD   ROOT       -
        .            .     punct      said
        """,
        [("We won,", "spokeswoman for the Harbour Board", "said")],
    ),
    # a group
    (
        '"We won," two nurses said.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        two          CD    nummod     nurses
        nurses       NNS   nsubj      said
        said         VBD   ROOT       -
        .            .     punct      said
        """,
        [("We won,", "two nurses", "said")],
    ),
    # ... without a number
    (
        '"We won," residents said.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        residents    NNS   nsubj      said
        said         VBD   ROOT       -
        .            .     punct      said
        """,
        [("We won,", "residents", "said")],
    ),
    # a document with no author named has no source
    (
        '"We won," the report said.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        the          DT    det        report
        report       NN    nsubj      said
        said         VBD   ROOT       -
        .            .     punct      said
        """,
        [("We won,", None, "said")],
    ),
    # a document's possessor is its author
    (
        '"We won," the Harbour Board\'s statement said.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        the          DT    det        Board
        Harbour      NNP   compound   Board      ORG
        Board        NNP   nmod       statement  ORG
        's           POS   case       Board
        statement    NN    nsubj      said
        said         VBD   ROOT       -
        .            .     punct      said
        """,
        [("We won,", "Harbour Board", "said")],
    ),
    # ... and so is the object of `by`
    (
        '"We won," a report by the Harbour Board said.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        a            DT    det        report
        report       NN    nsubj      said
        by           IN    case       Board
        the          DT    det        Board
        Harbour      NNP   compound   Board      ORG
        Board        NNP   nmod       report     ORG
        said         VBD   ROOT       -
        .            .     punct      said
        """,
        [("We won,", "Harbour Board", "said")],
    ),
    # a quantifier is no source
    (
        '"We won," some said.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        some         DT    nsubj      said
        said         VBD   ROOT       -
        .            .     punct      said
        """,
        [("We won,", None, "said")],
    ),
    # nor an expletive
    (
        '"We won," it is reported.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      reported
        ,            ,     punct      won
        "            ''    punct      won
        it           PRP   nsubj      reported
        is           VBZ   aux        reported
        reported     VBN   ROOT       -           =report
        .            .     punct      reported
        """,
        [("We won,", None, "reported")],
    ),
    # nor an event
    (
        '"We won," said the rally.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        said         VBD   ROOT       -
        the          DT    det        rally
        rally        NN    nsubj      said
        .            .     punct      said
        """,
        [("We won,", None, "said")],
    ),
    # a prepositional phrase after a participle is not the source
    (
        '"We won," Maria Olsen said, adding to the crowd.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        Maria        NNP   nsubj      said       PERSON
        Olsen        NNP   flat       Maria      PERSON
        said         VBD   ROOT       -
        ,            ,     punct      adding
        adding       VBG   advcl      said
        to           IN    case       crowd
        the          DT    det        crowd
        crowd        NN    obl        adding
        .            .     punct      said
        """,
        [("We won,", "Maria Olsen", "said")],
    ),
    # nor an opening participle's phrase
    (
        'Speaking at a ceremony, "We won," said Maria Olsen.',
        """
        Speaking     VBG   advcl      said        =speak
        at           IN    case       ceremony
        a            DT    det        ceremony
        ceremony     NN    obl        Speaking
        ,            ,     punct      Speaking
        "            ``    punct      Speaking
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        said         VBD   ROOT       -
        Maria        NNP   nsubj      said       PERSON
        Olsen        NNP   flat       Maria      PERSON
        .            .     punct      said
        """,
        [("We won,", "Maria Olsen", "said")],
    ),
    # the hearer of a passive `told` is not; its agent is
    (
        '"We won," the crowd was told by Maria Olsen.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      told
        ,            ,     punct      won
        "            ''    punct      told
        the          DT    det        crowd
        crowd        NN    nsubj      told
        was          VBD   aux        told
        told         VBN   ROOT       -
        by           IN    case       Maria
        Maria        NNP   obl        told       PERSON
        Olsen        NNP   flat       Maria      PERSON
        .            .     punct      told
        """,
        [("We won,", "Maria Olsen", "told")],
    ),
]


@pytest.mark.parametrize("text, table, expected", ROWS)
def test_only_a_person_body_or_group_is_a_source(
    text: str, table: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert quotes(run(text, table)) == expected


# a plural common noun is a group, capitalised at the start of a sentence too
KINDS = [
    (
        "Importers warned that the port was full.",
        """
        Importers    NNS   nsubj      warned      =importer
        warned       VBD   ROOT       -
        that         IN    mark       full
        the          DT    det        port
        port         NN    nsubj      full
        was          VBD   cop        full
        full         JJ    ccomp      warned
        .            .     punct      warned
        """,
        [("Importers", "group", None, None)],
    ),
    # (the shipped model tags this `Residents` a PERSON entity, which makes it a person: the model's error)
    (
        "Residents said the bridge was too narrow.",
        """
        Residents    NNS   nsubj      said
        said         VBD   ROOT       -
        the          DT    det        bridge
        bridge       NN    nsubj      narrow
        was          VBD   cop        narrow
        too          RB    advmod     narrow
        narrow       JJ    ccomp      said
        .            .     punct      said
        """,
        [("Residents", "group", None, None)],
    ),
    (
        "Local residents said the bridge was too narrow.",
        """
        Local        JJ    amod       residents
        residents    NNS   nsubj      said
        said         VBD   ROOT       -
        the          DT    det        bridge
        bridge       NN    nsubj      narrow
        was          VBD   cop        narrow
        too          RB    advmod     narrow
        narrow       JJ    ccomp      said
        .            .     punct      said
        """,
        [("Local residents", "group", None, None)],
    ),
]


@pytest.mark.parametrize("text, table, expected", KINDS)
def test_plural_common_noun_source_is_a_group(
    text: str, table: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert speakers(run(text, table)) == expected
