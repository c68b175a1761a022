"""The places around one mention of a name that give the person's title and employer
(wireclaims.extract.title_places): the words before it, an apposition, an aside, an office, `of the` after it.

Sentences and names are made up; each row reads as annotation.
"""

from __future__ import annotations

import pytest

from wireclaims.extract.title_places import descriptions_around, employer_after


@pytest.mark.parametrize(
    "text, name, titled, employer",
    [
        ("said Bruce Rask of the Lindby Policy Institute.", "Bruce Rask", False, "Lindby Policy Institute"),
        ("Ana Kell, who works for the charity Hope Aid, said", "Ana Kell", False, "Hope Aid"),
        ("Ana Kell, of the opposing political party, said", "Ana Kell", False, "opposing political party"),
        ("Lieutenant Ana Kell of the rebels said", "Ana Kell", False, "rebels"),
        # a country employs a titled person (a minister of it), never an untitled one (who lives there)
        ("Ana Kell of the Netherlands said", "Ana Kell", True, "Netherlands"),
        ("Ana Kell of the Netherlands said", "Ana Kell", False, None),
        ("Ana Kell said it.", "Ana Kell", False, None),
    ],
)
def test_employer_after_reads_of_the_after_a_name(
    text: str, name: str, titled: bool, employer: str | None
) -> None:
    end = text.index(name) + len(name)
    assert employer_after(text, end, titled) == employer


@pytest.mark.parametrize(
    "text, name, found, premodified",
    [
        ("Health Minister Ana Kell said", "Ana Kell", [("Health Minister", None)], True),
        (
            "Ana Kell, a commodities analyst at Andina Valores, said",
            "Ana Kell",
            [("commodities analyst", "Andina Valores")],
            False,
        ),
        ("Another activist, Dana Quill, said", "Dana Quill", [(None, None), ("activist", None)], False),
        (
            "the appointment of Dr. Helena Marsh as its next chief executive.",
            "Helena Marsh",
            [("Dr.", None), ("chief executive", None)],
            True,
        ),
        ("Dana Quill said", "Dana Quill", [], False),  # nothing written around the name
    ],
)
def test_descriptions_around_lists_what_each_place_gives(
    text: str, name: str, found: list[tuple[str | None, str | None]], premodified: bool
) -> None:
    start = text.index(name)
    assert descriptions_around(text, name, start, start + len(name)) == (found, premodified)
