"""Plain-text and ANPA/IPTC 7901 copy go through the cleaners the XML loaders use (invented stories).

Headline markers (`CORRECTED-`, machine-translation banners) leave the headline, the status goes to
`status`; furniture (picture placeholders, photo credits, embed code) leaves the body; service messages,
copyright notices and agate tables are `not-a-story`; bylines give names, with editor initials and an
organisation as credits. The same trap gives the same record in every format.
"""

from __future__ import annotations

import pytest

from wireclaims.errors import NotAStory
from wireclaims.loaders.anpa import load_anpa
from wireclaims.loaders.plaintext import load_text

LEAD = "HALDEN, Norway (AP) — Dock workers returned on Monday after a nine-day strike."
QUOTE = "“We won what we came for,” union leader Kari Berg said."


def _text(*blocks: str) -> bytes:
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def _anpa(headline: str, *paragraphs: str) -> bytes:
    body = "".join(f"   {p}\n" for p in paragraphs)
    return f"\x16\x16\x01a0120 r e BC-Port-Strike 03-02 0120\n\x02{headline}\n{body}\x03\n\x04".encode()


def _credits(story) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.role, tuple(c.names)) for c in story.credits]


HEADLINES = [
    ("CORRECTED-Dock strike ends", "Dock strike ends", "corrected", False),
    ("UPDATE 2-Dock strike ends", "Dock strike ends", "updated 2", False),
    ("REFILE-UPDATE 1-Dock strike ends", "Dock strike ends", "refiled, updated 1", False),
    ("[Machine translation] Dock strike ends", "Dock strike ends", None, True),
    ("Dock strike ends (machine translation)", "Dock strike ends", None, True),
    # negatives: type markers and a headline about translation keep their words
    ("FACTBOX-What the dock deal gives", "FACTBOX-What the dock deal gives", None, False),
    ("Machine translation firm opens office", "Machine translation firm opens office", None, False),
    ("Dock strike ends", "Dock strike ends", None, False),
]


@pytest.mark.parametrize("raw, headline, status, banner", HEADLINES)
def test_plain_text_headline_loses_status_and_translation_markers(raw, headline, status, banner):
    story = load_text(_text(raw, LEAD, QUOTE))
    assert (story.headline, story.status) == (headline, status)
    assert any("machine-translation banner" in w for w in story.warnings) == banner


@pytest.mark.parametrize("raw, headline, status, banner", HEADLINES)
def test_anpa_headline_loses_status_and_translation_markers(raw, headline, status, banner):
    story = load_anpa(
        _anpa(raw, "HALDEN, Norway (AP) _ Dock workers returned.", "``We won,'' said Kari Berg.")
    )
    assert (story.headline, story.status) == (headline, status)
    assert any("machine-translation banner" in w for w in story.warnings) == banner


@pytest.mark.parametrize(
    "furniture, kept",
    [
        ("(AP Photo/Kim Park)", False),
        ("Photo: Kim Park/Reuters", False),
        ("[Image]", False),
        ("{graphic missing}", False),
        ('<iframe src="https://video.example/dock"></iframe>', False),
        # negatives: sentences about photos and graphics are prose
        ("The photo of the picket line was taken by a union member on Friday.", True),
        ("Graphic designers joined the strike on its third day.", True),
    ],
)
def test_furniture_leaves_plain_text_and_anpa_bodies(furniture, kept):
    text = load_text(_text("Dock strike ends", LEAD, furniture, QUOTE))
    anpa = load_anpa(
        _anpa("Dock strike ends", "HALDEN (AP) _ Dock workers returned.", furniture, "It ended.")
    )
    assert (furniture in text.paragraphs, furniture in anpa.paragraphs) == (kept, kept)


AGATE = ["Halden 12 8 3 1 27", "Moss 12 7 3 2 24", "Larvik 12 6 2 4 20", "Skien 12 5 2 5 17"]


@pytest.mark.parametrize(
    "headline, paragraphs, reason",
    [
        (
            "Service message: test transmission",
            ["This is a test of the wire. Please ignore."],
            "service message",
        ),
        ("ADVISORY - Dock strike coverage plans", ["Editors: a wrap will move by 1800 GMT."], "advisory"),
        ("Notice", ["Copyright 2026 Example Press. All rights reserved."], "copyright"),
        ("Norwegian league standings", AGATE, "agate table"),
    ],
)
def test_non_stories_are_refused_in_plain_text_and_anpa(headline, paragraphs, reason):
    with pytest.raises(NotAStory, match=reason):
        load_text(_text(headline, *paragraphs))
    with pytest.raises(NotAStory, match=reason):
        load_anpa(_anpa(headline, *paragraphs))


def test_a_story_with_a_few_figures_is_still_a_story():
    # negative: numbers inside sentences are no table rows
    story = load_text(
        _text("Dock strike ends", LEAD, "Pay rises 4 percent in 2026 and 3 percent in 2027.", QUOTE)
    )
    assert len(story.paragraphs) == 3


@pytest.mark.parametrize(
    "byline, names, credits",
    [
        ("By Kari Berg / Fjordposten", ("Kari Berg",), [("organisation", ("Fjordposten",))]),
        ("By Kari Berg, ab/cd", ("Kari Berg",), [("editor initials", ("ab", "cd"))]),
        ("By Kari Berg and Omar Diaz", ("Kari Berg", "Omar Diaz"), []),
        ("By Kari Berg, AP Business Writer", ("Kari Berg",), []),
        # negatives: a lead that opens with `By` is no byline, and a second name after a slash is a name
        ("By Monday evening, workers had left the quay.", (), []),
        ("By Kari Berg / Omar Diaz", ("Kari Berg", "Omar Diaz"), []),
    ],
)
def test_plain_text_bylines_are_read_as_metadata_bylines_are(byline, names, credits):
    story = load_text(_text("Dock strike ends", byline, LEAD, QUOTE))
    assert story.byline == names
    assert _credits(story) == credits


@pytest.mark.parametrize(
    "byline, names, credits",
    [
        ("By Kari Berg / Fjordposten =", ("Kari Berg",), [("organisation", ("Fjordposten",))]),
        ("By KARI BERG and OMAR DIAZ=", ("KARI BERG", "OMAR DIAZ"), []),
        ("By Kari Berg, dpa =", ("Kari Berg",), []),
    ],
)
def test_anpa_bylines_are_read_as_metadata_bylines_are(byline, names, credits):
    story = load_anpa(_anpa(f"Dock strike ends =\n{byline}", "HALDEN (AP) _ Dock workers returned."))
    assert story.byline == names
    assert _credits(story) == credits
