"""Gold files are data with a validator: malformed labels stop the load with the file and label named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wireclaims.errors import GoldError
from wireclaims.eval.gold import iter_gold, read_gold_file

STORY = 'Fees rise\n\nOSLO, Feb 3 (Reuters) - "We had no choice," Ines Cole said.\n'
# article.text is '"We had no choice," Ines Cole said.'


def _write(tmp_path: Path, **changes: object) -> Path:
    gold: dict[str, object] = {
        "gold_version": 1,
        "story": "s.txt",
        "article": {"headline": "Fees rise"},
        "speakers": [{"id": "s1", "name": "Ines Cole", "kind": "person"}],
        "quotes": [
            {
                "text": "We had no choice,",
                "start": 1,
                "end": 18,
                "kind": "direct",
                "speaker": "s1",
                "cue": None,
            }
        ],
        "claims": [],
    }
    gold.update(changes)
    (tmp_path / "s.txt").write_text(STORY, encoding="utf-8")
    path = tmp_path / "s.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def test_valid_gold_file_loads(tmp_path: Path) -> None:
    gs = read_gold_file(_write(tmp_path))
    assert gs.text[1:18] == "We had no choice,"


@pytest.mark.parametrize(
    "changes, message",
    [
        (
            {
                "quotes": [
                    {"text": "We had", "start": 0, "end": 6, "kind": "direct", "speaker": "s1", "cue": None}
                ]
            },
            "do not index its text",
        ),
        (
            {
                "quotes": [
                    {"text": "We had", "start": 1, "end": 7, "kind": "direct", "speaker": "s9", "cue": None}
                ]
            },
            "speaker 's9' does not exist",
        ),
        (
            {
                "quotes": [
                    {"text": "We had", "start": 1, "end": 7, "kind": "direct", "speaker": None, "cue": None},
                    {"text": "We had", "start": 1, "end": 7, "kind": "direct", "speaker": None, "cue": None},
                ]
            },
            "duplicate label",
        ),
        (
            {
                "quotes": [
                    {
                        "text": "We had no",
                        "start": 1,
                        "end": 10,
                        "kind": "direct",
                        "speaker": None,
                        "cue": None,
                    },
                    {
                        "text": "had no choice",
                        "start": 4,
                        "end": 17,
                        "kind": "direct",
                        "speaker": None,
                        "cue": None,
                    },
                ]
            },
            "overlap",
        ),
        (
            {"quotes": [{"text": "We had", "kind": "direct", "speaker": None, "cue": None}]},
            "no offsets (run scripts/anchor_gold.py)",
        ),
        (
            {"headline_claims": [{"content": "Fees fall", "speaker": "s1", "cue": None}]},
            "not in the headline 'Fees rise'",
        ),
        (
            {"headline_claims": [{"content": "Fees rise", "speaker": "s7", "cue": None}]},
            "speaker 's7' does not exist",
        ),
        (
            {"headline_claims": [{"content": "Fees rise", "speaker": None, "cue": "says"}]},
            "cue 'says' not in the headline",
        ),
        ({"speakers": [{"id": "s1", "name": "A", "kind": "alien"}]}, "kind"),
        ({"story": "missing.txt"}, "cannot read its story"),
        ({"surprise": True}, "surprise"),
    ],
)
def test_malformed_gold_is_rejected_with_a_clear_message(
    tmp_path: Path, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(GoldError, match=r"s\.gold\.json") as info:
        read_gold_file(_write(tmp_path, **changes))
    assert message in str(info.value)


def test_folder_without_gold_files_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match=r"no \*\.gold\.json files"):
        list(iter_gold(tmp_path))
