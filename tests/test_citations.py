"""A list of sources at the end of a page cites articles by their titles in quotation marks: those titles are
neither quotes nor claims. Pull quotes with a dash line stay quotes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wireclaims.extract.citations import is_citation
from wireclaims.models import ArticleResult

Extract = Callable[[str], ArticleResult]


def _marks(text: str, title: str) -> tuple[int, int]:
    start = text.index(f'"{title}"')
    return start, start + len(title) + 2


@pytest.mark.parametrize(
    "text, title, cited",
    [
        (
            '"Harbour cranes idle after storm" — Coastline Post, March 4, 2024',
            "Harbour cranes idle after storm",
            True,
        ),
        ('Hale, Dana. "Port reopens" — Tidewater Daily, 6 March 2024', "Port reopens", True),
        ('Ann Moss and Raj Patel. "Ferry fares rise" – Bay Herald, May 2, 2023', "Ferry fares rise", True),
        ('Metro staff. "Ferry fares rise" - Bay Herald, 2023', "Ferry fares rise", True),
        ('(French) "Le port rouvre" — Ouest Matin, June 1, 2022', "Le port rouvre", True),
        # lines joined into one paragraph: the next citation starts after the date of the one before
        (
            '"Cranes idle" — Coastline Post, March 4, 2024 Hale, Dana. "Port reopens" — Tidewater, May 6',
            "Port reopens",
            True,
        ),
        # no date, but under a sources heading
        ('Sources\n\n"Cranes idle" — Coastline Post\n"Port reopens" — Tidewater Daily', "Port reopens", True),
        # a pull quote with a dash line names a speaker, not a publisher's date
        ('"We will rebuild." — Mayor Lena Hart', "We will rebuild.", False),
        # the title is not at the start of its line: it is inside a sentence
        (
            'Hale said the report "was never finished" — a claim the port denies, 2024',
            "was never finished",
            False,
        ),
        # no dash after the closing mark
        ('"Port reopens," Tidewater Daily reported on March 6, 2024.', "Port reopens,", False),
        # a dash, no date, no heading
        ('"Port reopens" — Tidewater Daily', "Port reopens", False),
    ],
)
def test_cited_titles_are_recognised_by_line_shape(text: str, title: str, cited: bool) -> None:
    assert is_citation(text, *_marks(text, title)) is cited


STORY = """The harbour reopened on Thursday after a week of repairs.

"The cranes are back and the ships are coming in," harbour master Ines Varga said.

Sources

"Harbour chief claims repairs are done" — Coastline Post, March 4, 2024
Hale, Dana. "Port says ships return" — Tidewater Daily, March 6, 2024"""


def test_sources_list_gives_no_quotes_or_claims_but_the_story_keeps_its_own(extract_body: Extract) -> None:
    result = extract_body(STORY)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in result.quotes] == [
        ("The cranes are back and the ships are coming in,", "Ines Varga")
    ]
    cited = STORY.index("Sources")
    assert all(c.start < cited for c in result.claims)
