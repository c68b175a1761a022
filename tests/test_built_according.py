"""`According to X, CLAUSE` and `CLAUSE, according to X` on hand-built Docs (`tests/built_docs.py`):
the clause is the claim, the object of `to` its source; a document stands for its author or for no one."""

from __future__ import annotations

import pytest
from built_docs import claims, run

ROWS = [
    # an opening `According to X,`: the clause after the comma is X's
    (
        "According to Lena Hart, the bridge will open in May.",
        """
        According    VBG   case       Lena
        to           IN    fixed      According
        Lena         NNP   obl        open       PERSON
        Hart         NNP   flat       Lena       PERSON
        ,            ,     punct      Lena
        the          DT    det        bridge
        bridge       NN    nsubj      open
        will         MD    aux        open
        open         VB    ROOT       -
        in           IN    case       May
        May          NNP   obl        open
        .            .     punct      open
        """,
        [("the bridge will open in May", "Lena Hart", "According to", "according-to")],
    ),
    # a closing `, according to X`: the clause before the comma is X's
    (
        "The bridge will open in May, according to Lena Hart.",
        """
        The          DT    det        bridge
        bridge       NN    nsubj      open
        will         MD    aux        open
        open         VB    ROOT       -
        in           IN    case       May
        May          NNP   obl        open
        ,            ,     punct      Lena
        according    VBG   case       Lena
        to           IN    fixed      according
        Lena         NNP   obl        open       PERSON
        Hart         NNP   flat       Lena       PERSON
        .            .     punct      open
        """,
        [("The bridge will open in May", "Lena Hart", "according to", "according-to")],
    ),
    # ... an organisation too
    (
        "The bridge will open in May, according to the Harbour Board.",
        """
        The          DT    det        bridge
        bridge       NN    nsubj      open
        will         MD    aux        open
        open         VB    ROOT       -
        in           IN    case       May
        May          NNP   obl        open
        ,            ,     punct      Board
        according    VBG   case       Board
        to           IN    fixed      according
        the          DT    det        Board
        Harbour      NNP   compound   Board      ORG
        Board        NNP   obl        open       ORG
        .            .     punct      open
        """,
        [("The bridge will open in May", "Harbour Board", "according to", "according-to")],
    ),
    # a document with no author named: a claim without a source
    (
        "According to the plan, the bridge will open in May.",
        """
        According    VBG   case       plan
        to           IN    fixed      According
        the          DT    det        plan
        plan         NN    obl        open
        ,            ,     punct      plan
        the          DT    det        bridge
        bridge       NN    nsubj      open
        will         MD    aux        open
        open         VB    ROOT       -
        in           IN    case       May
        May          NNP   obl        open
        .            .     punct      open
        """,
        [("the bridge will open in May", None, "According to", "according-to")],
    ),
    # a document's author (`a report by X`) is the source
    (
        "According to a report by the Harbour Board, the bridge will open in May.",
        """
        According    VBG   case       report
        to           IN    fixed      According
        a            DT    det        report
        report       NN    obl        open
        by           IN    case       Board
        the          DT    det        Board
        Harbour      NNP   compound   Board      ORG
        Board        NNP   nmod       report     ORG
        ,            ,     punct      report
        the          DT    det        bridge
        bridge       NN    nsubj      open
        will         MD    aux        open
        open         VB    ROOT       -
        in           IN    case       May
        May          NNP   obl        open
        .            .     punct      open
        """,
        [("the bridge will open in May", "Harbour Board", "According to", "according-to")],
    ),
    # too short a clause is no claim
    (
        "According to Lena Hart, yes.",
        """
        According    VBG   case       Lena
        to           IN    fixed      According
        Lena         NNP   obl        yes        PERSON
        Hart         NNP   flat       Lena       PERSON
        ,            ,     punct      yes
        yes          UH    ROOT       -
        .            .     punct      yes
        """,
        [],
    ),
    # neither opening the sentence nor after a comma: no attribution
    (
        "The bridge opened according to plan.",
        """
        The          DT    det        bridge
        bridge       NN    nsubj      opened
        opened       VBD   ROOT       -
        according    VBG   case       plan
        to           IN    fixed      according
        plan         NN    obl        opened
        .            .     punct      opened
        """,
        [],
    ),
    # a clause right after the named source, with no comma, is the source's; the clause before it is not
    (
        "The bridge will open in May, according to the Harbour Board there may be delays.",
        """
        The          DT    det        bridge
        bridge       NN    nsubj      open
        will         MD    aux        open
        open         VB    ROOT       -
        in           IN    case       May
        May          NNP   obl        open
        ,            ,     punct      be
        according    VBG   case       Board
        to           IN    fixed      according
        the          DT    det        Board
        Harbour      NNP   compound   Board      ORG
        Board        NNP   obl        be         ORG
        there        EX    expl       be
        may          MD    aux        be
        be           VB    advcl      open
        delays       NNS   nsubj      be          =delay
        .            .     punct      open
        """,
        [("there may be delays", "Harbour Board", "according to", "according-to")],
    ),
    # the comma that ends the phrase is the one before the main clause's subject, past an apposition
    (
        "According to Lena Hart, a harbour engineer, the bridge will open in May.",
        """
        According    VBG   case       Lena
        to           IN    fixed      According
        Lena         NNP   obl        open       PERSON
        Hart         NNP   flat       Lena       PERSON
        ,            ,     punct      engineer
        a            DT    det        engineer
        harbour      NN    compound   engineer
        engineer     NN    appos      Lena
        ,            ,     punct      engineer
        the          DT    det        bridge
        bridge       NN    nsubj      open
        will         MD    aux        open
        open         VB    ROOT       -
        in           IN    case       May
        May          NNP   obl        open
        .            .     punct      open
        """,
        [("the bridge will open in May", "Lena Hart", "According to", "according-to")],
    ),
]


@pytest.mark.parametrize("text, table, expected", ROWS)
def test_according_to_claim_names_its_source(
    text: str, table: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert claims(run(text, table)) == expected
