"""Pull quotes without quotation marks: a paragraph of someone's words signed `— Name` is a quote by that
person; a dash that leads to a date, a score or a plain phrase is no signature."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wireclaims.extract.unmarked import interview_answer_spans, pull_quote_spans
from wireclaims.models import ArticleResult

Extract = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    "paragraph, quoted",
    [
        ("We will have the cranes back by spring. — Ines Varga", "We will have the cranes back by spring."),
        (
            "Nobody expected the river to rise so fast! – Mayor Tomas Brandt",
            "Nobody expected the river to rise so fast!",
        ),
        (
            "The port is open for business again. -- Secretary of Transport Ana Ruiz",
            "The port is open for business again.",
        ),
        # a signature with what the person is, after a comma
        (
            "The port is open for business again. — Ana Ruiz, secretary of transport",
            "The port is open for business again.",
        ),
        # a box that drops the full stop still speaks in the first person
        (
            "We know the repairs are possible and the harbour will play its part — Ines Varga, "
            "harbour master",
            "We know the repairs are possible and the harbour will play its part",
        ),
        # a box of ten words or more without a full stop; a signature that says what the person is first
        (
            "The sums involved are unusually large and the details are extraordinarily serious — Court",
            "The sums involved are unusually large and the details are extraordinarily serious",
        ),
        (
            "Get off the quay now. We are closing every berth tonight. — harbour police spokesman "
            "Tomas Brandt",
            "Get off the quay now. We are closing every berth tonight.",
        ),
        # negatives: a credit line is no signature
        ("The quay at dawn on the first day of the reopening. — Photo by Ines Varga", None),
        # a caption without a full stop or a speaking voice is no pull quote
        ("Crowds gather on the quay for the reopening — Ines Varga", None),
        ("Crowds gather on the quay for the reopening — Ines Varga, for the Coastline Post, 2024", None),
        # quotation marks make it an ordinary quote; a date or a score is no signature
        ('"We will have the cranes back by spring." — Ines Varga', None),
        ("Harbour cranes idle after the storm. — Coastline Post, March 4, 2024", None),
        ("The home side won the final in extra time. — 3-2", None),
        # a dash inside a sentence, or a signature in lower case, or too few words
        ("The cranes — all six of them — are back.", None),
        ("The port is open for business again. — a harbour official", None),
        ("Back by spring. — Ines Varga", None),
    ],
)
def test_signed_paragraph_is_a_pull_quote(paragraph: str, quoted: str | None) -> None:
    spans = pull_quote_spans([(10, paragraph)])
    assert [paragraph[sp.start - 10 : sp.end - 10] for sp in spans] == ([quoted] if quoted else [])


def test_pull_quote_is_attributed_to_its_signature(extract_body: Extract) -> None:
    body = (
        "The harbour reopened on Thursday after a week of repairs.\n\n"
        "We will have the cranes back by spring, whatever the weather does. — Ines Varga\n\n"
        "Varga, the harbour master, spoke at the quay."
    )
    result = extract_body(body)
    assert [(q.text, q.speaker.name if q.speaker else None, q.attribution) for q in result.quotes] == [
        ("We will have the cranes back by spring, whatever the weather does.", "Ines Varga", "dash-line")
    ]


@pytest.mark.parametrize(
    "paragraphs, answers",
    [
        # one label opening two answers: an interview
        (
            [
                "Varga: The cranes came back in March. We lost two weeks.",
                "Varga: The ships never stopped coming.",
            ],
            ["The cranes came back in March. We lost two weeks.", "The ships never stopped coming."],
        ),
        # a label seen once is furniture or a heading, not an interview
        (["Varga: The cranes came back in March. We lost two weeks."], []),
        # furniture labels repeat too, and are never answers
        (["Image: The harbour at dawn seen from the quay.", "Image: The harbour at dusk from the quay."], []),
        (["Q: What did the storm cost the port?", "Q: When will the cranes be back?"], []),
        # answers have no quotation marks and end a sentence
        (['Varga: "We lost two weeks," she said.', 'Varga: "The ships came," she said.'], []),
        (["Varga: Two weeks lost and more", "Varga: The ships came back to the quay"], []),
    ],
)
def test_a_label_that_opens_several_paragraphs_marks_interview_answers(
    paragraphs: list[str], answers: list[str]
) -> None:
    offsets, start = [], 0
    for para in paragraphs:
        offsets.append((start, para))
        start += len(para) + 2
    text = "\n\n".join(paragraphs)
    assert [text[sp.start : sp.end] for sp in interview_answer_spans(offsets)] == answers


def test_interview_answers_go_to_the_labelled_person(extract_body: Extract) -> None:
    body = (
        "The harbour reopened on Thursday. Harbour master Ines Varga spoke to the Coastline Post.\n\n"
        "Varga: The cranes came back in March. We lost two weeks, no more.\n\n"
        "Varga: The ships never stopped coming, and the crews were patient."
    )
    result = extract_body(body)
    assert [(q.speaker.name if q.speaker else None, q.attribution) for q in result.quotes] == [
        ("Ines Varga", "heading"),
        ("Ines Varga", "heading"),
    ]


@pytest.mark.parametrize(
    "words, signature, quoted",
    [
        # the box's words, then the signature as a paragraph of its own
        (
            "Through our own work and with our neighbours' help, the harbour will come back stronger.",
            "— Ines Varga, harbour master",
            "Through our own work and with our neighbours' help, the harbour will come back stronger.",
        ),
        # first person without a full stop still speaks
        (
            "We have been waiting for the cranes since the spring storms",
            "– Tomas Brandt",
            "We have been waiting for the cranes since the spring storms",
        ),
        # negatives: a caption has no full stop and no speaking voice; a citation's date is no signature
        ("Crowds gather on the quay for the reopening", "— Ines Varga", None),
        ("Harbour cranes idle after the storm.", "— Coastline Post, March 4, 2024", None),
        ('"We will rebuild the quay before the winter."', "— Ines Varga", None),
    ],
)
def test_a_signature_below_a_paragraph_makes_it_a_pull_quote(
    words: str, signature: str, quoted: str | None
) -> None:
    paragraphs = [(0, words), (len(words) + 2, signature)]
    spans = pull_quote_spans(paragraphs)
    assert [words[sp.start : sp.end] for sp in spans] == ([quoted] if quoted else [])


def test_a_pull_quote_signed_below_is_attributed_to_its_signature(extract_body: Extract) -> None:
    body = (
        "The harbour reopened on Thursday after a week of repairs.\n\n"
        "We will have the cranes back by spring, whatever the weather does.\n\n"
        "— Ines Varga, harbour master\n\n"
        "Varga spoke at the quay."
    )
    result = extract_body(body)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in result.quotes] == [
        ("We will have the cranes back by spring, whatever the weather does.", "Ines Varga")
    ]
    assert [(s.name, s.title) for s in result.speakers] == [("Ines Varga", "harbour master")]
