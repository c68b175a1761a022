"""Headline attributions: `Rail fares to rise 4.5% from April, transport ministry says`.

Headlines are written in their own grammar (title case, present tense, no articles), so a parse of them is
unreliable; the three layouts wire desks use are read by pattern, with the cue words taken from the lexicon:

- `CONTENT, SOURCE CUE` / `CONTENT, CUE SOURCE`  (`..., Kremlin Confirms`; `..., says central bank`)
- `SOURCE CUE (that) CONTENT`                    (`Niger army says 14 jihadists killed in raid`)
- `SOURCE: CONTENT`                              (`Minister: rates will stay on hold`)

Offsets index `article.headline`. The source is linked to the body's speaker of the same name, alias or
title when there is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wireclaims.extract.cues import candidate_lemmas, cue_class
from wireclaims.lang import en
from wireclaims.models import Cue, HeadlineClaim, Speaker, SpeakerRef
from wireclaims.names import Name, forms, head, name_key, normalize, same_person

# A source is short: `Kremlin`, `transport ministry`, `Baltic port operators`.
_MAX_SOURCE_WORDS = 6
_MIN_CONTENT_WORDS = 3
_QUOTES = "\"'“”‘’«»"
# Words a reported clause in a headline is built from: modal, auxiliary, infinitive marker, past participle.
_CLAUSE_MARKERS = re.compile(
    r"\b(?:will|would|could|can|may|might|must|should|is|are|was|were|has|have|had|to|not|no)\b"
    r"|\b\w+(?:ed|en)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class HeadlineFinding:
    """A headline claim before it is linked to the body's speakers."""

    content_start: int
    content_end: int
    source_start: int
    source_end: int
    cue_start: int | None
    cue_end: int | None
    cue_lemma: str | None
    layout: str


def cue_lemma_of(word: str) -> str | None:
    """The lexicon lemma of a headline cue word (`Says`, `Confirms`, `warned`), or None."""
    lowered = word.lower()
    if lowered in en.COGNITION_VERBS:
        return None
    for lemma in candidate_lemmas(lowered):
        if lemma in en.HEADLINE_CUES and lemma in en.CUE_CLASSES:
            return lemma
    return None


_WORD = re.compile(r"\w[\w’'.&-]*")


def find_headline_claims(headline: str) -> list[HeadlineFinding]:
    """The attributions a headline makes (at most one per layout, in the order tried)."""
    text = headline.rstrip()
    found = _trailing(text) or _leading(text) or _colon(text)
    return [found] if found is not None else []


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, end))


def _source_ok(words: list[re.Match[str]]) -> bool:
    if not 1 <= len(words) <= _MAX_SOURCE_WORDS:
        return False
    return not any(w.group().lower() in {"and", "as", "after", "while", "when"} for w in words[1:])


def _content_ok(text: str, start: int, end: int) -> bool:
    return len(_words(text, start, end)) >= _MIN_CONTENT_WORDS


def _trailing(text: str) -> HeadlineFinding | None:
    comma = text.rfind(",")
    if comma <= 0:
        return None
    words = _words(text, comma + 1, len(text))
    if len(words) < 2 or not _content_ok(text, 0, comma):
        return None
    first, last = words[0], words[-1]
    if (lemma := cue_lemma_of(last.group())) is not None and _source_ok(words[:-1]):
        if not _finite(last.group(), words[-2].group()):
            return None  # `..., port operators vow appeal`: `appeal` is a noun here
        source = (words[0].start(), words[-2].end())
        cue = (last.start(), last.end())
    elif (lemma := cue_lemma_of(first.group())) is not None and _source_ok(words[1:]):
        source = (words[1].start(), words[-1].end())
        cue = (first.start(), first.end())
    else:
        return None
    start, end = _strip_marks(text, 0, comma)
    return HeadlineFinding(start, end, *source, *cue, lemma, "trailing")


def _finite(cue: str, before: str) -> bool:
    """A headline cue is finite: `says`, `confirmed`, or a bare form after a plural (`officials say`)."""
    low = cue.lower()
    if low.endswith(("s", "ed")) or low in {"said", "told"}:
        return True
    return before.lower().endswith("s") and not before.lower().endswith("ss")


def _leading(text: str) -> HeadlineFinding | None:
    words = _words(text, 0, len(text))
    for k, word in enumerate(words[: _MAX_SOURCE_WORDS + 1]):
        lemma = cue_lemma_of(word.group())
        if lemma is None or k == 0:
            continue
        if not _finite(word.group(), words[k - 1].group()):
            continue  # `Officials say`, `Kremlin says`, `Army said`: a finite cue, not `to warn`
        rest = words[k + 1 :]
        if rest and rest[0].group().lower() == "that":
            rest = rest[1:]
        if len(rest) < _MIN_CONTENT_WORDS or rest[0].group().lower() in en.HEADLINE_OBJECT_STARTS:
            return None
        start, end = _strip_marks(text, rest[0].start(), len(text))
        if not _CLAUSE_MARKERS.search(text, start, end) and text[start] not in _QUOTES:
            return None  # `Independent claims victory in race`: an object, not a reported clause
        if not _source_ok(words[:k]) or any(w.group().lower() in en.FUNCTION_WORDS for w in words[:k]):
            return None
        return HeadlineFinding(
            start, end, words[0].start(), words[k - 1].end(), word.start(), word.end(), lemma, "leading"
        )
    return None


def _colon(text: str) -> HeadlineFinding | None:
    colon = text.find(":")
    if colon <= 0:
        return None
    source = _words(text, 0, colon)
    if not _source_ok(source) or len(source) > 4 or not _content_ok(text, colon + 1, len(text)):
        return None
    if not any(_names_a_source(w.group()) for w in source):
        return None  # `Morning Brief: ...`, `UPDATE 2: ...`: a slug, not a source
    start, end = _strip_marks(text, colon + 1, len(text))
    return HeadlineFinding(start, end, source[0].start(), source[-1].end(), None, None, None, "colon")


def _names_a_source(word: str) -> bool:
    low = word.lower().rstrip(".")
    return (
        low in _TITLE_WORDS
        or low in en.ORGANIZATION_HEADS
        or low in en.GROUP_HEADS
        or word in en.KNOWN_ORGANIZATIONS
        or word in en.AGENCIES
    )


_TITLE_WORDS = frozenset(w for t in en.TITLES for w in t.split()) - en.FUNCTION_WORDS


def _strip_marks(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _QUOTES + ",;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _QUOTES + ",;:"):
        end -= 1
    return start, end


def is_quoted(text: str, start: int, end: int) -> bool:
    """Whether the content is written in quotation marks (`'We will appeal', union says`)."""
    before = text[:start].rstrip()
    return (bool(before) and before[-1] in _QUOTES) or (start > 0 and text[start - 1] in _QUOTES)


def link_source(source: str, speakers: list[Speaker]) -> Speaker | None:
    """The body speaker a headline's source names: by name or alias, by initials (`WHO`), by title (`Fire
    chief`), else the one speaker `names.same_person` finds (`Ms. Ortiz` finds `Ana Ortiz`; a surname two
    people share finds neither), else the one body whose name ends the same (`Kenyan port authority`)."""
    want = name_key(source)
    for speaker in speakers:
        if want in forms(speaker):
            return speaker
    if source.isupper() and len(source) >= 2:
        # `WHO says`: the initials of `World Health Organization`
        for speaker in speakers:
            initials = "".join(
                w[0] for w in speaker.name.split() if w.lower() not in {"of", "and", "the", "for"}
            )
            if initials.upper() == source:
                return speaker
    want = normalize(source)
    for speaker in speakers:
        both = f"{speaker.organization or ''} {speaker.title or ''}"
        described = {normalize(speaker.title), normalize(both)}
        if speaker.title and want in described:
            return speaker
    same = [s for s in speakers if same_person(Name(source), s)]
    if len(same) == 1:
        return same[0]
    heads = [s for s in speakers if s.kind != "person" and head(s.name) == head(source)]
    return heads[0] if len(heads) == 1 and len(want.split()) > 1 else None


# A headline names its source without a sentence around it: one step below a body cue with a named source.
HEADLINE_CONFIDENCE = {"linked": 0.8, "unlinked": 0.6, "colon": 0.5}


def headline_claims(headline: str | None, speakers: list[Speaker]) -> list[HeadlineClaim]:
    """The headline's attributions as output models, linked to the body's speakers."""
    if not headline:
        return []
    out: list[HeadlineClaim] = []
    for n, f in enumerate(find_headline_claims(headline), 1):
        source_text = headline[f.source_start : f.source_end]
        speaker = link_source(source_text, speakers)
        cue = None
        if f.cue_start is not None and f.cue_end is not None and f.cue_lemma is not None:
            cue = Cue(
                text=headline[f.cue_start : f.cue_end],
                lemma=f.cue_lemma,
                cue_class=cue_class(f.cue_lemma),
                start=f.cue_start,
                end=f.cue_end,
            )
        confidence = HEADLINE_CONFIDENCE[
            "colon" if f.layout == "colon" else ("linked" if speaker else "unlinked")
        ]
        out.append(
            HeadlineClaim(
                id=f"h{n}",
                content=headline[f.content_start : f.content_end],
                start=f.content_start,
                end=f.content_end,
                kind="direct" if is_quoted(headline, f.content_start, f.content_end) else "indirect",
                source_text=source_text,
                source=SpeakerRef(id=speaker.id, name=speaker.name) if speaker else None,
                cue=cue,
                layout=f.layout,
                confidence=confidence,
            )
        )
    return out
