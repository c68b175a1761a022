"""Plain-text wire copy (invented stories): headline, dateline, byline, trailer, decoding, paragraphs."""

from __future__ import annotations

import pytest

from wireclaims.errors import NotAStory
from wireclaims.loaders.plaintext import load_text

HEAD = "Dock strike ends at Halden port"
LEAD = "Dock workers returned on Monday."
BODY = "The union said pay rose by four percent."
QUOTE = "“We won,” the leaflet read."
CP1252 = f"{HEAD}\n\nHALDEN (AP) — Workers called it a “fair” deal.\n\n{BODY}\n".encode("cp1252")


def _story(*blocks: str) -> bytes:
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def _credits(story) -> str:
    return "; ".join(f"{c.role}: {', '.join(c.names)}" for c in story.credits)


def _dateline(story) -> tuple[str | None, str | None, str | None] | None:
    d = story.dateline
    return None if d is None else (d.location, d.date, d.agency)


@pytest.mark.parametrize(
    "text, expected",
    [
        (_story(HEAD, LEAD, BODY), HEAD),
        (_story(f"{HEAD}\nBy Anna Lee", LEAD, BODY), HEAD),
        (_story(f"{HEAD}\n{LEAD}", BODY, "Talks resume next week."), HEAD),
        # negative: a story that opens with its dateline has no headline
        (_story(f"HALDEN, Jan 30 (Reuters) - {LEAD}", BODY), None),
    ],
)
def test_headline_is_first_line(text, expected):
    assert load_text(text).headline == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Reuters
        (f"HALDEN, Jan 30 (Reuters) - {LEAD}", ("HALDEN", "Jan 30", "Reuters")),
        (f"HALDEN, Jan. 30 (Reuters) - {LEAD}", ("HALDEN", "Jan. 30", "Reuters")),
        (f"NEW HALDEN, Sept 9 (Reuters) – {LEAD}", ("NEW HALDEN", "Sept 9", "Reuters")),
        (f"HALDEN/OSLO, Jan 30 (Reuters) - {LEAD}", ("HALDEN/OSLO", "Jan 30", "Reuters")),
        # AP
        (f"HALDEN (AP) — {LEAD}", ("HALDEN", None, "AP")),
        (f"DES MOINES, Iowa (AP) — {LEAD}", ("DES MOINES, Iowa", None, "AP")),
        (f"ST. CLOUD, Minn. (AP) — {LEAD}", ("ST. CLOUD, Minn.", None, "AP")),
        # AFP
        (f"PARIS, March 3 (AFP) - {LEAD}", ("PARIS", "March 3", "AFP")),
        (f"PARIS, March 3, 2026 (AFP) - {LEAD}", ("PARIS", "March 3, 2026", "AFP")),
        # no agency
        (f"LONDON - {LEAD}", ("LONDON", None, None)),
    ],
)
def test_dateline_splits_reuters_ap_and_afp_styles(text, expected):
    story = load_text(_story(HEAD, text, BODY))
    assert _dateline(story) == expected
    assert story.paragraphs[0] == LEAD


@pytest.mark.parametrize(
    "text",
    [
        LEAD,
        "NATO said on Monday that talks would resume.",
        "Paris, the union said, would be next.",
        "US officials - two of them - said talks would resume.",
    ],
)
def test_no_dateline_gives_none_and_keeps_lead(text):
    story = load_text(_story(HEAD, text, BODY))
    assert story.dateline is None
    assert story.paragraphs[0] == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("By ANNA LEE and OMAR DIAZ\nAssociated Press", ("ANNA LEE", "OMAR DIAZ")),
        ("By ANNA LEE\nAssociated Press", ("ANNA LEE",)),
        ("By Anna Lee", ("Anna Lee",)),
        ("By Anna Lee, Omar Diaz and Kim Park", ("Anna Lee", "Omar Diaz", "Kim Park")),
        ("By Anna Lee, Associated Press", ("Anna Lee",)),
        # negative: a lead that starts with "By" and a capital is not a byline
        ("By Monday evening, dock workers had returned.", ()),
    ],
)
def test_byline_gives_names(text, expected):
    story = load_text(_story(HEAD, text, LEAD, BODY))
    assert story.byline == expected
    assert story.paragraphs[-2:] == (LEAD, BODY)
    assert not any(p.startswith(("By ANNA", "By Anna", "Associated Press")) for p in story.paragraphs)
    if not expected:
        assert story.paragraphs[0] == text


@pytest.mark.parametrize(
    "text, expected, trailer",
    [
        (
            "(Reporting by Ann Lee; Additional reporting by Omar Diaz; Writing by Ty Ro; Editing by Sue Ng)",
            "reporting: Ann Lee; additional reporting: Omar Diaz; writing: Ty Ro; editing: Sue Ng",
            "dropped",
        ),
        (
            "(Reporting by Anna Lee in Halden and Omar Diaz in New York; editing by Sue Moss and Tom Hale)",
            "reporting: Anna Lee, Omar Diaz; editing: Sue Moss, Tom Hale",
            "dropped",
        ),
        (
            "(Writing by Kim Park in Oslo)\n\nOur Standards: The Thomson Reuters Trust Principles.",
            "writing: Kim Park",
            "dropped",
        ),
        (
            "___\n\nAssociated Press writer Omar Diaz in Oslo contributed to this report.",
            "additional reporting: Omar Diaz",
            "dropped",
        ),
        (
            "___\n\nAP writers Omar Diaz in Oslo and Kim Park in Bergen contributed to this report.",
            "additional reporting: Omar Diaz, Kim Park",
            "dropped",
        ),
        (
            "___\n\nAP writer Omar Diaz contributed to this report.\n\n___\n\nFollow AP labor coverage.",
            "additional reporting: Omar Diaz",
            "dropped",
        ),
        ("hh/ph", "editor initials: hh, ph", "dropped"),
        ("hh/ph\n\n© 2026 AFP", "editor initials: hh, ph", "dropped"),
        ("© 2026 AFP", "", "dropped"),
        ("Copyright 2026 The Associated Press. All rights reserved.", "", "dropped"),
        ("(Corrects day of talks in first paragraph)", "", "dropped"),
        ("(This story has been corrected to fix the spelling of Halden)", "", "dropped"),
        # negatives: body paragraphs that only look like trailer lines
        ("Talks resume next week.", "", "kept"),
        ("(The union did not give figures.)", "", "kept"),
        ("Copyright holders will be paid from March, the ministry said.", "", "kept"),
    ],
)
def test_trailer_gives_credits_in_order_and_is_dropped_from_body(text, expected, trailer):
    story = load_text(_story(HEAD, f"HALDEN, Jan 30 (Reuters) - {LEAD}", BODY, text))
    assert _credits(story) == expected
    assert story.paragraphs == ((LEAD, BODY) if trailer == "dropped" else (LEAD, BODY, text))


@pytest.mark.parametrize(
    "text",
    ["(Corrects day of talks in first paragraph)", "(Updates with union comment in paragraph 2)"],
)
def test_correction_note_above_lead_is_dropped_and_dateline_still_splits(text):
    story = load_text(_story(HEAD, text, f"HALDEN, Jan 30 (Reuters) - {LEAD}", BODY))
    assert story.paragraphs == (LEAD, BODY)
    assert _dateline(story) == ("HALDEN", "Jan 30", "Reuters")


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"\xef\xbb\xbf" + _story(HEAD, LEAD, BODY), ("utf-8", HEAD, LEAD)),
        (f"{HEAD}\r\n\r\n{LEAD}\r\n\r\n{BODY}\r\n".encode(), ("utf-8", HEAD, LEAD)),
        (f"{HEAD}\r\r{LEAD}\r\r{BODY}\r".encode(), ("utf-8", HEAD, LEAD)),
        (f"{HEAD}\n\n{LEAD}\n\n{BODY}\n".encode("utf-16"), ("utf-16", HEAD, LEAD)),
        (CP1252, ("cp1252", HEAD, "Workers called it a “fair” deal.")),
    ],
    ids=["utf8-bom", "crlf", "cr", "utf16-bom", "cp1252"],
)
def test_decoding_reports_encoding_and_normalises_lines(data, expected):
    story = load_text(data)
    assert (story.encoding, story.headline, story.paragraphs[0]) == expected
    assert all("\r" not in p and "\ufeff" not in p for p in story.paragraphs)


def test_windows_1252_dash_still_splits_dateline():
    assert _dateline(load_text(CP1252)) == ("HALDEN", None, "AP")


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n\n\t \r\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        b"\x00\x01\x02\x03wireclaims",
        b"\x01\x02\x03\n",
        # a headline and a correction note but no body paragraph
        _story(HEAD, "(Corrects day of talks)"),
    ],
    ids=["empty", "whitespace", "png", "nul-bytes", "controls-only", "headline-only"],
)
def test_empty_or_binary_input_raises_not_a_story(data):
    with pytest.raises(NotAStory):
        load_text(data)


@pytest.mark.parametrize(
    "text, expected",
    [
        (LEAD, (LEAD,)),
        (f"{LEAD}\n\n{QUOTE}", (LEAD, QUOTE)),
        # hard-wrapped lines are joined by one space; runs of spaces and tabs collapse
        ("Dock workers returned\non Monday.", (LEAD,)),
        ("Dock   workers\treturned on Monday. ", (LEAD,)),
        # a dash attribution line stands alone
        (f"{QUOTE}\n– Anna Lee, union chair", (QUOTE, "– Anna Lee, union chair")),
        (f"{QUOTE}\n— Anna Lee, union chair", (QUOTE, "— Anna Lee, union chair")),
        (f"{QUOTE}\n- Anna Lee", (QUOTE, "- Anna Lee")),
        # negative: a wrapped line opening with a dash and a lower-case word is no attribution line
        (
            "The strike\n— the longest in a decade — ended.",
            ("The strike — the longest in a decade — ended.",),
        ),
    ],
)
def test_paragraphs_split_on_blank_lines_and_join_wrapped_lines(text, expected):
    assert load_text(_story(HEAD, text, BODY)).paragraphs == (*expected, BODY)


def test_copy_without_blank_lines_gives_a_paragraph_per_line():
    story = load_text(f"{HEAD}\n{LEAD}\n{BODY}\nTalks resume.\n".encode())
    assert (story.headline, story.paragraphs) == (HEAD, (LEAD, BODY, "Talks resume."))


@pytest.mark.parametrize(
    "text",
    [
        _story(HEAD, f"HALDEN, Jan 30 (Reuters) - {LEAD}", BODY, "(Reporting by Anna Lee)"),
        _story(HEAD, "By ANNA LEE\nAssociated Press", f"HALDEN (AP) — {LEAD}", "“We won.”\n– Anna Lee", BODY),
        _story(HEAD, LEAD),
    ],
)
def test_story_text_joins_paragraphs_and_spans_index_it(text):
    story = load_text(text)
    assert story.text == "\n\n".join(story.paragraphs)
    spans = story.paragraph_spans()
    assert [s.text for s in spans] == list(story.paragraphs)
    assert all(story.text[s.start : s.end] == s.text for s in spans)
    assert spans[0].start == 0
    assert spans[-1].end == len(story.text)
