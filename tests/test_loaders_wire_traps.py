"""Real agencies' structured output (issue 14), on fixtures of our own writing: headline markers, bylines,
body furniture, NITF taglines, bare NewsML paragraphs, indented inlineData, double-escaped entities,
declared encodings that lie, mojibake, and items that are no story.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wireclaims.errors import InputError, NotAStory, Withheld
from wireclaims.inputs import InputItem
from wireclaims.loaders import load, load_all
from wireclaims.loaders.bylines import read_byline
from wireclaims.loaders.furniture import clean_headline, drop_furniture, is_furniture, not_a_story
from wireclaims.loaders.mojibake import repair
from wireclaims.loaders.xmlutil import text_paragraphs
from wireclaims.run.analyse import analyse_story
from wireclaims.run.batch import error_record
from wireclaims.story import Story

FORMATS = Path(__file__).parent / "fixtures" / "formats"


def _load(relative: str) -> Story:
    path = FORMATS / relative
    return load(path.read_bytes(), path.name)


def _credits(story: Story) -> str:
    return "; ".join(f"{c.role}: {', '.join(c.names)}" for c in story.credits)


def _nitf(content: str, head: str = "", end: str = "", docdata: str = "") -> bytes:
    return (
        f"<nitf><head><docdata {docdata}/></head><body><body.head><hedline><hl1>Strike ends</hl1>"
        f"</hedline>{head}</body.head><body.content>{content}</body.content><body.end>{end}</body.end></body></nitf>"
    ).encode()


@pytest.mark.parametrize(
    "fixture, headline, status, dateline, byline, credits",
    [
        (
            "nitf/ferry-fares.xml",
            "Island ferry fares to rise 8 percent in spring",
            "corrected",
            ("MOLDE, Norway", None, "AP"),
            ("Ingrid Solberg",),
            "organisation: Kystavisen; editor initials: kp, sn; additional reporting: Omar Diaz",
        ),
        (
            "nitf/fjord-tunnel.xml",
            "Tunnel under Storfjord opens to traffic a year early",
            None,
            ("STRANDA, Norway", None, "AP"),
            ("Kari Berg",),
            "organisation: Fjordposten",
        ),
        (
            "newsml-1.2/seal-count.xml",
            "Seal count on the Wadden islands doubles in ten years",
            None,
            ("TEXEL, Netherlands", "July 2", "AFP"),
            ("Maren Visser",),
            "organisation: Waddenbode",
        ),
        (
            "newsml-g2/tide-gauge.xml",
            "Tide gauge at Harwich records highest surge since 1953",
            "updated 2",
            ("HARWICH, England", "Nov 20", "Reuters"),
            ("Tom Hale",),
            "editor initials: gw, rb",
        ),
    ],
)
def test_fixture_headline_loses_its_markers_and_byline_its_initials(
    fixture, headline, status, dateline, byline, credits
):
    story = _load(fixture)
    d = story.dateline
    assert (story.headline, story.status) == (headline, status)
    assert (None if d is None else (d.location, d.date, d.agency)) == dateline
    assert (story.byline, _credits(story)) == (byline, credits)
    assert story.to_article("x", "x").status == status


@pytest.mark.parametrize(
    "text, expected",
    [
        ("CORRECTED-Port reopens after strike", ("Port reopens after strike", "corrected", False)),
        ("REFILE-UPDATE 2-Port reopens", ("Port reopens", "refiled, updated 2", False)),
        ("RPT-Port reopens", ("Port reopens", "repeated", False)),
        ("[Machine translation] Port reopens", ("Port reopens", None, True)),
        ("Machine translation: Port reopens", ("Port reopens", None, True)),
        ("Port reopens (machine translation)", ("Port reopens", None, True)),
        # negatives: a type marker stays; words that only look like markers stay
        ("FACTBOX-Valencia's reservoirs", ("FACTBOX-Valencia's reservoirs", None, False)),
        ("Machine translation firm raises funds", ("Machine translation firm raises funds", None, False)),
        ("Update on port talks", ("Update on port talks", None, False)),
        ("UPDATE 1-", ("UPDATE 1-", None, False)),
    ],
)
def test_headline_status_and_translation_markers_are_taken_out(text, expected):
    found = clean_headline(text)
    assert (found.text, found.status, found.translated) == expected


@pytest.mark.parametrize(
    "text, names, credits",
    [
        ("By Anna Lee and Omar Diaz", ["Anna Lee", "Omar Diaz"], []),
        ("ab/cd", [], [("editor initials", ["ab", "cd"])]),
        ("Kari Berg, ab/cd", ["Kari Berg"], [("editor initials", ["ab", "cd"])]),
        ("Kim Park; rm/jl", ["Kim Park"], [("editor initials", ["rm", "jl"])]),
        ("Kari Berg / NTB", ["Kari Berg"], [("organisation", ["NTB"])]),
        ("Ola Nord / The Valley Herald", ["Ola Nord"], [("organisation", ["The Valley Herald"])]),
        # negatives: two people on either side of a slash; a name with a place
        ("Anna Lee/Omar Diaz", ["Anna Lee", "Omar Diaz"], []),
        ("Ruth Mackay with Ian Forbes in Edinburgh", ["Ruth Mackay", "Ian Forbes"], []),
    ],
)
def test_byline_initials_are_credits_and_organisations_are_kept_apart(text, names, credits):
    found = read_byline(text)
    assert (found.names, [(c.role, c.names) for c in found.credits]) == (names, credits)


@pytest.mark.parametrize(
    "paragraph, furniture",
    [
        ("[Image: ferry-holmsay.jpg]", True),
        ("(AP Photo/Lars Eide)", True),
        ("Photo: Kim Park/Reuters", True),
        ("[graphic missing]", True),
        ("{Graphic missing}", True),
        ("(PHOTO)", True),
        ('<iframe src="https://video.example.com/embed/1"></iframe>', True),
        ('<blockquote class="post-embed"><a href="x">post</a></blockquote>', True),
        # negatives: prose that mentions pictures and maps
        ("The map shows 3 towns cut off by the flood.", False),
        ("Photo by photo, the exhibition tells the town's history.", False),
        ("Pictures of the flood were shared widely.", False),
        ("<b>Breaking</b> news is rare here.", False),
    ],
)
def test_placeholders_photo_credits_and_embed_code_are_furniture(paragraph, furniture):
    assert is_furniture(paragraph) is furniture


@pytest.mark.parametrize(
    "paragraphs, kept",
    [
        (["Lead.", "Watch the crossing", "<iframe src=x></iframe>", "More prose."], ["Lead.", "More prose."]),
        # negatives: a subhead above a picture placeholder or above prose heads the prose after it
        (["Lead.", "Night shifts", "[Image]", "More prose."], ["Lead.", "Night shifts", "More prose."]),
        (["Lead.", "Night shifts", "More prose."], ["Lead.", "Night shifts", "More prose."]),
    ],
)
def test_heading_above_embed_code_goes_with_it_and_one_above_prose_stays(paragraphs, kept):
    assert drop_furniture(paragraphs) == kept


def test_nitf_furniture_leaves_the_body_and_double_escaped_quotes_are_read():
    story = _load("nitf/ferry-fares.xml")
    assert len(story.paragraphs) == 4
    assert not [
        w for w in ("Image", "AP Photo", "graphic", "Watch the", "iframe", "&quot;") if w in story.text
    ]
    assert story.paragraphs[1].startswith('"We have held fares')


@pytest.mark.parametrize(
    "tagline, credits",
    [
        ("<tagline>Associated Press writer Omar Diaz in Bergen contributed to this report.</tagline>",
         "additional reporting: Omar Diaz"),
        ("<tagline>(Reporting by Kim Park; Editing by Sue Ng)</tagline>",
         "reporting: Kim Park; editing: Sue Ng"),
        # negative: a tagline that credits nobody gives nothing, and never a paragraph
        ("<tagline>Follow AP business coverage.</tagline>", ""),
    ],
)  # fmt: skip
def test_nitf_body_end_taglines_become_credits(tagline, credits):
    story = load(_nitf("<p>HALDEN (AP) - Workers returned, he said.</p>", end=tagline))
    assert (_credits(story), story.paragraphs) == (credits, ("Workers returned, he said.",))


@pytest.mark.parametrize(
    "status, withheld",
    [("canceled", True), ("cancelled", True), ("withheld", True), ("usable", False), ("embargoed", False)],
)
def test_nitf_docdata_management_status_canceled_is_withheld(status, withheld):
    data = _nitf("<p>Workers returned.</p>", docdata=f'management-status="{status}"')
    if withheld:
        with pytest.raises(Withheld, match=f"management-status {status}"):
            load(data)
    else:
        assert load(data).paragraphs == ("Workers returned.",)


@pytest.mark.parametrize(
    "content, paragraphs",
    [
        ("<p>One.</p><p>Two.</p><p>Three.</p>", ("One.", "Two.", "Three.")),
        ("<p>One.</p>\n<p>Two <b>bold</b>.</p>", ("One.", "Two bold.")),
        # a single root still reads as before
        ("<html><head><title>T</title></head><body><p>One.</p><p>Two.</p></body></html>", ("One.", "Two.")),
    ],
)
def test_newsml1_bare_paragraph_elements_are_all_read(content, paragraphs):
    data = f"<NewsML><NewsItem><NewsComponent><ContentItem><DataContent>{content}</DataContent></ContentItem>"
    story = load(f"{data}</NewsComponent></NewsItem></NewsML>".encode())
    assert story.paragraphs == paragraphs


@pytest.mark.parametrize(
    "text, paragraphs",
    [
        (
            '   HARWICH (Reuters) - The gauge\nrecorded a surge.\n   "Water," she\nsaid.\n   Defences held.',
            ["HARWICH (Reuters) - The gauge recorded a surge.", '"Water," she said.', "Defences held."],
        ),
        # negatives: a body indented as a whole, and blank-line paragraphs
        ("\n      One.\n      Two.\n      Three.\n      Four.\n    ", ["One.", "Two.", "Three.", "Four."]),
        ("One\nwrapped.\n\nTwo.", ["One wrapped.", "Two."]),
    ],
)
def test_inline_data_with_indented_hard_wrapped_paragraphs_splits_into_them(text, paragraphs):
    assert text_paragraphs(text) == paragraphs


@pytest.mark.parametrize(
    "escaped, text",
    [
        ("&amp;quot;Fair,&amp;quot; he said.", '"Fair," he said.'),
        ("&amp;#8220;Fair,&amp;#8221; he said.", "“Fair,” he said."),
        # negative: an ampersand escaped once is an ampersand
        ("Fish &amp; chips, he said.", "Fish & chips, he said."),
    ],
)
def test_double_escaped_entities_are_decoded_once_more(escaped, text):
    assert load(_nitf(f"<p>{escaped}</p>")).paragraphs == (text,)


@pytest.mark.parametrize(
    "declared, body, encoding, warnings",
    [
        ("ISO-8859-1", "Café Ødegård".encode(), "utf-8",
         ("the XML declares ISO-8859-1 but its bytes are UTF-8",)),
        ("windows-1252", "Café Ødegård".encode(), "utf-8",
         ("the XML declares windows-1252 but its bytes are UTF-8",)),
        ("UTF-8", "Café Ødegård".encode("cp1252"), "cp1252",
         ("the XML declares UTF-8 but its bytes are not UTF-8",)),
        # negatives: declarations that tell the truth
        ("ISO-8859-1", "Café Ødegård".encode("latin-1"), "iso8859-1", ()),
        ("UTF-8", "Café Ødegård".encode(), "utf-8", ()),
    ],
)  # fmt: skip
def test_declared_xml_encoding_is_checked_against_the_bytes(declared, body, encoding, warnings):
    data = f'<?xml version="1.0" encoding="{declared}"?>'.encode() + _nitf("<p>X</p>").replace(b"X", body)
    story = load(data)
    assert (story.encoding, story.paragraphs) == (encoding, ("Café Ødegård",))
    assert tuple(w.split(";")[0] for w in story.warnings) == warnings


@pytest.mark.parametrize(
    "texts, fixed, repaired",
    [
        (["Harwich quay cafÃ© reopens", "Ã©tÃ©"], ["Harwich quay café reopens", "été"], True),
        (["â€œWe won,â€\x9d he said"], ["“We won,” he said"], True),
        # negatives: text that is right as it is, accented or not
        (["Café Järntorget", "Ødegård said “fine”"], ["Café Järntorget", "Ødegård said “fine”"], False),
        (["Plain text."], ["Plain text."], False),
    ],
)
def test_mojibake_in_the_text_is_repaired_with_a_warning(texts, fixed, repaired):
    found, warning = repair(texts)
    assert (found, warning is not None) == (fixed, repaired)


def test_g2_item_with_mojibake_is_repaired_and_says_so():
    story = load_all((FORMATS / "newsml-g2" / "tide-gauge.xml").read_bytes())[1]
    assert isinstance(story, Story)
    assert story.headline == "Harwich quay café reopens after the surge"
    assert "Ã" not in story.text
    assert story.warnings == ("repaired mojibake (text decoded in the wrong encoding) in 3 places with ftfy",)


def _entries(relative: str) -> list[tuple[str, str, str | None]]:
    path = FORMATS / relative
    try:
        entries = load_all(path.read_bytes(), path.name)
    except InputError as exc:
        return [(exc.code, str(exc), exc.format)]
    return [("story", e.headline or "", e.format) if isinstance(e, Story) else (e.code, str(e), e.format)
            for e in entries]  # fmt: skip


@pytest.mark.parametrize(
    "fixture, entries",
    [
        (
            "ninjs/storm-advisory.json",
            [
                ("not-a-story", "an advisory to editors (ninjs type or profile advisory), not a story",
                 "ninjs"),
                ("not-a-story", "a copyright or service notice, not a story", "ninjs"),
                ("story", "Lowestoft fishing fleet stays in port as storm passes", "ninjs"),
            ],
        ),
        (
            "ninjs/link-envelope.json",
            [("not-a-story", "an envelope whose body is only a link (renditions to download, as the AP Media "
              "API sends), not the story text", "ninjs")],
        ),
        (
            "newsml-g2/tide-gauge.xml",
            [
                ("story", "Tide gauge at Harwich records highest surge since 1953", "newsml-g2"),
                ("story", "Harwich quay café reopens after the surge", "newsml-g2"),
                ("not-a-story", "a service message or advisory to editors ('SERVICE MESSAGE: Harwich surge "
                 "pictures delayed'), not a story", "newsml-g2"),
            ],
        ),
        (
            "newsml-g2/quay-photo.xml",
            [("not-a-story", "a picture item, not a story: NewsML-G2 itemClass ninat:picture", "newsml-g2")],
        ),
        ("nitf/league-table.xml",
         [("not-a-story", "an agate table (standings, results or a schedule), not a story", "nitf")]),
        (
            "nitf/ferry-fares-kill.xml",
            [("withheld", "the NITF item is withdrawn (docdata management-status canceled); no story to read",
              "nitf")],
        ),
    ],
)  # fmt: skip
def test_items_that_are_no_story_say_why_and_keep_their_format(fixture, entries):
    assert _entries(fixture) == entries


@pytest.mark.parametrize(
    "headline, paragraphs, reason",
    [
        ("Results",
         ["Harbour City 3 Kelso 1", "Eastfield 2 Millbrook 2", "Dunmore 0 Ayr 4", "Troon 1 Irvine 0"],
         "an agate table"),
        (None, ["Copyright 2026 Example News. All rights reserved."], "a copyright or service notice"),
        ("ADVISORY: pictures delayed", ["Pictures will move later."], "a service message"),
        # negatives: a story with a short list of results; a headline that only starts like a notice word
        ("Harbour City win", ["Harbour City beat Kelso 3-1 on Saturday, the club said.",
                              "Harbour City 3 Kelso 1", "Eastfield 2 Millbrook 2", "Dunmore 0 Ayr 4",
                              "Troon 1 Irvine 0", "The coach said the title was close.",
                              "Fans said it was the best game of the season."], None),
        ("Advisory board backs port plan", ["The board said it backed the plan."], None),
        # a story that carries a long results list: three prose paragraphs make it a story, rows or not
        ("Harbour City parade draws record crowd",
         ["About 60,000 people lined the route, the organisers said.", "The mayor said it was a good day.",
          "Police said the day passed without trouble.",
          *[f"Float {n} Harbour Street 12:{n}0" for n in range(8)]],
         None),
    ],
)  # fmt: skip
def test_not_a_story_names_the_reason_and_spares_stories(headline, paragraphs, reason):
    found = not_a_story(headline, paragraphs)
    assert (found or "").startswith(reason or "") and (found is None) == (reason is None)


def test_error_record_names_the_format_the_input_was_read_as():
    path = FORMATS / "newsml-g2" / "quay-photo.xml"
    with pytest.raises(NotAStory) as caught:
        load_all(path.read_bytes(), path.name)
    record = error_record(InputItem(path.name, path.name, path), caught.value)
    assert (record.article.format, record.error.code) == ("newsml-g2", "not-a-story")


def _fixture_stories() -> list[tuple[str, int]]:
    """(fixture, item k from 1) for every story of every format fixture."""
    found = []
    for path in sorted(p for p in FORMATS.glob("*/*") if p.is_file() and p.parent.name != "text"):
        try:
            entries = load_all(path.read_bytes(), path.name)
        except InputError:
            continue
        found.extend(
            (f"{path.parent.name}/{path.name}", k) for k, e in enumerate(entries, 1) if isinstance(e, Story)
        )
    return found


@pytest.mark.parametrize("fixture, k", _fixture_stories())
def test_speakers_never_come_from_byline_or_credit_text(fixture, k, pipeline):
    path = FORMATS / fixture
    story = load_all(path.read_bytes(), path.name)[k - 1]
    assert isinstance(story, Story)
    result = analyse_story(story, InputItem(path.name, path.name, path), pipeline)
    furniture = {*story.byline, *(n for c in story.credits for n in c.names)}
    # a credited name as a whole word ("ld" is editor initials, not part of "Garibaldi")
    words = [re.compile(rf"\b{re.escape(f)}\b") for f in furniture]
    assert not [
        s.name for s in result.speakers if s.name in furniture or any(w.search(s.name) for w in words)
    ]
