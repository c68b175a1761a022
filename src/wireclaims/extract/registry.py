"""The speaker registry: mentions merged into one speaker per real-world source, pronouns resolved."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from wireclaims.extract.describe import strip_article
from wireclaims.extract.mentions import Mention
from wireclaims.extract.offsets import Covered
from wireclaims.extract.speaker_matching import matching_entry
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
    called: set[str] = field(default_factory=set)  # common nouns the text puts before the name (`company`)
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
    """Merges mentions into speakers: full names and surnames, titles, organisations, pronouns.

    Args:
        sentences: where each sentence of the text starts, in order; without them `he` and `she` go to the
            most recent subject.
        prominent: the characters of each sentence's main subject and of every source; a mention there is the
            first antecedent `he` or `she` looks for.
    """

    def __init__(self, sentences: Sequence[int] = (), prominent: Covered | None = None) -> None:
        self.entries: list[SpeakerEntry] = []
        self._sentences = list(sentences)
        self._prominent = prominent
        # where every linked mention ends, in text order, for the sentence-by-sentence search of `he`/`she`
        self._starts: list[int] = []
        self._linked: list[tuple[int, SpeakerEntry]] = []  # (rank, entry), parallel to _starts

    def add(self, mention: Mention) -> SpeakerEntry | None:
        """Link a mention to an existing speaker or create one; pronouns only link."""
        if mention.pronoun is not None:
            entry = self._resolve_pronoun(mention)
            if entry is not None:
                entry.mentions.append(mention)
                self._link(mention, entry)
                gender = en.PRONOUNS.get(mention.pronoun)
                if entry.gender is None and gender in {"male", "female"}:
                    entry.gender = gender
            return entry
        desc = mention.description
        assert desc is not None
        anaphor = _anaphor(mention.text)
        if anaphor is not None:
            # `this person also said`: someone named before, never a new source
            entry = self._resolve(mention, anaphor)
            if entry is not None:
                entry.mentions.append(mention)
                self._link(mention, entry)
                return entry
        entry = matching_entry(self.entries, mention, desc)
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
        self._link(mention, entry)
        if mention.called is not None:
            entry.called.add(mention.called)
        form = desc.name or strip_article(mention.text)
        if form not in entry.forms:
            entry.forms.append(form)
        return entry

    def _link(self, mention: Mention, entry: SpeakerEntry) -> None:
        # a mention belongs to the sentence of its last character: the parse may end a sentence inside a name
        at = mention.end - 1
        k = bisect.bisect_right(self._starts, at)
        self._starts.insert(k, at)
        self._linked.insert(k, (self._rank(mention), entry))

    def _rank(self, mention: Mention) -> int:
        """2 for a sentence's main subject or a source, 1 for another subject, 0 for any other mention."""
        covered = self._prominent
        if covered is not None and any(p in covered for p in range(mention.start, mention.end)):
            return 2
        return 1 if mention.subject else 0

    def _resolve_pronoun(self, mention: Mention) -> SpeakerEntry | None:
        if mention.pronoun in en.GROUP_QUANTIFIERS:
            # `Some also said`: some of the group named in this sentence or the one before, never further
            return self._in_recent_sentences(mention.start, _PART) if self._sentences else None
        return self._resolve(mention, en.PRONOUNS.get(mention.pronoun or "", ""))

    def _resolve(self, mention: Mention, agreement: str) -> SpeakerEntry | None:
        """The antecedent of a pronoun or anaphoric noun that asks for `agreement` (`male`, `female`,
        `person`: either, `plural`, `neuter`)."""
        if agreement == "first":
            return None
        if agreement in _PERSONAL and self._sentences:
            near = self._in_recent_sentences(mention.start, agreement)
            if near is not None:
                return near
        # recency, with subjects ahead of other mentions of the last few sentences
        weighed = [(e, e.salience_before(mention.start)) for e in self.entries]
        before = [e for e, _ in sorted(((e, w) for e, w in weighed if w is not None), key=lambda x: -x[1])]
        for entry in before:
            if agreement in _PERSONAL:
                if _agrees(entry, agreement):
                    return entry
            elif agreement == "plural":
                if entry.kind in {"group", "organization"}:
                    return entry
            elif agreement == "neuter" and entry.kind == "organization":
                return entry
        return None

    def _in_recent_sentences(self, pos: int, agreement: str) -> SpeakerEntry | None:
        """The antecedent of `he`/`she` at `pos` in its own sentence or the one before, by grammatical role.

        In its own sentence only a subject before it qualifies (`Ruiz said he ...`; never `In reply to Ruiz,
        he said`); in the sentence before, the main subject or the source comes first, then other subjects,
        then anyone, the earliest first (`Vera Hollis, mother of a victim, believes Dorn lied. She said`).
        """
        k = bisect.bisect_right(self._sentences, pos) - 1
        for back in range(_SENTENCES_BACK + 1):
            s = k - back
            if s < 0:
                break
            lo = self._sentences[s]
            hi = pos if back == 0 else self._sentences[s + 1]
            i, j = bisect.bisect_left(self._starts, lo), bisect.bisect_left(self._starts, hi)
            best: tuple[int, int] | None = None
            found: SpeakerEntry | None = None
            for n in range(i, j):
                rank, entry = self._linked[n]
                if (back == 0 and rank == 0) or not _agrees(entry, agreement):
                    continue
                # nearest first in the pronoun's sentence, earliest first in the one before
                key = (rank, self._starts[n] if back == 0 else -self._starts[n])
                if best is None or key > best:
                    best, found = key, entry
            if found is not None:
                return found
        return None


_SENTENCES_BACK = 1


def _agrees(entry: SpeakerEntry, agreement: str) -> bool:
    if agreement == _PART:
        return entry.kind == "group"
    gender = agreement == "person" or entry.gender in {None, agreement}
    return entry.kind in {"person", "unknown"} and gender


_PERSONAL = {"male", "female", "person"}
_PART = "part"  # the agreement of a quantifier standing for part of a group (`some`)


def _anaphor(text: str) -> str | None:
    """The agreement an anaphoric description asks (`this person` -> `person`), None for other phrases."""
    words = text.lower().split()
    if len(words) < 2 or " ".join(words[:-1]) not in en.ANAPHORIC_DETERMINERS:
        return None
    return en.ANAPHORIC_NOUNS.get(words[-1])
