"""Which speaker met so far a new mention names: by its full name or another form of it, a lone first name
or surname, an organisation's head noun, or a title.

The registry (`registry.SpeakerRegistry`) asks here before it makes a new speaker; the most recently
mentioned speaker that fits wins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wireclaims.extract.describe import Description
from wireclaims.extract.mentions import Mention
from wireclaims.lang import en
from wireclaims.names import PEOPLE_KINDS, family_key, head, name_key, normalize, same_name

if TYPE_CHECKING:
    from wireclaims.extract.registry import SpeakerEntry


def matching_entry(entries: list[SpeakerEntry], mention: Mention, desc: Description) -> SpeakerEntry | None:
    """The speaker the mention names, if one is met already; may correct a speaker's kind on the way."""
    candidates = sorted(entries, key=lambda e: -e.last)
    if desc.name:
        return _by_name(candidates, mention, desc, desc.name)
    if desc.title:
        return _by_title(candidates, mention, desc, desc.title)
    return None


def _by_name(
    candidates: list[SpeakerEntry], mention: Mention, desc: Description, name: str
) -> SpeakerEntry | None:
    key = name_key(name)
    found = _same_form(candidates, key, desc)
    if found is None and desc.kind in PEOPLE_KINDS and len(key.split()) == 1:
        found = _first_name(candidates, key)
    if found is None:
        found = _surname(candidates, desc, name)
    if found is None and desc.kind == "organization":
        found = _organization(candidates, mention, name)
    return found


def _same_form(candidates: list[SpeakerEntry], key: str, desc: Description) -> SpeakerEntry | None:
    for entry in candidates:
        if key == name_key(entry.name) or key in {name_key(f) for f in entry.forms}:
            if desc.kind == "person" and entry.kind == "organization":
                # the model called `Tomas Brandt` an organisation; `Tomas Brandt, chairman of ...`
                # says who he is, and a later `Brandt said` must find him
                entry.kind = "person"
            return entry
    return None


def _first_name(candidates: list[SpeakerEntry], key: str) -> SpeakerEntry | None:
    """`Folake said`: a lone first name of a person already named in full."""
    for entry in candidates:
        if entry.kind == "person" and len(entry.name.split()) > 1 and name_key(entry.name).split()[0] == key:
            return entry
    return None


def _surname(candidates: list[SpeakerEntry], desc: Description, name: str) -> SpeakerEntry | None:
    """`Balogun said` after `Chinedu Balogun`; `According to Rask`, which the model may call an organisation,
    after a titled person of that surname."""
    as_body = desc.kind == "organization" and _surname_as_body(name)
    if desc.kind not in PEOPLE_KINDS and not as_body:
        return None
    last = family_key(name)
    for entry in candidates:
        if not as_body and entry.kind == "organization" and _looks_like_person(entry, last):
            entry.kind = "person"  # the model called `Chinedu Balogun` a place; `Balogun said`
        if as_body and (entry.kind != "person" or entry.title is None or len(entry.name.split()) < 2):
            continue
        if entry.kind in PEOPLE_KINDS and same_name(name, entry.name):
            return entry
    return None


def _organization(candidates: list[SpeakerEntry], mention: Mention, name: str) -> SpeakerEntry | None:
    """An organisation by its head noun (`the ministry`), or `the company` after `aircraft company Boeing`:
    the one the text called so."""
    for entry in candidates:
        if entry.kind == "organization" and head(entry.name) == head(name):
            return entry
    if mention.text.lower().startswith(("the ", "this ")) and name.islower():
        called = head(name)
        return next((e for e in candidates if called in e.called), None)
    return None


def _by_title(
    candidates: list[SpeakerEntry], mention: Mention, desc: Description, title: str
) -> SpeakerEntry | None:
    """An untitled mention (`the spokesman`) is the last person with that title, of the same organisation."""
    title_head = head(title)
    new = mention.text.split()[0].lower() in {"a", "an"}
    for entry in candidates:
        if new and all(m.start != mention.start for m in entry.mentions):
            continue  # `A spokesperson for the government` is someone new, not the last spokesperson
        if entry.kind == "person" and entry.title and head(entry.title) == title_head:
            if _other_organization(entry.organization, desc.organization):
                continue  # `a spokesman for the committee` is not the ministry's spokesman
            return entry
    return None


def _other_organization(known: str | None, new: str | None) -> bool:
    """Whether both organisations are named and neither names the other (`Health Ministry`, `ministry`)."""
    if not known or not new:
        return False
    a, b = normalize(known), normalize(new)
    return a not in b and b not in a


def _surname_as_body(name: str) -> bool:
    """One capitalised word the model called an organisation that may be a person's surname (matched against
    titled people only); a body's head noun (`Ministry`) or a known body's name is not."""
    words = name.split()
    return (
        len(words) == 1
        and words[0][:1].isupper()
        and words[0].lower() not in en.ORGANIZATION_HEADS
        and name not in en.KNOWN_ORGANIZATIONS
    )


def _looks_like_person(entry: SpeakerEntry, last: str) -> bool:
    """An 'organisation' named like a person (two or three capitalised words, no organisation word)."""
    words = entry.name.split()
    return (
        2 <= len(words) <= 3
        and family_key(entry.name) == last
        and all(w[:1].isupper() for w in words)
        and not any(w.lower() in en.ORGANIZATION_HEADS for w in words)
        and entry.name not in en.KNOWN_ORGANIZATIONS
        and entry.title is None
    )
