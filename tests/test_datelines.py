"""Datelines (invented stories): every shape, found in the first few paragraphs, and metadata fallbacks."""

from __future__ import annotations

import json

import pytest

from wireclaims.loaders import load
from wireclaims.loaders.datelines import match_dateline, meta_dateline
from wireclaims.loaders.plaintext import load_text

HEAD = "Dock strike ends at Halden port"
LEAD = "Dock workers returned on Monday."
BODY = "The union said pay rose by four percent."


def _story(*blocks: str) -> bytes:
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def _dateline(d) -> tuple[str | None, str | None, str | None] | None:
    return None if d is None else (d.location, d.date, d.agency)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("MOSCOW, Jan 30 (Reuters) - ", ("MOSCOW", "Jan 30", "Reuters")),
        # a place in title case
        ("Milan, Mar 4 (ANSA) - ", ("Milan", "Mar 4", "ANSA")),
        ("Halden, Norway (dpa) - ", ("Halden, Norway", None, "dpa")),
        ("Paris, March 3 - ", ("Paris", "March 3", None)),
        # the agency first
        ("ANSA - Milan, Mar 4 - ", ("Milan", "Mar 4", "ANSA")),
        # a date and agency with no place
        ("May 9 (Reuters) - ", (None, "May 9", "Reuters")),
        # two agencies
        ("Halden (abc/dpa) - ", ("Halden", None, "abc/dpa")),
        # EFE's `.-` and a day-first date in Spanish
        ("Madrid, 4 mar (EFE).- ", ("Madrid", "4 mar", "EFE")),
        # AP's 7-bit `_`
        ("HALDEN, Norway (AP) _ ", ("HALDEN, Norway", None, "AP")),
        # a date in the story's language
        ("PARIS, 3 mars 2026 (AFP) - ", ("PARIS", "3 mars 2026", "AFP")),
        # Nordic agencies: a place in capitals with non-ASCII letters, the agency in parentheses, a colon
        ("RØDVIK (NTB): ", ("RØDVIK", None, "NTB")),
        ("ÅLESUND, 3. mars (NTB): ", ("ÅLESUND", "3. mars", "NTB")),
        ("Kuopio (STT): ", ("Kuopio", None, "STT")),
        ("SKELLEFTEÅ (TT): ", ("SKELLEFTEÅ", None, "TT")),
        # negatives: leads that only look like datelines
        ("Paris, the union said, ", None),
        ("US officials - two of them - ", None),
        ("Milan fans (and players) - ", None),
        ("May 9 was the day - ", None),
        # negatives: a colon needs an agency in parentheses before it
        ("RØDVIK: ", None),
        ("TORE BREKKE: ", None),
        ("The union (and the owners): ", None),
    ],
)
def test_dateline_shapes(text, expected):
    found = match_dateline(text + LEAD)
    assert (None if found is None else _dateline(found[0])) == expected
    if found:
        assert (text + LEAD)[found[1] :] == LEAD


@pytest.mark.parametrize(
    "blocks, byline",
    [
        # a `By ...` paragraph before the dateline, in the body (not under the headline)
        ((HEAD, "(Corrects day of talks)", "By Anna Lee", f"HALDEN (Reuters) - {LEAD}", BODY), ("Anna Lee",)),
        # header leftovers above it
        ((HEAD, "Eds: Updates with union comment", f"HALDEN (Reuters) - {LEAD}", BODY), ()),
        ((HEAD, "AP Photo HAL101", "By ANNA LEE", f"HALDEN (AP) — {LEAD}", BODY), ("ANNA LEE",)),
        ((HEAD, "By ANNA LEE", "Associated Press Writer", f"HALDEN (AP) — {LEAD}", BODY), ("ANNA LEE",)),
        # a byline paragraph that repeats the byline block leaves the body and adds no name
        ((HEAD, "By Anna Lee", "By Anna Lee", f"HALDEN (Reuters) - {LEAD}", BODY), ("Anna Lee",)),
    ],
)
def test_dateline_is_found_below_bylines_and_notes_which_leave_the_body(blocks, byline):
    story = load_text(_story(*blocks))
    assert _dateline(story.dateline) == ("HALDEN", None, story.dateline.agency if story.dateline else None)
    assert story.paragraphs == (LEAD, BODY)
    assert story.byline == byline


def test_dateline_deep_in_the_body_is_not_taken():
    story = load_text(_story(HEAD, LEAD, BODY, "Talks resume next week.", f"OSLO (Reuters) - {LEAD}"))
    assert story.dateline is None
    assert story.paragraphs[-1] == f"OSLO (Reuters) - {LEAD}"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Paris, 3 mars 2025", ("Paris", "3 mars 2025", None)),
        ("PARIS 3 mars 2025", ("PARIS", "3 mars 2025", None)),
        ("Berlin, 4. März 2026 (dpa)", ("Berlin", "4. März 2026", "dpa")),
        ("Oslo, 12 oktober", ("Oslo", "12 oktober", None)),
        # negative: a timestamp is no dateline
        ("2025-03-03T10:00:00+01:00", None),
    ],
)
def test_metadata_dateline_in_the_story_language_keeps_place_and_date_apart(text, expected):
    assert _dateline(meta_dateline(text)) == expected


@pytest.mark.parametrize(
    "located, body, expected",
    [
        ({"name": "Lecce", "source": "ANSA"}, LEAD, ("Lecce", None, "ANSA")),
        ("Halden, Norway", LEAD, ("Halden, Norway", None, None)),
        # negative: the body's own dateline wins over `located`
        ("Oslo", f"HALDEN (AP) - {LEAD}", ("HALDEN", None, "AP")),
    ],
)
def test_ninjs_located_is_the_dateline_fallback_and_guid_the_source_id(located, body, expected):
    item = {"guid": "urn:example:1", "headline": HEAD, "located": located, "body_text": body}
    story = load(json.dumps(item).encode())
    assert (_dateline(story.dateline), story.source_id, story.paragraphs) == (
        expected,
        "urn:example:1",
        (LEAD,),
    )


def test_ninjs_uri_wins_over_guid():
    item = {"uri": "urn:example:uri", "guid": "urn:example:guid", "headline": HEAD, "body_text": LEAD}
    assert load(json.dumps(item).encode()).source_id == "urn:example:uri"
