"""Reaching the speaker of a quote: sentence windows past abbreviations, subjects beyond the quote's window,
participle cues, `DESC, NAME, said` asides, speaker labels before a colon (interviews, panels) and
NYT/Washington Post style later references (`Mr. Hale`). Every sentence is made up."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from wireclaims.extract.asides import name_before_subjectless
from wireclaims.extract.windows import is_sentence_end
from wireclaims.models import ArticleResult

Extract = Callable[[str], ArticleResult]
# One vocabulary for the hand-built Docs: `spacy.blank` per Doc costs a tenth of a second.
_VOCAB = spacy.blank("en").vocab


def _speakers(result: ArticleResult) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in result.quotes]


@pytest.mark.parametrize(
    "text, expected",
    [
        # `^` marks the full stop under test
        ("Mr.^ Hale said", False),
        ("Sen.^ Ruth Ames said", False),
        ("the U.N.^ secretary general", False),
        ("George W.^ Bush said", False),
        ("on Jan.^ 5 the port", False),
        ("St.^ Louis officials", False),
        ("the U.S.^ was", False),
        # negative rows: real sentence ends
        ("in the U.S.^ The next day", True),
        ("He left.^ The board", True),
        ("It rained in Jan.^ The rest", True),
        ("Plan B.^ It failed", True),
        ("the end.^", True),
    ],
)
def test_sentence_end_skips_abbreviations_and_initials(text: str, expected: bool) -> None:
    assert is_sentence_end(text.replace("^", ""), text.index("^") - 1) is expected


@pytest.mark.parametrize(
    "body, quote, speaker",
    [
        ('"We will appeal the ruling," Mr. Okafor said on Monday.', "We will appeal the ruling,", "Okafor"),
        (
            'Nadia Brandt, the U.N. refugee commissioner, said: "The camps are full."',
            "The camps are full.",
            "Nadia Brandt",
        ),
        (
            '"The bridge will reopen in May," said Gov. Paul R. Whitcombe.',
            "The bridge will reopen in May,",
            "Paul R. Whitcombe",
        ),
        # negative row: an acronym that does end its sentence leaves the next sentence's cue alone
        (
            'The fleet returned to the U.S. "We are home," the captain said.',
            "We are home,",
            "captain",
        ),
    ],
)
def test_quote_window_runs_past_honorifics_and_acronyms(
    extract_body: Extract, body: str, quote: str, speaker: str
) -> None:
    assert (quote, speaker) in _speakers(extract_body(body))


def test_later_references_with_honorific_are_the_same_person_without_title_or_alias(
    extract_body: Extract,
) -> None:
    body = (
        "Tomas Okafor, a lawyer for the dockworkers, filed the appeal on Monday.\n\n"
        '"We will take this to the high court," Mr. Okafor said.\n\n'
        'The ruling was "unfair and rushed," said Ms. Lindqvist, who chairs the port board.\n\n'
        'Ms. Lindqvist added: "The board will meet next week."'
    )
    result = extract_body(body)
    people = {s.name: s for s in result.speakers}
    assert set(people) == {"Tomas Okafor", "Lindqvist"}
    assert people["Tomas Okafor"].title == "lawyer"
    for speaker in people.values():
        assert not {"Mr.", "Ms.", "Mr", "Ms"} & {*speaker.aliases, speaker.title or ""}
    assert _speakers(result) == [
        ("We will take this to the high court,", "Tomas Okafor"),
        ("unfair and rushed,", "Lindqvist"),
        ("The board will meet next week.", "Lindqvist"),
    ]


@pytest.mark.parametrize(
    "body, quote, speaker",
    [
        # the quote ends its sentence: the next sentence's verb is not its cue
        (
            'Minister Jiang Wen said: "We welcome the agreement." Norway also welcomed the news.',
            "We welcome the agreement.",
            "Jiang Wen",
        ),
        # negative row: an attribution after the quote in the same sentence still counts
        ('"We welcome the agreement," Minister Jiang Wen said.', "We welcome the agreement,", "Jiang Wen"),
        # a quoted sentence that follows a cue and its quote: a long next sentence is no attribution of it
        (
            'Rather it is "to catch the smugglers on the river," Ward said. "We will keep our patience with'
            ' the villages." A 2004 state audit, however, called the militia a "grave threat to the valley."',
            "We will keep our patience with the villages.",
            "Ward",
        ),
        # negative row: a short sentence of its own after the quote is its attribution
        (
            '"We will keep our patience with the villages." Ward said.',
            "We will keep our patience with the villages.",
            "Ward",
        ),
    ],
)
def test_quote_ending_its_sentence_takes_no_cue_from_the_next(
    extract_body: Extract, body: str, quote: str, speaker: str
) -> None:
    assert (quote, speaker) in _speakers(extract_body(body))


@pytest.mark.parametrize(
    "body, quote, speaker",
    [
        # an earlier quote cuts the window; the subject of the sentence is still the source
        (
            'Premier Anna Solberg said the news "will be welcomed right across our country" and was a'
            ' "massive step forward," but warned the death of the general "does not mark the end of the'
            ' threat we face."',
            "does not mark the end of the threat we face.",
            "Anna Solberg",
        ),
        # a participle cue speaks for the subject of the finite verb before it
        (
            'Mayor Ruth Delacroix criticized the budget cuts saying the city "cannot afford another round."',
            "cannot afford another round.",
            "Ruth Delacroix",
        ),
        (
            "President Ivo Marten criticized the U.N. resolution at a rally on Friday, saying"
            ' "Their numbers are invented."',
            "Their numbers are invented.",
            "Ivo Marten",
        ),
        # negative row: `with X saying`: the participle has its own subject, not the clause's
        (
            "The two clubs will stay in the league, with Tessa Vahl chief executive of Northfield Rowing"
            ' saying that the ban had "gone too far".',
            "gone too far",
            "Tessa Vahl",
        ),
    ],
)
def test_source_found_beyond_the_quote_window_and_for_participles(
    extract_body: Extract, body: str, quote: str, speaker: str
) -> None:
    assert (quote, speaker) in _speakers(extract_body(body))


@pytest.mark.parametrize(
    "body, quote, speaker",
    [
        ('Another activist, Dara Quenby, said: "The law is cruel."', "The law is cruel.", "Dara Quenby"),
        (
            'At a press conference, the state governor, Harold Menzies, said: "The track was not safe."',
            "The track was not safe.",
            "Harold Menzies",
        ),
        # a description in capitals still describes when it holds a title (`Pope`)
        (
            'In 2016, the current Roman Catholic Pope, Pope Leo, called the ruling "a grave error".',
            "a grave error",
            "Pope Leo",
        ),
        # negative row: a bare role after a name is that name's apposition, the organisation is no speaker
        (
            "Rhea Tamsin, executive director of one of the listed groups, Friends of the Delta, responded"
            ' on Facebook, "This ban will not silence us."',
            "This ban will not silence us.",
            "Rhea Tamsin",
        ),
    ],
)
def test_description_name_aside_before_the_cue(
    extract_body: Extract, body: str, quote: str, speaker: str
) -> None:
    assert (quote, speaker) in _speakers(extract_body(body))


@pytest.mark.parametrize(
    "body, expected",
    [
        # panel of reactions: a name and its description before a colon
        (
            'Joaquim Ferraz, Estrela FC manager: "We won the league the right way."',
            [("We won the league the right way.", "Joaquim Ferraz")],
        ),
        # interview transcript: the speaker's label on its own line or before the quote
        (
            "The senator spoke to us after the vote.\n\n"
            'MARLOWE: "We had the votes and we used them."\n\n'
            'ESTEVEZ: "They rushed it through at night."',
            [
                ("We had the votes and we used them.", "MARLOWE"),
                ("They rushed it through at night.", "ESTEVEZ"),
            ],
        ),
        (
            'Pia Lund, chief curator:\n\n"The collection goes on show in March."',
            [("The collection goes on show in March.", "Pia Lund")],
        ),
        # negative rows: a label that is not a speaker, and a reporter's sentence before the colon
        ('The outcome: "A mess."', [("A mess.", None)]),
        ('Asked about the vote, Marlowe was blunt: "No comment."', [("No comment.", None)]),
    ],
)
def test_speaker_label_before_colon_in_interviews_and_panels(
    extract_body: Extract, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _speakers(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, quote, speaker",
    [
        # a relative clause after a name and its apposition speaks for the name
        (
            "The claim is backed by Orla Finnegan, a friend of both Dermot Hale and Rory Kane, who said"
            ' "I knew it all along."',
            "I knew it all along.",
            "Orla Finnegan",
        ),
        ('The deal was backed by Mara Ostrov, who said it "protects jobs."', "protects jobs.", "Mara Ostrov"),
        # an aside opened by `who` may hold commas of its own
        (
            "After winning the contest, 25-year-old Zelda, who sang a song with drums, horns, and a choir,"
            ' said, "Thank you for the votes."',
            "Thank you for the votes.",
            "Zelda",
        ),
        # a hyphenated given name with a lower-case part is still a name in `DESC, NAME, said`
        (
            'One protester, Park Ji-woo, stated, "We are here to be heard."',
            "We are here to be heard.",
            "Park Ji-woo",
        ),
    ],
)
def test_relative_clause_and_long_aside_reach_the_name(
    extract_body: Extract, body: str, quote: str, speaker: str
) -> None:
    assert (quote, speaker) in _speakers(extract_body(body))


@pytest.mark.parametrize(
    "body, expected",
    [
        # a marker word (`operation`) in the previous sentence does not make the quote a name
        (
            'Mayor Ilse Brandt denounced the operation. "It takes us back years," she said.',
            [("It takes us back years,", "Ilse Brandt")],
        ),
        # negative row: right before the mark it still does
        ('The army launched Operation "Desert Wind" on Monday.', []),
    ],
)
def test_name_marker_is_read_in_the_quotes_own_sentence(
    extract_body: Extract, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _speakers(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a quote opening its sentence right after a reporting sentence is that sentence's speaker's
        (
            'Leader Tomas Varga spoke last. Varga said the market cannot end poverty. "Nor can the state,'
            ' which failed us before."',
            [("Nor can the state, which failed us before.", "Tomas Varga")],
        ),
        (
            '"We lost," Ines Hale said. Rui Ortiz said the count was close. "We won by ten votes."',
            [("We lost,", "Ines Hale"), ("We won by ten votes.", "Rui Ortiz")],
        ),
        # negative row: the tail of a quote's own sentence is a follow-on of that quote
        ('"We lost," Ines Hale said. "It hurts."', [("We lost,", "Ines Hale"), ("It hurts.", "Ines Hale")]),
    ],
)
def test_quote_after_a_reporting_sentence_takes_its_speaker(
    extract_body: Extract, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _speakers(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a broadcast transcript quoted whole, one speaker's line per paragraph
        (
            "The host pressed the governor on Sunday.\n\n"
            '"HOLLIS: Will the senator attend the debate?\n\n'
            '"BRANDVOLD: She will not be attending the debate tomorrow night.',
            [
                ("HOLLIS: Will the senator attend the debate?", "HOLLIS"),
                ("BRANDVOLD: She will not be attending the debate tomorrow night.", "BRANDVOLD"),
            ],
        ),
        # negative rows: `Q:`/`A:` and `UPDATE:` name nobody (a cue still does)
        (
            '"Q: Will you run again?\n\n"A: No, I will not."',
            [("Q: Will you run again?", None), ("A: No, I will not.", None)],
        ),
        (
            '"UPDATE: The coast road is open again," police said.',
            [("UPDATE: The coast road is open again,", "police")],
        ),
    ],
)
def test_transcript_line_label_inside_the_quote_names_the_speaker(
    extract_body: Extract, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _speakers(extract_body(body)) == expected


_NOUN_ROOT = (
    "Local resident Mara Quell, the mother of one of those hurt in the Dunmore blast, thought of Varga as"
    ' "a cruel man" who "deserved to suffer", adding to the BBC: "I feel nothing for him. He got to leave'
    ' with his friends around him."'
)


@pytest.mark.parametrize(
    "body, quote, speaker",
    [
        # the small model makes the name the root and the finite verb a clause on a noun: the root is the
        # subject, and a participle cue after the quote speaks for it
        (_NOUN_ROOT, "deserved to suffer", "Mara Quell"),
        (_NOUN_ROOT, "I feel nothing for him. He got to leave with his friends around him.", "Mara Quell"),
        # negative row: a verb with a subject of its own keeps it
        (
            'Mayor Ines Varga denied the charge on Monday, adding: "I was never in Dunmore."',
            "I was never in Dunmore.",
            "Ines Varga",
        ),
    ],
)
def test_participle_cue_after_a_noun_root_sentence_speaks_for_the_root(
    extract_body: Extract, body: str, quote: str, speaker: str
) -> None:
    assert (quote, speaker) in _speakers(extract_body(body))


@pytest.mark.parametrize(
    "body, claim, source",
    [
        # the small model reads the name as an apposition or a vocative and gives the cue no subject
        (
            "In his speech Prime Minister Kaito Hara again said that Norland would never build such weapons.",
            "Norland would never build such weapons",
            "Kaito Hara",
        ),
        # a clause is no source: `Having ...` is no subject of `said`
        (
            "Having heart surgery and treatment for cancer, Oberon in a televised address last year said age"
            " and illness were hurting his work.",
            "age and illness were hurting his work",
            "Oberon",
        ),
    ],
)
def test_subjectless_cue_takes_the_name_before_it(
    extract_body: Extract, body: str, claim: str, source: str
) -> None:
    claims = [(c.content, c.source.name if c.source else None) for c in extract_body(body).claims]
    assert (claim, source) in claims


def _subjectless_doc(words: list[str], pos: list[str], tags: list[str]) -> Doc:
    """A sentence whose last word is the root cue and has no subject: every other word hangs on it."""
    root = len(words) - 1
    deps = ["dep"] * root + ["ROOT"]
    return Doc(_VOCAB, words=words, pos=pos, tags=tags, deps=deps, heads=[root] * len(words))


@pytest.mark.parametrize(
    "words, pos, tags, expected",
    [
        (
            ["Minister", "Kaito", "Hara", "again", "said"],
            ["PROPN", "PROPN", "PROPN", "ADV", "VERB"],
            ["NNP", "NNP", "NNP", "RB", "VBD"],
            "Minister Kaito Hara",
        ),
        # negative rows: a name after a preposition, behind a comma or another finite verb
        (
            ["a", "letter", "to", "Hara", "said"],
            ["DET", "NOUN", "ADP", "PROPN", "VERB"],
            ["DT", "NN", "IN", "NNP", "VBD"],
            None,
        ),
        (
            ["Hara", ",", "officials", "said"],
            ["PROPN", "PUNCT", "NOUN", "VERB"],
            ["NNP", ",", "NNS", "VBD"],
            None,
        ),
        (
            ["Hara", "left", "and", "said"],
            ["PROPN", "VERB", "CCONJ", "VERB"],
            ["NNP", "VBD", "CC", "VBD"],
            None,
        ),
    ],
)
def test_subjectless_cue_name_guards(
    words: list[str], pos: list[str], tags: list[str], expected: str | None
) -> None:
    doc = _subjectless_doc(words, pos, tags)
    found = name_before_subjectless(doc, doc[len(words) - 1])
    assert (found.text if found else None) == expected


@pytest.mark.parametrize(
    "body, quote, speaker",
    [
        # an inverted source ends before the adjunct after it
        (
            '"We are storing the debris in a shed," said the office of the Norland President in a statement'
            " reported by the Daily Post before the team arrived.",
            "We are storing the debris in a shed,",
            "office of the Norland President",
        ),
        (
            '"The road stays shut," said Mayor Ines Varga on Monday.',
            "The road stays shut,",
            "Ines Varga",
        ),
    ],
)
def test_inverted_source_ends_before_an_adjunct(
    extract_body: Extract, body: str, quote: str, speaker: str
) -> None:
    assert (quote, speaker) in _speakers(extract_body(body))


def test_words_after_a_participle_cue_are_no_inverted_source(extract_body: Extract) -> None:
    body = (
        "The Daily Post and the Tidings filed a motion to unseal the records, arguing the move was needed"
        " for the public debate."
    )
    sources = {c.source.name for c in extract_body(body).claims if c.source}
    assert "the move" not in sources and "move" not in sources


@pytest.mark.parametrize(
    "body, quote, speaker",
    [
        # a sentence with a named subject, no cue and a colon introduces the quote after it
        (
            "According to Rolf Pell, the school has no right to talk about duty. Then Pell named three rules"
            ' to judge the schools that exist: "All teaching that hurts should stop; all schools that break'
            ' the law must close."',
            "All teaching that hurts should stop; all schools that break the law must close.",
            "Rolf Pell",
        ),
        (
            'Interior Minister Arye Dorn issued a statement: "These people abuse our law.'
            ' I will act against this."',
            "These people abuse our law. I will act against this.",
            "Arye Dorn",
        ),
        # negative rows: a common noun or `it` before the colon names no speaker
        ('The police found a note: "Do not follow us. We are gone."', "Do not follow us. We are gone.", None),
        ('It read: "Closed until further notice."', "Closed until further notice.", None),
    ],
)
def test_colon_sentence_with_a_named_subject_introduces_the_quote(
    extract_body: Extract, body: str, quote: str, speaker: str | None
) -> None:
    assert (quote, speaker) in _speakers(extract_body(body))


@pytest.mark.parametrize(
    "body, claim, source",
    [
        # the parse hangs `said` on `came`: the cue before it, of the same form, shares its subject
        (
            "The news came hours after Dorsey announced he would help the inquiry into spending within his"
            " office, and said he would firmly defend himself against the campaign.",
            "he would firmly defend himself against the campaign",
            "Dorsey",
        ),
        # negative row: a coordinated cue with a subject of its own keeps it
        (
            "Dorsey announced he would help the inquiry, and the board said it would meet on Friday.",
            "it would meet on Friday",
            "board",
        ),
    ],
)
def test_subjectless_coordinated_cue_shares_the_subject_of_the_cue_before_it(
    extract_body: Extract, body: str, claim: str, source: str
) -> None:
    claims = [(c.content, c.source.name if c.source else None) for c in extract_body(body).claims]
    assert (claim, source) in claims


@pytest.mark.parametrize(
    "body, claim, source",
    [
        # a participle opening the sentence speaks for the subject of its main clause
        (
            "Announcing that the rebel leader had been caught by Norland police during a raid on a farm near"
            ' Kell, Norland President Ivo Marten said it was "a good day for the country."',
            "the rebel leader had been caught by Norland police during a raid on a farm near Kell",
            "Ivo Marten",
        ),
        # negative row: a participle after the subject is read as before
        (
            "Ivo Marten spoke on Monday, announcing that the rebel leader had been caught by police.",
            "the rebel leader had been caught by police",
            "Ivo Marten",
        ),
    ],
)
def test_opening_participle_cue_speaks_for_the_main_clause_subject(
    extract_body: Extract, body: str, claim: str, source: str
) -> None:
    # the claim's extent is not under test here: the claim starting with the reported clause
    claims = [(c.content, c.source.name if c.source else None) for c in extract_body(body).claims]
    assert any(text.startswith(claim) and name == source for text, name in claims)


@pytest.mark.parametrize(
    "body, quote, speaker",
    [
        # the cue after the quote has no source of its own: the cue before it names the speaker
        (
            "However, Lebanese Culture Minister Rami Haddad said that the area of the park which had the"
            ' statue "[was] Lebanese land," and also stated that though Lebanon respects the deal, the city'
            " still contests part of it.",
            "[was] Lebanese land,",
            "Rami Haddad",
        ),
        # negative row: a cue after the quote with its own source keeps it
        ('"The bridge is safe," Mayor Ines Varga said.', "The bridge is safe,", "Ines Varga"),
    ],
)
def test_sourceless_cue_after_the_quote_yields_to_the_cue_before_it(
    extract_body: Extract, body: str, quote: str, speaker: str
) -> None:
    assert (quote, speaker) in _speakers(extract_body(body))
