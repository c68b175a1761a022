"""ANPA-1312 and IPTC 7901 (invented stories): slug line, header lines, end marks, time stamps."""

from __future__ import annotations

from pathlib import Path

import pytest

from wireclaims.loaders import load
from wireclaims.loaders.anpa import load_anpa, read_copy
from wireclaims.loaders.timestamps import iso_timestamp, stamp_timestamp

FORMATS = Path(__file__).parent / "fixtures" / "formats"
BODY = "   HALDEN, Norway (AP) _ Dock workers returned on Monday.\n   ``We won,'' said Kari Berg.\n"


def _anpa(text: str, post: str = "AP-NY-03-02-26 1432EST") -> bytes:
    return f"\x16\x16\x01a0120 r e BC-Port-Strike 03-02 0120\n\x02{text}\x03\n{post}\n\x04".encode()


def _credits(story) -> str:
    return "; ".join(f"{c.role}: {', '.join(c.names)}" for c in story.credits)


@pytest.mark.parametrize(
    "line, slug, version",
    [
        ("BC-US--Port Tolls, 1st Ld-Writethru,466", "BC-US--Port Tolls", "1st Ld-Writethru"),
        ("BC-Port-Strike,0120", "BC-Port-Strike", None),
        ("France-pensions-protest,2ndLd", "France-pensions-protest", "2ndLd"),
        ("AM-Dock Strike, Correction,0310", "AM-Dock Strike", "Correction"),
        # negatives: headlines that have a hyphen are no slug
        ("Ex-minister, 81, dies in Halden", None, None),
        ("Dock strike ends after nine-day walkout", None, None),
        ("UN-backed talks resume in Halden", None, None),
    ],
)
def test_keyword_line_gives_slug_and_version_never_the_headline(line, slug, version):
    copy = read_copy(f"{line}\nStrike ends at Halden port\n{BODY}")
    assert (copy.slug, copy.version) == (slug, version)
    assert copy.headline == (line if slug is None else "Strike ends at Halden port")


@pytest.mark.parametrize(
    "header, headline, byline",
    [
        # AP: each marked header line has its own job; notes, photo numbers, summary and agency line go
        (
            "^BC-Port-Strike,0120<\n^Dock strike ends<\n^Eds: Updates with union comment.<\n"
            "^AP Photo HAL101, HAL102<\n^Union claims a win<\n^By ANNA LEE and OMAR DIAZ=<\n"
            "^Associated Press=<\n",
            "Dock strike ends",
            ("ANNA LEE", "OMAR DIAZ"),
        ),
        # IPTC 7901: the heading runs over two lines to its `=` end marker; a byline line under it
        (
            "Dock strike ends at Halden port\nafter nine days =\nBy Anna Lee, dpa =\n\n",
            "Dock strike ends at Halden port after nine days",
            ("Anna Lee",),
        ),
        # a heading without its end mark does not run into the byline under it
        ("Dock strike ends\nBy Anna Lee =\n\n", "Dock strike ends", ("Anna Lee",)),
        # unmarked header lines stand alone
        ("Dock strike ends\nBy ANNA LEE\nAssociated Press Writer\n", "Dock strike ends", ("ANNA LEE",)),
        # negative: no byline
        ("Dock strike ends\n", "Dock strike ends", ()),
    ],
)
def test_header_lines_go_to_their_field_or_away(header, headline, byline):
    story = load_anpa(_anpa(header + BODY))
    assert (story.headline, story.byline) == (headline, byline)
    assert story.paragraphs == ("Dock workers returned on Monday.", "``We won,'' said Kari Berg.")


@pytest.mark.parametrize(
    "body, paragraphs",
    [
        # `=` line ends and control codes (AP's fraction and typesetting codes) never reach the text
        (
            "   HALDEN (AP) _ Dock workers returned=\non Monday.=\n   Pay rose 4\x1c percent.\n",
            ("Dock workers returned on Monday.", "Pay rose 4 percent."),
        ),
        # end markers and sign-offs are no paragraphs; the sign-off's initials are credits
        ("   HALDEN (AP) _ Dock workers returned.\n\nends\n\nAP ab/cd\n", ("Dock workers returned.",)),
        # negative: an `=` inside a line stays
        ("   HALDEN (AP) _ The score was 2=2 at the break.\n", ("The score was 2=2 at the break.",)),
    ],
)
def test_line_end_marks_and_codes_never_reach_the_text(body, paragraphs):
    story = load_anpa(_anpa("Dock strike ends\n" + body))
    assert story.paragraphs == paragraphs


@pytest.mark.parametrize(
    "post, published",
    [
        ("AP-NY-03-02-26 1432EST", "2026-03-02T14:32:00-05:00"),
        ("AP-NY-06-21-26 1720EDT", "2026-06-21T17:20:00-04:00"),
        ("031432 GMT MAR 26", "2026-03-03T14:32:00+00:00"),
        ("091432 Mar 26", "2026-03-09T14:32:00+00:00"),
        # negative: no stamp
        ("", None),
    ],
)
def test_post_text_stamp_gives_published_in_iso_8601_with_a_zone(post, published):
    assert load_anpa(_anpa("Dock strike ends\n" + BODY, post)).published == published


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2026-03-04T09:12:00Z", "2026-03-04T09:12:00+00:00"),
        ("2026-03-04T09:12:00+01:00", "2026-03-04T09:12:00+01:00"),
        ("20260304T091200+0100", "2026-03-04T09:12:00+01:00"),
        ("2026-03-04 09:12:00", "2026-03-04T09:12:00+00:00"),
        ("2026-03-04", "2026-03-04T00:00:00+00:00"),
        # negatives: what is no time stays as the feed wrote it; nothing stays nothing
        ("last Tuesday", "last Tuesday"),
        (None, None),
    ],
)
def test_published_has_one_iso_8601_form_across_formats(text, expected):
    assert iso_timestamp(text) == expected


def test_stamp_in_the_text_when_no_post_text():
    assert stamp_timestamp("dpa jv\n091432 Mar 26") == "2026-03-09T14:32:00+00:00"
    assert stamp_timestamp("no stamp here") is None


@pytest.mark.parametrize(
    "fixture, slug, version, published, credits",
    [
        (
            "anpa/port-tolls.anpa",
            "BC-US--Port Tolls",
            "1st Ld-Writethru",
            "2026-05-09T15:44:00-04:00",
            "additional reporting: Kim Park",
        ),
        (
            "anpa/elbe-ferry.iptc",
            None,
            None,
            "2026-03-09T14:32:00+00:00",
            "editing: Kim Park; editor initials: jv, yy, kp",
        ),
        ("anpa/pension-march.iptc", "France-pensions-protest", "2ndLd", "2026-03-03T14:32:00+00:00", None),
    ],
)
def test_fixture_header_and_trailer_fields(fixture, slug, version, published, credits):
    story = load((FORMATS / fixture).read_bytes(), fixture)
    assert (story.slug, story.version, story.published) == (slug, version, published)
    if credits is not None:
        assert _credits(story) == credits
    assert not [p for p in story.paragraphs if "=" in p or "^" in p or "Notebook" in p or "Editor:" in p]


@pytest.mark.parametrize(
    "line, text",
    [
        # AP's fraction codes (`lang.wire.FRACTION_CODES`) print as fractions after a figure
        ("Pay rose 4\x1d percent.", "Pay rose 4½ percent."),
        ("The river fell 6\x1a feet.", "The river fell 6¼ feet."),
        ("Shares closed at 23\x1f.", "Shares closed at 23⅞."),
        # or standing as a word
        ("About \x1d of the cargo went by rail.", "About ½ of the cargo went by rail."),
        ("A (\x1b) share.", "A (⅜) share."),
        # negatives: inside a word a code is a stray typesetting code, and goes; other codes always go
        ("Dock\x1dworkers returned.", "Dockworkers returned."),
        ("Pay rose 4\x1c percent.", "Pay rose 4 percent."),
        ("The score was 2-1.", "The score was 2-1."),
    ],
)
def test_fraction_codes_become_fractions_and_other_codes_go(line, text):
    story = load_anpa(_anpa(f"Dock strike ends\n   HALDEN (AP) _ Dock workers returned.\n   {line}\n"))
    assert story.paragraphs[-1] == text


def test_fraction_codes_reach_headline_and_body_of_the_fixture():
    path = FORMATS / "anpa" / "barge-draft.anpa"
    story = load(path.read_bytes(), path.name)
    assert story.headline == "Grain barges wait as Marlow River falls 2½ feet"
    assert "down from 8½ feet" in story.paragraphs[2]
