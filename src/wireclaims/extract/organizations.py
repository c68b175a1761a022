"""Organisations and origins: where a person works, and the country or nationality their title names.

`the Nigerian Ports Authority (NPA) in Lagos` -> 'Nigerian Ports Authority'; `President` + `of Iran` ->
'President of Iran'; `Israeli` and `UK` before `Prime Minister` are the title's origin, not an employer.
"""

from __future__ import annotations

import re

from wireclaims.lang import en
from wireclaims.lang import titles as lt
from wireclaims.lang.places import COUNTRIES, is_place

# Words that start a noun phrase of its own: `captain of a cargo boat` names no field of work.
_DETERMINERS = en.ARTICLES | en.NUMBER_WORDS | set(en.PRONOUNS) | lt.DETERMINERS
# Where an organisation's name ends: a place, an aside in brackets, a relative clause, another apposition.
_ORG_END = re.compile(
    r"\s*[(,;:]|\s+(?:in|near|outside|on|since|who|which|that|where|whose|and\s+(?:a|an|the|former))\s+",
    re.IGNORECASE,
)
_ONE_WORD_TITLES = frozenset(t for t in en.TITLES if " " not in t) | set(en.TITLE_ABBREVIATIONS)
_EMPLOYER_LINK = re.compile(r"\s+(?:at|for|with)\s+(?:the\s+)?", re.IGNORECASE)
# The link between a title and where it is held (`spokesman for the ministry`).
ORG_LINK = re.compile(r"\s+(?:at|of|for|with|from|in)\s+(?:the\s+)?", re.IGNORECASE)
# Words before a title that name no employer (`another activist`, `her publicist`, `current ...`).
NOT_EMPLOYER = (
    en.FUNCTION_WORDS
    | en.NUMBER_WORDS
    | lt.TITLE_DROP_WORDS
    | set(en.PRONOUNS)
    | en.NAME_STOPWORDS
    | lt.ADDRESS_FORMS
)


def is_nationality(word: str) -> bool:
    """`Israeli`, `Senegalese`, `European`: an adjective of origin, neither a title nor an organisation."""
    low = word.lower()
    if not word[:1].isupper() or is_place(word):
        return False
    return low in lt.NATIONALITY_ADJECTIVES or (low.endswith(en.NATIONALITY_ENDINGS) and len(low) > 4)


def is_origin(word: str) -> bool:
    """A nationality or a country written before a title (`Israeli`, `UK`): the gold writes it inside the
    title (`UK Foreign Secretary`), never as the organisation. A union of countries (`EU`) is a body that
    employs people, and a party or church (`Republican`, `Anglican`) no origin."""
    low = word.lower()
    if not word[:1].isupper() or word in lt.BODIES_OF_COUNTRIES or low in lt.NOT_ORIGINS:
        return False
    if word in COUNTRIES:
        return True
    # `-ch` ends more names than nationalities (`Watch`, `Tech`): those are listed in the adjectives
    return is_nationality(word) and (low in lt.NATIONALITY_ADJECTIVES or not low.endswith("ch"))


def origin_start(words: list[str], end: int) -> int | None:
    """Where the origin that ends right before `end` starts (`Israeli`, `South African`, `United States`),
    or None when the word before `end` is none."""
    for size in (3, 2):
        phrase = " ".join(words[max(end - size, 0) : end])
        if end - size >= 0 and phrase in COUNTRIES and phrase not in lt.BODIES_OF_COUNTRIES:
            return end - size
    if end < 1 or not is_origin(words[end - 1]):
        return None
    start = end - 1
    while start > 0 and words[start - 1] in lt.ORIGIN_PREFIXES:
        start -= 1  # `Sri Lankan`, `South Korean`
    if start > 0 and _joins_a_name(words[start - 1]):
        return None  # `Roman Catholic Pope`, `Harlow University Japan professor`: the end of a longer name
    return start


def _joins_a_name(word: str) -> bool:
    """A capitalised word before an origin that makes it the end of a longer name, not an origin."""
    low = word.lower().rstrip(".")
    if (
        not word[:1].isupper()
        or word.endswith((",", ";", ":"))
        or low in lt.TENURE_WORDS | lt.TITLE_DROP_WORDS | en.NAME_STOPWORDS
    ):
        return False
    return not is_origin(word) and low not in en.FUNCTION_WORDS | en.NUMBER_WORDS | set(en.PRONOUNS)


def clip_organization(text: str) -> str | None:
    """The organisation's name out of what follows `at`/`of`/`for`: no place, aside or relative clause.

    `the Nigerian Ports Authority (NPA) in Lagos` -> 'Nigerian Ports Authority';
    `Accra-based Meridian Securities` -> 'Meridian Securities'; `11 years` -> None.
    """
    text = _ORG_END.split(text, maxsplit=1)[0]
    text = strip_article(text.strip(" ,.;:"))
    text = re.sub(r"^[\w.’'-]+-based\s+", "", text)
    unit = re.match(r"(?:[a-z-]+\s+){0,2}(?P<head>[a-z-]+)\s+of\s+(?:the\s+)?(?=[A-Z])", text)
    if unit is not None and unit.group("head") in lt.UNIT_HEADS | en.ORGANIZATION_HEADS:
        # `armed wing of the Harbor Front`: a unit of a named body is the employer, as written
        body = clip_organization(text[unit.end() :])
        return f"{unit.group()}{body}" if body and not is_place(body) else None
    if not text or not (text[:1].isupper() or text.split()[-1].lower() in en.ORGANIZATION_HEADS):
        return None
    if text.split()[-1] in lt.AREA_HEADS:
        return None  # `at Lindby district`: where the person works, not for whom
    if text[:1].isupper():
        # `Malaysia as quoted by Bernama`, `Ireland visited the White House`: a name ends at the first
        # lower-case word that is neither a connector inside it nor an organisation's head noun
        words = text.split()
        keep = next(
            (
                k
                for k, w in enumerate(words)
                if w[:1].islower()
                and w.lower() not in lt.ORG_NAME_CONNECTORS
                and w.lower() not in en.ORGANIZATION_HEADS
            ),
            len(words),
        )
        while keep and words[keep - 1].lower() in lt.ORG_NAME_CONNECTORS:
            keep -= 1
        text = " ".join(words[:keep])
        if not text or words[0].lower() in en.TIME_WORDS or words[0] in en.MONTHS.split("|"):
            return None  # `February after massive demonstrations`: a time, not an employer
        if is_nationality(words[0]) and keep == 1:
            return None
    return text


def of_complement(title: str, rest: str) -> tuple[str, str | None]:
    """(title, organisation) of a title and the `of`/`for`/`at` phrase after it.

    `President` + `of Iran` -> ('President of Iran', None): a country's office is the title (as gold writes
    it); `Minister` + `of Strategic Affairs` -> the portfolio; `professor` + `of physics` -> the field;
    `president` + `of the Association of ...` -> the organisation.
    """
    link, _, tail = rest.strip().partition(" ")
    whole = clip_organization(tail)
    if link.lower() != "of":
        area = _area_before_employer(tail)
        if area is not None:
            # `Deputy director for the Baltic region at Harbor Rights`: the area is the title's
            return f"{title} {link} {area[0]}", area[1]
        return title, None if whole is None or _titled_person(whole) else whole
    if title.split()[-1].lower() in lt.PORTFOLIO_HEADS and whole:
        return f"{title} of {_as_written(tail, whole)}", None
    parts = _EMPLOYER_LINK.split(tail, maxsplit=1)
    complement = clip_organization(parts[0])
    employer = clip_organization(parts[1]) if len(parts) == 2 else None
    if complement is not None and is_place(complement):
        return f"{title} of {_as_written(parts[0], complement)}", employer
    field = _ORG_END.split(parts[0], maxsplit=1)[0].strip(" ,.;:")
    determined = field.split()[:1] and field.split()[0].lower() in _DETERMINERS
    if complement is None and field[:1].islower() and not determined and 0 < len(field.split()) <= 5:
        return f"{title} of {field}", employer  # `professor of physics and astronomy`
    return title, whole


def _titled_person(name: str) -> bool:
    """`Harbor Committee Chairman Ivo Rask`: a person with a title, whom no one works for in the gold's
    sense (`a spokesman for ... Chairman Ivo Rask` has no organisation)."""
    words = name.split()
    return any(
        w[:1].isupper()
        and w.lower().rstrip(".") in _ONE_WORD_TITLES
        and 1 <= len(words) - k - 1 <= 3
        and all(x[:1].isupper() and x.lower() not in en.ORGANIZATION_HEADS for x in words[k + 1 :])
        for k, w in enumerate(words[:-1])
    )


def _area_before_employer(tail: str) -> tuple[str, str] | None:
    """(area, employer) of `the Baltic region at Harbor Rights`: a second `for`/`at` after a first one
    that names no body (a body's own name may hold `for`: `Center for Coastal Research`)."""
    parts = _EMPLOYER_LINK.split(tail, maxsplit=1)
    if len(parts) != 2:
        return None
    area, employer = parts[0].strip(), clip_organization(parts[1])
    words = [w.lower().strip(",") for w in area.split()]
    if employer is None or not 0 < len(words) <= 8 or set(words) & en.ORGANIZATION_HEADS:
        return None
    if _ORG_END.search(area) or set(words) & _DETERMINERS - en.ARTICLES:
        return None
    return area, employer


def _as_written(text: str, name: str) -> str:
    """`the Maldives` out of `the Maldives, a nation ...`: the name with the article the story gives it."""
    return text[: text.index(name) + len(name)].strip()


def strip_article(text: str) -> str:
    """Drop a leading 'the', 'a' or 'an'."""
    words = text.split()
    while words and words[0].lower() in en.ARTICLES:
        words = words[1:]
    return " ".join(words)
