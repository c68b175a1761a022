"""What a described phrase refers to: its kind (a person, an organisation, a group) and its sex."""

from __future__ import annotations

from wireclaims.extract.phrase_names import is_name_word
from wireclaims.lang import en, names
from wireclaims.lang.places import is_place

__all__ = ["gender_of", "kind_of"]


def gender_of(words: list[str]) -> str | None:
    """The sex a phrase's titles or nouns give its referent (`Mrs.`, `spokeswoman`, `father of ...`)."""
    for word in words:  # the first that tells: `son of Queen Edith` is a man
        low = word.lower()
        if low in en.FEMALE_TITLES or low in names.FEMALE_NOUNS:
            return "female"
        if low in en.MALE_TITLES or low in names.MALE_NOUNS:
            return "male"
    return None


def kind_of(name: str | None, labels: list[str], title: str | None, words: list[str]) -> str:
    """`person`, `organization`, `group` or `unknown`: what a phrase with this name, its words' entity labels
    and this title refers to."""
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
        # `Coalition Against Harbor`, `Council of Elders`: a body named by its head first
        return "organization"
    if "PERSON" in labels:
        return "person"
    if head in en.GROUP_HEADS:
        return "group"
    if "LOC" in labels and len(name.split()) == 1:
        return "organization"  # `Russia said`: a country speaking is its government
    if all(is_name_word(w) for w in words) and words[0][:1].isupper():
        return "person" if len(words) >= 2 or title else "unknown"
    return "unknown"
