"""Claims on hand-built Docs (`tests/built_docs.py`): the clause a cue reports (`said that`, `told X that`,
`denied that`, a clause before `X said`) is a claim of the cue's subject; an object and an infinitive
(`urged X to`), a thought or a cue with no clause are none."""

from __future__ import annotations

import pytest
from built_docs import claims, run

ROWS = [
    # `said that CLAUSE`: the clause, without `that`
    (
        "Lena Hart said that the bridge will open in May.",
        """
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        said         VBD   ROOT       -
        that         IN    mark       open
        the          DT    det        bridge
        bridge       NN    nsubj      open
        will         MD    aux        open
        open         VB    ccomp      said
        in           IN    case       May
        May          NNP   obl        open
        .            .     punct      said
        """,
        [("the bridge will open in May", "Lena Hart", "said", "indirect")],
    ),
    # ... and without `that`
    (
        "Lena Hart said the bridge will open in May.",
        """
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
        [("the bridge will open in May", "Lena Hart", "said", "indirect")],
    ),
    # the clause before `, X said`
    (
        "The bridge will open in May, Lena Hart said.",
        """
        The          DT    det        bridge
        bridge       NN    nsubj      open
        will         MD    aux        open
        open         VB    ccomp      said
        in           IN    case       May
        May          NNP   obl        open
        ,            ,     punct      open
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        said         VBD   ROOT       -
        .            .     punct      said
        """,
        [("The bridge will open in May", "Lena Hart", "said", "indirect")],
    ),
    # `told X that`: the teller's claim, not the hearer's
    (
        "Lena Hart told the crowd that the bridge will open in May.",
        """
        Lena         NNP   nsubj      told       PERSON
        Hart         NNP   flat       Lena       PERSON
        told         VBD   ROOT       -
        the          DT    det        crowd
        crowd        NN    iobj       told
        that         IN    mark       open
        the          DT    det        bridge
        bridge       NN    nsubj      open
        will         MD    aux        open
        open         VB    ccomp      told
        in           IN    case       May
        May          NNP   obl        open
        .            .     punct      told
        """,
        [("the bridge will open in May", "Lena Hart", "told", "indirect")],
    ),
    # a denial reports a claim too (its cue class says it is denied)
    (
        "Lena Hart denied that the bridge was unsafe.",
        """
        Lena         NNP   nsubj      denied     PERSON
        Hart         NNP   flat       Lena       PERSON
        denied       VBD   ROOT       -
        that         IN    mark       unsafe
        the          DT    det        bridge
        bridge       NN    nsubj      unsafe
        was          VBD   cop        unsafe
        unsafe       JJ    ccomp      denied
        .            .     punct      denied
        """,
        [("the bridge was unsafe", "Lena Hart", "denied", "indirect")],
    ),
    # a claim holding a partial quote is `mixed`
    (
        'Lena Hart said the bridge was "perfectly safe" and would open in May.',
        """
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        said         VBD   ROOT       -
        the          DT    det        bridge
        bridge       NN    nsubj      safe
        was          VBD   cop        safe
        "            ``    punct      safe
        perfectly    RB    advmod     safe
        safe         JJ    ccomp      said
        "            ''    punct      safe
        and          CC    cc         open
        would        MD    aux        open
        open         VB    conj       safe
        in           IN    case       May
        May          NNP   obl        open
        .            .     punct      said
        """,
        [('the bridge was "perfectly safe" and would open in May', "Lena Hart", "said", "mixed")],
    ),
    # `urged X to`: an object and an infinitive are no claim
    (
        "Lena Hart urged the council to open the bridge in May.",
        """
        Lena         NNP   nsubj      urged      PERSON
        Hart         NNP   flat       Lena       PERSON
        urged        VBD   ROOT       -
        the          DT    det        council
        council      NN    obj        urged
        to           TO    mark       open
        open         VB    xcomp      urged
        the          DT    det        bridge
        bridge       NN    obj        open
        in           IN    case       May
        May          NNP   obl        open
        .            .     punct      urged
        """,
        [],
    ),
    # a cue with a prepositional phrase and no clause
    (
        "Lena Hart talked about the bridge.",
        """
        Lena         NNP   nsubj      talked     PERSON
        Hart         NNP   flat       Lena       PERSON
        talked       VBD   ROOT       -           =talk
        about        IN    case       bridge
        the          DT    det        bridge
        bridge       NN    obl        talked
        .            .     punct      talked
        """,
        [],
    ),
    # a thought is not reported speech
    (
        "Lena Hart thinks the bridge will open in May.",
        """
        Lena         NNP   nsubj      thinks     PERSON
        Hart         NNP   flat       Lena       PERSON
        thinks       VBZ   ROOT       -           =think
        the          DT    det        bridge
        bridge       NN    nsubj      open
        will         MD    aux        open
        open         VB    ccomp      thinks
        in           IN    case       May
        May          NNP   obl        open
        .            .     punct      thinks
        """,
        [],
    ),
    # a cue with nothing reported
    (
        "Lena Hart said.",
        """
        Lena         NNP   nsubj      said       PERSON
        Hart         NNP   flat       Lena       PERSON
        said         VBD   ROOT       -
        .            .     punct      said
        """,
        [],
    ),
    # ... another telling verb
    (
        "Lena Hart warned the council that the bridge was unsafe.",
        """
        Lena         NNP   nsubj      warned     PERSON
        Hart         NNP   flat       Lena       PERSON
        warned       VBD   ROOT       -
        the          DT    det        council
        council      NN    iobj       warned
        that         IN    mark       unsafe
        the          DT    det        bridge
        bridge       NN    nsubj      unsafe
        was          VBD   cop        unsafe
        unsafe       JJ    ccomp      warned
        .            .     punct      warned
        """,
        [("the bridge was unsafe", "Lena Hart", "warned", "indirect")],
    ),
]


@pytest.mark.parametrize("text, table, expected", ROWS)
def test_reported_clause_is_a_claim_of_the_cue_subject(
    text: str, table: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert claims(run(text, table)) == expected


# The parse makes a reported clause's subject the cue's object and hangs its predicate on the cue.
OBJECT_ROWS = [
    (
        "Officials warned the flooding is a threat.",
        """
        Officials    NNS   nsubj      warned
        warned       VBD   ROOT       -
        the          DT    det        flooding
        flooding     NN    obj        warned
        is           VBZ   cop        threat
        a            DT    det        threat
        threat       NN    dep        warned
        .            .     punct      warned
        """,
        [("the flooding is a threat", "Officials", "warned", "indirect")],
    ),
    # negative: a negated cue reports nothing (`did not warn`)
    (
        "Officials did not warn the flooding is a threat.",
        """
        Officials    NNS   nsubj      warn
        did          VBD   aux        warn
        not          RB    advmod     warn
        warn         VB    ROOT       -
        the          DT    det        flooding
        flooding     NN    obj        warn
        is           VBZ   cop        threat
        a            DT    det        threat
        threat       NN    dep        warn
        .            .     punct      warn
        """,
        [],
    ),
    # negative: a quotation ends between the object and the verb hung on the cue inside it
    (
        '"We are declaring victory," Hart told reporters.',
        """
        "            ``    punct      declaring
        We           PRP   nsubj      declaring
        are          VBP   aux        declaring
        declaring    VBG   ROOT       -
        victory      NN    obj        declaring
        ,            ,     punct      declaring
        "            ''    punct      declaring
        Hart         NNP   dep        declaring  PERSON
        told         VBD   dep        declaring
        reporters    NNS   obj        told
        .            .     punct      declaring
        """,
        [],
    ),
]


@pytest.mark.parametrize("text, table, expected", OBJECT_ROWS)
def test_a_clause_whose_subject_was_parsed_as_the_object_is_read_whole(
    text: str, table: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert claims(run(text, table)) == expected
