"""Headline attributions: the three layouts wire desks use, and headlines that attribute nothing."""

from __future__ import annotations

import pytest

from wireclaims.extract.headline import find_headline_claims, headline_claims, link_source
from wireclaims.models import Speaker


def _found(headline: str) -> list[tuple[str, str, str | None, str]]:
    return [
        (
            headline[f.content_start : f.content_end],
            headline[f.source_start : f.source_end],
            f.cue_lemma,
            f.layout,
        )
        for f in find_headline_claims(headline)
    ]


@pytest.mark.parametrize(
    "headline, expected",
    [
        (
            "Putin Agrees to Trump's Request to Halt Strikes on Energy, Kremlin Confirms",
            [("Putin Agrees to Trump's Request to Halt Strikes on Energy", "Kremlin", "confirm", "trailing")],
        ),
        (
            "Rail fares to rise 4.5% from April, transport ministry says",
            [("Rail fares to rise 4.5% from April", "transport ministry", "say", "trailing")],
        ),
        ("Prices will rise, analysts warn", [("Prices will rise", "analysts", "warn", "trailing")]),
        (
            "'We will not back down,' says union chief",
            [("We will not back down", "union chief", "say", "trailing")],
        ),
        (
            "Niger army says 14 jihadists killed in raid near Burkina border",
            [("14 jihadists killed in raid near Burkina border", "Niger army", "say", "leading")],
        ),
        (
            "Officials say bridge will reopen next week",
            [("bridge will reopen next week", "Officials", "say", "leading")],
        ),
        (
            "Minister: rates will stay on hold until June",
            [("rates will stay on hold until June", "Minister", None, "colon")],
        ),
        # negatives: an object is not a reported clause; a slug is not a source; recall is not speech here
        ("Independent claims victory in Valparaiso mayoral race as count drags on", []),
        ("EU court upholds rebar levy, Baltic port operators vow appeal", []),
        ("WHO warns of cholera spread", []),
        ("Car seat maker recalls 90,000 units over buckle that can open in a crash", []),
        ("Morning Brief: Northern Reserve Bank holds rates, pushes back on June cut", []),
        ("Typhoon Haraya slams into northern Philippines, thousands evacuated", []),
        ("French unions vow to fight plan to lengthen pension contributions", []),
        ("", []),
    ],
)
def test_headline_layouts(headline: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    assert _found(headline) == expected


def _speaker(sid: str, name: str, kind: str = "organization", title: str | None = None) -> Speaker:
    return Speaker(id=sid, name=name, kind=kind, title=title, organization=None, aliases=[], mentions=[])  # type: ignore[arg-type]


SPEAKERS = [
    _speaker("s1", "World Health Organization"),
    _speaker("s2", "Renata Sokol", "person", "Fire Chief"),
    _speaker("s3", "Infrastructure Ministry"),
    _speaker("s4", "Kremlin"),
    _speaker("s5", "Ana Ortiz", "person"),
    _speaker("s6", "Juan Ruiz", "person"),
    _speaker("s7", "Marta Ruiz", "person"),
]


@pytest.mark.parametrize(
    "source, expected",
    [
        ("Kremlin", "s4"),
        ("the Kremlin", "s4"),
        ("WHO", "s1"),
        ("Fire chief", "s2"),
        ("transport ministry", "s3"),
        ("Ms. Ortiz", "s5"),
        ("Ortiz", "s5"),
        ("J. Ruiz", "s6"),
        # negatives: nothing in the body answers to these; two people share the surname
        ("Ruiz", None),
        ("Ortiz Holdings", None),
        ("Austrian town", None),
        ("NATO", None),
        ("police", None),
    ],
)
def test_headline_source_links_to_the_body_speaker(source: str, expected: str | None) -> None:
    found = link_source(source, SPEAKERS)
    assert (found.id if found else None) == expected


def test_headline_claims_index_the_headline_and_carry_the_cue() -> None:
    headline = "Putin agrees to halt strikes, Kremlin confirms"
    (claim,) = headline_claims(headline, SPEAKERS)
    assert headline[claim.start : claim.end] == claim.content == "Putin agrees to halt strikes"
    assert claim.cue is not None and headline[claim.cue.start : claim.cue.end] == "confirms"
    assert (claim.cue.lemma, claim.cue.cue_class) == ("confirm", "assertive")
    assert claim.source is not None and claim.source.id == "s4"
    assert (claim.id, claim.kind, claim.layout, claim.confidence) == ("h1", "indirect", "trailing", 0.8)


def test_quoted_headline_content_is_direct_and_unlinked_source_is_less_sure() -> None:
    (claim,) = headline_claims("'We will appeal,' says union chief", SPEAKERS)
    assert (claim.kind, claim.source, claim.confidence) == ("direct", None, 0.6)
    assert headline_claims(None, SPEAKERS) == []
