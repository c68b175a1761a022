"""Who a claim is from when the cue's subject is not the whole answer: `according to` mid-sentence, a
document that stands for its issuer, a description opening its sentence, names the model mislabels."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from wireclaims.extract.describe import Description
from wireclaims.extract.mentions import Mention
from wireclaims.extract.name_bounds import without_party_tag
from wireclaims.extract.people import titled_person
from wireclaims.models import ArticleResult

# One vocabulary for the hand-built Docs: `spacy.blank` per Doc costs a tenth of a second.
_VOCAB = spacy.blank("en").vocab


def _claims(result: ArticleResult) -> list[tuple[str | None, str]]:
    return [(c.source.name if c.source else None, c.content) for c in result.claims]


def _quotes(result: ArticleResult) -> list[tuple[str | None, str]]:
    return [(q.speaker.name if q.speaker else None, q.text) for q in result.quotes]


@pytest.mark.parametrize(
    "body, expected",
    [
        # `X reported A, according to Y B`: B is Y's claim, and A stays X's
        (
            "Local papers have reported that hundreds of farmers have been evicted in the province, "
            "according to the Land Rights Council there may be up to 900 families without homes.",
            [
                ("Local papers", "hundreds of farmers have been evicted in the province"),
                ("Land Rights Council", "there may be up to 900 families without homes"),
            ],
        ),
        # negative: `CLAUSE, according to Y.` is Y's clause, as before
        (
            "Hundreds of farmers have been evicted in the province, according to the Land Rights Council.",
            [("Land Rights Council", "Hundreds of farmers have been evicted in the province")],
        ),
    ],
)
def test_according_to_mid_sentence_opens_the_sources_own_claim(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _claims(extract_body(body)) == expected


def test_according_to_inside_a_quotation_does_not_cut_the_clause(
    extract_body: Callable[[str], ArticleResult],
) -> None:
    body = (
        'Officials said the mayor had warned that "prices will rise, according to our own study, for years."'
    )
    contents = [content for source, content in _claims(extract_body(body)) if source == "Officials"]
    assert contents == [
        'the mayor had warned that "prices will rise, according to our own study, for years."'
    ]


@pytest.mark.parametrize(
    "body, expected",
    [
        # the statement is the one the agent issued (`stated`)
        (
            "The singer died at her home on Friday, her agent Maria Lund stated on behalf of the family. "
            "According to the statement, the cause of death was heart failure.",
            [
                ("Maria Lund", "The singer died at her home on Friday"),
                ("Maria Lund", "the cause of death was heart failure"),
            ],
        ),
        # the letter is the one whose sentence names it, not the last speaker's
        (
            'In a letter sent from prison last year, Omar Haddad writes: "I did not commit this crime."\n\n'
            "The foreign minister said talks were under way. According to the letter, the government began "
            "seeking a pardon in May.",
            [
                ("foreign minister", "talks were under way"),
                ("Omar Haddad", "the government began seeking a pardon in May"),
            ],
        ),
        # negative: nobody issued it before, so the claim has no source
        (
            "According to the statement, the cause of death was heart failure.",
            [(None, "the cause of death was heart failure")],
        ),
        # negative: a document whose author is named keeps that author
        (
            "The singer died at her home on Friday, her agent Maria Lund stated. According to the report "
            "by the coroner's office, the cause of death was heart failure.",
            [
                ("Maria Lund", "The singer died at her home on Friday"),
                ("office", "the cause of death was heart failure"),
            ],
        ),
    ],
)
def test_according_to_a_document_is_its_issuer(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _claims(extract_body(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Heavy rain flooded the lower town on Friday. Rescue workers in the valley said four people "
            "had been pulled from the water.",
            "Rescue workers in the valley",
        ),
        (
            "Witnesses for the defence say the driver had stopped at the crossing before the crash.",
            "Witnesses for the defence",
        ),
        # negative: no complement, nothing to add
        ("Officials said four people had been pulled from the water.", "Officials"),
    ],
)
def test_a_description_opening_its_sentence_keeps_its_complement(
    extract_body: Callable[[str], ArticleResult], body: str, expected: str
) -> None:
    assert [source for source, _ in _claims(extract_body(body))] == [expected]


def test_a_hyphenated_given_name_stays_in_the_name(extract_body: Callable[[str], ArticleResult]) -> None:
    body = (
        'Police fired water cannon at the crowd on Sunday. "The protests have turned violent," said Interior '
        "Minister Lee Dong Wan. He vowed to punish the organisers.\n\n"
        'One marcher, Lee In-ho, stated, "We only want to be heard. Why are they stopping us?"'
    )
    assert [speaker for speaker, _ in _quotes(extract_body(body))] == ["Lee Dong Wan", "Lee In-ho"]


def test_he_after_a_new_speaker_is_the_new_speaker(extract_body: Callable[[str], ArticleResult]) -> None:
    body = (
        "The island's leader Omar Belkacem said he had ordered the troops ashore. \"We will restore order "
        'within days," he said.\n\n'
        'Meanwhile, Ghanaian president Kwabena Osei condemned the landing. "This takes the region back to '
        'the use of force," he said in a radio address. "Nobody needed soldiers here."'
    )
    assert [speaker for speaker, _ in _quotes(extract_body(body))] == [
        "Omar Belkacem",
        "Kwabena Osei",
        "Kwabena Osei",
    ]


def _doc(words: list[str], pos: list[str]) -> Doc:
    doc = Doc(_VOCAB, words=words, pos=pos, lemmas=[w.lower() for w in words])
    return doc


@pytest.mark.parametrize(
    "words, pos, name, expected",
    [
        # the entity model called a person an organisation: the lower-case job next to the name says otherwise
        (["the", "president", "Ada", "Lual"], ["DET", "NOUN", "PROPN", "PROPN"], (2, 4), "person"),
        (["minister", "Kofi", "Boateng", "Mensah"], ["NOUN", "PROPN", "PROPN", "PROPN"], (1, 4), "person"),
        (
            ["Ada", "Lual", ",", "the", "foreign", "minister", ",", "said"],
            ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "VERB"],
            (0, 2),
            "person",
        ),
        # negative: no job next to it, an organisation word in it, a capitalised word before it, or a job in
        # another clause after it
        (["the", "group", "Ada", "Lual"], ["DET", "NOUN", "PROPN", "PROPN"], (2, 4), "organization"),
        (
            ["the", "president", "Lual", "Foundation"],
            ["DET", "NOUN", "PROPN", "PROPN"],
            (2, 4),
            "organization",
        ),
        (["the", "President", "Ada", "Lual"], ["DET", "PROPN", "PROPN", "PROPN"], (2, 4), "organization"),
        (
            ["Ada", "Lual", ",", "which", "hired", "a", "minister"],
            ["PROPN", "PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN"],
            (0, 2),
            "organization",
        ),
    ],
)
def test_a_job_next_to_an_organisation_labelled_name_makes_a_person(
    words: list[str], pos: list[str], name: tuple[int, int], expected: str
) -> None:
    doc = _doc(words, pos)
    text = " ".join(words[name[0] : name[1]])
    mention = Mention(0, 1, text, Description(text, None, None, "organization"))
    found = titled_person(doc, name[0], name[1], mention)
    assert found.description is not None and found.description.kind == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # `Some` alone as the subject is part of the group named just before
        (
            "Villagers on the island said they had seen a low plane on the morning of the crash. Some also "
            "said the plane was painted red.",
            ["Villagers on the island", "Villagers on the island"],
        ),
        # negative: no group before it
        ("Some said the plan would fail before the end of the year.", [None]),
        # negative: an organisation is no group of people to take some of
        (
            "The ministry said the bridge would reopen in May. Some said the plan would fail before the end "
            "of the year.",
            ["ministry", None],
        ),
        # negative: the group is several sentences back
        (
            "Villagers on the island said they had seen a low plane on the morning of the crash. The storm "
            "closed the port for two days. Ferries stayed in the harbour until Monday. Some said the plane "
            "had been flying west.",
            ["Villagers on the island", None],
        ),
    ],
)
def test_some_alone_is_part_of_the_group_just_named(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[str | None]
) -> None:
    assert [source for source, _ in _claims(extract_body(body))] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a proper name is named without the place it is in
        ("According to the Harbour Trust in Glasgow, the pier will reopen in June.", "Harbour Trust"),
        (
            "According to Riverside Children's Hospital in Denver, Colorado, parents can take several steps "
            "to keep children safe: always use the belt.",
            "Riverside Children's Hospital",
        ),
        # negative: a description keeps its place, it is what tells who they are
        (
            "According to officials in Denver, parents can take several steps to keep children safe.",
            "officials in Denver",
        ),
    ],
)
def test_a_named_source_drops_its_locative_a_description_keeps_it(
    extract_body: Callable[[str], ArticleResult], body: str, expected: str
) -> None:
    assert [source for source, _ in _claims(extract_body(body))] == [expected]


@pytest.mark.parametrize(
    "body, expected",
    [
        # a parenthesised party tag between the name and the cue, or before an aside, is not in the way
        ("Sen. Tom Price (R-Ohio) said the bill would pass by the end of the month.", ["Tom Price"]),
        (
            "Sen. Ada Brandt (D-Vt.), who leads the panel, said the hearing would be delayed until next "
            "week.",
            ["Ada Brandt"],
        ),
        (
            "Attorney General Lena Ortiz (D), the governor's opponent in the race, called for releasing the "
            'tapes, saying that openness "builds trust."',
            ["Lena Ortiz"],
        ),
        # negative: an acronym in parentheses is no party tag, the name stays as it was
        (
            "The Food and Drug Administration (FDA) said the drug was safe for children over twelve.",
            ["Food and Drug Administration"],
        ),
    ],
)
def test_a_party_tag_does_not_hide_the_source(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[str]
) -> None:
    assert [source for source, _ in _claims(extract_body(body))] == expected


def test_a_quote_before_a_party_tagged_name_is_that_persons(
    extract_body: Callable[[str], ArticleResult],
) -> None:
    body = (
        '"It is a warning to every voter in the state," Rep. Dana Hale (D-Ore.) said Friday. '
        '"We will not let it pass."'
    )
    assert [speaker for speaker, _ in _quotes(extract_body(body))] == ["Dana Hale", "Dana Hale"]


@pytest.mark.parametrize(
    "words, pos, expected",
    [
        # the job with the words that qualify it is the title, as the story writes it
        (
            ["Independent", "candidate", "Ada", "Lual"],
            ["ADJ", "NOUN", "PROPN", "PROPN"],
            "Independent candidate",
        ),
        (
            ["Meanwhile", ",", "South", "African", "president", "Ada", "Lual"],
            ["ADV", "PUNCT", "PROPN", "ADJ", "NOUN", "PROPN", "PROPN"],
            "South African president",
        ),
        # negative: an article or a verb before the job is not part of it
        (["the", "president", "Ada", "Lual"], ["DET", "NOUN", "PROPN", "PROPN"], "president"),
        (["met", "president", "Ada", "Lual"], ["VERB", "NOUN", "PROPN", "PROPN"], "president"),
    ],
)
def test_a_job_before_an_organisation_labelled_name_is_the_persons_title(
    words: list[str], pos: list[str], expected: str
) -> None:
    doc = _doc(words, pos)
    start = len(words) - 2
    text = " ".join(words[start:])
    mention = Mention(0, 1, text, Description(text, None, None, "organization"))
    found = titled_person(doc, start, len(words), mention)
    assert found.description is not None and found.description.title == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # an adjective of origin before a job is no employer
        # (the nationality stays in the title: docs/gold-format.md)
        (
            "South African president Ada Lual said the talks would resume on Monday.",
            ("South African president", None),
        ),
        # negative: a real organisation stays
        ("Harbour Bank chief executive Ada Lual said the talks would resume on Monday.", None),
    ],
)
def test_a_nationality_is_no_organisation(
    extract_body: Callable[[str], ArticleResult], body: str, expected: tuple[str, None] | None
) -> None:
    speaker = extract_body(body).speakers[0]
    if expected is None:
        assert speaker.organization is not None
    else:
        assert (speaker.title, speaker.organization) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # the parse made the subject the root: `he` is still the person the sentence is about
        (
            '"We need the logs from that night," Ortiz said. The port\'s chief executive, Paul Brenner, '
            "speaking to reporters on Monday, blamed the crane operator; he said the brakes had failed twice "
            "that week.",
            ["Paul Brenner"],
        ),
        # negative: with no one new in the sentence, `he` is the last speaker
        (
            '"We need the logs from that night," Ortiz said. He said the brakes had failed twice that week.',
            ["Ortiz"],
        ),
    ],
)
def test_he_after_a_new_person_in_a_verbless_parse_is_that_person(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[str]
) -> None:
    assert [source for source, _ in _claims(extract_body(body))] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # `the company` is the one the story called a company before
        (
            "Aircraft company Vantor lost orders for 12 jets last month, according to the company's website.",
            ["Vantor"],
        ),
        (
            "Regional airline Skyra cancelled 40 flights on Friday. The airline said a strike by ground "
            "staff was to blame.",
            ["Skyra"],
        ),
        # negative: nobody was called a company, so `the company` stays what it is
        (
            "Reuters reported that the plant had closed. The company said the closure was temporary.",
            ["Reuters", "company"],
        ),
    ],
)
def test_the_company_is_the_one_called_a_company_before(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[str]
) -> None:
    assert [source for source, _ in _claims(extract_body(body))] == expected


@pytest.mark.parametrize(
    "words, keep, expected",
    [
        # a word of the party tag the parse took into the name is dropped
        (["Rep.", "Ana", "Ruiz", "(", "D", "-", "N.Y.", ")"], [0, 1, 2, 6], ["Rep.", "Ana", "Ruiz"]),
        (["Ana", "Ruiz", "(", "R", "-", "Ohio", ")"], [0, 1, 2, 3, 4, 5], ["Ana", "Ruiz"]),
        # negative: an acronym in parentheses is no party tag
        (
            ["Food", "and", "Drug", "Administration", "(", "FDA", ")"],
            [0, 1, 2, 3, 5],
            ["Food", "and", "Drug", "Administration", "FDA"],
        ),
    ],
)
def test_a_party_tag_is_no_part_of_a_name(words: list[str], keep: list[int], expected: list[str]) -> None:
    doc = Doc(_VOCAB, words=words)
    assert [t.text for t in without_party_tag([doc[k] for k in keep])] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # `she` after a new person picked out of a group is that person, not the last speaker
        (
            'One of the children said, "I still have nightmares about that house."\n\n'
            "The parents were arrested last year after one of their daughters, aged 17, escaped and called "
            "the police. She did not know her own address and said some of her brothers were locked in "
            "their rooms.",
            ["One of the children", "one of their daughters"],
        ),
        # negative: the group's noun says a man, so `she` is not him
        (
            'One of the nurses said, "I still have nightmares about that ward."\n\n'
            "The ward was closed last year after one of their sons escaped and called the police. She said "
            "some of the doors were locked at night.",
            ["One of the nurses", "One of the nurses"],
        ),
    ],
)
def test_she_after_one_picked_out_of_a_group_is_that_one(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[str]
) -> None:
    result = extract_body(body)
    sources = [q.speaker.name if q.speaker else None for q in result.quotes]
    sources += [c.source.name if c.source else None for c in result.claims]
    assert sources == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # the parse made the day the subject: the name before `on` is the source
        (
            "Citing a report on the company's tax filings from last spring, Warren on Tuesday said she wants "
            "to close four loopholes in the tax code.",
            ["Warren"],
        ),
        # negative: no name before the time, nobody to find
        ("A statement released on Tuesday said the bridge would reopen in May.", [None]),
    ],
)
def test_a_time_parsed_as_subject_gives_way_to_the_name_before_it(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[str | None]
) -> None:
    assert [source for source, _ in _claims(extract_body(body))] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # `nine felony [charges]`: a phrase cut inside a noun compound is no speaker; the second quote is
        # inside the judge's reported clause, so hers
        (
            "Judge Ana Ruiz said she was not giving them the longest sentence because they had "
            '"owned up early" by pleading guilty to nine felony charges each and "saved the children from a '
            'trial."',
            ["Ana Ruiz", "Ana Ruiz"],
        ),
        # negative: a compound that ends the phrase is its head's modifier inside it (`fire chief`)
        ('"The blaze started in the kitchen," the fire chief said.', ["fire chief"]),
    ],
)
def test_a_phrase_cut_inside_a_compound_is_no_speaker(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[str | None]
) -> None:
    assert [speaker for speaker, _ in _quotes(extract_body(body))] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a post written by several people on behalf of a body: the body speaks, and the claim is the clause
        # after the phrase's last comma, not the name list's
        (
            "According to a post from coordinator Ana Ruiz, Tom Vesey, and Lee Park made on behalf of the "
            "jury, Lisbon was chosen because of its strong team.",
            [("jury", "Lisbon was chosen because of its strong team")],
        ),
        # negatives: a relative clause describes the source and the claim follows it; one name, one comma
        (
            "According to the council, which met on Monday, the port will reopen in May.",
            [("council", "the port will reopen in May")],
        ),
        ("According to Ruiz, the vote was close.", [("Ruiz", "the vote was close")]),
        # an apposition inside the claim's subject stays in the claim
        (
            "According to the health agency, the bacteria, a rare strain, can cause serious infections.",
            [("health agency", "the bacteria, a rare strain, can cause serious infections")],
        ),
    ],
)
def test_according_to_reads_to_the_comma_that_opens_the_claim(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str, str]]
) -> None:
    result = extract_body(body)
    got = [(c.source.name if c.source else None, body[c.start : c.end].rstrip(".")) for c in result.claims]
    assert got == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a body named by its kind alone speaks: a force, a panel, a contingent
        (
            "The peacekeeping force has stated that the soldiers were operating in their own territory.",
            "peacekeeping force",
        ),
        ("The review panel said that the harbour fees had been set too high.", "review panel"),
        # negative: the force of a blast is what was said, not who said it
        ("The force of the explosion was felt across the whole city, residents said.", "residents"),
    ],
)
def test_a_body_named_by_its_kind_is_a_source(
    extract_body: Callable[[str], ArticleResult], body: str, expected: str
) -> None:
    assert [source for source, _ in _claims(extract_body(body))] == [expected]
