"""A bug met on one story becomes that story's error record; the rest of the batch is unaffected."""

from __future__ import annotations

from pathlib import Path

import pytest

import wireclaims.run.batch as pipeline_module
from wireclaims.extract import _mention_pos
from wireclaims.extract.claims import ClaimFinding
from wireclaims.extract.cues import CueMatch
from wireclaims.inputs import iter_inputs
from wireclaims.models import ArticleResult, ErrorRecord
from wireclaims.run.batch import ExtractOptions, run


def test_claim_at_offset_zero_without_a_source_sorts_by_its_start() -> None:
    # regression: a sourceless claim at the very start of the text crashed the linking order
    claim = ClaimFinding(0, 10, CueMatch(3, 4, "say"), None, "indirect")
    assert _mention_pos(claim) == 0


def test_bug_in_one_story_gives_an_internal_error_record_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"Headline {name}\n\nOSLO (Reuters) - Cole said the port would open.\n")
    real = pipeline_module.story_result

    def broken(story, item, pipeline, doc, origin):  # type: ignore[no-untyped-def]
        if item.id == "a.txt":
            raise KeyError("boom")
        return real(story, item, pipeline, doc, origin)

    monkeypatch.setattr(pipeline_module, "story_result", broken)
    records = list(run(list(iter_inputs([str(tmp_path)])), ExtractOptions(jobs=1)))
    assert isinstance(records[0], ErrorRecord)
    assert records[0].error.code == "internal-error"
    assert "KeyError" in records[0].error.message and "please report" in records[0].error.message
    assert isinstance(records[1], ArticleResult)
