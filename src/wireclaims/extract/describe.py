"""Split a source noun phrase into name, title, organisation and kind.

`Kremlin spokesman Dmitry Peskov` -> name 'Dmitry Peskov', title 'spokesman', organisation 'Kremlin'.
`the Kremlin's spokesman` -> title 'spokesman', organisation 'Kremlin'.
`a spokeswoman for the regional government` -> title 'spokeswoman', organisation 'regional government'.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wireclaims.extract.appositions import describe_appositive
from wireclaims.extract.organizations import (
    NOT_EMPLOYER,
    ORG_LINK,
    clip_organization,
    is_nationality,
    of_complement,
)
from wireclaims.extract.organizations import strip_article as strip_article
from wireclaims.extract.phrase_names import (
    after_body_name,
    after_description,
    appositive_name,
    is_name_word,
    name_bounds,
)
from wireclaims.extract.referents import gender_of, kind_of
from wireclaims.extract.title_span import find_title, is_rank, names_a_title, without_origin
from wireclaims.lang import en, names
from wireclaims.lang import titles as lt
from wireclaims.lang.abbreviations import FORMS_OF_ADDRESS
from wireclaims.lang.places import COUNTRIES, is_place

_QUOTE_MARKS = "\"“”‘’'`«»"
_TITLE_SET = frozenset(en.TITLES)
_PORTFOLIO_ENDS = en.PORTFOLIO_AREAS | lt.PORTFOLIO_LAST_WORDS


@dataclass(frozen=True)
class Description:
    """What a noun phrase says of its referent."""

    name: str | None
    title: str | None
    organization: str | None
    kind: str
    gender: str | None = None


def describe(words: list[str], labels: list[str], appositive: str | None = None) -> Description:
    """Describe a noun phrase given its words and each word's entity label ('' for none).

    Args:
        words: the phrase's words without punctuation, as written.
        labels: entity label per word ('PERSON', 'ORG', 'LOC' or '').
        appositive: a following apposition or dash-line description (`the Kremlin's spokesman`).
    """
    words, labels = _phrase_words(words, labels)
    if not words:
        return Description(None, None, None, "unknown")
    parts = _Parts(words, labels, appositive=appositive)
    _read_owner(parts)
    span = find_title(parts.words)
    if span is not None and _office_of(parts.words, span[0]):
        # `the office of the President`: a body named after an office holder, no person and no title
        return Description(None, None, None, "organization")
    if span is not None:
        _read_titled(parts, span)
    else:
        _read_untitled(parts)
    _read_appositive(parts)
    _tidy_title(parts)
    return _finish(parts)


@dataclass
class _Parts:
    """The phrase as `describe` reads it, step by step: what is left of its words, and what they said."""

    words: list[str]
    labels: list[str]
    appositive: str | None
    name: str | None = None
    title: str | None = None
    organization: str | None = None
    name_labels: list[str] = field(default_factory=list)
    owned: bool = False  # a possessive stood in the phrase (`the Kremlin's spokesman`)
    linked: bool = False  # the title's own complement gave the organisation (`President of France`)


def _phrase_words(words: list[str], labels: list[str]) -> tuple[list[str], list[str]]:
    """The phrase's words and labels, one per word, without stray quote marks, cut to the name's bounds."""
    # an entity the model merged over a title (`Dublin's Lord` + `Mayor`) is split back into its words
    labels = [lab for w, lab in zip(words, labels, strict=True) for _ in w.split()]
    words = [part for w in words for part in w.split()]
    kept = [
        k for k, w in enumerate(words) if w in en.POSSESSIVE_ENDINGS or w.strip(_QUOTE_MARKS)
    ]  # a stray `"`
    return name_bounds([words[k] for k in kept], [labels[k] for k in kept])


def _read_owner(p: _Parts) -> None:
    """`the Kremlin's spokesman`: the owner before a possessive is the organisation, unless it employs no
    one; the words after it are the rest of the phrase."""
    words, labels = p.words, p.labels
    poss = next((i for i, w in enumerate(words) if w in en.POSSESSIVE_ENDINGS), None)
    if poss is not None and poss > 0 and words[poss - 1].lower() in names.POSSESSIVE_NAME_WORDS:
        # `The People's Tribune`: a possessive inside a name does not end an owner
        p.words = [*words[: poss - 1], words[poss - 1] + words[poss], *words[poss + 1 :]]
        p.labels = [*labels[:poss], *labels[poss + 1 :]]
        return
    p.owned = poss is not None
    if poss is None or poss + 1 >= len(words):
        return
    organization: str | None = strip_article(" ".join(words[:poss]))
    owner = organization.split()[-1:] if organization else []
    if owner and owner[0][:1].islower() and owner[0].lower() not in en.ORGANIZATION_HEADS:
        organization = None  # `children's minister`: whose, but no employer
    if poss + 1 < len(words) and words[poss + 1].lower() in lt.KIN_NOUNS:
        organization = None  # `Rask's father Ivo Rask`: a relation, no employer
    if organization in COUNTRIES and organization not in lt.BODIES_OF_COUNTRIES:
        organization = None  # `Veldland's president`: a country's office, no employer (as the gold has it)
    p.organization = organization
    p.words, p.labels = words[poss + 1 :], labels[poss + 1 :]


def _read_titled(p: _Parts, span: tuple[int, int]) -> None:
    """The title at `span`, the employer written before or after it, and the name after it."""
    t0, t1 = span
    p.title = " ".join(p.words[t0:t1])
    if p.title.lower() in lt.ADDRESS_FORMS:
        p.title = None  # `Mr. Ahern`: a form of address says nothing of what he does
    after = p.words[t1:]
    before = _employer_before(p.words, p.labels, t0, after)
    if before and (p.organization is None or (p.owned and before[0][:1].isupper())):
        p.organization = " ".join(before)  # `Bianchi's Marussia team mate`: the nearer name
    after = _read_title_link(p, t1, after)
    after = _read_name_of(p, t1, after)
    name_words = [w for w in after if is_name_word(w)]
    p.name = " ".join(name_words) if name_words and after and is_name_word(after[0]) else None
    p.name_labels = p.labels[t1:]


def _employer_before(words: list[str], labels: list[str], t0: int, after: list[str]) -> list[str]:
    """The words before the title at `t0` that name its employer (`Kremlin spokesman`), if any."""
    before = [w for w in words[:t0] if w.lower() not in en.ARTICLES]
    comma = max((k for k, w in enumerate(before) if w.endswith(",")), default=-1)
    before = before[comma + 1 :]  # `near Lindby, U.S. President`: a place merged over a comma
    while before and before[0].lower() in NOT_EMPLOYER:
        before = before[1:]
    person = [lab for w, lab in zip(words[:t0], labels[:t0], strict=True) if w.lower() not in en.ARTICLES]
    named_before = set(person) == {"PERSON"} and not (after and is_name_word(after[0]))
    if all(_is_modifier(w) for w in before) or names_a_title(before) or named_before:
        # `One European distributor`, `Dakar-born director`: no organisation named; `Prime Minister
        # Olmert and President Peres`, `Ivo Rask president` (no name after it): the words before are
        # a person's
        return []
    owned = [k for k, w in enumerate(before[:-1]) if w.endswith(("'s", "’s"))]
    if owned:
        before = before[owned[-1] + 1 :]  # `Bianchi's Marussia team mate`: the team, not its driver
    if before and (before[-1].lower() in {"and", "&", "of"} or before[-1].endswith(("'s", "’s"))):
        # `Rice and Defense Secretary Gates`: another person's; `children's minister`: no employer;
        # `Dublin's Lord Mayor`: Dublin
        before = [] if before[-1][:1].islower() else [*before[:-1], before[-1][:-2]]
    return before


def _read_title_link(p: _Parts, t1: int, after: list[str]) -> list[str]:
    """`a spokesman for the ministry`, `President of Iran`: a link after the title names where it is held;
    the words after the link's complement are left."""
    links = {"for", "of", "at", "with"} | (
        {"to"} if p.title is not None and p.title.split()[-1].lower() in lt.TO_TITLES else set()
    )
    if not (p.title and after and after[0].lower() in links and p.organization is None):
        return after
    # the office, not an employer, for `President of Iran`
    upto = next((k for k, lab in enumerate(p.labels[t1:]) if lab == "PERSON"), None)
    upto = _portfolio_end(p.title, after) if upto is None else upto
    p.title, p.organization = of_complement(p.title, " ".join(after[:upto]))
    p.linked = True
    return after[upto:]


def _read_name_of(p: _Parts, t1: int, after: list[str]) -> list[str]:
    """`King Hamid of Veldland`, `Lieutenant Ivo Rask of the rebels`: the name ends at `of`; what he is of
    is the organisation."""
    of = next((k for k, w in enumerate(after) if w == "of"), None)
    if not (p.title and of and is_name_word(after[0]) and p.organization is None):
        return after
    p.organization = clip_organization(" ".join(after[of + 1 :])) or _faction(after[of + 1 :])
    p.words, p.labels = p.words[: t1 + of], p.labels[: t1 + of]
    return after[:of]


def _read_untitled(p: _Parts) -> None:
    """No title: the name is what follows a description (`Harbor Armed Forces Ivo Rask`)."""
    begins = after_description(p.words)
    body = after_body_name(p.words) if begins == 0 else 0
    if body and p.organization is None:
        # `Harbor Armed Forces Ivo Rask`: the model ran a body's name into the person's
        begins, p.organization = body, " ".join(p.words[:body])
    p.name = " ".join(p.words[begins:])
    p.name_labels = p.labels[begins:]


def _read_appositive(p: _Parts) -> None:
    """What the apposition adds: the name a description lacks, a title better than a rank, an employer."""
    named = appositive_name(p.appositive) if p.name is None and p.title is not None else None
    if named is not None:
        # `Another activist, Dara Quill, said`: the description's apposition is the name
        p.name, p.name_labels, p.appositive = named, ["PERSON"], None
    if not p.appositive:
        return
    app = describe_appositive(p.appositive)
    if app[0] and (p.title is None or is_rank(p.title)):
        p.title = app[0]
        p.linked = True  # `the President of France`: the apposition has cut its own organisation
    p.organization = p.organization or app[1]
    if p.organization and p.organization.islower() and p.name and _same_head(p.name, p.organization):
        p.organization = p.name  # `Harbor Observer Group, the biggest observer group`: the body's name


def _tidy_title(p: _Parts) -> None:
    """No form of address as a title, and an employer written inside the title cut out of it."""
    if p.title and p.title.lower().rstrip(".") in FORMS_OF_ADDRESS:
        p.title = None  # `Ms. Ortiz`: a form of address is no title (the gender below still reads it)
    if (
        p.title
        and p.organization is None
        and not p.linked
        and without_origin(p.title).lower() not in _TITLE_SET
    ):
        # `spokesman for the ministry` inside the phrase itself; `Secretary of State` is one title
        parts = ORG_LINK.split(p.title, maxsplit=1)
        if len(parts) == 2:
            p.title, p.organization = parts[0], parts[1]


def _finish(p: _Parts) -> Description:
    """The description: the kind of referent, no place as an employer, and the sex the words tell."""
    kind = kind_of(p.name, p.name_labels, p.title, p.words)
    if (
        p.appositive
        and p.appositive.strip().lower().startswith("who ")
        and kind in {"organization", "unknown"}
    ):
        kind = "person"  # `Hernando Rojas Quintero, who grows coffee`: `who` is said of people
    organization = p.organization
    if (kind != "person" or p.title is None) and organization and is_place(organization):
        # `Glasgow's Evening Tribune`, `Lindby's Ana Kell`: where a body or person is, not an employer
        organization = None
    gender = gender_of(p.words + (p.appositive or "").split())
    if gender is None and p.name and kind in {"person", "unknown"} and len(p.name.split()) > 1:
        # `Maria Olsen`; a lone `Maria` may be a surname
        gender = names.gender_of_given_name(p.name.split()[0])
    return Description(p.name, p.title, organization, kind, gender)


def _office_of(words: list[str], t0: int) -> bool:
    """Whether the phrase is a body's head noun, `of` and the title (`office of the Veldish President`)."""
    before = [w.lower() for w in words[:t0] if w.lower() not in en.ARTICLES]
    return len(before) == 2 and before[1] == "of" and before[0] in en.ORGANIZATION_HEADS | lt.UNIT_HEADS


def _faction(words: list[str]) -> str | None:
    """`the rebels`, `the loyalists`: a side named by a plural noun."""
    rest = [w for w in words if w.lower() not in en.ARTICLES]
    return rest[0] if len(rest) == 1 and rest[0].lower() in lt.FACTION_NOUNS else None


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


def _is_modifier(word: str) -> bool:
    """A word before a title that names no organisation: `One European distributor`, `Dakar-born director`."""
    low = word.lower()
    return low in en.NUMBER_WORDS or low.endswith(("-born", "-based", "-year-old")) or is_nationality(word)
