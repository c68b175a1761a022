"""Attribution rules on Docs built by hand (words, tags, heads, dependencies, entities), so that what is
tested is the rule, not what a retrained model happens to parse."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from wireclaims.extract import extract

_NLP = spacy.blank("en")

# One token a row: word, space after it, tag, POS, lemma, head index, dependency, entity (IOB).
Row = tuple[str, bool, str, str, str, int, str, str]

SAID_AFTER: list[Row] = [
    ('"', False, "``", "PUNCT", '"', 2, "punct", "O"),
    ("We", True, "PRP", "PRON", "we", 2, "nsubj", "O"),
    ("won", False, "VBD", "VERB", "win", 7, "ccomp", "O"),
    (",", False, ",", "PUNCT", ",", 2, "punct", "O"),
    ('"', True, "''", "PUNCT", '"', 2, "punct", "O"),
    ("Lena", True, "NNP", "PROPN", "Lena", 6, "compound", "B-PERSON"),
    ("Hart", True, "NNP", "PROPN", "Hart", 7, "nsubj", "I-PERSON"),
    ("said", False, "VBD", "VERB", "say", 7, "ROOT", "O"),
    (".", False, ".", "PUNCT", ".", 7, "punct", "O"),
]
SAID_INVERTED: list[Row] = [
    ('"', False, "``", "PUNCT", '"', 2, "punct", "O"),
    ("We", True, "PRP", "PRON", "we", 2, "nsubj", "O"),
    ("won", False, "VBD", "VERB", "win", 5, "ccomp", "O"),
    (",", False, ",", "PUNCT", ",", 2, "punct", "O"),
    ('"', True, "''", "PUNCT", '"', 2, "punct", "O"),
    ("said", True, "VBD", "VERB", "say", 5, "ROOT", "O"),
    ("Lena", True, "NNP", "PROPN", "Lena", 7, "compound", "B-PERSON"),
    ("Hart", False, "NNP", "PROPN", "Hart", 5, "nsubj", "I-PERSON"),
    (".", False, ".", "PUNCT", ".", 5, "punct", "O"),
]


def _after_a_sentence(verb: Row, aux: list[Row]) -> list[Row]:
    """`Lena Hart [aux] VERB the crews. "We lost two weeks."`: a quote after a sentence about someone."""
    k = len(aux)
    root = 2 + k
    return [
        ("Lena", True, "NNP", "PROPN", "Lena", 1, "compound", "B-PERSON"),
        ("Hart", True, "NNP", "PROPN", "Hart", root, "nsubj", "I-PERSON"),
        *[(w, s, t, p, lem, root, d, e) for w, s, t, p, lem, _, d, e in aux],
        (*verb[:5], root, "ROOT", "O"),
        ("the", True, "DT", "DET", "the", root + 2, "det", "O"),
        ("crews", False, "NNS", "NOUN", "crew", root, "obj", "O"),
        (".", True, ".", "PUNCT", ".", root, "punct", "O"),
        ('"', False, "``", "PUNCT", '"', root + 6, "punct", "O"),
        ("We", True, "PRP", "PRON", "we", root + 6, "nsubj", "O"),
        ("lost", True, "VBD", "VERB", "lose", root + 6, "ROOT", "O"),
        ("two", True, "CD", "NUM", "two", root + 8, "nummod", "O"),
        ("weeks", False, "NNS", "NOUN", "week", root + 6, "obj", "O"),
        (".", False, ".", "PUNCT", ".", root + 6, "punct", "O"),
        ('"', False, "''", "PUNCT", '"', root + 6, "punct", "O"),
    ]


ACTIVE = _after_a_sentence(("thanked", True, "VBD", "VERB", "thank", 0, "", ""), [])
PASSIVE = _after_a_sentence(
    ("honoured", True, "VBN", "VERB", "honour", 0, "", ""),
    [("was", True, "VBD", "AUX", "be", 0, "aux:pass", "O")],
)


def _doc(rows: list[Row]) -> Doc:
    words, spaces, tags, pos, lemmas, heads, deps, ents = (list(col) for col in zip(*rows, strict=True))
    # a sentence starts after a full stop, except the closing mark that ends the text
    last = len(words) - 1
    sent_starts = [k == 0 or (words[k - 1] == "." and k != last) for k in range(len(words))]
    return Doc(
        _NLP.vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        ents=ents,
        sent_starts=sent_starts,
    )


@pytest.mark.parametrize(
    "rows, expected",
    [
        (SAID_AFTER, [("We won,", "Lena Hart", "said")]),
        (SAID_INVERTED, [("We won,", "Lena Hart", "said")]),
        # a quote after a sentence about what a named person did is theirs (`prior-subject`) ...
        (ACTIVE, [("We lost two weeks.", "Lena Hart", None)]),
        # ... but not after a passive one: being honoured says nothing about speaking
        (PASSIVE, [("We lost two weeks.", None, None)]),
    ],
)
def test_attribution_rules_read_the_parse_they_are_given(
    rows: list[Row], expected: list[tuple[str, str | None, str | None]]
) -> None:
    doc = _doc(rows)
    found = extract(doc, [(0, doc.text)], has_parser=True)
    got = [
        (q.text, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None) for q in found.quotes
    ]
    assert got == expected
