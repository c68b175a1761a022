"""The table builder of `tests/built_docs.py`: what a table writes is what the Doc holds."""

from __future__ import annotations

import pytest
from built_docs import built

TWO_PARAGRAPHS = """
Hart    NNP  nsubj   won  PERSON
won     VBD  ROOT    -
.       .    punct   won
Ana     NNP  nsubj   lost B-PERSON
Ruiz    NNP  flat    Ana  PERSON
lost    VBD  ROOT    -
.       .    punct   #5
"""


def test_builder_turns_a_blank_line_into_a_space_token_and_a_new_sentence() -> None:
    doc = built("Hart won.\n\nAna Ruiz lost.", TWO_PARAGRAPHS)
    assert [t.text for t in doc] == ["Hart", "won", ".", "\n\n", "Ana", "Ruiz", "lost", "."]
    assert (doc[3].tag_, doc[3].head.text) == ("_SP", ".")
    assert [s.text for s in doc.sents] == ["Hart won.\n\n", "Ana Ruiz lost."]
    assert [(e.text, e.label_) for e in doc.ents] == [("Hart", "PERSON"), ("Ana Ruiz", "PERSON")]


@pytest.mark.parametrize(
    "word, tag, dep, expected",
    [
        ("said", "VBD", "ROOT", ("say", "VERB", ["Fin"])),
        ("was", "VBD", "aux", ("be", "AUX", ["Fin"])),
        ("saying", "VBG", "ROOT", ("say", "VERB", ["Part"])),
        ("that", "IN", "mark", ("that", "SCONJ", [])),
        ("Hart", "NNP", "ROOT", ("Hart", "PROPN", [])),
    ],
)
def test_builder_fills_lemma_pos_and_verb_form_from_the_tag(
    word: str, tag: str, dep: str, expected: tuple[str, str, list[str]]
) -> None:
    tok = built(word, f"{word} {tag} {dep} -")[0]
    assert (tok.lemma_, tok.pos_, tok.morph.get("VerbForm")) == expected


@pytest.mark.parametrize(
    "text, table",
    [
        ("Hart won.", "Hart NNP nsubj won\nlost VBD ROOT -\n. . punct lost"),  # a word not in the text
        ("Hart won.", "Hart NNP nsubj won\nwon VBD ROOT -"),  # the table stops early
        ("Hart won.", "Hart NNP nsubj wins\nwon VBD ROOT -\n. . punct won"),  # a head no token is
    ],
)
def test_builder_refuses_a_table_that_does_not_fit_the_text(text: str, table: str) -> None:
    with pytest.raises(ValueError):
        built(text, table)
