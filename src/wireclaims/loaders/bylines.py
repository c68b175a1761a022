"""Bylines as feeds send them in metadata: names, with editor initials and organisations kept apart.

`By A and B`, `A; B`, `A with B in Gaza` give names; `ab/cd` (the initials of the editors who handled the
copy) is a credit, never an author; `Kari Berg / Dagbladet` gives the name, and the organisation becomes
a credit of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wireclaims.lang import en
from wireclaims.loaders.trailers import split_names
from wireclaims.models import Credit

_SPACE = re.compile(r"\s+")
# Editor initials, alone or after the names: `ab/cd`, `Kari Berg, ab/cd`.
_INITIALS = re.compile(r"(?:^|[\s,]+)(?P<initials>[a-z]{1,5}(?:\s*/\s*[a-z]{1,5})+)$")
_PLACE = re.compile(r"\s+in\s+[A-Z][\w .'’-]*$")
# The words that make the part after a slash an organisation rather than a second name.
_ORGANISATION_WORDS = re.compile(
    r"\b(?:agency|press|news|times|post|herald|radio|television|tv|newspaper|magazine|bureau|service|"
    r"media|group|institute|university)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Byline:
    """Names and the credits that travelled in the same byline (`editor initials`, `organisation`)."""

    names: list[str] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)


def read_byline(text: str | None) -> Byline:
    """The names of a metadata byline, with initials and organisations as credits."""
    text = re.sub(r"^by\s+", "", _SPACE.sub(" ", text or "").strip(), flags=re.IGNORECASE).strip(" ,;")
    names: list[str] = []
    initials: list[str] = []
    organisations: list[str] = []
    for part in re.split(r"\s*;\s*|\s+with\s+", text):
        part = part.strip(" ,/")
        marks = _INITIALS.search(part)
        if marks:
            initials.extend(i.strip() for i in marks.group("initials").split("/"))
            part = part[: marks.start()]
        if not part:
            continue
        if "/" in part:
            person, _, other = (s.strip(" ,") for s in part.partition("/"))
            if _is_organisation(other):
                organisations.append(other)
                part = person
            else:
                part = f"{person}, {other}"
        names.extend(split_names(_PLACE.sub("", part)))
    credits = [Credit(role="organisation", names=organisations)] if organisations else []
    if initials:
        credits.append(Credit(role="editor initials", names=initials))
    return Byline(names=[n for n in names if n], credits=credits)


def _is_organisation(text: str) -> bool:
    """`NTB`, `Reuters`, `The Valley Herald`; not a second person's name (`Omar Diaz`)."""
    words = text.split()
    return bool(
        text in en.AGENCIES
        or _ORGANISATION_WORDS.search(text)
        or (len(words) == 1 and (text.isupper() or text[:1].isupper()))
    )
