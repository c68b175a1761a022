"""A body named by its head noun first (`Coalition Against Harbor`) is one organisation: a capitalised
preposition never starts a person's name cut out of it; a person's name run into a body's still is."""

from __future__ import annotations

import pytest

from wireclaims.extract.describe import describe


@pytest.mark.parametrize(
    "words, name, organization, kind",
    [
        (["the", "Coalition", "Against", "Harbor"], "Coalition Against Harbor", None, "organization"),
        (["Council", "of", "Elders"], "Council of Elders", None, "organization"),
        (["Union", "For", "Reform"], "Union For Reform", None, "organization"),
        # negatives: a person's name after a body's still splits off; a plain name stays a person
        (["Harbor", "Armed", "Forces", "Ivo", "Rask"], "Ivo Rask", "Harbor Armed Forces", "person"),
        (["Ivo", "Rask"], "Ivo Rask", None, "person"),
    ],
)
def test_a_body_named_head_first_is_one_organisation(
    words: list[str], name: str, organization: str | None, kind: str
) -> None:
    found = describe(words, [""] * len(words))
    assert (found.name, found.organization, found.kind) == (name, organization, kind)
