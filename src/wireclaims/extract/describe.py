"""Split a source noun phrase into name, title, organisation and kind.

`Kremlin spokesman Dmitry Peskov` -> name 'Dmitry Peskov', title 'spokesman', organisation 'Kremlin'.
`the Kremlin's spokesman` -> title 'spokesman', organisation 'Kremlin'.
`a spokeswoman for the regional government` -> title 'spokeswoman', organisation 'regional government'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wireclaims.lang import en

_ARTICLES = {"the", "a", "an"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_ORG_LINK = re.compile(r"\s+(?:at|of|for|with|from|in)\s+(?:the\s+)?", re.IGNORECASE)
_TITLE_WORDS = sorted(set(en.TITLES), key=lambda t: -len(t.split()))
_PORTFOLIO_TITLES = {"minister", "secretary"}
# Titles indexed by their first word, so a phrase is scanned once, not once per title.
_TITLES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _title in _TITLE_WORDS:
    _TITLES_BY_FIRST.setdefault(_title.split()[0], []).append(tuple(_title.split()))


@dataclass(frozen=True)
class Description:
    """What a noun phrase says of its referent."""

    name: str | None
    title: str | None
    organization: str | None
    kind: str
    gender: str | None = None


def strip_article(text: str) -> str:
    """Drop a leading 'the', 'a' or 'an'."""
    words = text.split()
    while words and words[0].lower() in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def gender_of(words: list[str]) -> str | None:
    lowered = {w.lower() for w in words}
    if lowered & en.FEMALE_TITLES:
        return "female"
    if lowered & en.MALE_TITLES:
        return "male"
    return None


def _find_title(words: list[str]) -> tuple[int, int] | None:
    lowered = [w.lower().rstrip(".") for w in words]
    best: tuple[int, int] | None = None
    for i in range(len(words)):
        honorific = words[i].lower() in en.HONORIFICS or lowered[i] in en.TITLE_ABBREVIATIONS
        if honorific and words[i][:1].isupper() and i + 1 < len(words) and words[i + 1][:1].isupper():
            return (i, i + 1)
        for parts in _TITLES_BY_FIRST.get(lowered[i], ()):
            if lowered[i : i + len(parts)] == list(parts):
                # `deputy infrastructure minister`: one title from the first title word to the last
                best = (i if best is None else best[0], max(i + len(parts), best[1] if best else 0))
    if best is not None and best[0] > 0 and lowered[best[1] - 1] in _PORTFOLIO_TITLES:
        # `Fisheries Minister`, `Health Minister`: the portfolio is part of the title, not an organisation
        start = best[0]
        while start > 0 and words[start - 1][:1].isupper() and not words[start - 1].endswith(("'s", "’s")):
            start -= 1
        best = (start, best[1])
    return best


def _is_name_word(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word in {"al", "bin", "de", "van", "von", "der", "da", "el"})


def describe(words: list[str], labels: list[str], appositive: str | None = None) -> Description:
    """Describe a noun phrase given its words and each word's entity label ('' for none).

    Args:
        words: the phrase's words without punctuation, as written.
        labels: entity label per word ('PERSON', 'ORG', 'LOC' or '').
        appositive: a following apposition or dash-line description (`the Kremlin's spokesman`).
    """
    while words and words[0].lower() in _ARTICLES | en.NAME_STOPWORDS:
        words, labels = words[1:], labels[1:]
    if not words:
        return Description(None, None, None, "unknown")
    organization: str | None = None
    title: str | None = None
    name: str | None = None
    poss = next((i for i, w in enumerate(words) if w in _POSSESSIVE), None)
    if poss is not None and poss + 1 < len(words):
        organization = strip_article(" ".join(words[:poss]))
        words, labels = words[poss + 1 :], labels[poss + 1 :]
    span = _find_title(words)
    if span is not None:
        t0, t1 = span
        title = " ".join(words[t0:t1])
        before = [w for w in words[:t0] if w.lower() not in _ARTICLES]
        after = words[t1:]
        if before and organization is None:
            organization = " ".join(before)
        if after and after[0].lower() in {"for", "of", "at", "with"} and organization is None:
            # `a spokesman for the ministry`
            organization = strip_article(" ".join(after[1:])) or None
            after = []
        name_words = [w for w in after if _is_name_word(w)]
        name = " ".join(name_words) if name_words and after and _is_name_word(after[0]) else None
        name_labels = labels[t1:]
    else:
        name = " ".join(words)
        name_labels = labels
    if appositive:
        app = describe_appositive(appositive)
        title = title or app[0]
        organization = organization or app[1]
    if title and organization is None:
        # `spokesman for the ministry` inside the phrase itself
        parts = _ORG_LINK.split(title, maxsplit=1)
        if len(parts) == 2:
            title, organization = parts[0], parts[1]
    kind = _kind(name, name_labels, title, words)
    gender = gender_of(words + (appositive or "").split())
    return Description(name, title, organization, kind, gender)


def describe_appositive(text: str) -> tuple[str | None, str | None]:
    """(title, organisation) of an apposition such as `chief economist at Delta Bank`."""
    text = strip_article(text.strip(" ,.;"))
    if not text:
        return None, None
    words = text.split()
    poss = next((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), None)
    if poss is not None and poss + 1 < len(words) and poss < 4:
        owner = " ".join(words[: poss + 1])[:-2]
        rest = " ".join(words[poss + 1 :])
        return (_ORG_LINK.split(rest, maxsplit=1)[0] or None), strip_article(owner) or None
    parts = _ORG_LINK.split(text, maxsplit=1)
    if not _find_title(parts[0].split()):
        return None, None
    title = parts[0]
    org = strip_article(parts[1]) if len(parts) == 2 else None
    return title, org or None


def _kind(name: str | None, labels: list[str], title: str | None, words: list[str]) -> str:
    if name is None:
        return "person" if title else "unknown"
    head = words[-1].lower()
    titled = title is not None and name not in en.KNOWN_ORGANIZATIONS and head not in en.ORGANIZATION_HEADS
    if "PERSON" in labels or titled:
        return "person"  # `Kremlin spokesman Dmitry Peskov`: a title before a name makes a person
    if "ORG" in labels or head in en.ORGANIZATION_HEADS or name in en.KNOWN_ORGANIZATIONS:
        return "organization"
    if "PERSON" in labels:
        return "person"
    if head in en.GROUP_HEADS:
        return "group"
    if "LOC" in labels:
        return "organization"  # `Russia said`: a country speaking is its government
    if all(_is_name_word(w) for w in words) and words[0][:1].isupper():
        return "person" if len(words) >= 2 or title else "unknown"
    return "unknown"
