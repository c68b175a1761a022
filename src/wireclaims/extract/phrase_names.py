"""Where the name stands in a source phrase: what runs into it from around, a description or a body's name
before it, and an apposition that is a name and nothing more.

`Yet Maria Olsen` -> `Maria Olsen`; `Aircraft company Boeing` -> `Boeing`; `Harbor Armed Forces Ivo Rask`
-> `Ivo Rask` after the body's name.
"""

from __future__ import annotations

import re

from wireclaims.extract.title_span import TITLE_VOCABULARY
from wireclaims.lang import en, names
from wireclaims.lang import titles as lt
from wireclaims.lang.places import is_place
from wireclaims.lang.sources import PREPOSITIONS


def is_name_word(word: str) -> bool:
    """A word that may stand in a person's name: capitalised, a particle (`van`), or a particle joined to a
    capitalised name (`al-Fadli`, `bin-Salem`)."""
    if not word:
        return False
    if word[0].isupper() or word in names.NAME_PARTICLES:
        return True
    particle, _, rest = word.partition("-")
    return particle in names.HYPHEN_PARTICLES and rest[:1].isupper()


_PARTY_TAG = re.compile(names.PARTY_TAG + "$")


def name_bounds(words: list[str], labels: list[str]) -> tuple[list[str], list[str]]:
    """The words of a phrase without what runs into it from around: an article or a clause opener before it
    (`Yet Maria Olsen`), a heading in capitals (`BACK IN POWER Rosa Okafor`), a party tag (`R-Ohio`), a
    trailing phrase (`the harbour ministry in a statement`) or conjunction (`Hart and`)."""
    openers = en.ARTICLES | en.NAME_STOPWORDS | names.NOT_NAME_OPENERS
    while words and words[0].lower() in openers:
        words, labels = words[1:], labels[1:]
    caps = 0
    while caps < len(words) and words[caps].isupper() and words[caps].isalpha() and len(words[caps]) > 1:
        caps += 1
    if caps >= 2 and caps < len(words) and words[caps][:1].isupper():
        words, labels = words[caps:], labels[caps:]
        while words and words[0].lower() in openers:
            words, labels = words[1:], labels[1:]
    keep = [k for k, w in enumerate(words) if not _PARTY_TAG.match(w)]
    words, labels = [words[k] for k in keep], [labels[k] for k in keep]
    for k in range(1, len(words) - 1):
        if words[k] in names.NAME_ENDING_PREPOSITIONS and words[k + 1][:1].islower():
            words, labels = words[:k], labels[:k]
            break
    while words and words[-1].lower() in {"and", "or", "&"}:
        words, labels = words[:-1], labels[:-1]
    while len(words) > 1 and (words[-1] in names.NAME_TRAILERS or words[-1].endswith("ly")):
        if not all(w[:1].isupper() for w in words[:-1]):
            break
        words, labels = words[:-1], labels[:-1]  # `Harbour Bank just`: an adverb after a name
    return words, labels


def after_description(words: list[str]) -> int:
    """Where the name starts after a description before it: `Aircraft company Boeing`, `Finnish utility
    Harbour Gas` name `Boeing` and `Harbour Gas`; `Ministry of Foreign Affairs` is all name."""
    lower = [k for k, w in enumerate(words) if w[:1].islower() and w.lower() not in names.NAME_LINKS]
    if not lower or lower[-1] + 1 >= len(words):
        return 0
    k = lower[-1]
    if words[k].lower() in names.NAME_ENDING_PREPOSITIONS | PREPOSITIONS:
        return 0  # `Eastside Hospital in Columbus`: where it is, not what it is called
    rest = words[k + 1 :]
    if not rest[0][:1].isupper() or not all(is_name_word(w) or w.lower() in names.NAME_LINKS for w in rest):
        return 0
    return k + 1


_BODY_ENDS = (en.ORGANIZATION_HEADS | lt.BODY_NAME_ENDS) - lt.AREA_HEADS - {"state", "statement"}


def after_body_name(words: list[str]) -> int:
    """Where a person's name starts after a body's capitalised name run into it (`Harbor Armed Forces Ivo
    Rask`): after the last body head noun, when two or three name words follow; else 0."""
    for k in range(len(words) - 3, -1, -1):
        rest = words[k + 1 :]
        head = words[k][:1].isupper() and words[k].lower() in _BODY_ENDS and 2 <= len(rest) <= 3
        if head and rest[0].lower() in names.NAME_LINKS | names.NAME_PREPOSITIONS:
            continue  # `Coalition Against Harbor`: a capitalised preposition goes on with the body's name
        if head and all(w[:1].isupper() and w.isalpha() and w.lower() not in _BODY_ENDS for w in rest):
            return k + 1
    return 0


def appositive_name(appositive: str | None) -> str | None:
    """The apposition when it is a person's name and nothing more: `Dara Quill`, `Lulu`, `Karim al-Fadli`."""
    words = (appositive or "").strip(" ,").split()
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper() or not all(map(is_name_word, words)):
        return None
    lowered = {w.lower().rstrip(".") for w in words}
    if lowered & (TITLE_VOCABULARY | en.ORGANIZATION_HEADS | en.GROUP_HEADS) or is_place(" ".join(words)):
        return None
    return " ".join(words)
