"""The gold format (docs/gold-format.md): models, loading and validation with clear errors."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from wireclaims.errors import GoldError, InputError
from wireclaims.loaders import load
from wireclaims.models import Credit, Dateline, SpeakerKind
from wireclaims.story import Story

GOLD_SUFFIX = ".gold.json"


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldSpan(_Gold):
    """A labelled span: its text and, once anchored, its offsets into article.text."""

    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)


class GoldCue(_Gold):
    text: str
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)


class GoldQuote(GoldSpan):
    text: str
    kind: Literal["direct", "partial", "block"]
    speaker: str | None
    cue: str | GoldCue | None
    occurrence: int = Field(default=1, ge=1)


class GoldClaim(GoldSpan):
    content: str
    kind: Literal["indirect", "mixed", "according-to"] = "indirect"
    speaker: str | None
    cue: str | GoldCue | None
    occurrence: int = Field(default=1, ge=1)


class GoldHeadlineClaim(_Gold):
    """A claim the headline attributes; `content` is written as it stands in the headline."""

    content: str
    speaker: str | None
    cue: str | None = None


class GoldSpeaker(_Gold):
    id: str
    name: str
    kind: SpeakerKind
    title: str | None = None
    organization: str | None = None
    aliases: list[str] = Field(default_factory=list)


class GoldArticle(_Gold):
    headline: str | None = None
    dateline: Dateline | None = None
    byline: list[str] = Field(default_factory=list)
    credits: list[Credit] = Field(default_factory=list)


class GoldFile(_Gold):
    """One `NAME.gold.json`."""

    gold_version: Literal[1] = 1
    story: str
    covers: list[str] = Field(default_factory=list)
    article: GoldArticle
    speakers: list[GoldSpeaker] = Field(default_factory=list)
    quotes: list[GoldQuote] = Field(default_factory=list)
    claims: list[GoldClaim] = Field(default_factory=list)
    headline_claims: list[GoldHeadlineClaim] = Field(default_factory=list)


@dataclass(frozen=True)
class GoldStory:
    """A story with its labels, validated against the loader's article text."""

    path: Path
    gold_path: Path
    story: Story
    gold: GoldFile

    @property
    def text(self) -> str:
        return self.story.text


def cue_text(cue: str | GoldCue | None) -> str | None:
    return cue.text if isinstance(cue, GoldCue) else cue


def read_gold_file(gold_path: Path, require_offsets: bool = True) -> GoldStory:
    """Load and validate one gold file and its story.

    Raises:
        GoldError: naming the file, the label and what is wrong.
    """
    try:
        gold = GoldFile.model_validate(json.loads(gold_path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, ValidationError) as exc:
        raise GoldError(f"{gold_path}: {exc}") from exc
    story_path = gold_path.parent / gold.story
    try:
        story = load(story_path.read_bytes(), story_path.name)
    except (OSError, InputError) as exc:
        raise GoldError(f"{gold_path}: cannot read its story {story_path}: {exc}") from exc
    result = GoldStory(story_path, gold_path, story, gold)
    problems = list(_problems(result, require_offsets))
    if problems:
        raise GoldError(f"{gold_path}: " + "; ".join(problems))
    return result


def _problems(gs: GoldStory, require_offsets: bool) -> Iterator[str]:
    text = gs.text
    ids = [s.id for s in gs.gold.speakers]
    if len(set(ids)) != len(ids):
        yield "duplicate speaker id"
    seen: set[tuple[str, int | None, int | None]] = set()
    labels: list[tuple[str, str, GoldQuote | GoldClaim]] = [
        *(("quote", q.text, q) for q in gs.gold.quotes),
        *(("claim", c.content, c) for c in gs.gold.claims),
    ]
    for n, (what, label_text, label) in enumerate(labels, 1):
        name = f"{what} {n} {label_text[:40]!r}"
        if label.speaker is not None and label.speaker not in ids:
            yield f"{name}: speaker {label.speaker!r} does not exist"
        if label.start is None or label.end is None:
            if require_offsets:
                yield f"{name}: no offsets (run scripts/anchor_gold.py)"
            continue
        if text[label.start : label.end] != label_text:
            yield f"{name}: offsets {label.start}-{label.end} do not index its text"
        key = (what, label.start, label.end)
        if key in seen:
            yield f"{name}: duplicate label"
        seen.add(key)
        cue = label.cue
        if isinstance(cue, GoldCue) and cue.start is not None and text[cue.start : cue.end] != cue.text:
            yield f"{name}: cue offsets do not index {cue.text!r}"
    headline = gs.story.headline or ""
    for n, hc in enumerate(gs.gold.headline_claims, 1):
        name = f"headline claim {n} {hc.content[:40]!r}"
        if hc.content not in headline:
            yield f"{name}: not in the headline {headline!r}"
        if hc.speaker is not None and hc.speaker not in ids:
            yield f"{name}: speaker {hc.speaker!r} does not exist"
        if hc.cue is not None and hc.cue not in headline:
            yield f"{name}: cue {hc.cue!r} not in the headline"
    spans = sorted((q.start, q.end) for q in gs.gold.quotes if q.start is not None and q.end is not None)
    for (s1, e1), (s2, _) in itertools.pairwise(spans):
        if s2 < e1:
            yield f"quotes at {s1} and {s2} overlap"


def iter_gold(folder: Path, require_offsets: bool = True) -> Iterator[GoldStory]:
    """Every gold story in a folder, sorted by name.

    Raises:
        GoldError: a malformed gold file, or a folder without any.
    """
    files = sorted(folder.rglob(f"*{GOLD_SUFFIX}"))
    if not files:
        raise GoldError(f"{folder}: no *{GOLD_SUFFIX} files")
    for path in files:
        yield read_gold_file(path, require_offsets)
