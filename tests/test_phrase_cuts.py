"""Where a source phrase really starts and ends (wireclaims.extract.phrase_cuts): each cut takes off one
thing the parse runs a phrase into, and leaves a phrase without it alone.

Sentences and names are made up; the phrases are tokenised without a parse, as the cuts read only words.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Token

from wireclaims.extract.phrase_cuts import (
    after_sentence_end,
    before_time,
    cut_in_compound,
    split_apposition,
    without_edges,
    without_openers,
)

_NLP = spacy.blank("en")


def _tokens(text: str) -> list[Token]:
    return list(_NLP(text))


def _text(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens)


@pytest.mark.parametrize(
    "phrase, expected",
    [
        (', Mara Quell "', "Mara Quell"),
        ("(the harbour master)", "the harbour master"),
        ("Mara Quell", "Mara Quell"),  # nothing to cut
        (", ;", ""),  # punctuation alone is nothing
    ],
)
def test_without_edges_drops_punctuation_at_either_end(phrase: str, expected: str) -> None:
    assert _text(without_edges(_tokens(phrase))) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Ana Ruiz “Ports must reopen", "Ana Ruiz"),  # a name runs into a quotation
        ("As Ruiz", "Ruiz"),  # the word opening a clause
        ("After Tomas Brandt", "Tomas Brandt"),
        ("Tomas Brandt of", "Tomas Brandt"),  # cut inside `Brandt of Lindby`
        ("as the mayor", "as the mayor"),  # a subordinator before a common noun stays: no name follows
        ("the mayor", "the mayor"),
    ],
)
def test_without_openers_cuts_what_opens_or_ends_a_clause_around_a_name(phrase: str, expected: str) -> None:
    assert _text(without_openers(_tokens(phrase))) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("the police Thursday", "the police"),
        ("the mayor this month", "the mayor"),  # cut before `this month`
        ("Brandt on Tuesday", "Brandt"),  # and the `on` before the day
        ("Tuesday", ""),  # a time alone is nobody
        ("the night nurse", "the night nurse"),  # a time noun without `this`/`last` is part of the phrase
        ("the harbour master", "the harbour master"),
        ("the transport ministry at the time of the reports", "the transport ministry"),
        ("the ministry at that moment", "the ministry"),
        ("the spokeswoman at the harbour", "the spokeswoman at the harbour"),  # a place, not a time
    ],
)
def test_before_time_cuts_the_phrase_before_a_time(phrase: str, expected: str) -> None:
    assert _text(before_time(_tokens(phrase))) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("the strike on Tuesday . Importers", "Importers"),
        ("Dr. Mara Quell", "Dr. Mara Quell"),  # an abbreviation's full stop is no sentence end
        ("the mayor", "the mayor"),
    ],
)
def test_after_sentence_end_never_runs_across_a_sentence(phrase: str, expected: str) -> None:
    assert _text(after_sentence_end(_tokens(phrase))) == expected


@pytest.mark.parametrize(
    "phrase, expected_name, expected_apposition",
    [
        # the apposition is the text after the name, its comma included (`describe` reads past it)
        ("Dara Fenwick, the mayor's spokesman", "Dara Fenwick", ", the mayor's spokesman"),
        ("Lorvik, Harbour Minister Peter Holm", "Lorvik , Harbour Minister Peter Holm", None),  # two names
        ("the mayor, a farmer", "the mayor , a farmer", None),  # no name before the comma
        ("Dara Fenwick", "Dara Fenwick", None),
    ],
)
def test_split_apposition_parts_a_name_from_what_it_is(
    phrase: str, expected_name: str, expected_apposition: str | None
) -> None:
    tokens = _tokens(phrase)
    name, apposition = split_apposition(tokens[0].doc, tokens, None)
    assert (_text(name), apposition) == (expected_name, expected_apposition)


def test_split_apposition_keeps_an_apposition_already_given() -> None:
    tokens = _tokens("Dara Fenwick, the mayor's spokesman")
    assert split_apposition(tokens[0].doc, tokens, "a city official")[1] == "a city official"


@pytest.mark.parametrize(
    "words, last, cut",
    [
        # `fourteen felony [charges]`: the phrase ends on a compound noun of the word after it
        (["fourteen", "felony", "charges"], 1, True),
        (["fourteen", "felony", "charges"], 2, False),  # the phrase ends on its head
        (["the", "Harbour", "Authority"], 1, False),  # a capitalised word of a name
    ],
)
def test_cut_in_compound_sees_a_phrase_cut_inside_a_noun_compound(
    words: list[str], last: int, cut: bool
) -> None:
    doc = Doc(
        _NLP.vocab,
        words=words,
        heads=[2, 2, 2],
        deps=["det", "compound", "ROOT"],
        pos=["DET", "NOUN" if words[1].islower() else "PROPN", "NOUN"],
    )
    assert cut_in_compound(doc[last]) is cut
