"""Only a person, an organisation or a group is a source: clauses, prepositional phrases, documents, hearers,
quantifiers and page furniture never are (wireclaims.extract.validate), whatever the parse hands over."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from wireclaims.extract.describe import Description
from wireclaims.extract.validate import can_be_source, judge, name_can_speak, source_name
from wireclaims.models import ArticleResult

_VOCAB = spacy.blank("en").vocab
PERSON = Description("Dana Whitfield", None, None, "person")
THING = Description(None, None, None, "unknown")


def _doc(annotated: str) -> Doc:
    """A hand-parsed Doc from `word|POS|dep|head[|TAG|lemma|ENT]` items (head: index of the head token)."""
    rows = [item.split("|") for item in annotated.split()]
    rows = [row + [""] * (7 - len(row)) for row in rows]
    return Doc(
        _VOCAB,
        words=[r[0] for r in rows],
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[int(r[3]) for r in rows],
        tags=[r[4] or r[1] for r in rows],
        lemmas=[r[5] or r[0].lower() for r in rows],
        ents=[f"B-{r[6]}" if r[6] else "O" for r in rows],
    )


# Each row: the parsed sentence, the phrase's token range, whether roles are judged, and the verdict:
# (reason, author word) with reason None for a source.
@pytest.mark.parametrize(
    "annotated, span, roles, expected",
    [
        # sources stay sources
        ("Dana|PROPN|compound|1 Whitfield|PROPN|nsubj|2 said|VERB|ROOT|2", (0, 2), True, (None, None)),
        ("The|DET|det|1 council|NOUN|nsubj|2 said|VERB|ROOT|2", (0, 2), True, (None, None)),
        ("Residents|NOUN|nsubj|1 said|VERB|ROOT|1", (0, 1), True, (None, None)),
        # an acronym tagged as an adjective is still a name
        ("KORVA|ADJ|nsubj|1 warned|VERB|ROOT|1", (0, 1), False, (None, None)),
        # a capitalised word inside a sentence is a name, whatever its tag
        (
            "Then|ADV|advmod|3 Will|AUX|compound|2 Tracy|PROPN|nsubj|3 said|VERB|ROOT|3",
            (1, 3),
            False,
            (None, None),
        ),
        # the inverted source after a quotation is no hearer: the verb has no subject of its own
        ("warned|VERB|ROOT|0 one|NUM|nummod|2 fisherman|NOUN|obj|0", (1, 3), True, (None, None)),
        # prepositional phrases: `by X` and `from X` name the source, `to X` never is one
        ("adding|VERB|ROOT|0 to|ADP|case|2 CNN|PROPN|obl|0", (1, 3), False, ("preposition", None)),
        (
            "For|ADP|case|2 Dana|PROPN|compound|2 Whitfield|PROPN|obl|3 spoke|VERB|ROOT|3",
            (0, 3),
            False,
            ("preposition", None),
        ),
        (
            "praised|VERB|ROOT|0 by|ADP|case|3 the|DET|det|3 mayor|NOUN|obl|0",
            (1, 4),
            False,
            ("preposition", "mayor"),
        ),
        # clauses, infinitives and participles
        (
            "agreeing|VERB|ROOT|0 to|PART|mark|2 pause|VERB|xcomp|0 the|DET|det|4 talks|NOUN|obj|2",
            (1, 5),
            False,
            ("preposition", None),
        ),
        (
            "He|PRON|nsubj|1 went|VERB|ROOT|1 as|ADV|advmod|3 far|ADV|advmod|1 to|PART|mark|5 "
            "say|VERB|xcomp|1",
            (3, 5),
            False,
            ("clause", None),
        ),
        (
            "Speaking|VERB|advcl|3 ,|PUNCT|punct|3 Obama|PROPN|nsubj|3 praised|VERB|ROOT|3",
            (0, 1),
            False,
            ("clause", None),
        ),
        # documents stand for their author when the text names one
        ("The|DET|det|1 statement|NOUN|nsubj|2 said|VERB|ROOT|2", (0, 2), False, ("document", None)),
        (
            "Oxfam|PROPN|nsubj|1 issued|VERB|ROOT|1 a|DET|det|3 statement|NOUN|obj|1",
            (2, 4),
            False,
            ("document", "Oxfam"),
        ),
        (
            "A|DET|det|1 report|NOUN|nsubj|4 by|ADP|case|3 Unicef|PROPN|nmod|1 said|VERB|ROOT|4",
            (0, 2),
            False,
            ("document", "Unicef"),
        ),
        (
            "the|DET|det|1 board|NOUN|nmod|3 's|PART|case|1 website|NOUN|obl|3",
            (0, 4),
            False,
            ("document", "board"),
        ),
        (
            "a|DET|det|2 Gazette|PROPN|compound|2 analysis|NOUN|nsubj|3 found|VERB|ROOT|3",
            (0, 3),
            False,
            ("document", "Gazette"),
        ),
        # negative: a newspaper's name is an organisation, not a document
        (
            "The|DET|det|2 Harbour|PROPN|compound|2 Post|PROPN|nsubj|3 reported|VERB|ROOT|3",
            (0, 3),
            False,
            (None, None),
        ),
        # quantifiers, generic words, page furniture, bare adjectives
        ("Some|DET|nsubj|1 claim|VERB|ROOT|1", (0, 1), False, ("generic", None)),
        ("Others|NOUN|nsubj|1 said|VERB|ROOT|1", (0, 1), False, ("generic", None)),
        ("Advertisement|NOUN|ROOT|0", (0, 1), False, ("boilerplate", None)),
        ("Story|NOUN|nsubj|1 continues|VERB|ROOT|1 below|ADV|advmod|1", (0, 3), False, ("boilerplate", None)),
        ("the|DET|det|1 soft-spoken|ADJ|nsubj|2 said|VERB|ROOT|2", (0, 2), False, ("word", None)),
        # hearers: the object of `told`, the passive subject of `was told` (its `by` phrase is the source)
        (
            "Ravel|PROPN|nsubj|1 told|VERB|ROOT|1|VBD|tell the|DET|det|3 crowd|NOUN|obj|1",
            (2, 4),
            True,
            ("hearer", None),
        ),
        (
            "She|PRON|nsubj|2 was|AUX|aux|2|VBD|be told|VERB|ROOT|2|VBN|tell by|ADP|case|5 a|DET|det|5 "
            "nurse|NOUN|obl|2",
            (0, 1),
            True,
            ("hearer", "nurse"),
        ),
        # negative: names registered for later pronouns are not judged by role
        ("Ravel|PROPN|nsubj|1 told|VERB|ROOT|1|VBD|tell Lena|PROPN|obj|1", (2, 3), False, (None, None)),
        ("It|PRON|expl|2 was|AUX|aux|2 reported|VERB|ROOT|2", (0, 1), False, ("generic", None)),
        # a conjunction opening the sentence is not the phrase's head: `But several reports` is a document
        (
            "But|CCONJ|cc|3 several|ADJ|amod|2 reports|NOUN|nsubj|3 suggest|VERB|ROOT|3",
            (0, 3),
            False,
            ("document", None),
        ),
        # a plural document is read by its lemma
        (
            "the|DET|det|1 cables|NOUN|nsubj|2|NNS|cable said|VERB|ROOT|2",
            (0, 2),
            False,
            ("document", None),
        ),
        # a participle and its object, whatever the tagger calls the participle's head
        (
            "an|DET|det|1 ad|NOUN|obj|1 featuring|ADJ|amod|3|VBG Ana|PROPN|appos|1",
            (2, 4),
            False,
            ("clause", None),
        ),
        # polling is a document: its `by` phrase names the source
        (
            "according|VERB|mark|1|VBG polling|VERB|ROOT|1|VBG by|ADP|case|5 the|DET|det|5 "
            "Dockers|PROPN|compound|5 Union|PROPN|obl|1",
            (1, 6),
            False,
            ("document", "Union"),
        ),
        # `of` names an author only when a name follows it: `a summary of the talks` has none
        (
            "a|DET|det|1 summary|NOUN|nsubj|5 of|ADP|case|4 the|DET|det|4 talks|NOUN|nmod|1 said|VERB|ROOT|5",
            (0, 5),
            False,
            ("document", None),
        ),
        # negative: a gerund that describes its noun is no participle clause
        (
            "lobbying|NOUN|compound|1|VBG firms|NOUN|nsubj|2 said|VERB|ROOT|2",
            (0, 2),
            True,
            (None, None),
        ),
    ],
)
def test_judge_accepts_only_people_organisations_and_groups(
    annotated: str, span: tuple[int, int], roles: bool, expected: tuple[str | None, str | None]
) -> None:
    doc = _doc(annotated)
    tokens = list(doc[span[0] : span[1]])
    description = None if len(tokens) == 1 and tokens[0].pos_ == "PRON" else PERSON
    verdict = judge(tokens, description, roles)
    assert (verdict.reason, verdict.author.text if verdict.author is not None else None) == expected
    assert can_be_source(tokens, description, roles) == (expected[0] is None)


@pytest.mark.parametrize(
    "body, expected",
    [
        # the author of a document is the source, not the document
        (
            'The Harbour Trust issued a statement saying "the pier will stay closed until spring."',
            [("the pier will stay closed until spring.", "Harbour Trust")],
        ),
        # a name is never completed with the preposition opening its sentence
        (
            'For Tobi Okafor, the vote was a test of the party. "We won the argument," Okafor said.',
            [("We won the argument,", "Tobi Okafor")],
        ),
        # the medium after `adding to` is never the source: the participle speaks for the sentence's subject
        (
            'Mara Quist described the ruling as "a disgrace", adding to Radio Kelp: "Nobody listened to us."',
            [("a disgrace", "Mara Quist"), ("Nobody listened to us.", "Mara Quist")],
        ),
    ],
)
def test_quote_speakers_are_never_documents(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str, str | None]]
) -> None:
    result = extract_body(body)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in result.quotes] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a prepositional phrase after the cue is the hearer, never the source
        (
            'Mara Quist described the ruling as "a disgrace", adding to Radio Kelp: "Nobody listened to us."',
            [],
        ),
        # `continue` is no cue away from a quotation: the evidence does not speak; the media reporting do
        (
            "Evidence of unsafe levels of lead in the water supply continues to emerge, with local media "
            "reporting on Tuesday that a university study has found lead in six of ten samples.",
            [("a university study has found lead in six of ten samples", "local media")],
        ),
        # the hearer of `was told` is not the source; the `by` phrase is
        (
            "Lena Marsh said the ferry was late. She was told by a deckhand that the engine had failed.",
            [("the ferry was late", "Lena Marsh"), ("the engine had failed", "deckhand")],
        ),
        # a document stands for its author when the text names one, else there is no source
        (
            "A report by the Coastal Institute said the dunes were shrinking by a metre a year.",
            [("the dunes were shrinking by a metre a year", "Coastal Institute")],
        ),
        (
            "Boats stayed in port for a week, according to the harbour authority's website.",
            [("Boats stayed in port for a week", "harbour authority")],
        ),
        # a lower-case document labelled as a name by the model is still a document
        (
            "Boats stayed in port, according to the Lagos port authority’s website.",
            [("Boats stayed in port", "Lagos port authority")],
        ),
        (
            "The joint statement said the talks would resume in March.",
            [("the talks would resume in March", None)],
        ),
        (
            "The club confirmed the sale in a post on its website. The post said the new owner would keep "
            "the coach.",
            [("the new owner would keep the coach", None)],
        ),
        # negative: a person stays the source
        ("Oren Vale said the plan was a fraud.", [("the plan was a fraud", "Oren Vale")]),
    ],
)
def test_claim_sources_are_never_documents_phrases_or_hearers(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str, str | None]]
) -> None:
    result = extract_body(body)
    assert [(c.content, c.source.name if c.source else None) for c in result.claims] == expected


@pytest.mark.parametrize(
    "name, kind, speaks",
    [
        ("that", "unknown", False),
        ("someone", "unknown", False),
        ("Who", "unknown", False),
        ("talking", "unknown", False),
        ("emailing a video", "unknown", False),
        ("report", "unknown", False),
        ("website", "unknown", False),
        # negatives: names and sources that only look like those words
        ("Tessa Manning", "person", True),
        ("Fleming", "unknown", True),
        ("Harbour Report", "organization", True),
        ("shipping agents", "group", True),
        ("mining union", "organization", True),
        ("officials", "group", True),
        ("the port authority", "organization", True),
        # a participle opening a sentence, labelled a name by the model
        ("Citing", "unknown", False),
        ("Having", "unknown", False),
        ("Saying", "unknown", False),
        ("Speaking to", "unknown", False),
        # a participle and its object or modifier
        ("throwing chairs", "unknown", False),
        ("belying budget hawks", "unknown", False),
        ("arriving at a gathering", "group", False),
        ("varying degrees, all", "unknown", False),
        # a document or a thing inside a longer phrase: the head decides
        ("multiple reports", "group", False),
        ("Gazette/KLT poll", "unknown", False),
        ("Coastline average of recent polls", "person", False),
        ("Harbour Bureau summary of its inquiry", "organization", False),
        ("polling by the dockers' union", "unknown", False),
        ("visit to the church by Omar Wells", "unknown", False),
        ("pending ballot initiative", "unknown", False),
        # a clause, an object, a preposition, a quotation
        ("rent caps would indeed cause prices to soar", "unknown", False),
        ("drawing criticism he", "unknown", False),
        ("him a series of questions", "group", False),
        ("for Omar Wells", "person", False),
        ("Wells for stealing their data", "person", False),
        ("debate showed Wells for", "person", False),
        ("Tara Quill “Maybe", "person", False),
        # negatives: real names and sources that look like those
        ("Hope Hicks", "person", True),
        ("Will Hurd", "person", True),
        ("Bill Reporting", "person", True),
        ("Mark Meadows", "person", True),
        ("the Post", "organization", True),
        ("Harbour Post", "organization", True),
        ("US Secretary of State", "person", True),
        ("lobbying firms", "group", True),
        ("restructuring experts", "group", True),
        ("grieving parents", "group", True),
        ("staggering 56 percent of voters", "unknown", True),
        ("forward-leaning media company", "organization", True),
        ("publishing executive familiar with the talks", "group", True),
        ("aide familiar with his remarks", "person", True),
        ("jury in charge of selecting the venue", "unknown", True),
        ("proponents of curbs on hate speech", "group", True),
        ("her lawyers", "unknown", True),
    ],
)
def test_the_last_check_on_a_speaker_name_refuses_words_that_stand_for_nobody(
    name: str, kind: str, speaks: bool
) -> None:
    assert name_can_speak(name, kind) is speaks


@pytest.mark.parametrize(
    "name, kind, mentions, expected",
    [
        # what runs into a name is cut off: relative clauses, openers, prepositions, quotations
        ("candidate who", "person", [], "candidate"),
        ("Packer, who is chair of the fund", "person", [], "Packer"),
        ("sources who have seen the letters", "group", [], "sources"),
        (", a tech aide at the agency who", "person", [], "a tech aide at the agency"),
        ('," an adviser to the team', "person", [], "an adviser to the team"),
        ("but Omar Wells", "person", [], "Omar Wells"),
        ("for Omar Wells", "person", [], "Omar Wells"),
        ("throwing chairs and", "unknown", [], "throwing chairs"),
        ("Tara Quill Maybe", "person", ["Tara Quill “Maybe"], "Tara Quill"),
        # a document followed by its author's name stands for the author
        ("tally by the Carbon Project", "organization", [], "Carbon Project"),
        ("a report from Harbour Watch", "organization", [], "Harbour Watch"),
        ("March study by the Harbour Institute based", "organization", [], "Harbour Institute"),
        ("a study by the Centre for Coastal Policy", "organization", [], "Centre for Coastal Policy"),
        ("polling by the dockers' union", "unknown", [], "polling by the dockers' union"),
        # negatives: names that keep every word
        ("to Radio Kelp", "organization", [], "to Radio Kelp"),
        ("Who", "unknown", [], "Who"),
        ("Sisters in Islam", "organization", [], "Sisters in Islam"),
        ("Lena Hart of the Port Authority", "person", [], "Lena Hart of the Port Authority"),
        ("Paul Ryan", "person", ['KLT\'s "Meet the Coast," House Speaker Paul Ryan'], "Paul Ryan"),
    ],
)
def test_a_speaker_name_keeps_nothing_that_runs_into_it(
    name: str, kind: str, mentions: list[str], expected: str
) -> None:
    assert source_name(name, kind, mentions) == expected


@pytest.mark.parametrize(
    "name, mentions, speaks",
    [
        ("State", ["KLT’s “State"], False),  # a programme's title opens the quotation
        ("Meet", ['on "Meet the Coast'], False),
        # negatives: a closing mark before the name, or a quotation elsewhere in the mention
        ("Ruiz", ['," Ruiz'], True),
        ("Paul Ryan", ['KLT\'s "Meet the Coast," House Speaker Paul Ryan'], True),
    ],
)
def test_a_name_that_opens_a_quotation_is_a_title(name: str, mentions: list[str], speaks: bool) -> None:
    assert name_can_speak(name, "organization", mentions) is speaks


@pytest.mark.parametrize(
    "body, expected",
    [
        # a relative clause never becomes part of the speaker's name
        (
            '"We were never consulted," said one owner of a bakery who declined to be named.',
            [("We were never consulted,", "one owner of a bakery")],
        ),
        (
            '"We will not stop," said Lena Marsh, who is chair of the Dune Trust.',
            [("We will not stop,", "Lena Marsh")],
        ),
    ],
)
def test_quote_speakers_end_before_a_relative_clause(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str, str | None]]
) -> None:
    result = extract_body(body)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in result.quotes] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # documents inside longer phrases stand for their author, or for nobody
        (
            "The fishing ban will hold, according to polling by the Dockworkers Union.",
            [("The fishing ban will hold", "Dockworkers Union")],
        ),
        (
            "The fishing ban will hold until spring, according to a Harbour Gazette summary of the talks.",
            [("The fishing ban will hold until spring", "Harbour Gazette")],
        ),
        (
            "But several reports suggest that the mayor will resign before the vote.",
            [("the mayor will resign before the vote", None)],
        ),
        # a participle opening the sentence is never the source
        (
            "Prices rose in June. (Having said that, there are some analysts who argue that the levy is too "
            "low.)",
            [
                ("there are some analysts who argue that the levy is too low.)", None),
                ("the levy is too low.)", "some analysts"),
            ],
        ),
        # negatives: real names that look like participles or verbs
        (
            "Speaking to reporters, Will Hurd said the bill was dead. Hope Hicks said the bill would pass.",
            [("the bill was dead", "Will Hurd"), ("the bill would pass", "Hope Hicks")],
        ),
    ],
)
def test_claim_sources_are_never_participles_or_documents_inside_phrases(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str, str | None]]
) -> None:
    result = extract_body(body)
    assert [(c.content, c.source.name if c.source else None) for c in result.claims] == expected
