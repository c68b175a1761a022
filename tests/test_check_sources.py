"""scripts/check_sources.py flags speakers that cannot be sources, on its own word lists."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from wireclaims.models import Article, ArticleResult, Speaker, TextSpan

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "check_sources"
spec = importlib.util.spec_from_file_location("check_sources", ROOT / "scripts" / "check_sources.py")
assert spec is not None and spec.loader is not None
check_sources = importlib.util.module_from_spec(spec)
sys.modules["check_sources"] = check_sources  # dataclasses look their module up
spec.loader.exec_module(check_sources)


@pytest.mark.parametrize(
    "name, kind, expected",
    [
        ("to CNN", "organization", "preposition"),
        ("For Dana Whitfield", "person", "preposition"),
        ("to pause the talks", "unknown", "infinitive"),
        ("plans to", "unknown", "infinitive"),
        ("he was unfocused", "unknown", "clause"),
        ("Speaking", "unknown", "participle"),
        ("using", "unknown", "participle"),
        ("Some", "unknown", "generic"),
        ("Others", "group", "generic"),
        ("statement", "organization", "document"),
        ("company's website", "unknown", "document"),
        ("Advertisement", "unknown", "boilerplate"),
        ("soft-spoken", "unknown", "adjective"),
        # negative rows: people, organisations and groups pass
        ("Dana Whitfield", "person", None),
        ("Harbour Trust", "organization", None),
        ("The Harbour Post", "organization", None),
        ("Ambassador to the United Nations", "person", None),
        ("retired surgeon Ben Okafor", "person", None),
        ("Beijing", "organization", None),
        ("residents", "group", None),
        ("executive", "person", None),
        # an object pronoun opening the phrase is the cue's object
        ("him a series of questions", "group", "object"),
        # the head of the phrase decides whether it is a document, not its last word
        ("Harbour Bureau summary of its inquiry", "organization", "document"),
        ("Coastline average of recent polls", "person", "document"),
        ("Gazette/KLT poll", "unknown", "document"),
        ("aide familiar with his remarks", "person", None),
        ("proponents of curbs on hate speech", "group", None),
        ("her lawyers in a court filing", "unknown", None),
        # a document followed by its author's name: the author is the source
        ("a March study by the Harbour Institute based on census data", "organization", None),
        ("a study by local officials", "organization", "document"),
        # a relative clause may hold any verb
        ("Wells, who is chair of the fund", "person", None),
        ("sources who have seen the letters", "group", None),
        ("rent caps would cause prices", "unknown", "clause"),
        # participles, and -ing words that describe the noun after them
        ("throwing chairs", "unknown", "participle"),
        ("lobbying firms", "group", None),
        ("drafting committee", "organization", None),
        ("gambling tycoon", "person", None),
        ("staggering 56 percent of voters", "unknown", None),
        ("forward-leaning media company", "organization", None),
        # `to` before a possessive is a preposition, not an infinitive
        ("visit to his church", "unknown", None),
        ("US Secretary of State", "person", None),
    ],
)
def test_reason_flags_phrases_that_are_not_sources(name: str, kind: str, expected: str | None) -> None:
    assert check_sources.reason(name, kind) == expected


def test_check_extracts_only_story_files_and_flags_none_of_its_speakers() -> None:
    stories, flags = check_sources.check([str(FIXTURE)])
    assert stories == 1  # harbour.ann is an annotation file, not a story
    assert flags == []


def test_main_prints_counts_and_exits_0_when_nothing_is_flagged(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_sources.main([str(FIXTURE)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "1 stories, 0 speakers flagged: none\n"


@pytest.mark.parametrize(
    "name, mention, expected",
    [
        ("Tara Quill “Maybe", "Tara Quill “Maybe", "quotation"),
        # negative: a quotation before the name in a mention is the mention's boundary, not the name's
        ("Paul Ryan", 'KLT\'s "Meet the Coast," House Speaker Paul Ryan', None),
    ],
)
def test_flags_names_run_into_a_quotation(name: str, mention: str, expected: str | None) -> None:
    span = TextSpan(start=0, end=len(mention), text=mention)
    speaker = Speaker(
        id="s1", name=name, kind="person", title=None, organization=None, aliases=[], mentions=[span]
    )
    result = ArticleResult.model_construct(article=Article.model_construct(path="t.txt"), speakers=[speaker])
    assert [f.reason for f in check_sources.flags(result)] == ([expected] if expected else [])
