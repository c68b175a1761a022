"""Attribution in stages: every candidate source of a quote (`extract/candidates.py`), the choice among them
(`extract/choice.py`), and the stage figures of `wireclaims eval --stages` (`eval/stages.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wireclaims.eval.brat import BratDoc, BratSpan, Relation
from wireclaims.eval.gold import GoldFile
from wireclaims.eval.stages import StageReport, error_class, stages_brat, stages_gold
from wireclaims.extract.candidates import HOWS, Candidate
from wireclaims.extract.choice import RANKS, QuoteShape, choose
from wireclaims.extract.cues import CueMatch
from wireclaims.extract.mentions import Mention
from wireclaims.extract.quotes import QuoteFinding
from wireclaims.inputs import InputItem
from wireclaims.models import ArticleResult, Speaker
from wireclaims.nlp import Pipeline
from wireclaims.run.analyse import analyse_story_stages
from wireclaims.story import Story


def _stages(pipeline: Pipeline, body: str) -> tuple[ArticleResult, list[QuoteFinding]]:
    story = Story(headline=None, paragraphs=tuple(body.split("\n\n")), format="text")
    return analyse_story_stages(story, InputItem("t.txt", "t.txt", Path("t.txt")), pipeline)


def _candidates(pipeline: Pipeline, body: str, quote: str) -> list[tuple[str, str | None]]:
    result, findings = _stages(pipeline, body)
    k = next(n for n, q in enumerate(result.quotes) if q.text.startswith(quote))
    return [(c.how, c.mention.text if c.mention else None) for c in findings[k].candidates]


@pytest.mark.parametrize(
    "body, quote, how, mention",
    [
        (
            '"We will rebuild the pier." -Harbour Master Tomas Brandt',
            "We will",
            "dash-line",
            "Harbour Master Tomas Brandt",
        ),
        (
            '"We will rebuild the pier before the storms come back in the autumn."\n\n'
            "— Tomas Brandt, port manager",
            "We will",
            "dash-line-below",
            "Tomas Brandt",
        ),
        (
            '"BRANDT: We will rebuild the pier. HOST: When will that be?"',
            "BRANDT",
            "transcript-label",
            "BRANDT",
        ),
        ('"The pier is closed," Brandt said.', "The pier", "cue-subject", "Brandt"),
        ('"The pier is closed," said Tomas Brandt.', "The pier", "inverted-subject", "Tomas Brandt"),
        ('Tomas Brandt runs the port. "The pier is closed," she said.', "The pier", "pronoun", "she"),
        ('"The pier is closed," was said at the meeting.', "The pier", "cue-no-source", None),
        ('Tomas Brandt, port manager: "The pier is closed."', "The pier", "colon-label", "Tomas Brandt"),
        (
            'Finally Brandt named three rules for the crews: "No phones, no boats, no excuses."',
            "No phones",
            "colon-intro",
            "Finally Brandt",
        ),
        (
            'Tomas Brandt, port manager:\n\n"The pier is closed until spring."',
            "The pier",
            "paragraph-label",
            "Tomas Brandt",
        ),
        (
            'And from Harbour Master Tomas Brandt:\n\n"The pier is closed until spring."',
            "The pier",
            "heading",
            "Harbour Master Tomas Brandt",
        ),
        (
            'Brandt told the crews on Monday:\n\n"The pier is closed until spring."',
            "The pier",
            "heading",
            "Brandt",
        ),
        (
            "Tomas Brandt made the following comment:\n\n"
            '"The pier is closed until spring, and the crews know it."',
            "The pier",
            "colon-intro-above",
            "Tomas Brandt",
        ),
        (
            'Brandt said the pier would stay shut. "Nobody goes near it until the engineers are done."',
            "Nobody",
            "prior-sentence",
            "Brandt",
        ),
        ('"The pier is closed," Brandt said.\n\n"It will reopen in spring."', "It will", "follow-on", None),
        (
            'Brandt said: "The pier is closed for the winter.\n\n"The crews will not return before spring."',
            "The crews",
            "open-quote",
            None,
        ),
    ],
)
def test_candidates_find_each_rule(
    pipeline: Pipeline, body: str, quote: str, how: str, mention: str | None
) -> None:
    assert how in HOWS
    assert (how, mention) in _candidates(pipeline, body, quote)


@pytest.mark.parametrize(
    "body, quote, absent",
    [
        # negative rows: the rule does not fire where its evidence is missing
        ('"We will rebuild the pier," Brandt said.', "We will", "dash-line"),
        ('"The pier is closed," Brandt said.', "The pier", "inverted-subject"),
        ('"The pier is closed," said Tomas Brandt.', "The pier", "cue-subject"),
        ('The outcome: "A mess."', "A mess", "colon-label"),
        ('The sign on the gate read:\n\n"Keep out until spring."', "Keep out", "colon-intro-above"),
        ('"The pier is closed," Brandt said.\n\n"It will reopen in spring."', "The pier", "follow-on"),
        # a quote after another in its sentence is no prior-sentence case (`"X," she said. "Y."`)
        ('"The pier is closed," Brandt said. "It will reopen in spring."', "It will", "prior-sentence"),
    ],
)
def test_candidates_not_found_without_their_evidence(
    pipeline: Pipeline, body: str, quote: str, absent: str
) -> None:
    assert absent not in [how for how, _ in _candidates(pipeline, body, quote)]


def test_a_thought_is_no_quote_whatever_its_candidates(pipeline: Pipeline) -> None:
    result, findings = _stages(pipeline, '"Why me?" Brandt wondered.')
    assert (result.quotes, findings) == ([], [])


def _mention(text: str, pronoun: str | None = None) -> Mention:
    return Mention(0, len(text), text, None, pronoun)


_CUE = CueMatch(0, 1, "say")


def _cand(how: str, text: str | None = "Brandt", side: str = "", follows: int | None = None) -> Candidate:
    pronoun = text if text in {"he", "she"} else None
    mention = _mention(text, pronoun) if text is not None else None
    return Candidate(how, mention, _CUE if "cue" in how or side else None, side=side, follows=follows)


@pytest.mark.parametrize(
    "candidates, shape, chosen",
    [
        # a name written with the quote beats a cue
        (
            [_cand("cue-subject", side="after"), _cand("dash-line", "Lund")],
            ("direct", "X."),
            ("dash-line", "Lund"),
        ),
        # a direct quote reads its cue after it first; a partial quote without a closing comma before it
        (
            [_cand("cue-subject", "Lund", side="before"), _cand("inverted-subject", "Brandt", side="after")],
            ("direct", "X."),
            ("inverted-subject", "Brandt"),
        ),
        (
            [_cand("cue-subject", "Lund", side="before"), _cand("inverted-subject", "Brandt", side="after")],
            ("partial", "a mess"),
            ("cue-subject", "Lund"),
        ),
        # a cue without a source gives way to the other side's source, else stands
        (
            [_cand("cue-no-source", None, side="after"), _cand("cue-subject", "Lund", side="before")],
            ("direct", "X."),
            ("cue-subject", "Lund"),
        ),
        (
            [_cand("cue-no-source", None, side="after"), _cand("follow-on", None, follows=0)],
            ("direct", "X."),
            ("cue-no-source", None),
        ),
        # a thought makes it no speech; unless a cue read first spoke
        (
            [_cand("thought", None, side="after"), _cand("follow-on", None, follows=0)],
            ("direct", "X?"),
            ("thought", None),
        ),
        (
            [_cand("cue-no-source", None, side="after"), _cand("thought", None, side="before")],
            ("direct", "X."),
            ("cue-no-source", None),
        ),
        # the sentence before beats the last speaker, but not with a bare pronoun
        (
            [_cand("follow-on", None, follows=0), _cand("prior-sentence", "Lund")],
            ("direct", "X."),
            ("prior-sentence", "Lund"),
        ),
        (
            [_cand("follow-on", None, follows=0), _cand("prior-sentence", "she")],
            ("direct", "X."),
            ("follow-on", None),
        ),
        # a partial quote never continues a speaker, nor takes a colon intro
        ([_cand("follow-on", None, follows=0)], ("partial", "a mess"), None),
        ([_cand("colon-intro", "Lund")], ("partial", "a mess"), None),
        ([_cand("colon-intro", "Lund")], ("direct", "X."), ("colon-intro", "Lund")),
        ([], ("direct", "X."), None),
    ],
)
def test_choice_follows_rule_ranks(
    candidates: list[Candidate], shape: tuple[str, str], chosen: tuple[str, str | None] | None
) -> None:
    got = choose(candidates, QuoteShape(*shape))
    assert (None if got is None else (got.how, got.mention.text if got.mention else None)) == chosen


def test_every_rule_has_a_rank() -> None:
    cue_hows = {"cue-subject", "inverted-subject", "pronoun", "cue-no-source", "thought"}
    assert set(HOWS) - cue_hows - {"open-quote"} == set(RANKS) - {"cue"}


_STORY = (
    '"Nobody warned us," was said at the meeting.\n\n'
    '"The pier is closed," said Tomas Brandt.\n\n'
    '"It will reopen in spring."\n\n'
    'Lena Voss runs the ferry. "We lost a month," she said.\n\n'
    '"Nobody told us," was said later.\n\n'
    '"Everyone knew," a sign on the gate read.'
)


def _gold(body: str) -> GoldFile:
    quotes = []
    for text, speaker in [
        ("Nobody warned us,", "s2"),
        ("The pier is closed,", "s1"),
        ("It will reopen in spring.", "s1"),
        ("We lost a month,", "s2"),
        ("Nobody told us,", "s2"),
        ("Everyone knew,", None),  # nobody named: left out of the stage figures
    ]:
        start = body.index(text)
        quotes.append(
            {
                "text": text,
                "kind": "direct",
                "speaker": speaker,
                "cue": None,
                "start": start,
                "end": start + len(text),
            }
        )
    return GoldFile.model_validate(
        {
            "story": "t.txt",
            "article": {},
            "speakers": [
                {"id": "s1", "name": "Tomas Brandt", "kind": "person", "aliases": ["Brandt"]},
                {"id": "s2", "name": "Lena Voss", "kind": "person", "aliases": ["Voss"]},
            ],
            "quotes": quotes,
        }
    )


def test_stage_figures_on_hand_made_gold(pipeline: Pipeline) -> None:
    result, findings = _stages(pipeline, _STORY)
    report = stages_gold(_gold(result.article.text), result, findings)
    # five quotes name a source: the first has no candidate naming it (a cue without a subject, nobody
    # quoted before); the fifth has the follow-on candidate, but the cue without a subject is chosen
    assert (report.quotes, report.recalled, report.chosen, report.speaker_right) == (5, 4, 3, 3)
    assert (report.candidate_recall, report.choice_accuracy, report.speaker_accuracy) == (80.0, 75.0, 60.0)
    assert (dict(report.errors), dict(report.lost)) == ({"none": 2}, {"cue-no-source > follow-on": 1})
    total = StageReport()
    total.add(report)
    total.add(report)
    assert (total.quotes, total.as_dict()["errors"]) == (
        10,
        {"none": 4, "description": 0, "non-source": 0, "wrong person": 0},
    )


def test_stage_figures_on_brat_gold_match_quotes_inside_attributions(pipeline: Pipeline) -> None:
    body = (
        'Brandt said the pier was "closed for good" and the crews agreed.\n\n'
        'He said the ferry was "late again" on Friday.'
    )
    result, findings = _stages(pipeline, body)
    text = result.article.text

    def span(part: str, after: int = 0) -> BratSpan:
        start = text.index(part, after)
        return BratSpan(start, start + len(part), part)

    said = span("said")
    relations = [
        Relation(span('the pier was "closed for good"'), said, span("Brandt")),
        Relation(span('the ferry was "late again"'), span("said", said.end), span("He")),
    ]
    doc = BratDoc("t", text, relations)
    report = stages_brat(doc, result, findings, speech_only=False)
    assert (report.quotes, report.recalled, report.chosen) == (1, 1, 1)  # the pronoun source is left out
    with_pronouns = stages_brat(doc, result, findings, speech_only=False, pronoun_sources=True)
    assert with_pronouns.quotes == 2


def _spk(name: str, kind: str) -> Speaker:
    return Speaker(id="s1", name=name, kind=kind, title=None, organization=None, aliases=[], mentions=[])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "speaker, expected",
    [
        (None, "none"),
        (_spk("hydrologist", "person"), "description"),
        (_spk("the deputy mayor", "unknown"), "description"),
        (_spk("Story continues below", "unknown"), "non-source"),
        (_spk("Lena Voss", "person"), "wrong person"),
        (_spk("Harbour Board", "organization"), "wrong person"),
    ],
)
def test_wrong_speakers_by_error_class(speaker: Speaker | None, expected: str) -> None:
    assert error_class(speaker) == expected
