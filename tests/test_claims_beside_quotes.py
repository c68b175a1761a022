"""A claim is reported speech in the reporter's words: quoted words the cue introduces are a quote and not a
claim beside it, and the clause before a comma is a claim only of the sentence's own cue."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wireclaims.extract import quotes_in_claims
from wireclaims.extract.claim_parts import ClaimFinding
from wireclaims.extract.cues import CueMatch
from wireclaims.extract.marks import MarkSpan
from wireclaims.extract.mentions import Mention
from wireclaims.extract.quotes import QuoteFinding
from wireclaims.models import ArticleResult


def _claims(result: ArticleResult) -> list[tuple[str | None, str]]:
    return [(c.source.name if c.source else None, c.content) for c in result.claims]


@pytest.mark.parametrize(
    "body, absent",
    [
        # the cue introduces the quoted words: a quote, and no claim of the same words
        (
            'After the vote, Councillor Petra Lindqvist said "their answer was to delay the whole plan '
            'again" before leaving the chamber.',
            "their answer was to delay the whole plan again",
        ),
        (
            'The harbour office added that "tide gauges confirm that a surge has formed which could '
            'flood the lower docks."',
            "a surge has formed which could flood the lower docks",
        ),
        # a cue inside the quoted words is the quoted speaker's, not a source of its own
        (
            'The harbour office added that "tide gauges confirm that a surge has formed which could '
            'flood the lower docks."',
            "tide gauges confirm that a surge has formed which could flood the lower docks",
        ),
    ],
)
def test_quoted_words_after_their_cue_are_no_claim(
    extract_body: Callable[[str], ArticleResult], body: str, absent: str
) -> None:
    result = extract_body(body)
    assert absent not in [content for _, content in _claims(result)]
    assert result.quotes, "the quoted words are still reported, as a quote"


@pytest.mark.parametrize(
    "body, expected",
    [
        # negative: words of the reporter's before the quoted ones make a mixed claim
        (
            'Mayor Ilse Brandt said the new bridge "will not be finished before the winter floods."',
            ("Ilse Brandt", 'the new bridge "will not be finished before the winter floods."'),
        ),
        # negative: the clause before the comma is the cue's own
        (
            "The ferry service will stop running in March, the transport minister Olu Adebayo said.",
            ("Olu Adebayo", "The ferry service will stop running in March"),
        ),
    ],
)
def test_reporters_words_around_a_quote_stay_a_claim(
    extract_body: Callable[[str], ArticleResult], body: str, expected: tuple[str, str]
) -> None:
    assert expected in _claims(extract_body(body))


@pytest.mark.parametrize(
    "body, absent",
    [
        # a participle after the comma describes, it does not attribute the clause before it
        (
            "Again joined by her brother, she recounted her months in the mountain camp, describing "
            "the cold and the hunger.",
            "Again joined by her brother, she recounted her months in the mountain camp",
        ),
        (
            "On Sunday, the city's mayor Tomas Varga spoke about keeping the festival in the old town, "
            "asserting local pride.",
            "On Sunday, the city's mayor Tomas Varga spoke about keeping the festival in the old town",
        ),
        # a cue in a relative clause belongs to the person it describes, not to the clause before
        (
            "Early last spring, Colonel Ana Petrov discussed the border with Governor Ruben Hale, who "
            "argued for closing the crossing.",
            "Early last spring, Colonel Ana Petrov discussed the border with Governor Ruben Hale",
        ),
        # a participle phrase opening the sentence sets the scene
        (
            "Recalling the nights before the band was famous, Lotte Vries said they slept in the van.",
            "Recalling the nights before the band was famous",
        ),
    ],
)
def test_a_clause_before_a_comma_is_no_claim_of_a_cue_that_does_not_govern_it(
    extract_body: Callable[[str], ArticleResult], body: str, absent: str
) -> None:
    assert absent not in [content for _, content in _claims(extract_body(body))]


def test_a_clause_before_a_comma_starts_after_a_semicolon(
    extract_body: Callable[[str], ArticleResult],
) -> None:
    body = (
        "He left the country after the trial and settled in Lisbon; the following year, Minister "
        "Carla Reis said the case was closed."
    )
    contents = [content for _, content in _claims(extract_body(body))]
    assert not any("Lisbon" in content for content in contents)


def _quote(start: int, end: int, kind: str = "partial", mention: Mention | None = None) -> QuoteFinding:
    return QuoteFinding(MarkSpan(start, end, start - 1, end + 1, 0, True), kind, None, mention, "none")


_JUDGE = Mention(0, 11, "Ines Brandt", None)
_OTHER = Mention(200, 210, "Tom Reyes", None)


@pytest.mark.parametrize(
    "quote, claim_mention, expected",
    [
        # a partial quote without a source inside the clause is the clause's source's words
        (_quote(40, 60), _JUDGE, "Ines Brandt"),
        # negatives: a source of its own stays; a direct quote, or a quote outside the clause, takes none
        (_quote(40, 60, mention=_OTHER), _JUDGE, "Tom Reyes"),
        (_quote(40, 60, kind="direct"), _JUDGE, None),
        (_quote(90, 120), _JUDGE, None),
        # a clause with no source gives none
        (_quote(40, 60), None, None),
    ],
)
def test_a_partial_quote_inside_a_claim_is_its_sources(
    quote: QuoteFinding, claim_mention: Mention | None, expected: str | None
) -> None:
    claim = ClaimFinding(20, 80, CueMatch(12, 13, "say"), claim_mention, "indirect")
    quotes_in_claims([quote], [claim])
    assert (quote.mention.text if quote.mention else None) == expected
