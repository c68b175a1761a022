"""Pull quotes without quotation marks: a paragraph of someone's words signed `— Name` is a quote by that
person; a dash that leads to a date, a score or a plain phrase is no signature."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wireclaims.extract.pullquotes import pull_quote_spans
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
        # negatives: quotation marks make it an ordinary quote; a date or a score is no signature
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
