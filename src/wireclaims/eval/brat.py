"""BRAT standoff attribution corpora (PolNeAR layout: `text/*.txt` + `attributions/*.ann`).

Each `E` line ties an Attribution: its Source, Cue and Content spans. Discontinuous spans (`a b;c d`) are
scored by their outer bounds. With several annotators' files for one text, the first by name is used.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from wireclaims.errors import GoldError
from wireclaims.lang import en
from wireclaims.lang.cues import SPEECH_LEMMAS

_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")
_PRONOUNS = set(en.PRONOUNS) | {"i", "we", "you", "me", "us"}


@dataclass(frozen=True)
class BratSpan:
    """A text-bound annotation: outer bounds and text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Relation:
    """One attribution relation."""

    content: BratSpan
    cue: BratSpan | None
    source: BratSpan | None

    @property
    def pronoun_source(self) -> bool:
        return self.source is not None and self.source.text.lower().strip() in _PRONOUNS


@dataclass(frozen=True)
class BratDoc:
    """A text and its relations."""

    name: str
    text: str
    relations: list[Relation]


def is_brat_folder(folder: Path) -> bool:
    """Whether `folder` has the `text/` + `attributions/` layout."""
    return (folder / "text").is_dir() and (folder / "attributions").is_dir()


def is_speech_cue(cue: BratSpan | None) -> bool:
    """A communication cue ("said", "told", "according to", a colon), not belief or perception."""
    if cue is None:
        return False
    text = cue.text.lower().strip()
    if text in {":", "according to"} or text.startswith("according to"):
        return True
    from wireclaims.extract.cues import candidate_lemmas

    return any(c in SPEECH_LEMMAS for word in re.findall(r"[a-z]+", text) for c in candidate_lemmas(word))


def _span(spec: str, text: str) -> BratSpan:
    parts = [tuple(int(x) for x in p.split()) for p in spec.split(";")]
    start = min(p[0] for p in parts)
    end = max(p[1] for p in parts)
    return BratSpan(start, end, text)


def read_ann(path: Path) -> list[Relation]:
    """Relations of one .ann file.

    Raises:
        GoldError: a line that is not BRAT standoff, or a relation naming a missing span.
    """
    spans: dict[str, tuple[str, BratSpan]] = {}
    events: list[str] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith(("#", "A", "R", "N")):
            continue
        match = _T_LINE.match(line)
        if match:
            spans[match.group(1)] = (match.group(2), _span(match.group(3), match.group(4)))
            continue
        if _E_LINE.match(line):
            events.append(line)
            continue
        raise GoldError(f"{path}:{n}: not a BRAT standoff line: {line[:60]!r}")
    relations: list[Relation] = []
    for line in events:
        args = dict(part.split(":", 1) for part in line.split("\t")[1].split() if ":" in part)
        try:
            found = {
                role: spans[ref][1] for role, ref in args.items() if role in {"Content", "Cue", "Source"}
            }
        except KeyError as exc:
            raise GoldError(f"{path}: relation {line.split()[0]} names a missing span {exc}") from exc
        if "Content" in found:
            relations.append(Relation(found["Content"], found.get("Cue"), found.get("Source")))
    return relations


def iter_brat(folder: Path) -> Iterator[BratDoc]:
    """Documents of a BRAT attribution folder, sorted by name."""
    for text_path in sorted((folder / "text").glob("*.txt")):
        anns = sorted((folder / "attributions").glob(f"{text_path.stem}*.ann"))
        if not anns:
            continue
        yield BratDoc(text_path.stem, text_path.read_text(encoding="utf-8"), read_ann(anns[0]))
