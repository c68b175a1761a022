"""Split a source noun phrase into name, title, organisation and kind.

`Kremlin spokesman Dmitry Peskov` -> name 'Dmitry Peskov', title 'spokesman', organisation 'Kremlin'.
`the Kremlin's spokesman` -> title 'spokesman', organisation 'Kremlin'.
`a spokeswoman for the regional government` -> title 'spokeswoman', organisation 'regional government'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wireclaims.extract.organizations import clip_organization as clip_organization
from wireclaims.extract.organizations import is_nationality, of_complement, origin_start
from wireclaims.extract.organizations import strip_article as strip_article
from wireclaims.extract.phrase_names import (
    after_body_name,
    after_description,
    appositive_name,
    is_name_word,
    name_bounds,
)
from wireclaims.extract.title_span import find_title, names_a_title, without_origin
from wireclaims.extract.title_span import is_rank as is_rank
from wireclaims.lang import en, names
from wireclaims.lang import titles as lt
from wireclaims.lang.abbreviations import FORMS_OF_ADDRESS
from wireclaims.lang.places import COUNTRIES, is_place
from wireclaims.lang.sources import PREPOSITIONS

_QUOTE_MARKS = "\"“”‘’'`«»"
_ORG_LINK = re.compile(r"\s+(?:at|of|for|with|from|in)\s+(?:the\s+)?", re.IGNORECASE)
_TITLE_SET = frozenset(en.TITLES)
# Words before a title that name no employer (`another activist`, `her publicist`, `current ...`).
_NOT_EMPLOYER = (
    en.FUNCTION_WORDS
    | en.NUMBER_WORDS
    | lt.TITLE_DROP_WORDS
    | set(en.PRONOUNS)
    | en.NAME_STOPWORDS
    | lt.ADDRESS_FORMS
)
# Where an apposition's description ends: a relative clause, a participle, a bracket.
_APPOSITION_END = re.compile(r"\s*[(;]|\s+(?:who|which|that|whose|where)\s+", re.IGNORECASE)
_LINK_WORDS = frozenset({"at", "of", "for", "with", "from", "in"})
_ORG_LINK_TAIL = re.compile(r"\s+(?:at|of|for|with|from|in)(?:\s+the)?$", re.IGNORECASE)
_PORTFOLIO_ENDS = en.PORTFOLIO_AREAS | lt.PORTFOLIO_LAST_WORDS


@dataclass(frozen=True)
class Description:
    """What a noun phrase says of its referent."""

    name: str | None
    title: str | None
    organization: str | None
    kind: str
    gender: str | None = None


def gender_of(words: list[str]) -> str | None:
    """The sex a phrase's titles or nouns give its referent (`Mrs.`, `spokeswoman`, `father of ...`)."""
    for word in words:  # the first that tells: `son of Queen Edith` is a man
        low = word.lower()
        if low in en.FEMALE_TITLES or low in names.FEMALE_NOUNS:
            return "female"
        if low in en.MALE_TITLES or low in names.MALE_NOUNS:
            return "male"
    return None


def describe(words: list[str], labels: list[str], appositive: str | None = None) -> Description:
    """Describe a noun phrase given its words and each word's entity label ('' for none).

    Args:
        words: the phrase's words without punctuation, as written.
        labels: entity label per word ('PERSON', 'ORG', 'LOC' or '').
        appositive: a following apposition or dash-line description (`the Kremlin's spokesman`).
    """
    # an entity the model merged over a title (`Dublin's Lord` + `Mayor`) is split back into its words
    labels = [lab for w, lab in zip(words, labels, strict=True) for _ in w.split()]
    words = [part for w in words for part in w.split()]
    kept = [
        k for k, w in enumerate(words) if w in en.POSSESSIVE_ENDINGS or w.strip(_QUOTE_MARKS)
    ]  # a stray `"`
    words, labels = name_bounds([words[k] for k in kept], [labels[k] for k in kept])
    if not words:
        return Description(None, None, None, "unknown")
    organization: str | None = None
    title: str | None = None
    name: str | None = None
    poss = next((i for i, w in enumerate(words) if w in en.POSSESSIVE_ENDINGS), None)
    if poss is not None and poss > 0 and words[poss - 1].lower() in names.POSSESSIVE_NAME_WORDS:
        # `The People's Tribune`: a possessive inside a name does not end an owner
        words = [*words[: poss - 1], words[poss - 1] + words[poss], *words[poss + 1 :]]
        labels = [*labels[:poss], *labels[poss + 1 :]]
        poss = None
    if poss is not None and poss + 1 < len(words):
        organization = strip_article(" ".join(words[:poss]))
        owner = organization.split()[-1:] if organization else []
        if owner and owner[0][:1].islower() and owner[0].lower() not in en.ORGANIZATION_HEADS:
            organization = None  # `children's minister`: whose, but no employer
        if poss + 1 < len(words) and words[poss + 1].lower() in lt.KIN_NOUNS:
            organization = None  # `Rask's father Ivo Rask`: a relation, no employer
        if organization in COUNTRIES and organization not in lt.BODIES_OF_COUNTRIES:
            organization = (
                None  # `Veldland's president`: a country's office, no employer (as the gold has it)
            )
        words, labels = words[poss + 1 :], labels[poss + 1 :]
    span = find_title(words)
    if span is not None and _office_of(words, span[0]):
        # `the office of the President`: a body named after an office holder, no person and no title
        return Description(None, None, None, "organization")
    linked = False
    if span is not None:
        t0, t1 = span
        title = " ".join(words[t0:t1])
        if title.lower() in lt.ADDRESS_FORMS:
            title = None  # `Mr. Ahern`: a form of address says nothing of what he does
        before = [w for w in words[:t0] if w.lower() not in en.ARTICLES]
        after = words[t1:]
        comma = max((k for k, w in enumerate(before) if w.endswith(",")), default=-1)
        before = before[comma + 1 :]  # `near Lindby, U.S. President`: a place merged over a comma
        while before and before[0].lower() in _NOT_EMPLOYER:
            before = before[1:]
        person = [lab for w, lab in zip(words[:t0], labels[:t0], strict=True) if w.lower() not in en.ARTICLES]
        named_before = set(person) == {"PERSON"} and not (after and is_name_word(after[0]))
        if all(_is_modifier(w) for w in before) or names_a_title(before) or named_before:
            # `One European distributor`, `Dakar-born director`: no organisation named; `Prime Minister
            # Olmert and President Peres`, `Ivo Rask president` (no name after it): the words before are
            # a person's
            before = []
        owned = [k for k, w in enumerate(before[:-1]) if w.endswith(("'s", "’s"))]
        if owned:
            before = before[owned[-1] + 1 :]  # `Bianchi's Marussia team mate`: the team, not its driver
        if before and (before[-1].lower() in {"and", "&", "of"} or before[-1].endswith(("'s", "’s"))):
            # `Rice and Defense Secretary Gates`: another person's; `children's minister`: no employer;
            # `Dublin's Lord Mayor`: Dublin
            before = [] if before[-1][:1].islower() else [*before[:-1], before[-1][:-2]]
        if before and (organization is None or (poss is not None and before[0][:1].isupper())):
            organization = " ".join(before)  # `Bianchi's Marussia team mate`: the nearer name
        links = {"for", "of", "at", "with"} | (
            {"to"} if title is not None and title.split()[-1].lower() in lt.TO_TITLES else set()
        )
        if title and after and after[0].lower() in links and organization is None:
            # `a spokesman for the ministry`; `President of Iran`: the office, not an employer
            upto = next((k for k, lab in enumerate(labels[t1:]) if lab == "PERSON"), None)
            upto = _portfolio_end(title, after) if upto is None else upto
            title, organization = of_complement(title, " ".join(after[:upto]))
            linked = True
            after = after[upto:]
        of = next((k for k, w in enumerate(after) if w == "of"), None)
        if title and of and is_name_word(after[0]) and organization is None:
            # `King Hamid of Veldland`, `Lieutenant Ivo Rask of the rebels`: the name ends at `of`; what he
            # is of is the organisation
            organization = clip_organization(" ".join(after[of + 1 :])) or _faction(after[of + 1 :])
            after = after[:of]
            words, labels = words[: t1 + of], labels[: t1 + of]
        name_words = [w for w in after if is_name_word(w)]
        name = " ".join(name_words) if name_words and after and is_name_word(after[0]) else None
        name_labels = labels[t1:]
    else:
        begins = after_description(words)
        body = after_body_name(words) if begins == 0 else 0
        if body and organization is None:
            # `Harbor Armed Forces Ivo Rask`: the model ran a body's name into the person's
            begins, organization = body, " ".join(words[:body])
        name = " ".join(words[begins:])
        name_labels = labels[begins:]
    named = appositive_name(appositive) if name is None and title is not None else None
    if named is not None:
        # `Another activist, Dara Quill, said`: the description's apposition is the name
        name, name_labels, appositive = named, ["PERSON"], None
    if appositive:
        app = describe_appositive(appositive)
        if app[0] and (title is None or is_rank(title)):
            title = app[0]
            linked = True  # `the President of France`: the apposition has cut its own organisation
        organization = organization or app[1]
        if organization and organization.islower() and name and _same_head(name, organization):
            organization = name  # `Harbor Observer Group, the biggest observer group`: the body's name
    if title and title.lower().rstrip(".") in FORMS_OF_ADDRESS:
        title = None  # `Ms. Ortiz`: a form of address is no title (the gender below still reads it)
    if title and organization is None and not linked and without_origin(title).lower() not in _TITLE_SET:
        # `spokesman for the ministry` inside the phrase itself; `Secretary of State` is one title
        parts = _ORG_LINK.split(title, maxsplit=1)
        if len(parts) == 2:
            title, organization = parts[0], parts[1]
    kind = _kind(name, name_labels, title, words)
    if appositive and appositive.strip().lower().startswith("who ") and kind in {"organization", "unknown"}:
        kind = "person"  # `Hernando Rojas Quintero, who grows coffee`: `who` is said of people
    if (kind != "person" or title is None) and organization and is_place(organization):
        # `Glasgow's Evening Tribune`, `Lindby's Ana Kell`: where a body or person is, not an employer
        organization = None
    gender = gender_of(words + (appositive or "").split())
    if gender is None and name and kind in {"person", "unknown"} and len(name.split()) > 1:
        gender = names.gender_of_given_name(name.split()[0])  # `Maria Olsen`; a lone `Maria` may be a surname
    return Description(name, title, organization, kind, gender)


def _office_of(words: list[str], t0: int) -> bool:
    """Whether the phrase is a body's head noun, `of` and the title (`office of the Veldish President`)."""
    before = [w.lower() for w in words[:t0] if w.lower() not in en.ARTICLES]
    return len(before) == 2 and before[1] == "of" and before[0] in en.ORGANIZATION_HEADS | lt.UNIT_HEADS


def _faction(words: list[str]) -> str | None:
    """`the rebels`, `the loyalists`: a side named by a plural noun."""
    rest = [w for w in words if w.lower() not in en.ARTICLES]
    return rest[0] if len(rest) == 1 and rest[0].lower() in lt.FACTION_NOUNS else None


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
        owner = strip_article(" ".join(words[: poss + 1])[:-2])
        rest = " ".join(words[poss + 1 :])
        head_words = _ORG_LINK.split(rest, maxsplit=1)[0].split()
        span = find_title(head_words)
        if span and span[1] < len(head_words) and head_words[-1].lower() in en.ORGANIZATION_HEADS:
            return None, None  # `Veldland's principal ruling party`: a body described, no job
        title = " ".join(rest.split()[span[0] : span[1]]) if span else None
        if owner in COUNTRIES and owner not in lt.BODIES_OF_COUNTRIES:
            return title, None  # `Veldland's president`: a country's office, no employer
        return title, owner or None
    parts = _ORG_LINK.split(text, maxsplit=1)
    head = parts[0].split()
    span = find_title(head)
    if span is None:
        return None, None
    title = " ".join(head[span[0] : span[1]])
    org = None
    if len(parts) == 2 and re.match(r"of\b", text[len(parts[0]) :].strip(), re.IGNORECASE):
        # `Head of Commodities Research at Baltica Capital`: the `of` phrase belongs to the title
        unit = clip_organization(parts[1])
        again = re.split(r"\s+(?:at|with)\s+(?:the\s+)?", parts[1][len(unit or "") :], maxsplit=1)
        # `director of the Harlow Center for X at Y Hospital`: a body named after `of the` is the employer
        body = re.match(r"\s*of\s+the\s", text[len(parts[0]) :], re.IGNORECASE) is not None or any(
            w.lower() in en.ORGANIZATION_HEADS for w in (unit or "").split()
        )
        unit_then_employer = len(again) == 2 and not again[0].strip() and parts[1][:1].isupper()
        if unit and unit_then_employer and len(head) == 1 and body:
            org = unit
        elif unit and unit_then_employer and len(head) == 1:
            title = _ORG_LINK_TAIL.sub("", text[: len(text) - len(again[1])].rstrip())
            parts = [title, again[1]]
            org = clip_organization(again[1])
    if len(parts) == 2 and org is None:
        title, org = of_complement(title, text[len(parts[0]) :])
    if title.lower() in lt.ADDRESS_FORMS:
        return None, None
    before = [w for w in head[: span[0]] if w.lower() not in _NOT_EMPLOYER]
    named = len(before) - next(
        (k for k, w in enumerate(reversed(before)) if not w[:1].isupper()), len(before)
    )
    before = before[named:]  # `a jailed Harbor Union commander`: the capitalised name before the title
    if org is None and before and origin_start(before, len(before)) is None:
        org = " ".join(before)  # `a Coast Guard spokeswoman`
    return title, org


def _portfolio_end(title: str, after: list[str]) -> int:
    """Where a minister's `of` portfolio ends when no word is labelled a person: after its last area word,
    when name words follow (`Minister of the Interior Dan Avir`); else at the end of the phrase."""
    if title.split()[-1].lower() not in lt.PORTFOLIO_HEADS or after[0].lower() != "of":
        return len(after)
    areas = [k for k, w in enumerate(after) if w.lower() in _PORTFOLIO_ENDS]
    if not areas or areas[-1] + 1 >= len(after) or not all(map(is_name_word, after[areas[-1] + 1 :])):
        return len(after)
    return areas[-1] + 1


def _same_head(name: str, phrase: str) -> bool:
    """`Harbor Observer Group` and `biggest observer group` share the head noun `group`."""
    return name.split()[-1].lower() == phrase.split()[-1].lower()


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


def _is_modifier(word: str) -> bool:
    """A word before a title that names no organisation: `One European distributor`, `Dakar-born director`."""
    low = word.lower()
    return low in en.NUMBER_WORDS or low.endswith(("-born", "-based", "-year-old")) or is_nationality(word)


def _kind(name: str | None, labels: list[str], title: str | None, words: list[str]) -> str:
    if name is None:
        return "person" if title else "unknown"
    if is_place(name):
        return "organization"  # `Russia said`: a country speaking is its government; never a person
    head = words[-1].lower()
    if {"and", "&"} & set(name.lower().split()) and "ORG" not in labels and head not in en.ORGANIZATION_HEADS:
        return "group"  # `Okafor and Benning` are two people, never one
    titled = title is not None and name not in en.KNOWN_ORGANIZATIONS and head not in en.ORGANIZATION_HEADS
    if "PERSON" in labels or titled:
        return "person"  # `Kremlin spokesman Dmitry Peskov`: a title before a name makes a person
    if "ORG" in labels or head in en.ORGANIZATION_HEADS or name in en.KNOWN_ORGANIZATIONS:
        return "organization"
    lowered = name.lower().split()
    if (
        len(lowered) > 2
        and lowered[0] in en.ORGANIZATION_HEADS
        and lowered[1] in {"of", "for", "against", "on"}
    ):
        return (
            "organization"  # `Coalition Against Harbor`, `Council of Elders`: a body named by its head first
        )
    if "PERSON" in labels:
        return "person"
    if head in en.GROUP_HEADS:
        return "group"
    if "LOC" in labels and len(name.split()) == 1:
        return "organization"  # `Russia said`: a country speaking is its government
    if all(is_name_word(w) for w in words) and words[0][:1].isupper():
        return "person" if len(words) >= 2 or title else "unknown"
    return "unknown"
