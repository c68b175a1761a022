"""Sources of claims and quotes on the shipped pipeline: names cut right, days and places never speakers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wireclaims.models import ArticleResult
from wireclaims.names import surname
from wireclaims.nlp import Pipeline


def _claim_sources(result: ArticleResult) -> list[tuple[str, str | None]]:
    return [(c.content.split()[0], c.source.name if c.source else None) for c in result.claims]


@pytest.mark.parametrize(
    "body, expected",
    [
        # a paragraph break ends a sentence: the blank line is never the subject of the next verb
        (
            'Many carried signs reading "Safe Staffing Saves Lives."\n\nTamsin Ortiz, an intensive care '
            "nurse for 11 years, said she had missed her daughter's birthday twice.",
            [("she", "Tamsin Ortiz")],
        ),
        # `said in a statement that`: the verb's subject is the source, and `It said` then finds it
        (
            "The museum said in a statement that the painting had been on loan from a collector. It said it "
            "had notified the FBI.",
            [("the", "museum"), ("it", "museum")],
        ),
        # a day is when, never who
        (
            "Prices of imported cars will double from next month, officials said Tuesday. Importers warned "
            "the increase would push up prices.",
            [("Prices", "officials"), ("the", "Importers")],
        ),
        (
            "A cholera outbreak has spread to three provinces, the World Health Organization said Monday.",
            [("A", "World Health Organization")],
        ),
        # names the parse cuts short are grown over capitalised words and `of`/`and`
        (
            "The harvest could fall by 15 percent this year, the National Federation of Coffee Growers said.",
            [("The", "National Federation of Coffee Growers")],
        ),
        (
            "The Food and Drug Administration said it was reviewing the company's testing records.",
            [("it", "Food and Drug Administration")],
        ),
    ],
)
def test_claim_sources_are_whole_names_and_never_days(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _claim_sources(extract_body(body)) == expected


def test_a_time_after_an_inverted_source_is_not_part_of_it(
    extract_body: Callable[[str], ArticleResult],
) -> None:
    result = extract_body("The bridge will reopen in May, said the council this week.")
    assert [s.name for s in result.speakers] == ["council"]


def test_a_place_or_time_phrase_is_never_a_source(extract_body: Callable[[str], ArticleResult]) -> None:
    result = extract_body(
        "\u201cIt\u2019s an invasion, in our estimation, of the state regulatory domain,\u201d Scott Pruitt, "
        "the Republican attorney general of Oklahoma, one of the states suing the EPA, said at a Washington "
        "event this month."
    )
    assert not any("Washington event" in s.name for s in result.speakers)
    assert result.claims == []


@pytest.mark.parametrize(
    "body, name, kind",
    [
        ('"These boats," said Fisheries Minister Awa Thiaw, "are taking our fish."', "Awa Thiaw", "person"),
        ("Importers warned the increase would push up car prices across West Africa.", "Importers", "group"),
        # negative: a place the model takes for a person is not the speaker a pronoun goes to
        (
            '"We have not touched these fees," said Folake Adeyemi-Okafor, a spokeswoman for the ports '
            'authority in Lagos.\n\n"And the terminals are full," she said.',
            "Folake Adeyemi-Okafor",
            "person",
        ),
    ],
)
def test_speaker_name_and_kind(
    extract_body: Callable[[str], ArticleResult], body: str, name: str, kind: str
) -> None:
    result = extract_body(body)
    assert [(s.name, s.kind) for s in result.speakers] == [(name, kind)]


def test_paragraph_breaks_run_before_the_parser(pipeline: Pipeline) -> None:
    names = list(pipeline.nlp.pipe_names)
    assert names.index("wire_paragraph_breaks") < names.index("parser")
    doc = pipeline.nlp("It ended.\n\nNext paragraph starts here.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Next" in starts


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Dmitry Peskov", "Peskov"),
        ("Tomas Ruiz Jr.", "Ruiz"),
        ("Gen. Ana Ruiz III", "Ruiz"),
        ("Ludwig van Beethoven", "Beethoven"),
        ("Folake Adeyemi-Okafor", "Adeyemi-Okafor"),
        # negative: a single word is its own surname
        ("Peskov", "Peskov"),
    ],
)
def test_surname_leaves_out_titles_and_suffixes(name: str, expected: str) -> None:
    assert surname(name) == expected


def test_surname_after_a_suffixed_full_name_is_the_same_speaker(
    extract_body: Callable[[str], ArticleResult],
) -> None:
    result = extract_body(
        '"We will appeal," said Tomas Ruiz Jr., the club\'s lawyer.\n\n"The fine is unfair," Ruiz said.'
    )
    assert [s.name for s in result.speakers] == ["Tomas Ruiz Jr."]
    assert {q.speaker.id for q in result.quotes if q.speaker} == {"s1"}


@pytest.mark.parametrize(
    "body, expected",
    [
        # the model makes the apposition's last word the subject of an inverted cue
        (
            '"People believed him," said Ilse Dorner, mayor of Steinfeld an der Aist.',
            [("Ilse Dorner", "mayor", "Steinfeld an der Aist")],
        ),
        (
            '"The tone was dovish," said Efua Darko, senior economist at Accra-based Meridian Securities.',
            [("Efua Darko", "senior economist", "Meridian Securities")],
        ),
        # a name, then an aside between commas, then the cue
        (
            '"The fungus loves the rain," Hernando Rojas Quintero, who grows coffee near Pitalito, told AFP.',
            [("Hernando Rojas Quintero", None, None)],
        ),
        (
            '"We are against the smoke," Nguyen Thi Lan Anh, deputy director of the department, told AFP.',
            [("Nguyen Thi Lan Anh", "deputy director", "department")],
        ),
    ],
)
def test_quote_speaker_with_apposition_after_the_cue(
    extract_body: Callable[[str], ArticleResult],
    body: str,
    expected: list[tuple[str, str | None, str | None]],
) -> None:
    result = extract_body(body)
    assert [(s.name, s.title, s.organization) for s in result.speakers] == expected
    assert all(q.speaker is not None and q.speaker.id == "s1" for q in result.quotes)


def test_both_halves_of_a_broken_quotation_share_the_speaker(
    extract_body: Callable[[str], ArticleResult],
) -> None:
    result = extract_body(
        '"The viaduct itself," said Marta Quintela, the chief engineer, "remains sound for cars and buses."'
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in result.quotes] == [
        ("The viaduct itself,", "Marta Quintela"),
        ("remains sound for cars and buses.", "Marta Quintela"),
    ]


def test_a_subject_across_the_cue_belongs_to_the_content(
    extract_body: Callable[[str], ArticleResult],
) -> None:
    result = extract_body(
        'Vetrov said the company, Severgaz Transit, would "use every legal avenue" to appeal.'
    )
    assert [(c.content, c.source.name if c.source else None) for c in result.claims] == [
        ('the company, Severgaz Transit, would "use every legal avenue" to appeal', "Vetrov")
    ]


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "The ministry's statement that fares would rise in April angered the unions.",
            [("fares would rise in April", "ministry", "statement", "neutral")],
        ),
        (
            "Ruiz's warning that the old dam could fail came two days before the breach.",
            [("the old dam could fail", "Ruiz", "warning", "emotive")],
        ),
        # negatives: a relative clause on a cue noun, and cognition, report nothing
        ("The statement, which was released on Monday, named no date.", []),
        ("Analysts think rates will fall in June.", []),
    ],
)
def test_nominal_cues_report_their_that_clause(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str, str, str, str]]
) -> None:
    result = extract_body(body)
    found = [
        (
            c.content,
            c.source.name if c.source else None,
            c.cue.text if c.cue else None,
            c.cue.cue_class if c.cue else None,
        )
        for c in result.claims
    ]
    assert found == expected


def test_a_person_the_model_did_not_label_is_still_a_pronoun_antecedent(
    extract_body: Callable[[str], ArticleResult],
) -> None:
    result = extract_body(
        "One distributor told AFP the film was too slow.\n\n"
        "The film's lead actor, 24-year-old Ibrahima Faye, had never left Senegal before this week.\n\n"
        '"When they clapped for so long, I thought something had gone wrong," he said.'
    )
    assert [q.speaker.name if q.speaker else None for q in result.quotes] == ["Ibrahima Faye"]


@pytest.mark.parametrize(
    "body, expected",
    [
        # an object with a clause hanging on it is the reported content
        ("Sokol said the exact cause of the fire remained under investigation.", ["the exact"]),
        (
            "Superintendent Harold Vance told board members the district had known about the problem for "
            "years.",
            ["the district"],
        ),
        # two `that` clauses under one cue stay one claim, as PolNeAR and the team's gold annotate them
        (
            "The ministry said no decision had been taken and that the hospital remained under review.",
            ["no decision"],
        ),
        # negatives: a relative clause and a participle on the object report nothing
        ("The ministry said the report, which was released on Monday, named no date.", []),
        ("Officials said the plan approved by the board in May.", []),
    ],
)
def test_reported_clauses_the_parse_hangs_on_an_object(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[str]
) -> None:
    starts = [" ".join(c.content.split()[:2]) for c in extract_body(body).claims]
    assert starts == expected


def test_name_before_an_apposition_is_the_subject(extract_body: Callable[[str], ArticleResult]) -> None:
    result = extract_body(
        "Nadia Cherif, director general of the National Water Distribution Company, told a news conference "
        "that crews had replaced one of the damaged sections overnight."
    )
    assert [(s.name, s.title, s.organization) for s in result.speakers] == [
        ("Nadia Cherif", "director general", "National Water Distribution Company")
    ]


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "A Homeland Security Department official said Friday that hackers have targeted the voter "
            "registration systems of more than 20 states.",
            [("hackers have targeted", "Homeland Security Department official")],
        ),
        (
            "Trump tweeted in the early morning hours that Machado was a con.",
            [("Machado was a", "Trump")],
        ),
        # negatives: no clause after `that`; a participle is no cue
        ("The ministry said that.", []),
        ("The charges filed that day were dropped.", []),
    ],
)
def test_that_a_few_words_after_the_cue_opens_the_content(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str, str]]
) -> None:
    found = [
        (" ".join(c.content.split()[:3]), c.source.name if c.source else "")
        for c in extract_body(body).claims
    ]
    assert found == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Asked whether the board had discussed a cut, Odile Brandt said the vote had been unanimous.",
            ["the vote had been unanimous"],
        ),
        ("Reporters asked if the plant would close by June.", []),
        # negative: `asked that` is a request, and is reported
        ("The union asked that the talks be moved to Monday.", ["the talks be moved to Monday"]),
    ],
)
def test_questions_are_not_claims(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[str]
) -> None:
    assert [c.content for c in extract_body(body).claims] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a party tag between the name and the cue, a day after it: the model makes the day a second,
        # nearer subject; a day is when, never who
        (
            '"It is a signal to every voter in the county," Rep. Dana Whitfield (D-Ohio) said Friday.',
            [("It is a signal to every voter in the county,", "Dana Whitfield")],
        ),
        ('"The plan is dead," Senator Tom Hale (R) told reporters.', [("The plan is dead,", "Tom Hale")]),
        # negative row: with no other subject, a day still names nobody
        ('"We are ready," said Friday.', [("We are ready,", None)]),
    ],
)
def test_quote_source_is_never_a_day_beside_the_name(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str, str | None]]
) -> None:
    got = extract_body(body)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in got.quotes] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # the model tags the finite verb a past participle on the root noun; with an object it is the main
        # verb, and a participle cue later in the sentence speaks for its subject
        (
            "In August, several local groups granted Mr. Vane an extension on a court order, saying his"
            ' "funding was thinner than expected."',
            [("funding was thinner than expected.", "several local groups")],
        ),
        # negative row: a participle without an object is a reduced relative; a letter names no speaker
        (
            'A letter signed by forty doctors last week, saying the ward was "unsafe for patients."',
            [("unsafe for patients.", None)],
        ),
    ],
)
def test_participle_cue_speaks_for_subject_of_a_main_verb_tagged_participle(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str, str | None]]
) -> None:
    got = extract_body(body)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in got.quotes] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a person's name after the cue ends before `for`/`of`: the rest is whom the person speaks for
        (
            '"The effect of the debate is still small," wrote Tom Vesey for Harbor Polling.',
            [("The effect of the debate is still small,", "Tom Vesey")],
        ),
        (
            '"We are not leaving," said Lena Ortiz of the Dockworkers Union.',
            [("We are not leaving,", "Lena Ortiz")],
        ),
        # negative rows: an organisation's name keeps its `and`/`of`; a description keeps its `for` phrase
        (
            '"The drug is safe," said the Food and Drug Administration.',
            [("The drug is safe,", "Food and Drug Administration")],
        ),
        (
            '"We lost the vote," said a spokesman for the Harbor Party.',
            [("We lost the vote,", "spokesman for the Harbor Party")],
        ),
    ],
)
def test_inverted_person_source_ends_before_whom_they_speak_for(
    extract_body: Callable[[str], ArticleResult], body: str, expected: list[tuple[str, str | None]]
) -> None:
    got = extract_body(body)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in got.quotes] == expected
