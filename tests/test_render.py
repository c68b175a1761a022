"""Rendering records: the segments both views share, the terminal view and the HTML report.

Records are built by hand (tests/render_records.py) where the marks are what is tested, and taken from
tests/expected where the test is that every real record renders whole.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path

import pytest
from render_records import error, expected_results, record
from rich.console import Console

from wireclaims.models import ArticleResult
from wireclaims.render.html import report_html
from wireclaims.render.segments import Segment, segments
from wireclaims.render.terminal import render_story

NESTED = record(
    "Ames said Cole told her that fees would rise.",
    ["Ames", "Cole"],
    claims=[("Cole told her that fees would rise", 0, "said"), ("fees would rise", 1, "told")],
)
MIXED = record(
    'Cole said fees would "rise fast" this year.',
    ["Cole"],
    quotes=[("rise fast", 0, "said")],
    claims=[('fees would "rise fast" this year', 0, "said")],
)
SHARED_CUE = record('"Yes," Cole said. "No."', ["Cole"], quotes=[("Yes,", 0, "said"), ("No.", 0, "said")])
TWO_SPEAKERS = record(
    '"Yes," Ames said. "No," Cole said.',
    ["Ames", "Cole"],
    quotes=[("Yes,", 0, "said"), ("No,", 1, "said#2")],
    titles={"Cole": "harbour master", "Cole@org": "Port of Oslo"},
)
UNATTRIBUTED = record('"Never again," a sign read.', quotes=[("Never again,", None, None)])
CROSSING = record(
    "one two three four", claims=[("one two three", None, None)], quotes=[("two three four", None, None)]
)


def marks(piece: Segment) -> str:
    """`c1 q1 cue @s1`: claims outermost first, the quote, a cue, the speaker a name refers to."""
    found = [c.id for c in piece.claims]
    found += [piece.quote.id] if piece.quote else []
    found += ["cue"] if piece.cue else []
    found += [f"@{piece.mention.id}"] if piece.mention else []
    return " ".join(found)


@pytest.mark.parametrize(
    "result, expected",
    [
        (record("Fees rose."), [("Fees rose.", "")]),
        (
            MIXED,
            [("Cole", "@s1"), (" ", ""), ("said", "cue"), (" ", ""), ('fees would "', "c1"),
             ("rise fast", "c1 q1"), ('" this year', "c1"), (".", "")],
        ),
        (
            NESTED,
            [("Ames", "@s1"), (" ", ""), ("said", "cue"), (" ", ""), ("Cole", "c1 @s2"), (" ", "c1"),
             ("told", "c1 cue"), (" her that ", "c1"), ("fees would rise", "c1 c2"), (".", "")],
        ),
        (CROSSING, [("one ", "c1"), ("two three", "c1 q1"), (" four", "q1")]),
        (
            SHARED_CUE,
            [('"', ""), ("Yes,", "q1"), ('" ', ""), ("Cole", "@s1"), (" ", ""), ("said", "cue"), ('. "', ""),
             ("No.", "q2"), ('"', "")],
        ),
        (record(""), []),
    ],
)  # fmt: skip
def test_segments_split_overlapping_spans_into_marked_pieces(
    result: ArticleResult, expected: list[tuple[str, str]]
) -> None:
    assert [(piece.text, marks(piece)) for piece in segments(result)] == expected


def test_segments_clip_offsets_beyond_the_text() -> None:
    quote = MIXED.quotes[0].model_copy(update={"end": 500})
    result = MIXED.model_copy(update={"quotes": [quote], "claims": []})
    pieces = segments(result)
    assert "".join(p.text for p in pieces) == result.article.text
    assert (pieces[-1].text, marks(pieces[-1])) == ('rise fast" this year.', "q1")


@pytest.mark.parametrize("path", expected_results(), ids=lambda p: p.name)
def test_segments_of_every_fixture_cover_the_text_once(path: Path) -> None:
    result = ArticleResult.model_validate_json(path.read_bytes())
    pieces = segments(result)
    assert "".join(p.text for p in pieces) == result.article.text
    assert all(a.end == b.start for a, b in pairwise(pieces))
    quoted = {p.quote.id for p in pieces if p.quote}
    assert quoted == {q.id for q in result.quotes if q.start < q.end}


def terminal(result: ArticleResult, *, colour: bool = False, width: int = 200) -> str:
    """What `show` prints: with 256 colours, or plain with tags (as in a pipe)."""
    out = io.StringIO()
    if colour:
        console = Console(file=out, width=width, force_terminal=True, color_system="256", highlight=False)
    else:
        console = Console(file=out, width=width, color_system=None, highlight=False)
    console.print(render_story(result, tags=not colour))
    return out.getvalue()


@pytest.mark.parametrize(
    "result, line",
    [
        (MIXED, 'Cole said [c1→s1: fees would "rise fast[q1→s1]" this year].'),
        (NESTED, "Ames said [c1→s1: Cole told her that [c2→s2: fees would rise]]."),
        (UNATTRIBUTED, '"Never again,[q1→?]" a sign read.'),
        (CROSSING, "[c1→?: one two three] four[q1→?]"),
    ],
)
def test_terminal_without_colour_writes_marks_as_tags(result: ArticleResult, line: str) -> None:
    assert line in terminal(result).splitlines()
    assert "\x1b" not in terminal(result)


def test_terminal_speakers_table_has_title_organisation_and_counts() -> None:
    rows = [" ".join(line.split()) for line in terminal(TWO_SPEAKERS).splitlines()]
    assert "s1 Ames person 1 0" in rows
    assert "s2 Cole person harbour master Port of Oslo 1 0" in rows


def test_terminal_colours_quotes_by_speaker_order() -> None:
    shown = terminal(TWO_SPEAKERS, colour=True)
    assert "\x1b[38;5;39mYes,\x1b[0m" in shown  # s1: deep_sky_blue1
    assert "\x1b[38;5;214mNo,\x1b[0m" in shown  # s2: orange1
    assert "\x1b[4msaid\x1b[0m" in shown  # cues underlined
    assert shown == terminal(TWO_SPEAKERS, colour=True)


def test_terminal_claims_are_italic_on_a_shaded_ground() -> None:
    result = record("Ames said fees would rise.", ["Ames"], claims=[("fees would rise", 0, "said")])
    assert "\x1b[3;48;5;237mfees would rise\x1b[0m" in terminal(result, colour=True)


def test_terminal_shows_names_as_written_never_as_markup() -> None:
    result = record('"Hi," [bold]Eve[/bold] said.', ["[bold]Eve[/bold]"], quotes=[("Hi,", 0, "said")])
    assert "[bold]Eve[/bold]" in terminal(result).splitlines()[-1]


@pytest.mark.parametrize(
    "result, expected",
    [
        (record("", headline=None, article_id="empty.txt"), ["empty.txt", "(the story has no body text)"]),
        (
            record("Fees rose.", warnings=["unbalanced quotation mark"]),
            ["warning: unbalanced quotation mark"],
        ),
        (UNATTRIBUTED, ["(no speaker)"]),
    ],
)
def test_terminal_edge_cases(result: ArticleResult, expected: list[str]) -> None:
    shown = terminal(result)
    assert all(text in shown for text in expected)


@pytest.mark.parametrize("path", expected_results(), ids=lambda p: p.name)
def test_terminal_shows_every_quote_and_speaker_of_a_fixture(path: Path) -> None:
    result = ArticleResult.model_validate_json(path.read_bytes())
    shown = terminal(result, width=100_000)
    for piece in segments(result):
        assert piece.text.split("\n")[0] in shown
    assert all(speaker.name in shown for speaker in result.speakers)


HOSTILE = "<script>alert(\"x&y\")</script> 'it's'"
ESCAPED = "&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt; &#x27;it&#x27;s&#x27;"


@pytest.mark.parametrize(
    "records",
    [
        [record(f"Fees rose. {HOSTILE}")],
        [record("Fees rose.", headline=HOSTILE)],
        [record(f'"{HOSTILE}," Cole said.', ["Cole"], quotes=[(HOSTILE + ",", 0, "said")])],
        [record(f'"Yes," {HOSTILE} said.', [HOSTILE], quotes=[("Yes,", 0, "said")])],
        [record('"Yes," Cole said.', ["Cole"], quotes=[("Yes,", 0, "said")], titles={"Cole": HOSTILE})],
        [record("Fees rose.", warnings=[HOSTILE])],
        [record("Fees rose.", article_id=HOSTILE)],
        [error(article_id=HOSTILE, message=HOSTILE)],
    ],
    ids=["text", "headline", "quote", "speaker", "title", "warning", "id", "error"],
)
def test_report_escapes_every_text_from_the_record(records: list[ArticleResult]) -> None:
    page = report_html(records)
    assert ESCAPED in page
    assert page.count("<script") == 1  # the report's own
    assert 'alert("' not in page


class _Page(HTMLParser):
    """Ids, links, marks and tables of a report."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.marks: list[dict[str, str]] = []
        self.tables: dict[str, list[list[str]]] = {}
        self._caption = ""
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if "id" in attributes:
            self.ids.add(attributes["id"])
        if tag == "a" and attributes.get("href", "").startswith("#"):
            self.links.append(attributes["href"][1:])
        if "title" in attributes and tag in {"a", "span"}:
            self.marks.append(attributes)
        if tag == "h3":
            self._caption = ""
            self._cell = []
        elif tag == "tr":
            self._row = []
        elif tag in {"td", "th"}:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "h3" and self._cell is not None:
            self._caption = "".join(self._cell)
            self.tables[self._caption] = []
            self._cell = None
        elif tag in {"td", "th"} and self._row is not None and self._cell is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self._caption in self.tables:
                self.tables[self._caption].append(self._row)
            self._row = None
        elif tag == "table":
            self._caption = ""

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def test_report_marks_link_to_their_speakers_and_every_link_resolves() -> None:
    page = _Page(report_html([MIXED, NESTED, TWO_SPEAKERS, error()]))
    assert page.links and set(page.links) <= page.ids
    quotes = [m for m in page.marks if "q" in m["class"].split()]
    assert {m["href"] for m in quotes} == {"#story-1-s1", "#story-3-s1", "#story-3-s2"}
    assert quotes[0]["title"] == (
        "quote q1 (direct) by Cole · cue “said” (say, neutral) · confidence 0.90 · found by cue\n"
        "claim c1 (indirect) by Cole · cue “said” (say, neutral) · confidence 0.75"
    )


def test_report_lists_error_records_in_the_index() -> None:
    page = report_html([MIXED, error("gone.txt", "unreadable", "cannot read gone.txt: No such file")])
    assert '<tr class="failed">' in page
    assert "unreadable: cannot read gone.txt: No such file" in page
    assert "1 story, 1 error" in page
    assert 'id="story-2"' in page


def test_report_corpus_tables_add_up_speakers_across_stories() -> None:
    other = record('"Maybe," Cole said.', ["Cole"], quotes=[("Maybe,", 0, "said")], article_id="u.txt")
    tables = _Page(report_html([TWO_SPEAKERS, other, error()])).tables
    assert tables["Most-quoted speakers"][1:] == [
        ["Cole", "person", "Port of Oslo", "2", "2", "0"],
        ["Ames", "person", "", "1", "1", "0"],
    ]
    assert tables["Organisations"][1:] == [["Port of Oslo", "1", "1", "1", "0"]]
    assert tables["Cue classes"][1:] == [["neutral", "3", "0", "say 3"]]


def test_report_is_self_contained_and_its_policy_allows_only_its_own_blocks() -> None:
    page = report_html([MIXED, NESTED])
    for outside in ("src=", "<link", "url(", "@import", "http:", "https:"):
        assert outside not in page
    style = re.search(r"<style>(.*?)</style>", page, re.S)
    script = re.search(r"<script>(.*?)</script>", page, re.S)
    assert style and script
    for block in (style.group(1), script.group(1)):
        digest = base64.b64encode(hashlib.sha256(block.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in page


def test_report_is_deterministic_and_handles_no_records() -> None:
    assert report_html([MIXED, NESTED]) == report_html([MIXED, NESTED])
    empty = report_html([])
    assert "no inputs" in empty and "0 stories, 0 errors" in empty


def test_report_of_every_fixture_anchors_every_quote_and_claim() -> None:
    results = [ArticleResult.model_validate_json(p.read_bytes()) for p in expected_results()]
    page = _Page(report_html(results))
    for number, result in enumerate(results, 1):
        for item in (*result.quotes, *result.claims):
            assert f"story-{number}-{item.id}" in page.ids
    assert set(page.links) <= page.ids


def _with_headline_claim(headline: str, content: str, cue: str) -> ArticleResult:
    from wireclaims.extract.headline import headline_claims

    base = record("The ministry said fares would rise.", ["ministry"], headline=headline)
    found = headline_claims(headline, base.speakers)
    assert [h.content for h in found] == [content]
    assert found[0].cue is not None and found[0].cue.text == cue
    return base.model_copy(update={"headline_claims": found})


def test_terminal_marks_the_headline_attribution() -> None:
    result = _with_headline_claim(
        "Fares to rise 5% in April, ministry says", "Fares to rise 5% in April", "says"
    )
    assert terminal(result).splitlines()[0] == (
        "Fares to rise 5% in April, ministry says  [h1→s1: Fares to rise 5% in April]"
    )
    coloured = terminal(result, colour=True).splitlines()[0]
    assert "\x1b[" in coloured and "Fares to rise 5% in April" in re.sub(r"\x1b\[[0-9;]*m", "", coloured)


def test_report_marks_the_headline_attribution_and_escapes_it() -> None:
    result = _with_headline_claim(
        "<b>Fares</b> & tolls will rise, ministry says", "<b>Fares</b> & tolls will rise", "says"
    )
    page = report_html([result])
    assert (
        '<span class="c" title="headline claim h1 by ministry · cue “says” (say, neutral) · confidence 0.80">'
        "&lt;b&gt;Fares&lt;/b&gt; &amp; tolls will rise</span>, ministry says"
    ) in page
    assert "<b>Fares" not in page


@pytest.mark.parametrize(
    "records",
    [
        [record("Fees rose. \x1b[2J\x00\u202eevil")],
        [record("Fees rose.", headline="\x1b]0;pwned\x07Fees")],
        [
            record(
                '"Yes," Cole said.', ["Cole"], quotes=[("Yes,", 0, "said")], titles={"Cole": "\x9b1m\u2066x"}
            )
        ],
        [error(article_id="\x1b[2J.txt", message="bad \x00 byte")],
    ],
    ids=["text", "headline", "title", "error"],
)
def test_report_writes_controls_and_bidi_overrides_as_visible_escapes(records: list[ArticleResult]) -> None:
    page = report_html(records)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", page)
    assert any(mark in page for mark in ("\\x1b", "\\x9b")) or "\\x00" in page
