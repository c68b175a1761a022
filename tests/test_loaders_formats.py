"""Wire formats (invented stories): ninjs, NITF, NewsML-G2, NewsML 1.2, ANPA/IPTC 7901, HTML.

Every story of a fixture under tests/fixtures/formats/<format>/ has a plain-text twin in
tests/fixtures/formats/text/ with the same name stem (`<stem>#k.txt` for item k of a fixture that holds
several stories): the same story as the plain-text loader reads it. Loading either must give the same
headline and paragraphs, and so the same quotes, speakers and claims.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wireclaims.errors import InputError, NotAStory, ParseError
from wireclaims.inputs import InputItem
from wireclaims.loaders import LOADERS, UnknownFormat, Withheld, detect_format, load, load_all
from wireclaims.loaders.anpa import wire_copy
from wireclaims.loaders.ninjs import ninjs_version
from wireclaims.loaders.xmlutil import byline_names, meta_dateline
from wireclaims.run.analyse import analyse_story
from wireclaims.story import Story

FORMATS = Path(__file__).parent / "fixtures" / "formats"
FIXTURES = sorted(p for p in FORMATS.glob("*/*") if p.is_file() and p.parent.name != "text")


def _stories() -> list[tuple[Path, int, Path]]:
    """(fixture, item k from 1, plain-text twin) for every story of every fixture; error items, and files
    that are no story as a whole (a picture item, a canceled NITF), have none."""
    found = []
    for path in FIXTURES:
        try:
            entries = load_all(path.read_bytes(), path.name)
        except InputError:
            continue
        for k, entry in enumerate(entries, start=1):
            twin = f"{path.stem}.txt" if len(entries) == 1 else f"{path.stem}#{k}.txt"
            if isinstance(entry, Story):
                found.append((path, k, FORMATS / "text" / twin))
    return found


STORIES = [pytest.param(*story, id=f"{story[0].parent.name}/{story[2].stem}") for story in _stories()]
# Short items of a feed that quote nobody: their twins still show that nothing is lost or added.
QUOTELESS = {"harbour-dredging.json#2", "reservoir-levels.xml#2"}


def _load(relative: str):
    path = FORMATS / relative
    return load(path.read_bytes(), path.name)


def _item(path: Path, k: int) -> Story:
    story = load_all(path.read_bytes(), path.name)[k - 1]
    assert isinstance(story, Story)
    return story


def _dateline(story) -> tuple[str | None, str | None, str | None] | None:
    d = story.dateline
    return None if d is None else (d.location, d.date, d.agency)


@pytest.mark.parametrize(
    "fixture, fmt, headline, dateline, byline, lead",
    [
        (
            "ninjs/ferry-timetable.json",
            "ninjs",
            "Island ferry adds winter sailings after storm cancellations",
            ("STRANDHAVEN, Scotland", None, "AP"),
            ("Anna Lee", "Omar Diaz"),
            "The ferry to the island of Holmsay will add three winter sailings a week from December, after "
            "storms cancelled a third of crossings last year.",
        ),
        (
            "ninjs/bridge-tolls.json",
            "ninjs",
            "Bergvik council votes to scrap bridge tolls early",
            ("BERGVIK, Norway", "March 4", "Reuters"),
            ("Kim Park",),
            "The city council of Bergvik voted on Tuesday to stop charging tolls on the Sund bridge two "
            "years earlier than planned, saying the loan that paid for it had been repaid.",
        ),
        (
            "ninjs/glacier-survey.json",
            "ninjs",
            "Survey finds Fonna glacier shrank faster than forecast",
            ("NARVIK, Norway", "Sept 9", "Reuters"),
            ("Erik Vang",),
            "The Fonna glacier lost almost twice as much ice this summer as scientists had forecast, a "
            "survey published on Tuesday showed.",
        ),
        (
            "ninjs/harbour-dredging.json",
            "ninjs",
            "Harbour dredging to start in April",
            ("PORT ELLEN, Scotland", "Feb 2", "Reuters"),
            ("Omar Diaz",),
            "Work to deepen the harbour at Port Ellen will start in April so that larger cargo ships can "
            "call, the harbour board said on Monday.",
        ),
        (
            "nitf/orchard-frost.xml",
            "nitf",
            "Late frost damages apple blossom in Elvdal valley",
            ("ELVDAL, Norway", None, "AP"),
            ("Kim Park",),
            "A late frost on Sunday night damaged apple blossom across the Elvdal valley, and growers said "
            "the harvest could fall by half.",
        ),
        (
            "nitf/tram-strike.xml",
            "nitf",
            "Gothenburg tram drivers walk out over night shifts",
            ("GOTHENBURG, Sweden", None, "AP"),
            ("ANNA LEE",),
            "Tram drivers in Gothenburg walked out on Thursday over new night shifts, leaving commuters "
            "queuing for buses outside Café Järntorget in the city centre.",
        ),
        (
            "newsml-g2/library-hours.xml",
            "newsml-g2",
            "Town library to open on Sundays",
            ("MILLBROOK, Ore.", None, "AP"),
            ("Omar Diaz",),
            "The Millbrook public library will open on Sunday afternoons from June, the town council decided "
            "on Wednesday.",
        ),
        (
            "newsml-g2/reservoir-levels.xml",
            "newsml-g2",
            "Valencia reservoirs fall to lowest level in a decade",
            ("VALENCIA, Spain", "March 4", "Reuters"),
            ("Lucia Ferrer",),
            "Reservoirs that supply Valencia have fallen to their lowest level in ten years after the driest "
            "winter on record, the regional water authority said on Wednesday.",
        ),
        (
            "newsml-1.2/cycle-lanes.xml",
            "newsml-1.2",
            "Lyon to build 40 km of new cycle lanes",
            ("LYON, France", "May 2", "AFP"),
            (),
            "Lyon will build 40 kilometres of protected cycle lanes by 2028, the city's deputy mayor for "
            "transport said on Thursday.",
        ),
        (
            "newsml-1.2/wind-farm.xml",
            "newsml-1.2",
            "Offshore wind farm approved despite fishermen's objections",
            # the body has no dateline: NewsLines/DateLine is the fallback
            ("Aberdeen, United Kingdom", "June 11", "AFP"),
            ("Ruth Mackay", "Ian Forbes"),
            "The Scottish government on Tuesday approved a 60-turbine wind farm off the coast of "
            "Aberdeenshire, rejecting objections from local fishermen.",
        ),
        (
            "anpa/school-meals.anpa",
            "anpa",
            "Free school meals to cover all primary pupils",
            ("DUNMORE, Pa.", None, "AP"),
            ("ANNA LEE",),
            "Every primary school pupil in Dunmore will get a free lunch from September, the school board "
            "decided on Monday.",
        ),
        (
            "anpa/canal-lock.anpa",
            "anpa",
            "Historic canal lock reopens after three-year repair",
            ("LOCKPORT, N.Y.", None, "AP"),
            ("OMAR DIAZ",),
            "The oldest working lock on the Erie Canal reopened on Saturday after a three-year repair that "
            "cost more than the original construction, adjusted for inflation.",
        ),
        (
            "anpa/pension-march.iptc",
            "anpa",
            "Thousands march in Paris against pension age rise",
            ("PARIS", "March 3, 2026", "AFP"),
            (),
            "Tens of thousands of people marched in Paris on Tuesday against a plan to raise the pension age "
            "to 65, in the biggest protest since the bill was announced.",
        ),
        (
            # slug line, notes, photo numbers, summary, `By A and B=` and `Associated Press=` header lines
            "anpa/port-tolls.anpa",
            "anpa",
            "Port Alder raises ship tolls for first time in a decade",
            ("PORT ALDER, Wash.", None, "AP"),
            ("ANNA LEE", "OMAR DIAZ"),
            "The Port Alder harbor board voted on Friday to raise tolls on cargo ships by 12 percent, the "
            "first increase in a decade.",
        ),
        (
            # IPTC 7901: a heading over two lines to its `=`, a byline line under it, a title-case dateline
            "anpa/elbe-ferry.iptc",
            "anpa",
            "Elbe ferry operator to raise fares as fuel costs climb",
            ("Hamburg", None, "dpa"),
            ("Jana Vogt",),
            "The operator of the Elbe harbour ferries will raise fares by 10 per cent from April, it said on "
            "Tuesday.",
        ),
        (
            # a `By` paragraph repeating the byline; `located` (with its source) as the dateline
            "ninjs/olive-harvest.json",
            "ninjs",
            "Puglia olive growers expect smaller harvest",
            ("Lecce", None, "ANSA"),
            ("Marco Bellini",),
            "Olive growers in the south of Puglia expect to pick a third less fruit this year after a dry "
            "summer, their association said on Tuesday.",
        ),
        (
            "html/market-stalls.html",
            "html",
            "Riverside market to double its stalls",
            ("EASTON, Md.", None, "AP"),
            ("Grace Okafor",),
            "The Saturday market on the Easton riverside will double to 80 stalls this summer, the town's "
            "parks department said on Friday.",
        ),
        (
            "html/heat-advisory.html",
            "html",
            "Phoenix opens cooling centers as heat advisory extended",
            ("PHOENIX", None, "AP"),
            ("Sam Okonkwo",),
            "Phoenix opened six more cooling centers on Monday after forecasters extended an excessive heat "
            "warning through the weekend, with highs expected to reach 116 degrees.",
        ),
    ],
)
def test_format_fixture_gives_headline_dateline_byline_and_lead(
    fixture, fmt, headline, dateline, byline, lead
):
    story = _load(fixture)
    assert (story.format, story.headline, _dateline(story), story.byline) == (fmt, headline, dateline, byline)
    assert story.paragraphs[0] == lead


def _twin(twin: Path) -> Story:
    """A plain-text twin as `load_all` finishes it: language detected, only the English part of a body in
    several languages kept, as for its fixture."""
    return load(twin.read_bytes(), twin.name, "text")


@pytest.mark.parametrize("path, k, twin", STORIES)
def test_fixture_reads_like_its_plain_text_twin(path, k, twin):
    story = _item(path, k)
    expected = _twin(twin)
    assert (story.headline, story.language) == (expected.headline, expected.language)
    assert story.paragraphs == expected.paragraphs


@pytest.mark.parametrize("path, k, twin", STORIES)
def test_fixture_extracts_the_same_quotes_as_its_twin(path, k, twin, pipeline):
    item = InputItem(path.name, path.name, Path(path.name))
    found = analyse_story(_item(path, k), item, pipeline)
    expected = analyse_story(_twin(twin), item, pipeline)
    # a story in another language is not analysed (tests/test_language.py): it has no quote to compare
    english = found.article.language == "en"
    assert found.quotes or f"{path.name}#{k}" in QUOTELESS or not english, "every English story has a quote"
    assert (found.speakers, found.quotes, found.claims) == (
        expected.speakers,
        expected.quotes,
        expected.claims,
    )


def test_every_format_has_two_fixtures_and_every_story_a_twin():
    formats = {name for name in LOADERS if name != "text"}
    for fmt in formats:
        assert len(list((FORMATS / fmt).glob("*"))) >= 2, fmt
    twins = {twin for _path, _k, twin in _stories()}
    assert not [twin.name for twin in twins if not twin.is_file()]
    assert not [p.name for p in (FORMATS / "text").iterdir() if p not in twins], "a twin without its story"


@pytest.mark.parametrize(
    "fixture, paragraphs, left_out",
    [
        # hl2 subheads are paragraphs; tables, captions, empty <p/>, the abstract and the tagline are not
        ("nitf/tram-strike.xml", 7, ("Last tram", "Commuters wait", "Tram drivers strike over", "Follow AP")),
        ("ninjs/glacier-survey.json", 5, ("Retreat (m)", "Science Correspondent")),
        ("newsml-g2/reservoir-levels.xml", 4, ("Benagéber", "FACTBOX", "Reporting by")),
        ("newsml-1.2/wind-farm.xml", 5, ("artist's impression", "rm/jl")),
        ("html/heat-advisory.html", 4, ("cookies", "Share", "Related", "Copyright 2026", "AP Photo")),
        ("anpa/canal-lock.anpa", 5, ("BC-Canal-Lock", "Eds:", "1720EDT", "contributed")),
        ("anpa/port-tolls.anpa", 4, ("BC-US", "Eds:", "AP Photo", "Shippers warn", "=", "By ANNA", "___")),
        (
            "anpa/elbe-ferry.iptc",
            3,
            ("=", "By Jana", "Notebook", "Not for publication", "Editor:", "dpa jv"),
        ),
        ("ninjs/olive-harvest.json", 3, ("By Marco", "Reporting by")),
    ],
)
def test_traps_leave_furniture_out_of_the_body(fixture, paragraphs, left_out):
    story = _load(fixture)
    assert len(story.paragraphs) == paragraphs
    assert not [word for word in left_out if word in story.text]


@pytest.mark.parametrize(
    "fixture, credits",
    [
        ("ninjs/bridge-tolls.json", "reporting: Kim Park; editing: Sue Ng"),
        ("nitf/tram-strike.xml", "additional reporting: Omar Diaz"),
        ("newsml-g2/reservoir-levels.xml", "creditline: Reuters; reporting: Lucia Ferrer; editing: Tom Hale"),
        ("newsml-1.2/cycle-lanes.xml", "editor initials: ld, jm"),
        ("anpa/pension-march.iptc", "editor initials: hh, ph"),
        ("anpa/canal-lock.anpa", "additional reporting: Kim Park"),
        ("anpa/elbe-ferry.iptc", "editing: Kim Park; editor initials: jv, yy, kp"),
        ("ninjs/olive-harvest.json", "reporting: Marco Bellini; editing: Sue Ng"),
    ],
)
def test_trailers_become_credits(fixture, credits):
    story = _load(fixture)
    assert "; ".join(f"{c.role}: {', '.join(c.names)}" for c in story.credits) == credits


@pytest.mark.parametrize(
    "fixture, encoding, language",
    [
        ("nitf/tram-strike.xml", "iso8859-1", "en"),
        ("anpa/pension-march.iptc", "cp1252", "en"),
        ("html/heat-advisory.html", "cp1252", "en"),
        ("newsml-g2/reservoir-levels.xml", "utf-8", "en"),
        ("ninjs/harbour-dredging.json", "utf-8", "en"),
        ("ninjs/bridge-tolls.json", "utf-8", "en"),
    ],
)
def test_encoding_and_language_are_reported_without_warnings(fixture, encoding, language):
    story = _load(fixture)
    assert (story.encoding, story.language, story.warnings) == (encoding, language, ())


def _entries(data: bytes, name: str = "") -> list[tuple[str, str | None, str | None]]:
    """Each entry as (kind, headline or error message, source id): what a reader of the records sees."""
    return [
        ("story", e.headline, e.source_id) if isinstance(e, Story) else (e.code, str(e), None)
        for e in load_all(data, name)
    ]


@pytest.mark.parametrize(
    "fixture, entries",
    [
        (
            # a JSON array of ninjs items; the picture is not a story, the withheld item is its own error
            "ninjs/kelso-feed.json",
            [
                (
                    "story",
                    "Kelso bridge to close for six weeks of repairs",
                    "urn:example:wireclaims:kelso-bridge",
                ),
                (
                    "withheld",
                    "the ninjs item is withheld (pubstatus); the agency withdrew it, there is no story",
                    None,
                ),
                ("story", "Border town market gets a covered hall", "urn:example:wireclaims:jedburgh-market"),
            ],
        ),
        (
            "ninjs/harbour-dredging.json",  # {"item": [...]}
            [
                ("story", "Harbour dredging to start in April", "urn:example:wireclaims:harbour-dredging"),
                (
                    "story",
                    "Ferry timetable unchanged during dredging",
                    "urn:example:wireclaims:harbour-ferry",
                ),
            ],
        ),
        (
            "newsml-g2/arklow-cranes.xml",  # NITF in inlineXML, then text/plain inlineData
            [
                ("story", "Arklow port orders two electric cranes", "urn:example:wireclaims:arklow-cranes"),
                ("story", "Arklow dock workers back crane plan", "urn:example:wireclaims:arklow-dockers"),
            ],
        ),
        (
            "newsml-g2/reservoir-levels.xml",  # the package and the picture item are not stories
            [
                (
                    "story",
                    "Valencia reservoirs fall to lowest level in a decade",
                    "urn:example:wireclaims:reservoir-levels",
                ),
                ("story", "FACTBOX-Valencia's reservoirs", "urn:example:wireclaims:reservoir-factbox"),
            ],
        ),
        (
            "newsml-1.2/gironde-package.xml",  # two NewsItems inside the NewsComponent of a package NewsItem
            [
                (
                    "story",
                    "Bordeaux growers start harvest two weeks early",
                    "urn:newsml:example.com:20260820:bordeaux-harvest:1",
                ),
                (
                    "story",
                    "Heat wave brings water limits to the Gironde",
                    "urn:newsml:example.com:20260820:gironde-water:2",
                ),
            ],
        ),
        (
            "ninjs/bridge-tolls.json",
            [
                (
                    "story",
                    "Bergvik council votes to scrap bridge tolls early",
                    "urn:example:wireclaims:bridge-tolls",
                )
            ],
        ),
    ],
)
def test_feed_gives_one_entry_per_item_in_document_order(fixture, entries):
    path = FORMATS / fixture
    assert _entries(path.read_bytes(), path.name) == entries


STORY_JSON = '{"headline": "Dock strike ends", "body_text": "HALDEN (AP) - Workers returned."}'
G2_ITEM = """<newsItem guid="{guid}"><itemMeta><itemClass qcode="ninat:text"/>
<pubStatus qcode="stat:{status}"/></itemMeta><contentMeta><headline>Strike ends</headline></contentMeta>
<contentSet><inlineData contenttype="text/plain">HALDEN (AP) - Workers returned.</inlineData></contentSet>
</newsItem>"""
NEWSML_ITEM = """<NewsItem><Identification><NewsIdentifier><PublicIdentifier>{guid}</PublicIdentifier>
</NewsIdentifier></Identification><NewsComponent><NewsLines><HeadLine>Strike ends</HeadLine></NewsLines>
<ContentItem><DataContent>{text}</DataContent></ContentItem></NewsComponent></NewsItem>"""


@pytest.mark.parametrize(
    "data, entries",
    [
        (
            f'[{STORY_JSON}, {{"headline": "Photo only"}}, 42]',
            [
                ("story", "Dock strike ends", None),
                ("not-a-story", "the ninjs item has no body text", None),
                ("not-a-story", "the ninjs feed item is a JSON int, not an object", None),
            ],
        ),
        (
            f'{{"item": [{{"pubstatus": "canceled"}}, {STORY_JSON}]}}',
            [
                (
                    "withheld",
                    "the ninjs item is canceled (pubstatus); the agency withdrew it, there is no story",
                    None,
                ),
                ("story", "Dock strike ends", None),
            ],
        ),
        (
            "<newsMessage><itemSet>"
            + G2_ITEM.format(guid="a", status="canceled")
            + G2_ITEM.format(guid="b", status="usable")
            + "</itemSet></newsMessage>",
            [
                (
                    "withheld",
                    "the news item is withdrawn (pubStatus stat:canceled); there is no story to read",
                    None,
                ),
                ("story", "Strike ends", "b"),
            ],
        ),
        (
            # side by side under the root; the second has only a blank DataContent
            "<NewsML>"
            + NEWSML_ITEM.format(guid="a", text="HALDEN (AFP) - Workers returned.")
            + NEWSML_ITEM.format(guid="b", text=" ")
            + "</NewsML>",
            [
                ("story", "Strike ends", "a"),
                ("not-a-story", "the news item has no text content (no DataContent with text)", None),
            ],
        ),
    ],
)
def test_one_broken_item_is_its_own_error_and_its_siblings_still_load(data, entries):
    assert _entries(data.encode()) == entries


@pytest.mark.parametrize(
    "data, message",
    [
        ('{"item": []}', "the ninjs feed holds no items"),
        ("[]", "the ninjs feed holds no items"),
        ('[{"type": "picture", "uri": "a"}]', "the ninjs feed holds no text item, only 1 media items"),
        (
            '<newsMessage><itemSet><newsItem guid="p"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta>'
            "</newsItem></itemSet></newsMessage>",
            "the NewsML-G2 news message holds no text news item",
        ),
        ('<NewsML Version="1.2"><NewsEnvelope/></NewsML>', "the NewsML document holds no NewsItem"),
    ],
)
def test_feed_without_a_story_is_not_a_story_as_a_whole(data, message):
    with pytest.raises(NotAStory, match=f"^{re.escape(message)}$"):
        load_all(data.encode(), "feed.json")


def test_load_gives_the_first_story_or_raises_the_first_item_error():
    feed = FORMATS / "ninjs" / "kelso-feed.json"
    assert load(feed.read_bytes()).headline == "Kelso bridge to close for six weeks of repairs"
    with pytest.raises(Withheld, match="the ninjs item is canceled"):
        load(f'[{{"pubstatus": "canceled"}}, {STORY_JSON}]'.encode())
    assert isinstance(load_all(STORY_JSON.encode())[0], Story)
    assert not any(isinstance(e, InputError) for e in load_all(feed.read_bytes())[::2])


def test_anpa_keeps_tex_quotes_and_turns_underscore_dashes_into_em_dashes():
    story = _load("anpa/canal-lock.anpa")
    assert story.paragraphs[1].startswith("``We took every stone out, numbered it and put it back,'' said")
    assert story.paragraphs[2] == (
        "Boaters lined up before dawn — some had waited since Friday — to be the first through the gates."
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "BC-Port-Strike,0120\nDock strike ends\n   HALDEN (AP) _ Workers\nreturned.\n"
            "   ``Fair,'' he said.",
            "Dock strike ends\n\nHALDEN (AP) — Workers returned.\n\n``Fair,'' he said.",
        ),
        # paragraphs after a blank line, no indent; the hard wrap is joined
        (
            "Dock strike ends\n\nHALDEN (AP) _ Workers\nreturned.\n\nTalks resume.",
            "Dock strike ends\n\nHALDEN (AP) — Workers returned.\n\nTalks resume.",
        ),
        # negative: an underscore inside a word is not a dash
        ("Headline\n   The file snake_case_name stays.", "Headline\n\nThe file snake_case_name stays."),
    ],
)
def test_anpa_wire_copy_joins_wraps_and_drops_keyword_lines(text, expected):
    assert wire_copy(text) == expected


@pytest.mark.parametrize(
    "data, name, expected",
    [
        (b'{"uri": "x", "headline": "H", "body_text": "B"}', "story.dat", "ninjs"),
        (b'  {"item": [{"headlines": []}]}', "", "ninjs"),
        (b'{"name": "not ninjs"}', "data.txt", "text"),
        (b'<?xml version="1.0"?>\n<!-- feed -->\n<nitf><body/></nitf>', "story.txt", "nitf"),
        (b'<?xml version="1.0"?><newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"/>', "", "newsml-g2"),
        (b'<nar:newsItem xmlns:nar="http://iptc.org/std/nar/2006-10-01/"/>', "", "newsml-g2"),
        (
            b'<?xml version="1.0"?><!DOCTYPE NewsML SYSTEM "NewsML_1.2.dtd"><NewsML Version="1.2"/>',
            "",
            "newsml-1.2",
        ),
        (b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "page.xml", "html"),
        (b"<html lang='en'><p>Hi</p></html>", "", "html"),
        ("<?xml version='1.0' encoding='utf-16'?><nitf/>".encode("utf-16"), "", "nitf"),
        # XML that is no news format: a schema, a metadata fragment
        (
            b'<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>',
            "x.xsd",
            "other-xml",
        ),
        (b"<contentMeta><urgency>4</urgency></contentMeta>\n", "listing.xml", "other-xml"),
        # negative: plain text that opens with a tag but is not an XML document stays text
        (b"<b>Breaking:</b> the bridge is shut, police said.\n", "note.txt", "text"),
        (b"\x16\x16\x01a0123 r f BC-Strike\n\x02Strike ends\n\x03", "", "anpa"),
        (b"\x01AFP0318 4 pol 0260\n\x02Strike ends\n\x03", "x.txt", "anpa"),
        # by extension only when the content says nothing
        (b"Strike ends\n\nWorkers returned.", "story.html", "html"),
        (b"Strike ends\n\nWorkers returned.", "story.txt", "text"),
        # negatives: copy that opens with a quote or a bracket stays text; binary goes to the text loader
        (b'"We won," the union said.\n\nTalks resume.', "", "text"),
        (b"[Updated] Strike ends\n\nWorkers returned.", "", "text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x01\x02\x03", "x.anpa", "text"),
    ],
)
def test_detect_format_reads_content_before_name(data, name, expected):
    assert detect_format(data, name) == expected


@pytest.mark.parametrize(
    "item, version",
    [
        ({"$standard": {"name": "ninjs", "version": "1.5"}, "headline": "H"}, 1),
        ({"standard": {"name": "ninjs", "version": "2.1"}}, 2),
        ({"standard": {"name": "ninjs", "version": "3.0"}, "headline": "H"}, 3),
        ({"headline": "H", "body_text": "B", "versioncreated": "2026-01-01T00:00:00Z"}, 1),
        ({"headlines": [], "bodies": [{"contenttype": "text/plain", "value": "B"}]}, 2),
        ({"headlines": [], "bodies": [{"contentType": "text/plain", "value": "B"}]}, 3),
        ({"versionCreated": "2026-01-01T00:00:00Z"}, 3),
    ],
)
def test_ninjs_version_is_declared_or_guessed_from_field_names(item, version):
    assert ninjs_version(item) == version


def test_ninjs_body_text_without_breaks_is_one_paragraph_with_a_warning():
    body = " ".join(["Workers returned to the port on Monday after a long strike."] * 10)
    story = load(f'{{"headline": "Strike ends", "body_text": "{body}"}}'.encode())
    assert story.paragraphs == (body,)
    assert story.warnings == ("the ninjs body_text has no paragraph breaks; read as one paragraph",)


G2_CANCELED = b"""<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x" version="2">
<itemMeta><itemClass qcode="ninat:text"/><pubStatus qcode="stat:canceled"/></itemMeta>
<contentMeta><headline>Strike ends</headline></contentMeta><contentSet/></newsItem>"""


@pytest.mark.parametrize(
    "data, message",
    [
        (G2_CANCELED, "the news item is withdrawn (pubStatus stat:canceled)"),
        (
            G2_CANCELED.replace(b"stat:canceled", b"stat:withheld"),
            "the news item is withdrawn (pubStatus stat:withheld)",
        ),
        (
            b'{"headline": "Strike ends", "pubstatus": "withheld", "body_text": ""}',
            "the ninjs item is withheld",
        ),
        (b'{"headlines": [], "pubStatus": "canceled", "bodies": []}', "the ninjs item is canceled"),
        (
            b'<NewsML><NewsItem><NewsManagement><Status FormalName="Canceled"/></NewsManagement>'
            b"</NewsItem></NewsML>",
            "the news item is withdrawn (Status Canceled)",
        ),
    ],
)
def test_canceled_or_withheld_item_raises_withheld(data, message):
    with pytest.raises(Withheld) as caught:
        load(data)
    assert caught.value.code == "withheld"
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize(
    "data, error, message",
    [
        (b'{"headline": "Strike ends", "body_text": "Workers', ParseError, "malformed JSON at line 1"),
        (b"<nitf><body><body.content><p>Workers</body></nitf>", ParseError, "malformed XML"),
        (
            b"<nitf><body><body.content><p>a&nbsp;b</p></body.content></body></nitf>",
            ParseError,
            "malformed XML",
        ),
        (b'{"headline": "Strike ends"}', NotAStory, "the ninjs item has no body text"),
        (b'{"item": []}', NotAStory, "the ninjs feed holds no items"),
        (
            b"<nitf><body><body.head><hedline><hl1>H</hl1></hedline></body.head></body></nitf>",
            NotAStory,
            "the item",
        ),
        (
            b'<newsItem><itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentSet/></newsItem>',
            NotAStory,
            "the news item has no text body",
        ),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", NotAStory, "no article text"),
        (b"\x16\x16\x01a0123 r f BC-Strike\n\x02\x03", NotAStory, "the input is empty"),
    ],
)
def test_broken_or_empty_input_raises_a_specific_error(data, error, message):
    with pytest.raises(error, match=f"^{message}"):
        load(data)


def test_forced_format_is_used_and_an_unknown_one_is_refused():
    nitf = (FORMATS / "nitf" / "orchard-frost.xml").read_bytes()
    assert load(nitf, "story.txt", input_format="nitf").format == "nitf"
    with pytest.raises(ParseError, match="not a NITF document"):
        load(b'<NewsML Version="1.2"/>', input_format="nitf")
    known = re.escape(
        "unknown input format 'rtf'; known: anpa, html, newsml-1.2, newsml-g2, ninjs, nitf, text"
    )
    with pytest.raises(UnknownFormat, match=f"^{known}$"):
        load(nitf, input_format="rtf")


def test_undeclared_windows_1252_xml_is_read_as_plain_text_is():
    data = "<nitf><body><body.content><p>HALDEN (AP) — “Fair,” he said.</p></body.content></body></nitf>"
    story = load(data.encode("cp1252"))
    assert (story.encoding, story.paragraphs) == ("cp1252", ("“Fair,” he said.",))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Gaza City, Palestinian Territories, May 16, 2021 (AFP) -",
            ("Gaza City, Palestinian Territories", "May 16, 2021", "AFP"),
        ),
        ("MOSCOW, Monday (Reuters)", ("MOSCOW", "Monday", "Reuters")),
        ("KANSAS CITY, Mo.", ("KANSAS CITY, Mo.", None, None)),
        # negatives: G2 feeds that put a timestamp in <dateline>
        ("2026-03-04T09:12:00Z", None),
        ("20260304T091200+0000", None),
        ("", None),
    ],
)
def test_meta_dateline_reads_a_place_and_refuses_a_timestamp(text, expected):
    dateline = meta_dateline(text)
    assert (None if dateline is None else (dateline.location, dateline.date, dateline.agency)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("By Anna Lee and Omar Diaz", ["Anna Lee", "Omar Diaz"]),
        ("Kim Park, Reuters", ["Kim Park"]),
        ("Anna Lee; Omar Diaz", ["Anna Lee", "Omar Diaz"]),
        ("Ruth Mackay with Ian Forbes in Edinburgh", ["Ruth Mackay", "Ian Forbes"]),
        ("By Meredith Jameson, ", ["Meredith Jameson"]),
        (None, []),
    ],
)
def test_byline_names_from_metadata(text, expected):
    assert byline_names(text) == expected


def test_xml_of_no_news_format_is_not_a_story() -> None:
    from wireclaims.errors import NotAStory
    from wireclaims.loaders import load_all

    with pytest.raises(NotAStory, match=r"root <schema> is no news format"):
        load_all(b'<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>', "x.xsd")
