"""Titles and organisations from every place a person is named, not only where they speak.

A story often introduces a source once (`Health Minister Jean-Pierre Kabasele`, `Valentina Ospina, a
commodities analyst at Andina Valores,`) and quotes them later by surname; the title and organisation of the
introduction belong to the speaker.
"""

from __future__ import annotations

import re

from wireclaims.extract.cues import word_occurrences
from wireclaims.extract.describe import describe, describe_appositive, is_rank
from wireclaims.lang import en

_APPOSITION = re.compile(r",\s+(?P<text>[^,.;:\"“”]{3,90}?)(?:,|\.(?:\s|$)|;|\s+(?:said|says|told|added)\b)")
_PRE_WORD = re.compile(r"[\w.'’&-]+$")
# How far before a name its pre-modifiers may start: six words of a title and organisation name.
_PRE_REACH = 400


def _premodifier_words(before: str) -> list[str]:
    """The run of capitalised or title words right before a name (`Health Minister`, `Kremlin spokesman`)."""
    words: list[str] = []
    rest = before.rstrip()
    while rest and len(words) < 6:
        match = _PRE_WORD.search(rest)
        if not match or match.end() != len(rest):
            break
        word = match.group()
        lowered = word.lower().rstrip(".")
        titled = lowered in TITLE_WORDS or lowered.endswith(("'s", "’s"))
        # `pitching coach`, `intensive care nurse`: lower-case words join a title that follows them
        modifier = (
            bool(words)
            and words[0].lower() in _JOB_WORDS
            and word.isalpha()
            and lowered not in en.FUNCTION_WORDS | _ARTICLES
        )
        # `Directorate of Fisheries director`: a connector inside a capitalised name
        connector = lowered in {"of", "for", "and", "&"} and bool(words) and words[0][:1].isupper()
        if not (word[:1].isupper() or titled or connector or (modifier and len(words) < 4)):
            break
        words.insert(0, word)
        rest = rest[: match.start()].rstrip()
    while words and words[0].lower() in en.NAME_STOPWORDS | {"the", "a", "an", "of", "for", "and", "&"}:
        words.pop(0)
    return words


_ARTICLES = frozenset({"the", "a", "an"})
TITLE_WORDS = {w for t in en.TITLES for w in t.split()} - en.FUNCTION_WORDS | set(en.TITLE_ABBREVIATIONS)
_JOB_WORDS = {w for t in en.TITLES for w in t.split()} - en.FUNCTION_WORDS


def title_and_organization(text: str, name: str, known: str | None = None) -> tuple[str | None, str | None]:
    """The first title and organisation the text gives a person called `name` (pre-modifier or apposition).

    Args:
        known: the title found so far; a rank or form of address (`Dr.`, `Petty Officer`) gives way to a job
            given in apposition (`a pediatrician at ...`).
    """
    title: str | None = None if known is None or is_rank(known) else known
    org: str | None = None
    for m_start, m_end in word_occurrences(text, name):
        # the six words before the name, within its line; searched no further back than that can reach, as
        # the line may be megabytes long and the name in it thousands of times
        reach = max(m_start - _PRE_REACH, 0)
        line_start = text.rfind("\n", reach, m_start) + 1 or reach
        pre = _premodifier_words(text[line_start:m_start])
        if pre:
            words = pre + name.split()
            desc = describe(words, [""] * len(pre) + ["PERSON"] * len(name.split()))
            if desc.title and desc.name:
                title = title or desc.title
                org = org or desc.organization
        app = _APPOSITION.match(text, m_end)
        if app:
            app_title, app_org = describe_appositive(app.group("text"))
            if app_title:
                title = title or app_title
                org = org or app_org
        if title and org:
            break
    return title, org
