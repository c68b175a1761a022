"""Quotes attributed without a cue in their sentence, on hand-built Docs (`tests/built_docs.py`): colon
intros, dash lines, follow-ons and the reporting sentence before."""

from __future__ import annotations

import pytest
from built_docs import quotes, run

ROWS = [
    # a quote after a sentence about what a named person did is theirs (`prior-subject`) ...
    (
        'Lena Hart thanked the crews. "We lost two weeks."',
        """
        Lena         NNP   nsubj      thanked    PERSON
        Hart         NNP   flat       Lena       PERSON
        thanked      VBD   ROOT       -
        the          DT    det        crews
        crews        NNS   obj        thanked
        .            .     punct      thanked
        "            ``    punct      lost
        We           PRP   nsubj      lost
        lost         VBD   ROOT       -
        two          CD    nummod     weeks
        weeks        NNS   obj        lost
        .            .     punct      lost
        "            ''    punct      lost
        """,
        [("We lost two weeks.", "Lena Hart", None)],
    ),
    # ... but not after a passive one: being honoured says nothing about speaking
    (
        'Lena Hart was honoured by the crews. "We lost two weeks."',
        """
        Lena         NNP   nsubj      honoured   PERSON
        Hart         NNP   flat       Lena       PERSON
        was          VBD   aux:pass   honoured
        honoured     VBN   ROOT       -          =honour
        by           IN    case       crews
        the          DT    det        crews
        crews        NNS   obl        honoured
        .            .     punct      honoured
        "            ``    punct      lost
        We           PRP   nsubj      lost
        lost         VBD   ROOT       -
        two          CD    nummod     weeks
        weeks        NNS   obj        lost
        .            .     punct      lost
        "            ''    punct      lost
        """,
        [("We lost two weeks.", None, None)],
    ),
    # no cue, a sentence ending in a colon: its named subject (`colon-intro`)
    (
        'Lena Hart turned to the crews: "Check every valve."',
        """
        Lena         NNP   nsubj      turned     PERSON
        Hart         NNP   flat       Lena       PERSON
        turned       VBD   ROOT       -           =turn
        to           IN    case       crews
        the          DT    det        crews
        crews        NNS   obl        turned
        :            :     punct      Check
        "            ``    punct      Check
        Check        VB    ccomp      turned
        every        DT    det        valve
        valve        NN    obj        Check
        .            .     punct      Check
        "            ''    punct      Check
        """,
        [("Check every valve.", "Lena Hart", None)],
    ),
    # ... but not a common noun: the police found the words, nobody is said to speak them
    (
        'Police found a note: "Check every valve."',
        """
        Police       NNS   nsubj      found
        found        VBD   ROOT       -           =find
        a            DT    det        note
        note         NN    obj        found
        :            :     punct      Check
        "            ``    punct      Check
        Check        VB    parataxis  found
        every        DT    det        valve
        valve        NN    obj        Check
        .            .     punct      Check
        "            ''    punct      Check
        """,
        [("Check every valve.", None, None)],
    ),
    # a dash after the closing mark names the speaker, without a cue
    (
        '"The bridge is safe." -Mayor Tom Reyes',
        """
        "            ``    punct      safe
        The          DT    det        bridge
        bridge       NN    nsubj      safe
        is           VBZ   cop        safe
        safe         JJ    ROOT       -
        .            .     punct      safe
        "            ''    punct      safe
        -Mayor       NNP   compound   Reyes
        Tom          NNP   compound   Reyes      PERSON
        Reyes        NNP   ROOT       -          PERSON
        """,
        [("The bridge is safe.", "Tom Reyes", None)],
    ),
    # a quote after a cued one in its paragraph continues it, cue and all (`follow-on`)
    (
        '"We won," Lena Hart said. "It was hard."',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        said         VBD   ROOT       -
        .            .     punct      said
        "            ``    punct      hard
        It           PRP   nsubj      hard
        was          VBD   cop        hard
        hard         JJ    ROOT       -
        .            .     punct      hard
        "            ''    punct      hard
        """,
        [("We won,", "Lena Hart", "said"), ("It was hard.", "Lena Hart", "said")],
    ),
    # in the next paragraph it keeps the speaker, not the cue
    (
        '"We won," Lena Hart said.\n\n"It was hard."',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        said         VBD   ROOT       -
        .            .     punct      said
        "            ``    punct      hard
        It           PRP   nsubj      hard
        was          VBD   cop        hard
        hard         JJ    ROOT       -
        .            .     punct      hard
        "            ''    punct      hard
        """,
        [("We won,", "Lena Hart", "said"), ("It was hard.", "Lena Hart", None)],
    ),
    # the two halves of a broken quotation share the cue between them
    (
        '"We won," Lena Hart said, "but it was hard."',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        said         VBD   ROOT       -
        ,            ,     punct      hard
        "            ``    punct      hard
        but          CC    cc         hard
        it           PRP   nsubj      hard
        was          VBD   cop        hard
        hard         JJ    ccomp      said
        .            .     punct      hard
        "            ''    punct      hard
        """,
        [("We won,", "Lena Hart", "said"), ("but it was hard.", "Lena Hart", "said")],
    ),
    # a quote opening its sentence right after a reporting sentence takes its cue and source
    (
        'Tom Reyes said the bridge is safe. "It will stand for a century."',
        """
        Tom          NNP   nsubj      said       PERSON
        Reyes        NNP   flat       Tom        PERSON
        said         VBD   ROOT       -
        the          DT    det        bridge
        bridge       NN    nsubj      safe
        is           VBZ   cop        safe
        safe         JJ    ccomp      said
        .            .     punct      said
        "            ``    punct      stand
        It           PRP   nsubj      stand
        will         MD    aux        stand
        stand        VB    ROOT       -
        for          IN    case       century
        a            DT    det        century
        century      NN    obl        stand
        .            .     punct      stand
        "            ''    punct      stand
        """,
        [("It will stand for a century.", "Tom Reyes", "said")],
    ),
]


@pytest.mark.parametrize("text, table, expected", ROWS)
def test_quote_without_a_cue_takes_the_source_around_it(
    text: str, table: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert quotes(run(text, table)) == expected
