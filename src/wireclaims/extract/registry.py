"""The speaker registry: mentions merged into one speaker per real-world source, pronouns resolved."""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

from wireclaims.extract.describe import Description, strip_article
from wireclaims.extract.mentions import Mention
from wireclaims.lang import en


@dataclass
class SpeakerEntry:
    """A source being built up over the article."""

    key: int
    name: str
    kind: str
    title: str | None
    organization: str | None
    gender: str | None
    mentions: list[Mention] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    # An index of `mentions`, brought up to date on each look-up: a speaker named or referred to thousands of
    # times is looked up once per mention, and reading all its mentions each time made a story quadratic.
    _seen: int = field(default=0, repr=False, compare=False)
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _reach: list[int] = field(default_factory=list, repr=False, compare=False)  # running max of _weight
    _last: int = field(default=-1, repr=False, compare=False)
    _in_order: bool = field(default=True, repr=False, compare=False)

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    @property
    def last(self) -> int:
        if not self.mentions:
            return max(m.start for m in self.mentions)  # raises, as it always did
        self._sync()
        return self._last

    def salience_before(self, pos: int) -> int | None:
        """The greatest start (plus the subject bonus) of a mention before `pos`; None when none is."""
        self._sync()
        if not self._in_order:
            before = [_weight(m) for m in self.mentions if m.start < pos]
            return max(before) if before else None
        k = bisect.bisect_left(self._starts, pos)
        return self._reach[k - 1] if k else None

    def _sync(self) -> None:
        if len(self.mentions) < self._seen:  # mentions taken away: index them again
            self._seen, self._starts, self._reach, self._last, self._in_order = 0, [], [], -1, True
        for m in self.mentions[self._seen :]:
            # the registry links mentions in reading order; bisection needs it, a scan does not
            self._in_order = self._in_order and (not self._starts or m.start >= self._starts[-1])
            self._starts.append(m.start)
            self._reach.append(max(_weight(m), self._reach[-1]) if self._reach else _weight(m))
            self._last = max(self._last, m.start)
        self._seen = len(self.mentions)


def _weight(mention: Mention) -> int:
    """A mention's recency for pronouns: subjects count as if written a little later."""
    return mention.start + (_SUBJECT_BONUS if mention.subject else 0)


_SUBJECT_BONUS = 150


class SpeakerRegistry:
    """Merges mentions into speakers: full names and surnames, titles, organisations, pronouns."""

    def __init__(self) -> None:
        self.entries: list[SpeakerEntry] = []

    def add(self, mention: Mention) -> SpeakerEntry | None:
        """Link a mention to an existing speaker or create one; pronouns only link."""
        if mention.pronoun is not None:
            entry = self._resolve_pronoun(mention)
            if entry is not None:
                entry.mentions.append(mention)
                if entry.gender is None and en.PRONOUNS[mention.pronoun] in {"male", "female"}:
                    entry.gender = en.PRONOUNS[mention.pronoun]
            return entry
        desc = mention.description
        assert desc is not None
        entry = self._match(mention, desc)
        if entry is None:
            name = desc.name or strip_article(mention.text)
            entry = SpeakerEntry(
                len(self.entries), name, desc.kind, desc.title, desc.organization, desc.gender
            )
            self.entries.append(entry)
        else:
            if desc.name and len(desc.name.split()) > len(entry.name.split()) and entry.kind == desc.kind:
                entry.name = desc.name
            entry.title = entry.title or desc.title
            entry.organization = entry.organization or desc.organization
            entry.gender = entry.gender or desc.gender
            if entry.kind == "unknown":
                entry.kind = desc.kind
        entry.mentions.append(mention)
        form = desc.name or strip_article(mention.text)
        if form not in entry.forms:
            entry.forms.append(form)
        return entry

    def _match(self, mention: Mention, desc: Description) -> SpeakerEntry | None:
        candidates = sorted(self.entries, key=lambda e: -e.last)
        if desc.name:
            norm = _norm(desc.name)
            for entry in candidates:
                if _norm(entry.name) == norm or norm in {_norm(f) for f in entry.forms}:
                    return entry
            if desc.kind in {"person", "unknown"} and len(norm.split()) == 1:
                # `Folake said`: a lone first name of a person already named in full
                for entry in candidates:
                    if (
                        entry.kind == "person"
                        and len(entry.name.split()) > 1
                        and _norm(entry.name).split()[0] == norm
                    ):
                        return entry
            if desc.kind in {"person", "unknown"}:
                last = surname(norm)
                for entry in candidates:
                    if entry.kind == "organization" and _looks_like_person(entry, last):
                        entry.kind = "person"  # the model called `Chinedu Balogun` a place; `Balogun said`
                    if entry.kind in {"person", "unknown"} and surname(_norm(entry.name)) == last:
                        first_a, first_b = norm.split()[0], _norm(entry.name).split()[0]
                        if len(norm.split()) == 1 or len(entry.name.split()) == 1 or first_a == first_b:
                            return entry
            if desc.kind == "organization":
                for entry in candidates:
                    if entry.kind == "organization" and _head(entry.name) == _head(desc.name):
                        return entry
            return None
        if desc.title:
            head = _head(desc.title)
            for entry in candidates:
                if entry.kind == "person" and entry.title and _head(entry.title) == head:
                    return entry
        return None

    def _resolve_pronoun(self, mention: Mention) -> SpeakerEntry | None:
        agreement = en.PRONOUNS.get(mention.pronoun or "", "")
        if agreement == "first":
            return None
        # recency, with subjects ahead of other mentions of the last few sentences
        weighed = [(e, e.salience_before(mention.start)) for e in self.entries]
        before = [e for e, _ in sorted(((e, w) for e, w in weighed if w is not None), key=lambda x: -x[1])]
        for entry in before:
            if agreement in {"male", "female"}:
                if entry.kind in {"person", "unknown"} and entry.gender in {None, agreement}:
                    return entry
            elif agreement == "plural":
                if entry.kind in {"group", "organization"}:
                    return entry
            elif agreement == "neuter" and entry.kind == "organization":
                return entry
        return None


def _looks_like_person(entry: SpeakerEntry, last: str) -> bool:
    """An 'organisation' named like a person (two or three capitalised words, no organisation word)."""
    words = entry.name.split()
    return (
        2 <= len(words) <= 3
        and surname(_norm(entry.name)) == last
        and all(w[:1].isupper() for w in words)
        and not any(w.lower() in en.ORGANIZATION_HEADS for w in words)
        and entry.name not in en.KNOWN_ORGANIZATIONS
        and entry.title is None
    )


@functools.lru_cache(maxsize=8192)
def surname(name: str) -> str:
    """A family name without title, suffix or particle (nameparser): `Ana Ruiz Jr.` -> `Ruiz`.

    The last word of the family name, so that `Beethoven said` finds `Ludwig van Beethoven`.
    """
    from nameparser import HumanName
    from nameparser.config import CONSTANTS

    words = name.split()
    if not words:
        return name
    last = words[-1].lower().rstrip(".,")
    # the common case needs no parse: nameparser would answer the last word too (it costs ~0.7 ms a name)
    suffix = last in CONSTANTS.suffix_acronyms or last in CONSTANTS.suffix_not_acronyms
    if not suffix and '"' not in name and words[0].lower().rstrip(".") not in CONSTANTS.titles:
        return words[-1]
    words = (HumanName(name).last or name).split()
    return words[-1] if words else name


@functools.lru_cache(maxsize=8192)
def _norm(text: str) -> str:
    return strip_article(text).lower().replace("’", "'").rstrip(".")


def _head(text: str) -> str:
    words = _norm(text).split()
    return words[-1] if words else ""
