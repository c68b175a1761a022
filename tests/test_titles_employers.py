"""Employers written as a bare head noun (`the group's director`, `for the university`) are the body the
story named before; commas and merged places do not make an employer.

Sentences and names are made up; each row reads as annotation.
"""

from __future__ import annotations

import pytest

from wireclaims.extract.describe import describe
from wireclaims.extract.mentions import Mention
from wireclaims.extract.registry import SpeakerEntry
from wireclaims.extract.titles import named_body, resolve_generic_employers


@pytest.mark.parametrize(
    "text, head, expected",
    [
        # the same head word ends (or with `of`, starts) the body's name
        (
            "Scientists at the Ohio Valley University said. The university's ",
            "university",
            "Ohio Valley University",
        ),
        (
            "A letter from the University of Lindby arrived. The university's ",
            "university",
            "University of Lindby",
        ),
        ("The Harbour Workers' Union called the strike. The union's ", "union", "Harbour Workers' Union"),
        ("The strike was called by The Lake Nurses Union. The union's ", "union", "Lake Nurses Union"),
        # a loose head stands for a body introduced by its type
        (
            "In a reply, the charity Hope Aid denied it. Ana Kell, director for the group,",
            "group",
            "Hope Aid",
        ),
        ("One such group, called Lumen, measured it. Ana Kell, the group's head,", "group", "Lumen"),
        # negatives: no body of that kind named before; a strict head takes no body of another type
        ("Ana Kell, the group's director, said so.", "group", None),
        ("In a reply, the charity Hope Aid denied it. The university's ", "university", None),
        ("Ana Kell of the Lumen Institute. The ministry's ", "ministry", None),
    ],
)
def test_titles_named_body_for_a_bare_head(text, head, expected):
    assert named_body(text, head, len(text)) == expected


def _entry(name: str, organization: str | None, start: int, kind: str = "person") -> SpeakerEntry:
    mention = Mention(start, start + len(name), name, None)
    return SpeakerEntry(0, name, kind, "director", organization, None, mentions=[mention])


@pytest.mark.parametrize(
    "organization, kind, expected",
    [
        ("group", "person", "Hope Aid"),
        # negatives: a named employer stays; an organisation's own head is not resolved
        ("Lumen Trust", "person", "Lumen Trust"),
        ("group", "organization", "group"),
    ],
)
def test_titles_bare_head_employer_is_resolved(organization, kind, expected):
    text = "In a reply, the charity Hope Aid denied it. Ana Kell, director for the group, said so."
    entry = _entry("Ana Kell", organization, text.index("Ana Kell"), kind)
    resolve_generic_employers(text, [entry])
    assert entry.organization == expected


@pytest.mark.parametrize(
    "words, labels, expected",
    [
        # a place the model merged over a comma is no employer; the country after it is the title's
        (
            ["Lindby, U.S.", "President", "Dale", "Oakes"],
            ["LOC", "", "PERSON", "PERSON"],
            ("U.S. President", None),
        ),
        # negative: a body's name right before the title stays the organisation
        (
            ["Harbour", "Bank", "chairman", "Dale", "Oakes"],
            ["ORG", "ORG", "", "PERSON", "PERSON"],
            ("chairman", "Harbour Bank"),
        ),
    ],
)
def test_titles_comma_ends_an_employer(words, labels, expected):
    d = describe(words, labels)
    assert (d.title, d.organization) == expected
