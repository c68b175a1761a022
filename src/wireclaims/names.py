"""Whether two names are one source: the rule extraction, headline linking and evaluation share.

A name is compared by its key: lower case, straight apostrophes, without a leading article, honorifics
(`Ms.`, `Dr.`, `Sen.`), full stops or a possessive `'s` (`Ms. Ortiz's` -> `ortiz`). Two sources are one when
a form of each (name or alias) has the same key. People are also one when their surnames agree and their
given names do not differ (`Ortiz` == `Ana Ortiz` == `A. Ortiz`, never `Juan Ortiz`); organisations and
groups when one's name is part of the other's, head included (`the ministry` == `Health Ministry`). A
surname never joins a person to a body: kinds matter, and `unknown` may be either.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from wireclaims.lang import en, names

PEOPLE_KINDS = frozenset({"person", "unknown"})
BODY_KINDS = frozenset({"organization", "group", "unknown"})
_HONORIFICS = frozenset(h.rstrip(".") for h in en.HONORIFICS)
# Words before a given name that are no name (`Governor Ana Ruiz`); the key keeps the spelled-out ones, as
# `General Motors` is no general. Other titles stay: `Pope Francis` is the name the story gives.
_TITLE_WORDS = _HONORIFICS | frozenset(en.TITLE_ABBREVIATIONS.values())


class Named(Protocol):
    """Anything with a name, other forms of it and a kind: output and gold speakers, `Name`."""

    @property
    def name(self) -> str: ...

    @property
    def aliases(self) -> Sequence[str]: ...

    @property
    def kind(self) -> str: ...


@dataclass(frozen=True)
class Name:
    """A name written somewhere (a headline's source, a gold span), with what it is known to be."""

    name: str
    kind: str = "unknown"
    aliases: tuple[str, ...] = ()


@functools.lru_cache(maxsize=8192)
def normalize(text: str | None) -> str:
    """A phrase (title, organisation, description) as compared: `The Gov.` -> `governor`."""
    words = _words(text)
    return " ".join(en.TITLE_ABBREVIATIONS.get(w, w) for w in words)


@functools.lru_cache(maxsize=8192)
def name_key(name: str | None) -> str:
    """A name as compared: also without honorifics and possessive (`Ms. Ana Ortiz's` -> `ana ortiz`)."""
    words = _words(name)
    while len(words) > 1 and words[0] in _HONORIFICS:
        words = words[1:]
    if words and len(words[-1]) > 2 and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    elif words and len(words[-1]) > 2 and words[-1].endswith("s'"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def _words(text: str | None) -> list[str]:
    """Lower-case words without leading articles or the full stops after them."""
    if not text:
        return []
    words = text.lower().replace("’", "'").split()
    while len(words) > 1 and words[0] in en.ARTICLES:  # `A. Smith` keeps its initial
        words = words[1:]
    return [w for w in (w.rstrip(".,") for w in words) if w]


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


def family_key(name: str) -> str:
    """The surname as compared: a joined particle dropped (`Karim al-Fadli` -> `fadli`)."""
    last = surname(name_key(name))
    particle, hyphen, rest = last.partition("-")
    return rest if hyphen and rest and particle in names.HYPHEN_PARTICLES else last


def given_names(name: str) -> list[str]:
    """The words before the surname, particles and suffixes left out: `Ludwig van Beethoven` -> `ludwig`."""
    words = name_key(name).split()
    last = surname(" ".join(words))
    # before the last time the surname is written (`ana ruiz jr`), else before the last word
    cut = len(words) - 1 - words[::-1].index(last) if last in words else len(words) - 1
    words = words[:cut]
    while words and words[-1] in names.NAME_PARTICLES:
        words.pop()
    while words and words[0] in _TITLE_WORDS:
        words.pop(0)
    return words


def same_name(a: str, b: str, *, prefixed: bool = False) -> bool:
    """Whether two person names may name one person: the same key, or surnames that agree and given names
    that do not differ (`given_agree`)."""
    key_a, key_b = name_key(a), name_key(b)
    if not key_a or not key_b:
        return False
    return key_a == key_b or (family_key(a) == family_key(b) and given_agree(a, b, prefixed=prefixed))


def given_agree(a: str, b: str, *, prefixed: bool = False) -> bool:
    """Whether the given names of two names do not differ: one has none, or the first ones agree, written
    out, as an initial or as part of a hyphenated name (`J. Smith`, `John Smith`; `Pierre`, `Jean-Pierre`;
    never `Juan Smith`).

    With `prefixed`, a name may also carry words before it that are no given name (`Passenger Derek Moss`,
    `the chairman, Derek Moss`): any given name in common agrees. Evaluation allows it, as it asks who is
    named and not where the name starts; the registry does not, as a mention so named may be someone else
    (`Lynn Boyle and Derek Moss`).
    """
    given_a, given_b = given_names(a), given_names(b)
    if not given_a or not given_b or _same_given(given_a[0], given_b[0]):
        return True
    return prefixed and any(_same_given(x, y) for x in given_a for y in given_b)


def _same_given(a: str, b: str) -> bool:
    """One given name: the same, an initial of the other, or a part of the other (`pierre`, `jean-pierre`)."""
    if a == b or ((_initial(a) or _initial(b)) and a[0] == b[0]):
        return True
    return a in b.split("-") or b in a.split("-")


def _initial(word: str) -> bool:
    """A given name written as initials: `j`, `j.f` (the last full stop is already gone)."""
    return all(len(part) == 1 and part.isalpha() for part in word.split("."))


def head(text: str) -> str:
    """The head noun of a body's name, in one spelling: `the Health Ministry` -> `ministry`."""
    words = normalize(text).split()
    return names.SPELLINGS.get(words[-1], words[-1]) if words else ""


def same_body(a: str, b: str) -> bool:
    """Whether two names may name one organisation or group: the same head, and the words of one all in
    the other (`the ministry`, `foreign ministry`, `Congo's Foreign Ministry`; never `Finance Ministry`)."""
    words_a, words_b = _body_words(a), _body_words(b)
    if not words_a or not words_b or words_a[-1] != words_b[-1]:
        return False
    return set(words_a) <= set(words_b) or set(words_b) <= set(words_a)


def _body_words(text: str) -> list[str]:
    words = [w.removesuffix("'s") for w in normalize(text).split()]
    return [names.SPELLINGS.get(w, w) for w in words if w]


def forms(source: Named) -> set[str]:
    """The keys of a source's name and aliases."""
    return {name_key(n) for n in (source.name, *source.aliases) if n}


def same_person(a: Named, b: Named, *, prefixed: bool = False) -> bool:
    """Whether two sources are one (see the module docstring): a form in common; else, for two possible
    people, a surname in common (of any form) and names whose given names agree (`given_agree`); for two
    possible bodies, `same_body` of their names."""
    if forms(a) & forms(b):
        return True
    if a.kind in PEOPLE_KINDS and b.kind in PEOPLE_KINDS and _families(a) & _families(b):
        return given_agree(a.name, b.name, prefixed=prefixed)
    return a.kind in BODY_KINDS and b.kind in BODY_KINDS and same_body(a.name, b.name)


def _families(source: Named) -> set[str]:
    return {family_key(n) for n in (source.name, *source.aliases) if name_key(n)}
