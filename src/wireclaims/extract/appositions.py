"""What an apposition says of the name beside it: its title and where the title is held.

`chief economist at Delta Bank` -> ('chief economist', 'Delta Bank'); `the Kremlin's spokesman` ->
('spokesman', 'Kremlin'); `a Coast Guard spokeswoman` -> ('spokeswoman', 'Coast Guard').
"""

from __future__ import annotations

import re

from wireclaims.extract.organizations import (
    NOT_EMPLOYER,
    ORG_LINK,
    clip_organization,
    of_complement,
    origin_start,
    strip_article,
)
from wireclaims.extract.title_span import find_title
from wireclaims.lang import en
from wireclaims.lang import titles as lt
from wireclaims.lang.places import COUNTRIES
from wireclaims.lang.sources import PREPOSITIONS

__all__ = ["describe_appositive"]

# Where an apposition's description ends: a relative clause, a participle, a bracket.
_APPOSITION_END = re.compile(r"\s*[(;]|\s+(?:who|which|that|whose|where)\s+", re.IGNORECASE)
_LINK_WORDS = frozenset({"at", "of", "for", "with", "from", "in"})
_ORG_LINK_TAIL = re.compile(r"\s+(?:at|of|for|with|from|in)(?:\s+the)?$", re.IGNORECASE)


def describe_appositive(text: str) -> tuple[str | None, str | None]:
    """(title, organisation) of an apposition such as `chief economist at Delta Bank`."""
    text = _APPOSITION_END.split(text.strip(" ,.;"), maxsplit=1)[0]
    text = strip_article(re.sub(r"^\d+\s*,\s*", "", text))  # `58, a retired teacher`
    if not text:
        return None, None
    if text.split()[0].lower() in lt.NICKNAME_OPENERS:
        return None, None  # `dubbed the Bandit King`: a nickname, no office
    if _clause_opener(text.split()):
        return None, None  # `, announced by President Rask,`: a clause about the name, not a description
    before_comma, comma, after_comma = text.partition(",")
    if comma:
        # a signature line, `chief economist, Harrow & Lyle Bank`: the title, then where it is held
        signed, held = describe_appositive(before_comma)
        return signed, held or (clip_organization(after_comma) if signed else None)
    words = text.split()
    poss = next((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), None)
    link = next((i for i, w in enumerate(words) if w.lower() in _LINK_WORDS), len(words))
    if poss is not None and poss + 1 < len(words) and poss < min(4, link):
        return _owned_title(words, poss)
    return _linked_title(text)


def _owned_title(words: list[str], poss: int) -> tuple[str | None, str | None]:
    """`the Kremlin's spokesman`: the title after a possessive, and its owner as the employer."""
    owner = strip_article(" ".join(words[: poss + 1])[:-2])
    rest = " ".join(words[poss + 1 :])
    if words[poss + 1].lower() in lt.KIN_NOUNS:
        return words[poss + 1].lower(), None  # `the driver's father`: a relation, no employer
    head_words = ORG_LINK.split(rest, maxsplit=1)[0].split()
    span = find_title(head_words)
    if span and span[1] < len(head_words) and head_words[-1].lower() in en.ORGANIZATION_HEADS:
        return None, None  # `Veldland's principal ruling party`: a body described, no job
    title = " ".join(rest.split()[span[0] : span[1]]) if span else None
    if owner in COUNTRIES and owner not in lt.BODIES_OF_COUNTRIES:
        return title, None  # `Veldland's president`: a country's office, no employer
    return title, owner or None


def _linked_title(text: str) -> tuple[str | None, str | None]:
    """`chief economist at Delta Bank`, `a Coast Guard spokeswoman`: the title, and the employer after a
    link word or, failing that, the capitalised words before the title."""
    parts = ORG_LINK.split(text, maxsplit=1)
    head = parts[0].split()
    span = find_title(head)
    if span is None:
        return None, None
    title = " ".join(head[span[0] : span[1]])
    org = None
    if len(parts) == 2 and re.match(r"of\b", text[len(parts[0]) :].strip(), re.IGNORECASE):
        title, parts, org = _unit_of(text, parts, title, len(head))
    if len(parts) == 2 and org is None:
        title, org = of_complement(title, text[len(parts[0]) :])
    if title.lower() in lt.ADDRESS_FORMS:
        return None, None
    if org is None:
        org = _employer_before(head[: span[0]])
    return title, org


def _unit_of(text: str, parts: list[str], title: str, head_len: int) -> tuple[str, list[str], str | None]:
    """`Head of Commodities Research at Baltica Capital`: the `of` phrase belongs to the title; the
    (title, parts, organisation) that follow from it."""
    unit = clip_organization(parts[1])
    again = re.split(r"\s+(?:at|with)\s+(?:the\s+)?", parts[1][len(unit or "") :], maxsplit=1)
    # `director of the Harlow Center for X at Y Hospital`: a body named after `of the` is the employer
    body = re.match(r"\s*of\s+the\s", text[len(parts[0]) :], re.IGNORECASE) is not None or any(
        w.lower() in en.ORGANIZATION_HEADS for w in (unit or "").split()
    )
    unit_then_employer = len(again) == 2 and not again[0].strip() and parts[1][:1].isupper()
    if unit and unit_then_employer and head_len == 1 and body:
        return title, parts, unit
    if unit and unit_then_employer and head_len == 1:
        title = _ORG_LINK_TAIL.sub("", text[: len(text) - len(again[1])].rstrip())
        return title, [title, again[1]], clip_organization(again[1])
    return title, parts, None


def _employer_before(words: list[str]) -> str | None:
    """`a Coast Guard spokeswoman`, `a jailed Harbor Union commander`: the capitalised words right before a
    title name where it is held, unless they are its origin (`a Veldish spokeswoman`)."""
    before = [w for w in words if w.lower() not in NOT_EMPLOYER]
    named = len(before) - next(
        (k for k, w in enumerate(reversed(before)) if not w[:1].isupper()), len(before)
    )
    before = before[named:]  # `a jailed Harbor Union commander`: the capitalised name before the title
    if before and origin_start(before, len(before)) is None:
        return " ".join(before)  # `a Coast Guard spokeswoman`
    return None


def _clause_opener(words: list[str]) -> bool:
    """A participle with its preposition (`announced by`, `based in`) or a preposition opens a clause or
    phrase after a name, never a description of the person."""
    first = words[0]
    if first in PREPOSITIONS and first not in {"of"}:
        return True
    return (
        len(words) > 1
        and first.islower()
        and first.endswith("ed")
        and first not in lt.TENURE_WORDS | lt.TITLE_COMPOUND_WORDS
        and words[1] in PREPOSITIONS
    )
