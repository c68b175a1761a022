"""Scoring: one-to-one matching, exact and overlap, speakers by name, BRAT standoff reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from wireclaims.errors import GoldError
from wireclaims.eval.brat import BratSpan, is_speech_cue, iter_brat, read_ann
from wireclaims.eval.gold import GoldSpeaker
from wireclaims.eval.report import Counts
from wireclaims.eval.score import match, same_speaker
from wireclaims.eval.score_brat import same_source
from wireclaims.models import Speaker, TextSpan


@pytest.mark.parametrize(
    "gold, pred, mode, expected",
    [
        ([(0, 10)], [(0, 10)], "exact", [(0, 0)]),
        ([(0, 10)], [(0, 9)], "exact", []),
        ([(0, 10)], [(0, 9)], "overlap", [(0, 0)]),
        ([(0, 10)], [(5, 20)], "overlap", []),  # half the gold characters is not more than half
        ([(0, 10)], [(4, 20)], "overlap", [(0, 0)]),
        ([(0, 10), (20, 30)], [(0, 30)], "overlap", [(0, 0)]),  # one-to-one: the long span matches once
        ([], [(0, 5)], "overlap", []),
    ],
)
def test_matching_is_one_to_one(
    gold: list[tuple[int, int]], pred: list[tuple[int, int]], mode: str, expected: list[tuple[int, int]]
) -> None:
    assert match(gold, pred, mode) == expected


def test_counts_give_precision_recall_f1() -> None:
    c = Counts(tp_pred=3, tp_gold=3, pred=4, gold=6)
    assert (round(c.precision, 2), round(c.recall, 2), round(c.f1, 2)) == (0.75, 0.5, 0.6)
    assert Counts().f1 == 1.0  # nothing to find and nothing found


def _speaker(name: str, kind: str = "person", aliases: tuple[str, ...] = ()) -> Speaker:
    return Speaker(
        id="s1", name=name, kind=kind, title=None, organization=None, aliases=list(aliases), mentions=[]
    )  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "pred, gold, same",
    [
        (_speaker("Dmitry Peskov"), GoldSpeaker(id="g", name="Dmitry Peskov", kind="person"), True),
        (_speaker("Peskov"), GoldSpeaker(id="g", name="Dmitry Peskov", kind="person"), True),
        (
            _speaker("the ministry", "organization"),
            GoldSpeaker(id="g", name="Ministry", kind="organization"),
            True,
        ),
        (_speaker("Ms. Ortiz"), GoldSpeaker(id="g", name="Ana Ortiz", kind="person"), True),
        (_speaker("Passenger Ana Ortiz"), GoldSpeaker(id="g", name="Ana Ortiz", kind="person"), True),
        (
            _speaker("foreign ministry", "organization"),
            GoldSpeaker(id="g", name="Loria's foreign ministry", kind="organization"),
            True,
        ),
        # negatives: another person of the same surname; another ministry; a body by a person's surname
        (_speaker("Juan Ruiz"), GoldSpeaker(id="g", name="Ana Ruiz", kind="person"), False),
        (
            _speaker("Finance Ministry", "organization"),
            GoldSpeaker(id="g", name="Health Ministry", kind="organization"),
            False,
        ),
        (_speaker("Ortiz", "organization"), GoldSpeaker(id="g", name="Ana Ortiz", kind="person"), False),
        (_speaker("Ana Ruiz"), GoldSpeaker(id="g", name="Dmitry Peskov", kind="person"), False),
        (None, GoldSpeaker(id="g", name="Dmitry Peskov", kind="person"), False),
        (None, None, True),
    ],
)
def test_speakers_compare_by_name_alias_surname_and_given_names(
    pred: Speaker | None, gold: GoldSpeaker | None, same: bool
) -> None:
    assert same_speaker(pred, gold) is same


ANN = (
    "T1\tSource 0 4\tAmes\n"
    "T2\tCue 5 9\tsaid\n"
    "T3\tContent 10 20;25 30\tthe bridge opens\n"
    "T4\tAttribution 5 9\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
)


def test_brat_relations_keep_outer_bounds_of_discontinuous_spans(tmp_path: Path) -> None:
    (tmp_path / "a.ann").write_text(ANN, encoding="utf-8")
    (rel,) = read_ann(tmp_path / "a.ann")
    assert (rel.content.start, rel.content.end) == (10, 30)
    assert rel.source is not None and rel.source.text == "Ames"


def test_brat_folder_pairs_texts_with_their_first_annotation_file(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(
        "Ames said the bridge opens on Monday, she added.", encoding="utf-8"
    )
    (tmp_path / "attributions" / "a_x.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "attributions" / "a_y.ann").write_text("", encoding="utf-8")
    (doc,) = list(iter_brat(tmp_path))
    assert doc.name == "a" and len(doc.relations) == 1


def test_malformed_brat_line_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.ann").write_text("T1 Source nonsense\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"a\.ann:1"):
        read_ann(tmp_path / "a.ann")


@pytest.mark.parametrize(
    "cue, speech",
    [
        ("said", True),
        ("told", True),
        ("according to", True),
        (":", True),
        ("believes", False),
        ("knew", False),
    ],
)
def test_speech_cues_are_communication_not_cognition(cue: str, speech: bool) -> None:
    assert is_speech_cue(BratSpan(0, len(cue), cue)) is speech


def test_scored_speech_cues_do_not_move_with_the_extractors_lexicon(monkeypatch: pytest.MonkeyPatch) -> None:
    from wireclaims.eval.brat import SPEECH_LEMMAS
    from wireclaims.lang import en

    # every cue the extractor knows is scored, and the gold set stays put when the lexicon grows or shrinks
    assert set(en.CUE_CLASSES) <= SPEECH_LEMMAS
    monkeypatch.setattr(en, "CUE_CLASSES", {"ponder": "neutral"})
    assert is_speech_cue(BratSpan(0, 4, "said")) and not is_speech_cue(BratSpan(0, 8, "pondered"))


def _speaker(name: str, aliases: list[str], mentions: list[tuple[int, int]]) -> Speaker:
    return Speaker(
        id="s1",
        name=name,
        kind="person",
        title=None,
        organization=None,
        aliases=aliases,
        mentions=[TextSpan(start=s, end=e, text="x" * (e - s)) for s, e in mentions],
    )


@pytest.mark.parametrize(
    "pred, gold, same",
    [
        (
            _speaker("Richard Revesz", [], []),
            BratSpan(0, 60, "Richard Revesz, director of the Institute"),
            True,
        ),
        (_speaker("Amelize Joseph", [], []), BratSpan(0, 30, "Joseph, who has four children"), True),
        (_speaker("David Perdue", [], []), BratSpan(0, 26, "Sen. David Perdue (R-Ga.)"), True),
        # a mention of the speaker written where the gold source starts
        (_speaker("agency", [], [(10, 20)]), BratSpan(10, 60, "the agency that oversees the program"), True),
        # negatives: another person; a mention elsewhere; no speaker
        (_speaker("Chelsea Clinton", [], [(50, 65)]), BratSpan(0, 10, "the source"), False),
        (_speaker("Trump", [], [(90, 95)]), BratSpan(0, 22, "Rep. Gwen Moore (D-Wis.)"), False),
        (_speaker("Hana Lenko", [], []), BratSpan(0, 8, "Ivo Lenko"), False),
        (None, BratSpan(0, 5, "Moore"), False),
    ],
)
def test_brat_source_compares_the_name_before_any_apposition(
    pred: Speaker | None, gold: BratSpan, same: bool
) -> None:
    assert same_source(pred, gold) is same


ROOT = Path(__file__).resolve().parent.parent


def test_source_accuracy_counts_matched_claims_and_lists_wrong_sources() -> None:
    from wireclaims.eval.gold import read_gold_file
    from wireclaims.eval.score import score_article
    from wireclaims.models import ArticleResult

    story = "ap-drought-order"
    gold = read_gold_file(ROOT / "data" / "gold" / f"{story}.gold.json").gold
    pred = ArticleResult.model_validate_json(
        (ROOT / "tests" / "expected" / "gold" / f"{story}.txt.json").read_text()
    )
    assert pred.claims, "the fixture needs claims"

    right = score_article(gold, pred, errors=True)
    sourceless = pred.model_copy(
        update={"claims": [c.model_copy(update={"source": None}) for c in pred.claims]}
    )
    wrong = score_article(gold, sourceless, errors=True)

    tp = right.scores["overlap"]["claim+source"].tp_pred
    assert right.source_matched["overlap"] == right.scores["overlap"]["claims"].tp_pred > 0
    assert right.source_accuracy("overlap") == round(100 * tp / right.source_matched["overlap"], 1)
    assert wrong.source_accuracy("overlap") < right.source_accuracy("overlap")
    wrong_lines = [m for m in wrong.misses if m.metric == "claim+source"]
    assert wrong_lines and all(m.detail.startswith("source None, gold ") for m in wrong_lines)


def _pred_speaker(name: str) -> Speaker:
    return Speaker(id="s1", name=name, kind="person", title=None, organization=None, aliases=[], mentions=[])


@pytest.mark.parametrize(
    "pred_title, kind, detail",
    [
        (None, "missed", "title None, gold 'commissioner'"),
        ("deputy commissioner", "wrong", "title 'deputy commissioner', gold 'commissioner'"),
    ],
)
def test_errors_list_titles_under_their_speaker(pred_title: str | None, kind: str, detail: str) -> None:
    from wireclaims.eval.report import Miss
    from wireclaims.eval.score import _attribute_counts

    gold = [GoldSpeaker(id="s1", name="Lena Hart", kind="person", title="commissioner")]
    pred = [_pred_speaker("Lena Hart").model_copy(update={"title": pred_title})]
    misses: list[Miss] = []
    counts = _attribute_counts(gold, pred, "title", "a1", misses)
    assert counts.tp_gold == 0
    assert [(m.metric, m.kind, m.text, m.detail) for m in misses] == [
        ("speaker title", kind, "Lena Hart", detail)
    ]


def test_errors_list_attributes_on_speakers_gold_lacks_and_none_when_right() -> None:
    from wireclaims.eval.report import Miss
    from wireclaims.eval.score import _attribute_counts

    gold = [GoldSpeaker(id="s1", name="Lena Hart", kind="person", organization="Port Authority")]
    pred = [
        _pred_speaker("Lena Hart").model_copy(update={"organization": "Port Authority"}),
        _pred_speaker("Omar Diaz").model_copy(update={"id": "s2", "organization": "Harbour Board"}),
    ]
    misses: list[Miss] = []
    counts = _attribute_counts(gold, pred, "organization", "a1", misses)
    assert counts.tp_gold == 1
    assert [(m.kind, m.text) for m in misses] == [("spurious", "Omar Diaz")]
