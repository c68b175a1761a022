"""Corpus-level totals for the report: most-quoted speakers, organisations and cue classes.

Totals are added one record at a time, so a report over many stories never holds their records.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import get_args

from wireclaims.models import ArticleResult, CueClass, Speaker
from wireclaims.render.segments import SpeakerRow, speaker_rows

NO_CUE = "(no cue)"


@dataclass
class SpeakerTotal:
    """One speaker across stories, known by name (case aside): the first spelling, kind and
    organisation seen are shown."""

    name: str
    kind: str
    organisation: str | None
    stories: int = 0
    quotes: int = 0
    claims: int = 0


@dataclass
class OrganisationTotal:
    """An organisation: speakers that are one, and speakers that speak for one."""

    name: str
    speakers: set[str] = field(default_factory=set)
    stories: int = 0
    quotes: int = 0
    claims: int = 0


@dataclass
class CueTotal:
    """A cue class: how many quotes and claims it introduces, and with which cue lemmas."""

    cue_class: str
    quotes: int = 0
    claims: int = 0
    lemmas: Counter[str] = field(default_factory=Counter)


class Corpus:
    """Running totals over the records of a report."""

    def __init__(self) -> None:
        self.stories = 0
        self.errors = 0
        self.quotes = 0
        self.claims = 0
        self._speakers: dict[str, SpeakerTotal] = {}
        self._organisations: dict[str, OrganisationTotal] = {}
        self._cues = {name: CueTotal(name) for name in (*get_args(CueClass), NO_CUE)}

    def add(self, result: ArticleResult) -> None:
        """Count one story."""
        self.stories += 1
        self.quotes += len(result.quotes)
        self.claims += len(result.claims)
        rows = speaker_rows(result)
        for row in rows:
            total = self._speakers.setdefault(
                row.speaker.name.casefold(),
                SpeakerTotal(row.speaker.name, row.speaker.kind, row.speaker.organization),
            )
            total.organisation = total.organisation or row.speaker.organization
            total.stories += 1
            total.quotes += row.quotes
            total.claims += row.claims
        self._add_organisations(rows)
        for kind, items in (("quotes", result.quotes), ("claims", result.claims)):
            for item in items:
                cue = self._cues[item.cue.cue_class if item.cue else NO_CUE]
                setattr(cue, kind, getattr(cue, kind) + 1)
                if item.cue is not None:
                    cue.lemmas[item.cue.lemma] += 1

    def _add_organisations(self, rows: list[SpeakerRow]) -> None:
        seen: set[str] = set()
        for row in rows:
            name = _organisation(row.speaker)
            if name is None:
                continue
            total = self._organisations.setdefault(name.casefold(), OrganisationTotal(name))
            total.speakers.add(row.speaker.name.casefold())
            total.quotes += row.quotes
            total.claims += row.claims
            if name.casefold() not in seen:
                seen.add(name.casefold())
                total.stories += 1

    def top_speakers(self, limit: int) -> list[SpeakerTotal]:
        """The most-quoted speakers, then those with most claims; ties by name."""
        ranked = sorted(self._speakers.values(), key=lambda t: (-t.quotes, -t.claims, t.name.casefold()))
        return ranked[:limit]

    def top_organisations(self, limit: int) -> list[OrganisationTotal]:
        """Organisations by quotes and claims attributed to them or their people; ties by name."""
        ranked = sorted(
            self._organisations.values(), key=lambda t: (-(t.quotes + t.claims), -t.quotes, t.name.casefold())
        )
        return ranked[:limit]

    def cue_classes(self) -> list[CueTotal]:
        """Every cue class in the lexicon's order, then quotes and claims without a cue."""
        return list(self._cues.values())

    @property
    def speaker_count(self) -> int:
        """Distinct speakers (by name) over all stories."""
        return len(self._speakers)

    @property
    def organisation_count(self) -> int:
        """Distinct organisations over all stories."""
        return len(self._organisations)


def _organisation(speaker: Speaker) -> str | None:
    return speaker.name if speaker.kind == "organization" else speaker.organization
