"""Which speaker met so far a new mention names (wireclaims.extract.speaker_matching): the same name or a
part of it, an organisation's head noun, a title; someone new otherwise.

Names are made up; each row reads as annotation.
"""

from __future__ import annotations

import pytest

from wireclaims.extract.describe import Description
from wireclaims.extract.mentions import Mention
from wireclaims.extract.registry import SpeakerEntry
from wireclaims.extract.speaker_matching import matching_entry


def _entries() -> list[SpeakerEntry]:
    """Three speakers met in the first sentences of a story."""
    people = [
        ("Tomas Brandt", "person", None, None),
        ("Lindby Harbour Authority", "organization", None, None),
        ("Ines Varga", "person", "spokeswoman", "Health Ministry"),
    ]
    entries = []
    for key, (name, kind, title, org) in enumerate(people):
        entry = SpeakerEntry(key, name, kind, title, org, None)
        entry.mentions.append(
            Mention(10 * key, 10 * key + len(name), name, Description(name, title, org, kind))
        )
        entry.forms.append(name)
        entries.append(entry)
    return entries


@pytest.mark.parametrize(
    "text, name, title, organization, kind, expected",
    [
        ("Tomas Brandt", "Tomas Brandt", None, None, "person", "Tomas Brandt"),
        ("Brandt", "Brandt", None, None, "person", "Tomas Brandt"),  # a surname
        ("Tomas", "Tomas", None, None, "person", "Tomas Brandt"),  # a lone first name
        ("the authority", "authority", None, None, "organization", "Lindby Harbour Authority"),
        ("the spokeswoman", None, "spokeswoman", None, "person", "Ines Varga"),  # the last with the title
        ("Ana Kell", "Ana Kell", None, None, "person", None),  # someone new
        ("Kell", "Kell", None, None, "person", None),
        ("a spokeswoman", None, "spokeswoman", None, "person", None),  # `a` introduces someone new
        # the title of another organisation
        ("the spokeswoman for the committee", None, "spokeswoman", "committee", "person", None),
    ],
)
def test_matching_entry_finds_the_speaker_a_mention_names(
    text: str, name: str | None, title: str | None, organization: str | None, kind: str, expected: str | None
) -> None:
    mention = Mention(100, 100 + len(text), text, Description(name, title, organization, kind))
    found = matching_entry(_entries(), mention, Description(name, title, organization, kind))
    assert (found.name if found else None) == expected


def test_matching_entry_corrects_a_person_the_model_called_an_organisation() -> None:
    entries = _entries()
    entries[0].kind = "organization"
    desc = Description("Tomas Brandt", "chairman", None, "person")
    assert matching_entry(entries, Mention(100, 112, "Tomas Brandt", desc), desc) is entries[0]
    assert entries[0].kind == "person"
