"""Titles and organisations from every place a person is named, not only where they speak.

A story often introduces a source once (`Health Minister Jean-Pierre Kabasele`, `Valentina Ospina, a
commodities analyst at Andina Valores,`) and quotes them later by surname; the title and organisation of the
introduction belong to the speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wireclaims.extract.appositions import describe_appositive
from wireclaims.extract.cues import word_occurrences
from wireclaims.extract.organizations import clip_organization, origin_start, strip_article
from wireclaims.extract.registry import SpeakerEntry
from wireclaims.extract.title_places import descriptions_around, employer_after
from wireclaims.extract.title_span import is_rank, without_origin
from wireclaims.lang import en
from wireclaims.lang import titles as lt
from wireclaims.names import surname


def reported_title(
    title: str | None, organization: str | None = None, name: str | None = None
) -> tuple[str | None, str | None]:
    """The title and organisation a speaker is given in output: a circumstance (`resident`) or a company's
    relation to a thing (`owner`), written in lower case, is no title, and what it is of (`the depot's
    owner`, `a resident of Basra`) no employer. A source named by its description alone (`midwife`, `a
    nuclear official`) has that description as its name and no title (the gold's convention)."""
    if title is not None and title.islower() and title in lt.CIRCUMSTANCE_ROLES | lt.RELATION_ROLES:
        return None, None
    if title is not None and name is not None and _description_only(name, title):
        return None, organization
    return title, organization


# A run of capitalised words with the small words inside names (`Center for Coastal Research and Policy`).
_NAME_WORD = r"[A-Z](?:[\w'’&-]|\.(?=\w))*"  # a full stop inside (`U.S.`), not one that ends a sentence
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:of|for|and|&|the|de)\s+)*{_NAME_WORD})*")
# A body introduced by its type (`the charity Hope Aid`, `a group, called Lumen,`).
_TYPED_BODY = re.compile(
    rf"\b(?:{'|'.join(sorted(lt.LOOSE_BODY_HEADS))})s?,?\s+(?:(?:called|named|known\s+as)\s+)?"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})"
)
# How far back a body's name is looked for: a few paragraphs.
_BODY_REACH = 3000


def named_body(text: str, head: str, before: int) -> str | None:
    """The name of the body that `the group`, `the university` stands for: the nearest before `before`
    whose name ends (or, with `of`, starts) with the same head word (`Ohio Valley University`, `University
    of Lindby`), else for a loose head the nearest body introduced by its type (`the charity Hope Aid`)."""
    low = head.lower()
    start = max(before - _BODY_REACH, 0)
    window = text[start:before]
    runs = [m.group() for m in _NAME_RUN.finditer(window)]
    for run in reversed(runs):
        words = [w.lower().rstrip("'’s") if w.endswith(("'s", "’s")) else w.lower() for w in run.split()]
        if len(words) > 1 and (words[-1] == low or (words[0] == low and "of" in words)):
            return strip_article(re.sub(r"['’]s$", "", run))  # `The Harbour Union's` -> `Harbour Union`
    if low not in lt.LOOSE_BODY_HEADS:
        return None
    typed = list(_TYPED_BODY.finditer(window))
    return clip_organization(typed[-1].group("name")) if typed else None


def resolve_generic_employers(text: str, entries: Sequence[SpeakerEntry]) -> None:
    """A person's employer written as a bare head noun (`the group's director`) becomes the body the story
    named before them (`Safe Harbour`), when it named one."""
    for entry in entries:
        org = entry.organization
        if entry.kind != "person" or org is None or not entry.mentions:
            continue
        if len(org.split()) != 1 or org.lower() not in lt.GENERIC_BODY_HEADS:
            continue
        entry.organization = named_body(text, org, entry.first) or org


def drop_person_employers(entries: Sequence[SpeakerEntry]) -> None:
    """A person named as the owner of a title employs no one in the gold's sense (`Zuma's spokesman`, `Gov.
    Galvan's spokeswoman`): an organisation that is another person's name or surname is dropped."""
    people = {
        form
        for e in entries
        # a known sex is a sign of a real person: bodies the model read as people (`Coast Guard`) have none
        # and a description (`spokesman for the government`) is no name: its last word is no surname
        if e.kind == "person" and len(e.name.split()) > 1 and e.gender is not None and e.name[:1].isupper()
        for form in (e.name, *e.forms, surname(e.name))
    }
    for entry in entries:
        if entry.organization is not None and entry.organization in people - {entry.name}:
            entry.organization = None


def _description_only(name: str, title: str) -> bool:
    """`one nuclear official` named by its title `nuclear official`: the name is the description. One with
    an origin keeps it as its title (`One European distributor`: the gold's `European distributor`)."""
    if without_origin(title) != title:
        return False
    words = strip_article(name).lower().split()
    while words and words[0] in en.NUMBER_WORDS:
        words = words[1:]
    while words and words[-1] in lt.RELATIVE_PRONOUNS:
        words = words[:-1]  # `Chirper user who`: a description cut at its clause
    return " ".join(words) == title.lower()


def title_and_organization(
    text: str, name: str, known: str | None = None, forms: Sequence[str] = ()
) -> tuple[str | None, str | None]:
    """The first title and organisation the text gives a person called `name` (pre-modifier or apposition).

    Args:
        known: the title found so far; a rank or form of address (`Dr.`, `Petty Officer`) gives way to a job
            given in apposition (`a pediatrician at ...`).
        forms: other full forms of the name (`Keivan Stassun` for `Keivan G. Stassun`), searched after it;
            a lone surname is not searched, as another person may share it.
    """
    title, org = _title_and_organization(text, name, known)
    if name[:1].islower() and org is None:
        org = describe_appositive(name)[1]  # a source named by its description: `spokesperson for Lumen`
    for form in forms:
        if (title is not None and org is not None) or len(form.split()) < 2 or form == name:
            continue
        if f" of {form}" in name:
            continue  # `Aides of Ivo Rask`: Rask's title is not theirs
        if title is not None and not is_rank(title):
            org = org or _title_and_organization(text, form, title)[1]
        else:
            title, org_found = _title_and_organization(text, form, title)
            org = org or org_found
    return title, org


def _fuller(title: str, found: str) -> bool:
    """Whether `found` is `title` with its country: `President of Peru`, `Peruvian President`."""
    low, found_low = title.lower(), found.lower()
    if found_low.startswith(f"{low} of "):
        return True
    words = found.split()
    extra = len(words) - len(title.split())
    return extra > 0 and found_low.endswith(f" {low}") and origin_start(words, extra) == 0


def _title_and_organization(text: str, name: str, known: str | None) -> tuple[str | None, str | None]:
    if known and known.endswith(f" {name}"):
        known = known[: -len(name) - 1]  # `Minister of Coastal Affairs Gil Arden`: the name is no title
    title: str | None = None if known is None or is_rank(known) else known
    rank = known if title is None else None
    org: str | None = None
    for m_start, m_end in word_occurrences(text, name):
        found, premodified = descriptions_around(text, name, m_start, m_end)
        if org is None:
            # a titled person's country is where they work (`King Hamid of Veldland`), not an untitled one's
            titled = bool(title or rank or (premodified and found))
            org = employer_after(text, m_end, titled)
        title, rank, org = _merged(found, title, rank, org)
        if title and org:
            break
    return title or rank, org


def _merged(
    found: list[tuple[str | None, str | None]], title: str | None, rank: str | None, org: str | None
) -> tuple[str | None, str | None, str | None]:
    """The title, rank and organisation known so far, completed by those found around one mention."""
    for found_title, found_org in found:
        if found_title and is_rank(found_title):
            # `Dr.`, `Professor`, `General`: kept only when no job is given anywhere
            rank = rank or found_title
            org = org or (found_org if title is None else None)
        elif found_title:
            org = org or (found_org if title is None or title == found_title else None)
            if title and _fuller(title, found_title):
                title = found_title  # `President` -> `President of Peru`, `Peruvian President`
            title = title or found_title
    return title, rank, org
