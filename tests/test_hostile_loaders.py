"""Hostile inputs (issue #12): deep nesting, huge numbers, lone surrogates, malformed names, truncation and
noise. Every one is a story or a specific `InputError`; nothing else may leave `load_all`.

Big inputs are built at test time; every story that loads must also serialise (`model_dump_json`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wireclaims.errors import InputError, NotAStory, ParseError
from wireclaims.inputs import InputItem
from wireclaims.loaders import LOADERS, detect_format, load_all
from wireclaims.models import Credit, Dateline
from wireclaims.nlp import Pipeline
from wireclaims.run.analyse import analyse_story
from wireclaims.story import LONE_SURROGATES, Story
from wireclaims.write.files import to_json

LEAD = "LONDON (Reuters) - The harbour master said the new gates would open in May."
SECOND = "She said the work was on time."
FORMATS = Path(__file__).parent / "fixtures" / "formats"
SEEDS = sorted(p for p in FORMATS.glob("*/*") if p.is_file())
ITEM = InputItem("a.json", "a.json", Path("a.json"))


def ninjs(**fields: object) -> bytes:
    """A ninjs 1.x object with a headline and a plain-text body, `fields` added or replacing them."""
    item: dict[str, object] = {"headline": "Harbour gates to open", "body_text": f"{LEAD}\n\n{SECOND}"}
    item.update(fields)
    return json.dumps(item).encode()


def nitf(content: str, root: str = "nitf") -> bytes:
    return f"<{root}><body><body.content>{content}</body.content></body></{root}>".encode()


def only_story(data: bytes, name: str = "", input_format: str | None = None) -> Story:
    entries = load_all(data, name, input_format)
    assert len(entries) == 1
    story = entries[0]
    assert isinstance(story, Story), story
    return story


def assert_serialises(story: Story) -> None:
    """The record's `article` block goes to JSON and back, and its paragraph offsets still hold."""
    article = json.loads(story.to_article("a", "a.json").model_dump_json())
    for span in article["paragraphs"]:
        assert article["text"][span["start"] : span["end"]] == span["text"]


def error_of(data: bytes, name: str = "", input_format: str | None = None) -> InputError:
    try:
        entries = load_all(data, name, input_format)
    except InputError as exc:
        return exc
    assert len(entries) == 1 and isinstance(entries[0], InputError), entries
    return entries[0]


# --- deep nesting -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, name, input_format",
    [
        (ninjs(extra=0).replace(b"0", b"[" * 3000 + b"]" * 3000), "", None),
        (b"[" * 3000 + b"]" * 3000, "feed.json", None),
        (b"{" + b'"a":{' * 3000 + b"}" * 3001, "", "ninjs"),
    ],
    ids=["extension-field", "bare-arrays", "objects-forced"],
)
def test_json_nested_too_deep_is_a_parse_error(data: bytes, name: str, input_format: str | None) -> None:
    error = error_of(data, name, input_format)
    assert isinstance(error, ParseError)
    assert "nested too deeply" in str(error)


def test_json_nested_moderately_still_loads() -> None:
    story = only_story(ninjs(extra=json.loads("[" * 50 + "]" * 50)))
    assert story.paragraphs[1] == SECOND


@pytest.mark.parametrize(
    "data, input_format",
    [
        (nitf("<div>" * 100_000 + f"<p>{LEAD}</p>" + "</div>" * 100_000), None),
        (nitf("<div>" * 300 + f"<p>{LEAD}</p>" + "</div>" * 300), None),
        (ninjs(body_html="<div>" * 300 + f"<p>{LEAD}</p>" + "</div>" * 300), None),
        (ninjs(body_html="<p>" + "<b>" * 3000 + LEAD + "</b>" * 3000 + "</p>"), None),
        (
            b"<html><body>" + b"<div>" * 100_000 + LEAD.encode() + b"</div>" * 100_000 + b"</body></html>",
            None,
        ),
        (b"<article>" + b"<span>" * 300 + LEAD.encode() + b"</span>" * 300 + b"</article>", "html"),
    ],
    ids=["nitf-100k", "nitf-300", "ninjs-html-300", "ninjs-html-inline-3000", "html-100k", "html-forced-300"],
)
def test_markup_nested_too_deep_is_a_parse_error(data: bytes, input_format: str | None) -> None:
    # The parsers stop at 256 levels; an HTML page deeper than that would silently lose its text.
    error = error_of(data, "", input_format)
    assert isinstance(error, ParseError)
    assert "nested deeper than" in str(error)
    assert "XML_PARSE_HUGE" not in str(error)  # libxml2's hint names an option no user can set


@pytest.mark.parametrize(
    "data",
    [
        nitf("<div>" * 200 + f"<p>{LEAD}</p><p>{SECOND}</p>" + "</div>" * 200),
        ninjs(body_html="<div>" * 200 + f"<p>{LEAD}</p><p>{SECOND}</p>" + "</div>" * 200),
    ],
    ids=["nitf", "ninjs-html"],
)
def test_markup_nested_200_deep_still_loads(data: bytes) -> None:
    assert only_story(data).paragraphs[1] == SECOND


def test_xml_text_node_over_the_parser_limit_says_so() -> None:
    error = error_of(nitf(f"<p>{LEAD} {'word ' * 2_200_000}</p>"))
    assert isinstance(error, ParseError)
    assert "limit" in str(error) and "XML_PARSE_HUGE" not in str(error)


# --- huge numbers ---------------------------------------------------------------------------------------

HUGE = "9" * 5000


@pytest.mark.parametrize(
    "field, raw, version",
    [
        ("version", HUGE, HUGE),  # the digits, as a string: ninjs versions are strings
        ("version", "3", "3"),
        ("version", "-" + HUGE, "-" + HUGE),
        ("priority", HUGE, None),
        ("urgency", HUGE, None),
        ("wordcount", HUGE, None),
        ("$standard", f'{{"name": "ninjs", "version": {HUGE}}}', None),
        ("subject", f'[{{"code": {HUGE}}}]', None),
    ],
    ids=["version", "small-version", "negative", "priority", "urgency", "wordcount", "standard", "nested"],
)
def test_huge_json_number_keeps_the_story(field: str, raw: str, version: str | None) -> None:
    # Python refuses to turn more than 4,300 digits into an int: the number must not cost the story.
    data = ninjs(**{field: 0}).replace(b": 0", f": {raw}".encode(), 1)
    story = only_story(data)
    assert story.headline == "Harbour gates to open"
    assert story.paragraphs == (LEAD.removeprefix("LONDON (Reuters) - "), SECOND)
    assert story.version == version
    assert_serialises(story)


@pytest.mark.parametrize(
    "version, expected",
    [
        (3, "3"),
        ("2.1", "2.1"),
        (True, None),
        (2.5, None),
        ([1], None),
    ],
)
def test_ninjs_version_number_reads_as_text(version: object, expected: str | None) -> None:
    assert only_story(ninjs(version=version)).version == expected


# --- lone surrogates -----------------------------------------------------------------------------------

REPLACED = "\ufffd"
BAD = "\\ud800"  # JSON escapes that decode to a lone surrogate, high and low
LOW = "\\udc00"


def _escaped(**fields: str) -> bytes:
    """ninjs with lone-surrogate escapes: json.dumps cannot write them, so they are put in afterwards."""
    marked = {k: v.replace(BAD, "@@").replace(LOW, "%%") for k, v in fields.items()}
    return ninjs(**marked).replace(b"@@", BAD.encode()).replace(b"%%", LOW.encode())


@pytest.mark.parametrize(
    "fields, check",
    [
        ({"headline": f"Harbour {BAD}gates"}, lambda s: s.headline == f"Harbour {REPLACED}gates"),
        ({"body_text": f"{LEAD}\n\nShe {BAD}said."}, lambda s: s.paragraphs[1] == f"She {REPLACED}said."),
        ({"body_text": f"{LEAD}\n\nShe said.{LOW}"}, lambda s: s.paragraphs[1] == f"She said.{REPLACED}"),
        (
            {"body_html": f"<p>{LEAD}</p><p>She {BAD}said, more.</p>"},
            lambda s: s.paragraphs[1] == f"She {REPLACED}said, more.",
        ),
        (
            {"body_nitf": nitf(f"<p>{LEAD}</p><p>A {BAD}b.</p>").decode()},
            lambda s: s.paragraphs[1] == f"A {REPLACED}b.",
        ),
        ({"byline": f"By Anna {BAD}Berg"}, lambda s: s.byline == (f"Anna {REPLACED}Berg",)),
        ({"uri": f"urn:x:{BAD}"}, lambda s: s.source_id == f"urn:x:{REPLACED}"),
        ({"versioncreated": f"2026-{BAD}"}, lambda s: s.published == f"2026-{REPLACED}"),
        ({"version": f"1{BAD}"}, lambda s: s.version == f"1{REPLACED}"),
    ],
    ids=[
        "headline",
        "body-text",
        "low-surrogate",
        "body-html",
        "body-nitf",
        "byline",
        "uri",
        "date",
        "version",
    ],
)
def test_ninjs_lone_surrogate_becomes_replacement_character(fields: dict[str, str], check) -> None:
    story = only_story(_escaped(**fields))
    assert check(story)
    assert any("surrogate" in w for w in story.warnings)
    assert_serialises(story)


def test_ninjs_surrogate_pair_is_one_character_not_a_warning() -> None:
    story = only_story(ninjs().replace(b"on time", b"on time \\ud83d\\ude00"))
    assert story.paragraphs[1] == "She said the work was on time \U0001f600."
    assert not story.warnings


def test_every_loader_output_is_cleaned_of_surrogates(monkeypatch: pytest.MonkeyPatch) -> None:
    # A new loader that forgets lone surrogates still gives a record that serialises: load_all cleans it.
    bad = "x\ud800y"
    dirty = Story(
        headline=bad,
        paragraphs=(bad, "plain"),
        format="fake",
        dateline=Dateline(location=bad, date=bad, agency=None),
        byline=(bad,),
        credits=(Credit(role=bad, names=[bad]),),
        warnings=("tolerated",),
        published=bad,
        version=bad,
        source_id=bad,
    )
    monkeypatch.setitem(LOADERS, "fake", lambda data: [dirty, NotAStory("second item")])
    story, error = load_all(b"anything", "", "fake")
    assert isinstance(story, Story) and isinstance(error, NotAStory)
    clean = "x\ufffdy"
    assert (story.headline, story.paragraphs, story.byline) == (clean, (clean, "plain"), (clean,))
    assert story.dateline == Dateline(location=clean, date=clean, agency=None)
    assert story.credits == (Credit(role=clean, names=[clean]),)
    assert (story.published, story.version, story.source_id) == (clean, clean, clean)
    assert story.warnings == ("tolerated", LONE_SURROGATES)
    assert_serialises(story)


def test_surrogate_story_is_extracted_and_written(rules_pipeline: Pipeline) -> None:
    # The whole way: spaCy hashes every token's text, and the writer encodes the record as UTF-8.
    data = _escaped(headline=f"Gates {BAD}open", body_text=f'{LEAD}\n\n"It {BAD}works," she {LOW}said.')
    story = only_story(data)
    record = json.loads(to_json(analyse_story(story, ITEM, rules_pipeline)))
    text = record["article"]["text"]
    assert text.endswith(f'"It {REPLACED}works," she {REPLACED}said.')
    for quote in record["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
    assert LONE_SURROGATES in record["warnings"]


@pytest.mark.parametrize(
    "data",
    [
        nitf(f"<p>{LEAD} &#xD800; more.</p>"),
        nitf(f"<p>{LEAD} &#55296; more.</p>"),
        nitf(f"<p>{LEAD}</p>").replace(b"more", b"") + b"\xed\xa0\x80",
    ],
    ids=["hex-reference", "decimal-reference", "utf8-encoded-surrogate"],
)
def test_xml_surrogate_is_malformed_or_replaced(data: bytes) -> None:
    # XML forbids surrogate character references: lxml refuses them. Encoded surrogates are bad UTF-8.
    try:
        entries = load_all(data)
    except ParseError:
        return
    for entry in entries:
        assert isinstance(entry, Story | InputError)
        if isinstance(entry, Story):
            assert_serialises(entry)


@pytest.mark.parametrize(
    "page",
    [f"<p>{LEAD} &#xD800; more.</p>", f"<p>{LEAD} &#55296; more.</p>"],
)
def test_html_surrogate_reference_becomes_replacement_character(page: str) -> None:
    html = f"<html><head><title>Gates</title></head><body><article>{page * 3}</article></body></html>"
    story = only_story(html.encode(), "a.html")
    assert REPLACED in story.text
    assert_serialises(story)


@pytest.mark.parametrize(
    "label, encoding",
    [
        ("rot13", "utf-8"),  # Python codecs that are no text encoding: ignored
        ("base64", "utf-8"),
        ("zip", "utf-8"),
        ("bz2", "utf-8"),
        ("uu", "utf-8"),
        ("punycode", "utf-8"),
        ("undefined", "utf-8"),
        ("unicode_escape", "utf-8"),  # would turn `\\ud800` in the page into a surrogate
        ("utf-7", "utf-8"),
        ("idna", "utf-8"),
        ("utf-16", "utf-8"),  # found by a byte search: the bytes cannot be UTF-16
        ("no-such-charset", "utf-8"),
        ("koi8-r", "koi8-r"),  # web encodings are honoured
        ("ISO-8859-1", "cp1252"),
        ("iso-8859-9", "cp1254"),
        ("utf-8", "utf-8"),
    ],
)
def test_html_declared_charset_only_a_web_encoding_counts(label: str, encoding: str) -> None:
    page = f"<html><head><meta charset='{label}'><title>Gates</title></head><body><article>"
    page += f"<p>{LEAD}</p><p>{SECOND} It cost \\ud800 +2AA- 10 euros.</p>" * 2 + "</article></body></html>"
    story = only_story(page.encode("ascii"), "a.html")
    assert story.encoding == encoding
    assert story.paragraphs[1].startswith(SECOND)
    assert_serialises(story)


# --- malformed names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, detected",
    [
        (nitf(f"<p>{LEAD}</p>", root="a:b:nitf"), "nitf"),
        (b'<?xml version="1.0"?>\n' + nitf(f"<p>{LEAD}</p>", root="a:b:nitf"), "nitf"),
        (b"<x:y:newsItem><contentSet><inlineData>text</inlineData></contentSet></x:y:newsItem>", "newsml-g2"),
        (b"<a:b:NewsML><NewsItem/></a:b:NewsML>", "newsml-1.2"),
        (nitf(f"<p>{LEAD}</p>", root=":nitf"), "nitf"),
        (nitf(f"<p>{LEAD}</p>", root="a::nitf"), "nitf"),
        (nitf(f"<p>{LEAD}</p>", root="nitf:"), "nitf"),
    ],
    ids=["nitf", "nitf-prolog", "g2", "newsml1", "empty-prefix", "empty-middle", "empty-local-name"],
)
def test_qname_with_two_colons_is_malformed_xml_not_html(data: bytes, detected: str) -> None:
    assert detect_format(data) == detected
    error = error_of(data)
    assert isinstance(error, ParseError)
    assert "malformed XML" in str(error)


def test_prefixed_nitf_root_with_its_namespace_loads() -> None:
    data = nitf(f"<p>{LEAD}</p><p>{SECOND}</p>", root="n:nitf").replace(
        b"<n:nitf>", b'<n:nitf xmlns:n="urn:x">'
    )
    assert detect_format(data) == "nitf"
    assert only_story(data).paragraphs[1] == SECOND


@pytest.mark.parametrize(
    "declaration",
    [
        '<?xml version="1.0" encoding="UTF-->-8"?>',  # a `>` inside the value
        '<?xml version="1.0" encoding="utf-8"\n',  # never closed
        "<?xml version='1.0' encoding='latin-1'?>",
    ],
    ids=["angle-in-value", "unclosed", "closed"],
)
@pytest.mark.parametrize("carrier", ["page", "ninjs"])
def test_broken_xml_declaration_before_html_is_ignored(declaration: str, carrier: str) -> None:
    # lxml refuses a string that declares an encoding; the declaration must go, however broken.
    page = f"{declaration}<html><body><article><p>{LEAD}</p><p>{SECOND}</p></article></body></html>"
    data = page.encode() if carrier == "page" else ninjs(body_html=page)
    check_any(data, "", "html" if carrier == "page" else "ninjs")


# --- noise ---------------------------------------------------------------------------------------------


def check_any(data: bytes, name: str = "", input_format: str | None = None) -> None:
    """Only stories and input errors come out; every story serialises."""
    try:
        entries = load_all(data, name, input_format)
    except InputError as exc:
        entries = [exc]
    assert entries
    for entry in entries:
        assert isinstance(entry, Story | InputError), entry
        if isinstance(entry, Story):
            assert_serialises(entry)
        else:
            str(entry).encode("utf-8")  # the error record's message


@pytest.mark.parametrize(
    "seed",
    [pytest.param(p, id=f"{p.parent.name}/{p.name}") for p in SEEDS],
)
@pytest.mark.parametrize(
    "mangle",
    [
        lambda d: d[: len(d) // 2],
        lambda d: d[: len(d) // 3 * 2] + b"\x00" + d[len(d) // 3 * 2 :],
        lambda d: d[:200] + b"\x00" * 5000 + d[200:],
        lambda d: d.replace(b">", b' x="' + b"a" * 200_000 + b'">', 1),
        lambda d: d.replace(b"e", b"\xff"),
        lambda d: d.replace(b"e", b"\\ud800"),
        lambda d: d.replace(b"<p>", b"<p>" + b"<b>" * 400),
    ],
    ids=["truncated", "nul", "nul-run", "huge-attribute", "bad-bytes", "surrogate-escapes", "deep-inline"],
)
def test_mangled_fixture_gives_stories_or_input_errors(seed: Path, mangle) -> None:
    data = mangle(seed.read_bytes())
    check_any(data, seed.name)
    # As its own format too: --input-format skips detection.
    check_any(data, seed.name, seed.parent.name if seed.parent.name in LOADERS else None)


NOISE = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SEED_BYTES = [p.read_bytes() for p in SEEDS]


@NOISE
@given(
    seed=st.sampled_from(SEED_BYTES),
    cut=st.integers(min_value=0, max_value=4000),
    noise=st.binary(max_size=40),
    input_format=st.sampled_from([None, *sorted(LOADERS)]),
)
def test_fixture_with_noise_spliced_in_gives_stories_or_input_errors(
    seed: bytes, cut: int, noise: bytes, input_format: str | None
) -> None:
    check_any(seed[:cut] + noise + seed[cut:], "", input_format)


@NOISE
@given(
    data=st.binary(max_size=300),
    input_format=st.sampled_from([None, *sorted(LOADERS)]),
)
def test_random_bytes_give_stories_or_input_errors(data: bytes, input_format: str | None) -> None:
    check_any(data, "x.json", input_format)


JSON_SHARDS = ['{"', '":', "[", "]", "{", "}", ",", '"body_text"', '"headline"', "\\ud800", "1e999", HUGE]


@NOISE
@given(
    pieces=st.lists(
        st.sampled_from(
            [
                '{"',
                '":',
                "[",
                "]",
                "{",
                "}",
                ",",
                '"body_text"',
                '"headline"',
                "\\ud800",
                "1e999",
                "9" * 5000,
                '"x"',
            ]
        ),
        max_size=60,
    )
)
def test_json_shards_give_stories_or_input_errors(pieces: list[str]) -> None:
    check_any("".join(pieces).encode(), "x.json", "ninjs")
