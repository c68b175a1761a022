"""Who speaks where position or a small model's parse points at the wrong noun: a coordinated clause read
as an aside, a participle after a quotation, a control verb's object, a finite cue hung as a complement."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from wireclaims.extract import extract
from wireclaims.models import ArticleResult
from wireclaims.nlp import Pipeline

# A changed token: index -> (tag, POS, head index, dependency); None keeps the model's value.
Changes = dict[int, tuple[str | None, str | None, int | None, str | None]]


def _claims(result: ArticleResult) -> list[tuple[str | None, str]]:
    return [(c.source.name if c.source else None, c.content) for c in result.claims]


def _misparsed(pipeline: Pipeline, text: str, changes: Changes) -> list[tuple[str | None, str]]:
    """The claims of `text` parsed by the model, then given the misreading a small model made of a story
    like it (so the rule is tested whatever a retrained model parses)."""
    parsed = pipeline.nlp(text)
    rows = [[t.tag_, t.pos_, t.head.i, t.dep_] for t in parsed]
    for k, change in changes.items():
        rows[k] = [new if new is not None else old for new, old in zip(change, rows[k], strict=True)]
    doc = Doc(
        parsed.vocab,
        words=[t.text for t in parsed],
        spaces=[bool(t.whitespace_) for t in parsed],
        tags=[str(r[0]) for r in rows],
        pos=[str(r[1]) for r in rows],
        lemmas=[t.lemma_ for t in parsed],
        morphs=[str(t.morph) for t in parsed],
        heads=[int(r[2]) for r in rows],
        deps=[str(r[3]) for r in rows],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed],
    )
    found = extract(doc, [(0, text)], has_parser=True)
    names = {s.id: s.name for s in found.speakers}
    return [(c.source and names[c.source.id], c.content) for c in found.claims]


@pytest.mark.parametrize(
    "body, expected",
    [
        # `..., and CLAUSE, said X`: the clause after `and` is no aside of a name before it
        (
            "House Republicans met the envoy on Tuesday.\n\nMorton's refusal to answer fully did not go "
            "over well with Republicans, and the meeting deteriorated from there, said one GOP source in the "
            "room.",
            [
                (
                    "one GOP source in the room",
                    "Morton's refusal to answer fully did not go over well with Republicans, and the meeting "
                    "deteriorated from there",
                )
            ],
        ),
        # negative: a real aside still names the speaker before it
        (
            "Lena Park, a nurse from Dover, said the ward had run out of beds.",
            [("Lena Park", "the ward had run out of beds")],
        ),
    ],
)
def test_cue_subject_coordinated_clause_is_no_aside(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _claims(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # the model hangs the opening participle on the main verb as `dep`
        (
            'Claiming the criticism is designed to pressure the hosts, Brandt told reporters that "they went '
            'after Tom."',
            [
                ("Brandt", "the criticism is designed to pressure the hosts"),
                ("Brandt", "they went after Tom"),
            ],
        ),
        # negative: a question that sets the scene is no claim
        ("Asked whether the vote was rigged, Brandt said it was not.", [("Brandt", "it was not")]),
    ],
)
def test_cue_subject_opening_participle_speaks_for_the_main_subject(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _claims(extract_body(body)) == expected


def test_cue_subject_opening_participle_tagged_a_name_speaks_for_the_main_subject(pipeline: Pipeline) -> None:
    text = (
        "Claiming the criticism is designed to pressure the hosts, Brandt told reporters the race was close."
    )
    # the small model read `Claiming` as a proper noun at the root, the main verb as its parataxis
    changes: Changes = {0: ("NNP", "VERB", 0, "ROOT"), 11: (None, None, 0, "parataxis")}
    assert _misparsed(pipeline, text, changes)[0] == (
        "Brandt",
        "the criticism is designed to pressure the hosts",
    )


_STATEMENT = (
    'Delta Ore collapsed in 2012. In a statement, Harwell Mining said: "Delta Ore was a strong company when '
    'it was spun off," adding that its value doubled within a year.'
)


@pytest.mark.parametrize(
    "text, changes, expected",
    [
        # the model hangs `adding` on the quoted clause, whose subject is a name in the quotation
        (_STATEMENT, {28: (None, None, 20, "advcl")}, ("Harwell Mining", "its value doubled within a year")),
        # negative: as parsed, the participle hangs on the quotation's noun and still finds the reporter
        (_STATEMENT, {}, ("Harwell Mining", "its value doubled within a year")),
    ],
)
def test_cue_subject_participle_after_a_quotation_skips_the_quoted_words(
    pipeline: Pipeline, text: str, changes: Changes, expected: tuple[str, str]
) -> None:
    assert _misparsed(pipeline, text, changes)[-1] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # the object of a control verb does what its infinitive says
        (
            "The senator also forced Kessler, who was under questioning from the committee, to admit that no "
            "executives had been punished.",
            [("Kessler", "no executives had been punished")],
        ),
        (
            "The panel asked the mayor to explain why the money was spent.",
            [("mayor", "why the money was spent")],
        ),
        # negative: with no object, or a verb that controls its subject, the subject speaks
        ("The union wants to say that the deal is off.", [("union", "the deal is off")]),
        ("The board agreed to admit that the plan had failed.", [("board", "the plan had failed")]),
    ],
)
def test_cue_subject_control_verb_object_speaks_its_infinitive(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _claims(extract_body(body)) == expected


_LACKS = (
    "Although Varga lacks a signature policy achievement, elected officials from both parties say he has "
    "built a reputation as a hard worker."
)


@pytest.mark.parametrize(
    "changes, expected",
    [
        # the model made the officials the object of `lacks` and the finite cue its `xcomp`
        (
            {2: ("VBZ", "VERB", None, None), 9: (None, None, 2, "obj"), 13: ("VBP", None, 2, "xcomp")},
            "elected officials from both parties",
        ),
        # negative: a bare infinitive `xcomp` is no finite cue; the subject of the verb above speaks
        ({2: ("VBZ", "VERB", None, None), 9: (None, None, 2, "obj"), 13: ("VB", None, 2, "xcomp")}, "Varga"),
    ],
)
def test_cue_subject_finite_cue_hung_as_complement_speaks_for_the_noun_before_it(
    pipeline: Pipeline, changes: Changes, expected: str
) -> None:
    assert _misparsed(pipeline, _LACKS, changes)[0][0] == expected


@pytest.mark.parametrize(
    "body, cue, expected",
    [
        # `..., X and Y and then VERB`: a verb coordinated with one before; no claim of X and Y
        (
            "Aides said the timing was not intentional; they learned on Friday of the deals with Mills, "
            "Samuelson and Bentel and almost immediately disclosed them to the press.",
            "disclosed",
            [],
        ),
        # negative: `CLAUSE, X said` is X's clause
        (
            "The bridge will reopen in May, the ministry said.",
            "said",
            [("ministry", "The bridge will reopen in May")],
        ),
    ],
)
def test_clause_before_comma_is_no_claim_of_a_coordinated_verb(
    extract_body: Callable[[str], ArticleResult], body: str, cue: str, expected: list[tuple[str | None, str]]
) -> None:
    result = extract_body(body)
    got = [
        (c.source.name if c.source else None, c.content) for c in result.claims if c.cue and c.cue.text == cue
    ]
    assert got == expected


# `Varga` the root, with the participle clause and the full stop on it
_VARGA_ROOT: Changes = {3: (None, None, 3, "ROOT"), 6: (None, None, 3, "acl"), 20: (None, None, 3, "punct")}
_MOCKED = (
    "Dorn frequently mocked Varga for not releasing his tax returns, claiming that he had a source at the "
    "bank."
)


@pytest.mark.parametrize(
    "changes, expected",
    [
        # the model read `mocked` as an adjective on its object, root `Varga`, yet kept Dorn its subject
        (
            {0: (None, None, 2, "nsubj"), 2: ("VBD", "ADJ", 3, "amod"), **_VARGA_ROOT},
            ("Dorn", "he had a source at the bank"),
        ),
        # negative: a participle modifier (`the mocked Varga`) has no subject to give
        (
            {0: (None, None, 3, "compound"), 2: ("VBN", "ADJ", 3, "amod"), **_VARGA_ROOT},
            (None, "he had a source at the bank"),
        ),
    ],
)
def test_cue_subject_finite_verb_read_as_modifier_keeps_its_subject(
    pipeline: Pipeline, changes: Changes, expected: tuple[str | None, str]
) -> None:
    assert _misparsed(pipeline, _MOCKED, changes)[0] == expected


# `reports` read as a plural noun at the root, its clause hung on it (`acl`) and the name compounded on it
_REPORTS: Changes = {2: (None, None, 3, "compound"), 3: ("NNS", "NOUN", 3, "ROOT"), 9: (None, None, 3, "acl")}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Daily Ledger reports that the mayor's team avoided the hospital to keep the details quiet.",
            [("Daily Ledger", "the mayor's team avoided the hospital to keep the details quiet")],
        ),
        # negative: a common noun before the cue noun names nobody, and a cue noun with nobody makes no claim
        ("The city ledger reports that the mayor's team avoided the hospital to keep the details quiet.", []),
    ],
)
def test_claim_source_proper_name_compounded_on_a_cue_noun(
    pipeline: Pipeline, text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _misparsed(pipeline, text, _REPORTS) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # the model tags `show` a verb; the words after `according to` are still a noun phrase
        (
            "As a game show host, Brandt repeatedly insulted women with crude language, according to show "
            "insiders.",
            "insiders",
        ),
        # negative: a noun phrase read as one keeps all its words
        (
            "Brandt repeatedly insulted women on the set, according to two former producers.",
            "two former producers",
        ),
    ],
)
def test_according_to_source_past_a_noun_tagged_a_verb(
    extract_body: Callable[[str], ArticleResult], body: str, expected: str
) -> None:
    assert [source for source, _ in _claims(extract_body(body))] == [expected]


@pytest.mark.parametrize(
    "body, expected",
    [
        # the model hangs `added` inside the reported clause: the whole sentence before the comma is the
        # source's, and the claim of `told` stops at that comma
        (
            "Lena Park left the scene early, another source said.\n\nPark had told police officials that she "
            "didn't want the escort at all, but the police overruled that request, the source added.",
            [
                ("another source", "Lena Park left the scene early"),
                (
                    "another source",
                    "Park had told police officials that she didn't want the escort at all, but the police "
                    "overruled that request",
                ),
                ("Lena Park", "she didn't want the escort at all, but the police overruled that request"),
            ],
        ),
        # negative: a link to the sentence before stays out of the claim
        (
            "However, the bridge will reopen in May after repairs to the deck, the ministry said.",
            [("ministry", "the bridge will reopen in May after repairs to the deck")],
        ),
    ],
)
def test_clause_before_a_final_reporter_is_the_reporters(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _claims(extract_body(body)) == expected
