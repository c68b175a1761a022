"""Name bounds and identity; `he`/`she` by sentence, role and gender (issue #13, classes 5, 2c, 3).

Describe-level rows are written as annotation (`Maria/PERSON Olsen/PERSON`, see test_describe.py); story-level
rows run the shipped pipeline on made-up sentences.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from wireclaims.extract.describe import Description, describe
from wireclaims.extract.mentions import Mention, mention_from_tokens
from wireclaims.extract.offsets import Covered
from wireclaims.extract.topics import build_registry
from wireclaims.lang.names import gender_of_given_name
from wireclaims.models import ArticleResult
from wireclaims.nlp import Pipeline


def _describe(annotated: str):
    words, labels = [], []
    for item in annotated.split():
        word, _, label = item.partition("/")
        words.append(word)
        labels.append(label)
    return describe(words, labels)


def _sources(result: ArticleResult) -> list[tuple[str, str | None]]:
    return [(c.content, c.source.name if c.source else None) for c in result.claims]


def _speakers(result: ArticleResult) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in result.quotes]


@pytest.mark.parametrize(
    "phrase, name",
    [
        # a clause opener or a heading in capitals runs into the name
        ("Yet Maria/PERSON Olsen/PERSON", "Maria Olsen"),
        ("Although Tomas/PERSON Brandt/PERSON", "Tomas Brandt"),
        ("BACK IN POWER Rosa/PERSON Okafor/PERSON", "Rosa Okafor"),
        # a party tag, a trailing phrase, a dangling conjunction
        ("Dale/PERSON Wexley/PERSON R-Ohio", "Dale Wexley"),
        ("Pell/PERSON in an interview", "Pell"),
        ("Hart/PERSON and", "Hart"),
        ("Harbour/ORG Bank/ORG just", "Harbour Bank"),
        ("Harbour/ORG Bank/ORG quietly", "Harbour Bank"),
        # particles joined by a hyphen stay in the name
        ("President Karim/PERSON al-Fadli/PERSON", "Karim al-Fadli"),
        ("Judge Omar/PERSON Yusuf/PERSON bin-Salem/PERSON", "Omar Yusuf bin-Salem"),
        # a possessive inside a name does not split it
        ("The People 's Tribune", "People's Tribune"),
        # negatives: capitalised objects, acronyms and lone capitals stay
        ("Sisters/ORG in/ORG Islam/ORG", "Sisters in Islam"),
        ("NATO/ORG", "NATO"),
        ("TIME/ORG magazine", "TIME magazine"),
        ("Ana/PERSON Ruiz/PERSON", "Ana Ruiz"),
    ],
)
def test_name_bounds_drop_neighbours_and_keep_particles(phrase: str, name: str) -> None:
    assert _describe(phrase).name == name


@pytest.mark.parametrize(
    "phrase, organization, name",
    [
        ("Kremlin/ORG 's spokesman", "Kremlin", None),
        ("Okafor/PERSON 's spokesman Vusi/PERSON Dlamo/PERSON", "Okafor", "Vusi Dlamo"),
        ("The Workers ' Gazette", None, "Workers' Gazette"),
    ],
)
def test_possessive_of_a_plural_noun_stays_in_the_name(
    phrase: str, organization: str | None, name: str | None
) -> None:
    d = _describe(phrase)
    assert (d.organization, d.name) == (organization, name)


@pytest.mark.parametrize(
    "phrase, gender",
    [
        ("Maria/PERSON Olsen/PERSON", "female"),
        ("Tomas/PERSON Brandt/PERSON", None),  # not in the list: unknown, never guessed
        ("David/PERSON Okoro/PERSON", "male"),
        ("the mother of a victim", "female"),
        ("the son of Queen Edith", "male"),
        # negatives: a lone given name may be a surname; a name given to both sexes tells nothing
        ("Maria/PERSON", None),
        ("Kim/PERSON Novak/PERSON", None),
    ],
)
def test_given_names_and_kin_nouns_give_gender(phrase: str, gender: str | None) -> None:
    assert _describe(phrase).gender == gender


@pytest.mark.parametrize(
    "word, gender", [("Fatima", "female"), ("Ahmed", "male"), ("ROBIN", None), ("Andrea", None)]
)
def test_gender_of_given_name(word: str, gender: str | None) -> None:
    assert gender_of_given_name(word) == gender


@pytest.mark.parametrize(
    "body, expected",
    [
        # the main subject of the sentence before, not the last person named
        (
            "Port captain Gavin Ferris, the father of a sailor, says Ray Dunmore ignored the warnings. "
            "He told the inquiry he had seen the logbook.",
            [
                ("Ray Dunmore ignored the warnings", "Gavin Ferris"),
                ("he had seen the logbook", "Gavin Ferris"),
            ],
        ),
        # a name the entity model misses, found by its given name; `she` skips the man named after her
        (
            "Planning chief Margaret Quillby felt the vote was a success. Councillor Peter Amsel abstained. "
            "Later she said the plan would go ahead.",
            [("the plan would go ahead", "Margaret Quillby")],
        ),
        # the only person in the sentence before, though not its subject
        (
            "It fell to deputy mayor Daniel Ostrowski to announce the cuts. "
            "He said the budget was exhausted.",
            [("the budget was exhausted", "Daniel Ostrowski")],
        ),
        # negative: in its own sentence a subject, not an object, is the antecedent
        (
            "Mayor Helen Stroud thanked Paul Barna. She said the bridge would reopen.",
            [("the bridge would reopen", "Helen Stroud")],
        ),
    ],
)
def test_pronoun_goes_to_main_subject_of_previous_sentence(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _sources(extract_body(body)) == expected


def test_pronoun_quote_follows_the_source_of_the_sentence_before(
    extract_body: Callable[[str], ArticleResult],
) -> None:
    body = (
        "Rebel commander Joseph Mbeki, the leader of the armed wing, warned the army in an interview. "
        '"We will resist until the end," he said.'
    )
    assert _speakers(extract_body(body)) == [("We will resist until the end,", "Joseph Mbeki")]


def test_same_title_for_different_organisations_are_two_people(
    extract_body: Callable[[str], ArticleResult],
) -> None:
    body = (
        "Harbour Board spokesman Neil Okonjo said the dock would close.\n\n"
        "A spokesman for the fishermen's union said the strike would go on."
    )
    assert _sources(extract_body(body)) == [
        ("the dock would close", "Neil Okonjo"),
        ("the strike would go on", "spokesman for the fishermen's union"),
    ]


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "A senior engineer at the water board, speaking on condition of anonymity, "
            "said the pumps had failed.",
            [("the pumps had failed", "senior engineer at the water board")],
        ),
        # negatives: a named source keeps its name; a bare description stays bare
        (
            "Lina Brandt, an engineer at the water board, said the pumps had failed.",
            [("the pumps had failed", "Lina Brandt")],
        ),
        ("A senior engineer said the pumps had failed.", [("the pumps had failed", "senior engineer")]),
    ],
)
def test_unnamed_source_is_named_by_its_whole_description(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _sources(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a name and its apposition joined by the parse: the name is the source
        (
            "Dara Fenwick, the governor's spokesman said the ferry would run on Sunday.",
            [("the ferry would run on Sunday", "Dara Fenwick")],
        ),
        (
            "Greta Lund Moberg, leader of the farmers' party said the tax would go.",
            [("the tax would go", "Greta Lund Moberg")],
        ),
        # negatives: two names side by side are not a name and its apposition; a name alone stays whole
        (
            "After a raid near the capital Lorvik, Harbour Minister Peter Holm said the port was safe.",
            [("the port was safe", "Peter Holm")],
        ),
        (
            "Dara Fenwick said the ferry would run on Sunday.",
            [("the ferry would run on Sunday", "Dara Fenwick")],
        ),
    ],
)
def test_name_is_cut_at_its_apposition_and_keeps_particles(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _sources(extract_body(body)) == expected


@pytest.mark.parametrize(
    "text, first, expected",
    [
        ("Judge Rafiq Hamdan al-Obeidi spoke first.", "Rafiq Hamdan", "Rafiq Hamdan al-Obeidi"),
        ("Nabil Saad bin-Khalid spoke first.", "Nabil Saad", "Nabil Saad bin-Khalid"),
        # negatives: a lower-case word that is no particle, a particle not joined by a hyphen
        ("Nabil Saad al fresco dining.", "Nabil Saad", "Nabil Saad"),
        ("Nabil Saad re-entered the room.", "Nabil Saad", "Nabil Saad"),
    ],
)
def test_mention_grows_over_a_hyphenated_particle(
    pipeline: Pipeline, text: str, first: str, expected: str
) -> None:
    doc = pipeline.nlp(text)
    start = text.index(first)
    tokens = list(doc.char_span(start, start + len(first)))
    mention = mention_from_tokens(doc, tokens)
    assert mention is not None and mention.description is not None
    assert mention.description.name == expected


def _parsed(rows: str) -> Doc:
    """A Doc from lines `word head dep pos` (heads are word indices); a blank line starts a sentence."""
    words, heads, deps, pos, starts = [], [], [], [], []
    new = True
    for line in rows.strip().splitlines():
        if not line.strip():
            new = True
            continue
        word, head, dep, tag = line.split()
        words.append(word)
        heads.append(int(head))
        deps.append(dep)
        pos.append(tag)
        starts.append(new)
        new = False
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, sent_starts=starts)


_NO_SUBJECT = """
Dutch 1 amod ADJ
citizen 7 amod NOUN
Tom 1 appos PROPN
Veld 2 flat PROPN
, 5 punct PUNCT
father 2 appos NOUN
, 5 punct PUNCT
believes 7 ROOT VERB
Dorn 9 nsubj PROPN
lied 7 ccomp VERB
. 7 punct PUNCT

He 12 nsubj PRON
agreed 12 ROOT VERB
. 12 punct PUNCT
"""


def _mention(doc: Doc, i: int, j: int, subject: bool, pronoun: str | None = None) -> Mention:
    span = doc[i:j]
    desc = None if pronoun else Description(span.text, None, None, "person")
    return Mention(span.start_char, span.end_char, span.text, desc, pronoun=pronoun, subject=subject)


@pytest.mark.parametrize(
    "people, expected",
    [
        # the parse found no subject for `believes`: the person before the verb is what the sentence is about
        ([(2, 4, False), (8, 9, True)], "Tom Veld"),
        # negative: the only person named is still found
        ([(8, 9, True)], "Dorn"),
    ],
)
def test_sentence_without_parsed_subject_is_about_who_comes_before_its_verb(
    people: list[tuple[int, int, bool]], expected: str
) -> None:
    doc = _parsed(_NO_SUBJECT)
    registry = build_registry(doc, [], Covered(len(doc.text)))
    for i, j, subject in people:
        registry.add(_mention(doc, i, j, subject))
    entry = registry.add(_mention(doc, 11, 12, True, pronoun="he"))
    assert entry is not None and entry.name == expected


@pytest.mark.parametrize(
    "phrase, appositive, expected",
    [
        ("Another activist", "Dara Quill", ("Dara Quill", "activist")),
        ("The spokesman", "Lulu", ("Lulu", "spokesman")),
        (
            "the Israeli Prime Minister",
            "Karim al-Fadli",
            ("Karim al-Fadli", "Israeli Prime Minister"),
        ),  # a nationality is part of a title (docs/gold-format.md)
        # negatives: an apposition that is a description, an organisation or a title is no name
        ("Another activist", "the group's treasurer", (None, "activist")),
        ("the spokesman", "Harbour Authority", (None, "spokesman")),
        ("the spokesman", "Deputy Mayor", (None, "spokesman")),
    ],
)
def test_description_takes_a_name_from_its_apposition(
    phrase: str, appositive: str, expected: tuple[str | None, str]
) -> None:
    d = describe(phrase.split(), [""] * len(phrase.split()), appositive)
    assert (d.name, d.title) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a person after a title, though the entity model names nobody there
        (
            "Harbour chief Jon Alterman said the talks were useful. "
            "Secretary of State Ottoline Brevik felt the conference was a success. "
            "Later she said the deal was close.",
            [("the talks were useful", "Jon Alterman"), ("the deal was close", "Ottoline Brevik")],
        ),
        # negative: two people joined by `and` are never one person a pronoun can stand for
        (
            "Mayor Helen Stroud opened the fair. Okafor and Benning shook hands. "
            "She said the fair was a success.",
            [("the fair was a success", "Helen Stroud")],
        ),
    ],
)
def test_people_after_titles_are_antecedents(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _sources(extract_body(body)) == expected


@pytest.mark.parametrize(
    "phrase, kind",
    [
        ("Okafor and Benning", "group"),
        ("Dara Quill and Tom Veld", "group"),
        # negatives: organisations named with `and`
        ("Food and Harbour Administration", "organization"),
        ("Quill/ORG &/ORG Veld/ORG", "organization"),
    ],
)
def test_two_people_joined_by_and_are_a_group(phrase: str, kind: str) -> None:
    assert _describe(phrase).kind == kind


@pytest.mark.parametrize(
    "body, expected",
    [
        # a body named once without speaking is what `the centre` stands for later (either spelling)
        (
            "The warning came from the Eastern Ocean Tsunami Warning Center on Monday.\n\n"
            "The centre noted that the north coast was under threat.",
            [("the north coast was under threat", "Eastern Ocean Tsunami Warning Center")],
        ),
        # negative: with no body of that kind named before, the description stays as written
        (
            "The centre noted that the north coast was under threat.",
            [("the north coast was under threat", "centre")],
        ),
    ],
)
def test_description_resolves_to_the_organisation_named_before(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _sources(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ('Tom Hale met Ana Ruiz at the harbour. "Yes," Hale said.', ["Tom Hale"]),
        # negative: everyone who speaks is a speaker
        ('Tom Hale met Ana Ruiz. "Yes," Hale said. Ruiz said the talks went well.', ["Tom Hale", "Ana Ruiz"]),
    ],
)
def test_only_sources_are_speakers(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[str]
) -> None:
    assert [s.name for s in extract_body(body).speakers] == expected


def test_a_name_the_model_called_an_organisation_is_one_person_once_described_as_one(
    extract_body: Callable[[str], ArticleResult],
) -> None:
    result = extract_body(
        "Shipping agents reacted with alarm. Tomas Brandt, chairman of the Valdermere Freight Forwarders "
        "Association, said smaller operators could move their business to rival ports along the coast."
        '\n\n"A twelve percent increase lands on our members overnight," Brandt said.'
    )
    people = [(s.name, s.kind) for s in result.speakers]
    assert people == [("Tomas Brandt", "person")]
    assert {q.speaker.name for q in result.quotes if q.speaker} == {"Tomas Brandt"}


@pytest.mark.parametrize(
    "body, speakers",
    [
        # a joined particle, a particle, a hyphenated given name: one person each (wireclaims.names)
        (
            'Karim al-Fadli, the port director, said the cranes were idle. "We wait," Fadli said.',
            ["Karim al-Fadli"],
        ),
        (
            'Marta van Oost, the mayor, said the bridge would close. "It is old," Van Oost said.',
            ["Marta van Oost"],
        ),
        (
            "Jean-Luc Mbala, the health minister, said the clinics were open. "
            '"We have beds," Luc Mbala said.',
            ["Jean-Luc Mbala"],
        ),
        # negative: two people sharing a surname stay two
        (
            'Ana Serrat said the vote was fair. "We counted twice," Juan Serrat said.',
            ["Ana Serrat", "Juan Serrat"],
        ),
    ],
)
def test_variants_of_a_name_are_one_speaker(
    extract_body: Callable[[str], ArticleResult], body: str, speakers: list[str]
) -> None:
    assert [s.name for s in extract_body(body).speakers] == speakers
