"""Quotes and the subjects of their cues on hand-built Docs (`tests/built_docs.py`): a cue before a colon,
`told` and its hearer, passive cues (`was quoted as saying`, `said by`), participles and thoughts. Each table
fixes the parse, so the rows test the rules whatever a retrained model would parse."""

from __future__ import annotations

import pytest
from built_docs import quotes, run

ROWS = [
    # a cue after the quote: its subject speaks
    (
        '"We won," Lena Hart said.',
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
        """,
        [("We won,", "Lena Hart", "said")],
    ),
    # an inverted cue: the subject after it
    (
        '"We won," said Lena Hart.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        ,            ,     punct      won
        "            ''    punct      won
        said         VBD   ROOT       -
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        .            .     punct      said
        """,
        [("We won,", "Lena Hart", "said")],
    ),
    # a cue before a colon: its subject speaks
    (
        'Lena Hart said: "We won the vote."',
        """
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        said         VBD   ROOT       -
        :            :     punct      won
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      said
        the          DT    det        vote
        vote         NN    obj        won
        .            .     punct      won
        "            ''    punct      won
        """,
        [("We won the vote.", "Lena Hart", "said")],
    ),
    # `told`: the subject speaks, never the hearer
    (
        '"We won," Lena Hart told reporters.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      told
        ,            ,     punct      won
        "            ''    punct      won
        Lena         NNP   nsubj      told       PERSON
        Hart         NNP   flat       Lena       PERSON
        told         VBD   ROOT       -
        reporters    NNS   iobj       told        =reporter
        .            .     punct      told
        """,
        [("We won,", "Lena Hart", "told")],
    ),
    # ... even when the hearer is a person's name
    (
        '"We won," Lena Hart told Tom Reyes.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      told
        ,            ,     punct      won
        "            ''    punct      won
        Lena         NNP   nsubj      told       PERSON
        Hart         NNP   flat       Lena       PERSON
        told         VBD   ROOT       -
        Tom          NNP   iobj       told       PERSON
        Reyes        NNP   flat       Tom        PERSON
        .            .     punct      told
        """,
        [("We won,", "Lena Hart", "told")],
    ),
    # a passive `told` with no agent: its subject is the hearer, the quote keeps no source
    (
        '"We won," the crews were told.',
        """
        "            ``    punct      won
        We           PRP   nsubj      won
        won          VBD   ccomp      told
        ,            ,     punct      won
        "            ''    punct      won
        the          DT    det        crews
        crews        NNS   nsubj      told
        were         VBD   aux        told
        told         VBN   ROOT       -
        .            .     punct      told
        """,
        [("We won,", None, "told")],
    ),
    # a passive `told by`: the agent speaks
    (
        '"It will fail," she was told by a nurse.',
        """
        "            ``    punct      fail
        It           PRP   nsubj      fail
        will         MD    aux        fail
        fail         VB    ROOT       -
        ,            ,     punct      told
        "            ''    punct      told
        she          PRP   nsubj      told
        was          VBD   aux        told
        told         VBN   parataxis  fail
        by           IN    case       nurse
        a            DT    det        nurse
        nurse        NN    obl        told
        .            .     punct      fail
        """,
        [("It will fail,", "nurse", "told")],
    ),
    # a cue of thought: no speech, no quote
    (
        '"Why me?" Lena Hart wondered.',
        """
        "            ``    punct      Why
        Why          WRB   ccomp      wondered
        me           PRP   dep        Why         =I
        ?            .     punct      Why
        "            ''    punct      Why
        Lena         NNP   nsubj      wondered   PERSON
        Hart         NNP   flat       Lena       PERSON
        wondered     VBD   ROOT       -           =wonder
        .            .     punct      wondered
        """,
        [],
    ),
    # a participle cue speaks for the subject of the main verb before it
    (
        'Mara Quell criticized the plan, saying "It will fail."',
        """
        Mara         NNP   nsubj      criticized PERSON
        Quell        NNP   flat       Mara       PERSON
        criticized   VBD   ROOT       -           =criticize
        the          DT    det        plan
        plan         NN    obj        criticized
        ,            ,     punct      saying
        saying       VBG   advcl      criticized
        "            ``    punct      fail
        It           PRP   nsubj      fail
        will         MD    aux        fail
        fail         VB    ccomp      saying
        .            .     punct      fail
        "            ''    punct      fail
        """,
        [("It will fail.", "Mara Quell", "saying")],
    ),
    # passive `was quoted as saying` after the quote: the passive subject speaks
    (
        '"The bridge is safe," Tom Reyes was quoted as saying.',
        """
        "            ``    punct      safe
        The          DT    det        bridge
        bridge       NN    nsubj      safe
        is           VBZ   cop        safe
        safe         JJ    ccomp      quoted
        ,            ,     punct      safe
        "            ''    punct      safe
        Tom          NNP   nsubj      quoted     PERSON
        Reyes        NNP   flat       Tom        PERSON
        was          VBD   aux        quoted
        quoted       VBN   ROOT       -
        as           IN    mark       saying
        saying       VBG   advcl      quoted
        .            .     punct      quoted
        """,
        [("The bridge is safe,", "Tom Reyes", "quoted")],
    ),
    # passive `said by`: the agent speaks
    (
        '"The bridge is safe," was said by Tom Reyes.',
        """
        "            ``    punct      safe
        The          DT    det        bridge
        bridge       NN    nsubj      safe
        is           VBZ   cop        safe
        safe         JJ    ccomp      said
        ,            ,     punct      safe
        "            ''    punct      safe
        was          VBD   aux        said
        said         VBN   ROOT       -
        by           IN    case       Tom
        Tom          NNP   obl        said       PERSON
        Reyes        NNP   flat       Tom        PERSON
        .            .     punct      said
        """,
        [("The bridge is safe,", "Tom Reyes", "said")],
    ),
    # `quoted as saying` before the quote: the `as` of `known as` makes the quote a term,
    # so the quote is lost (its words become an indirect claim)
    pytest.param(
        'Tom Reyes was quoted as saying, "The bridge is safe."',
        """
        Tom          NNP   nsubj      quoted     PERSON
        Reyes        NNP   flat       Tom        PERSON
        was          VBD   aux        quoted
        quoted       VBN   ROOT       -
        as           IN    mark       saying
        saying       VBG   advcl      quoted
        ,            ,     punct      safe
        "            ``    punct      safe
        The          DT    det        bridge
        bridge       NN    nsubj      safe
        is           VBZ   cop        safe
        safe         JJ    ccomp      saying
        .            .     punct      quoted
        "            ''    punct      quoted
        """,
        [("The bridge is safe.", "Tom Reyes", "saying")],
    ),
]


@pytest.mark.parametrize("text, table, expected", ROWS)
def test_quote_speaker_is_the_source_of_its_cue(
    text: str, table: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert quotes(run(text, table)) == expected
