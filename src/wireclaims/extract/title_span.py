"""Where a title stands among a phrase's words: the title words, their modifiers, tenure and origin.

`former Veldish Prime Minister Ana Kell` -> the span of `former Veldish Prime Minister`;
`Directorate of Fisheries director` -> `director` (the area ends the organisation's name).
"""

from __future__ import annotations

from wireclaims.extract.organizations import is_nationality, is_origin, origin_start
from wireclaims.lang import en
from wireclaims.lang import titles as lt
from wireclaims.lang.places import is_place

_TITLE_WORDS = sorted(frozenset(en.TITLES), key=lambda t: -len(t.split()))
TITLE_VOCABULARY = frozenset(w for t in en.TITLES for w in t.split()) - en.FUNCTION_WORDS
# Titles indexed by their first word, so a phrase is scanned once, not once per title.
_TITLES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _title in _TITLE_WORDS:
    _TITLES_BY_FIRST.setdefault(_title.split()[0], []).append(tuple(_title.split()))


def find_title(words: list[str]) -> tuple[int, int] | None:
    """Where the title is among `words`: the title words and the modifiers that belong to them."""
    lowered = [w.lower().rstrip(".") for w in words]
    best = _title_words(words, lowered)
    if best is None or _modifies_a_noun(words, lowered, best[1]):
        return None  # `the official website`: a title word used as an adjective
    start, end = best
    if "and" in lowered[start:end] and not _job_pair_before_name(words, lowered, start, end):
        # `a rail worker and union delegate`: the last of two jobs is the one the story relies on
        start = start + len(lowered[start:end]) - lowered[start:end][::-1].index("and")
    further = True
    while start > 0 and further:
        start, further = _widen(words, lowered, start, end)
    return (start, end)


def _title_words(words: list[str], lowered: list[str]) -> tuple[int, int] | None:
    """The span of an honorific before a name, or from the first title word to the end of the last."""
    best: tuple[int, int] | None = None
    for i in range(len(words)):
        honorific = words[i].lower() in en.HONORIFICS or lowered[i] in en.TITLE_ABBREVIATIONS
        titled = any(lowered[i : i + len(p)] == list(p) for p in _TITLES_BY_FIRST.get(lowered[i], ()))
        compound = titled and len(_TITLES_BY_FIRST[lowered[i]][0]) > 1  # `Lord Mayor`, not `Lord`
        if (
            honorific
            and not compound
            and words[i][:1].isupper()
            and i + 1 < len(words)
            and words[i + 1][:1].isupper()
        ):
            return (i, i + 1)
        for parts in _TITLES_BY_FIRST.get(lowered[i], ()):
            if best and words[i][:1].isupper() and words[best[1] - 1][:1].islower():
                break  # `defence minister Sultan Hashim`: a capitalised word after the title starts the name
            if lowered[i : i + len(parts)] == list(parts):
                # `deputy infrastructure minister`: one title from the first title word to the last
                best = (i if best is None else best[0], max(i + len(parts), best[1] if best else 0))
    return best


def _widen(words: list[str], lowered: list[str], start: int, end: int) -> tuple[int, bool]:
    """One word left of a title at [start, end): the title's new start, and whether to look further."""
    word, low = words[start - 1], lowered[start - 1]
    origin = origin_start(words, start)
    if origin is not None:
        # `Israeli Prime Minister`, `UK Foreign Secretary`: the origin is part of the title (the gold's
        # convention), and nothing before it but a tenure word (`former Israeli Prime Minister`)
        former = origin > 0 and lowered[origin - 1] in lt.TENURE_WORDS
        return (origin - 1 if former else origin), False
    if _closes_a_title(word, low):
        return start, False
    voice = lowered[end - 1] in lt.VOICE_TITLES  # `museum spokeswoman`: the museum employs her
    if (
        word[:1].islower()
        and low in lt.WORKPLACE_WORDS
        and words[start][:1].islower()
        and not voice
        and not _named_before(words, start - 1)
    ):
        # `the hospital director`: a workplace named by its kind alone is part of the job
        return start - 1, True
    if word[:1].islower() and low in en.ORGANIZATION_HEADS and low not in en.TITLE_PREMODIFIERS:
        return start, False  # `the finance ministry spokesman`: the organisation, not the title
    if word[:1].islower() and low in en.ORGANIZATION_HEADS and words[start][:1].isupper():
        return start, False  # `Lindby Province police Major-General`: a lower-case body head before a rank
    tenure = _tenure_start(words, lowered, start)
    if tenure is not None:
        return tenure, True  # `Former EU Trade Commissioner`: one title, no organisation cut out of it
    if low in lt.TITLE_DROP_WORDS:
        return start, False  # `current` Prime Minister: no part of the title
    if _place_of_a_local_service(words, lowered, start, end) and not voice:
        # `Lindby police chief`: the place says whose police, all one title (the gold's)
        return start - 1, False
    if lowered[end - 1] in lt.PLATFORM_ROLES and start == end - 1 and word[:1].isupper():
        return start - 1, False  # `a Chirper user`: the platform is part of the role, never an employer
    if _chamber_member(words, lowered, start, end):
        return start - 1, True  # `a House member`: the chamber and `member` are one title
    if is_place(word):
        return start, False  # `Lindby Mayor`: a city before a title is where the office is, an organisation
    return _modifier_of_title(words, lowered, start, end)


def _closes_a_title(word: str, low: str) -> bool:
    """An article, pronoun, number, function word, possessive or figure: no title reaches past it."""
    return (
        low in en.ARTICLES
        or low in en.PRONOUNS
        or low in en.NAME_STOPWORDS
        or word in en.POSSESSIVE_ENDINGS
        or low in en.NUMBER_WORDS  # `one resident`
        or low in en.FUNCTION_WORDS
        or not word.replace("-", "").isalpha()
        or word.endswith(("'s", "’s"))
        or word[:1].isdigit()
    )


def _modifier_of_title(words: list[str], lowered: list[str], start: int, end: int) -> tuple[int, bool]:
    """A lower-case word, a portfolio or a compound word before a title belongs to it (`Fisheries Minister`,
    `pitching coach`, `State Sen.`), unless it ends an organisation's name (`Directorate of Fisheries
    director`, `Harbour Board chief executive`)."""
    word, low = words[start - 1], lowered[start - 1]
    portfolio = lowered[end - 1] in en.PORTFOLIO_TITLES
    area = low in en.PORTFOLIO_AREAS and (start < 2 or not _ends_a_name(words, lowered, start - 2))
    compound = low in en.TITLE_PREMODIFIERS or low in lt.TITLE_COMPOUND_WORDS
    if compound and _ends_a_body(words, lowered, start - 1):
        # `Harbour Board chief executive`: the body's name ends in `Board`, the job is after it
        return start, False
    if word[:1].islower() or portfolio or compound or area:
        return start - 1, True
    return start, False


def _ends_a_body(words: list[str], lowered: list[str], k: int) -> bool:
    """Whether the capitalised body head at `k` ends a name begun by a capitalised word before it
    (`Harbour Board`, `Valley Council`) and a lower-case job follows (`Board member` alone stays a title)."""
    word, low = words[k], lowered[k]
    if not (word[:1].isupper() and low in en.ORGANIZATION_HEADS) or k < 1 or k + 1 >= len(words):
        return False
    before, after = words[k - 1], words[k + 1]
    return (
        before[:1].isupper()
        and before.isalpha()
        and lowered[k - 1] not in en.TITLE_PREMODIFIERS
        and after[:1].islower()
    )


def _named_before(words: list[str], k: int) -> bool:
    """Whether a lower-case content word stands before position `k` (`the finance ministry`): then the
    words name a body of their own, not a workplace by its kind."""
    if k < 1:
        return False
    word = words[k - 1]
    low = word.lower()
    return (
        word[:1].islower() and word.isalpha() and low not in en.FUNCTION_WORDS | en.ARTICLES | en.NUMBER_WORDS
    )


def _place_of_a_local_service(words: list[str], lowered: list[str], start: int, end: int) -> bool:
    """`Lindby police chief`, `Lindby hospital director`: one capitalised word before a lower-case job that
    opens with a local service; not a capitalised rank (`Lindby Province police Major-General`) nor a
    longer name (`Harbor Bank police chief`)."""
    if lowered[start] not in lt.WORKPLACE_WORDS or not all(w.islower() for w in words[start:end]):
        return False
    word = words[start - 1]
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    return start < 2 or not words[start - 2][:1].isupper()


def _chamber_member(words: list[str], lowered: list[str], start: int, end: int) -> bool:
    """`one House member`, `Board member Ana Kell`: a chamber right before `member`, no name before it
    (`Harbor Council member` is the council's: the employer)."""
    if (
        end - start != 1
        or lowered[start] not in lt.MEMBER_WORDS
        or lowered[start - 1] not in lt.CHAMBER_WORDS
    ):
        return False
    if start < 2:
        return True
    named = words[start - 2][:1].isupper() and origin_start(words, start - 1) is None
    return not named or lowered[start - 2] in lt.TENURE_WORDS | lt.TITLE_DROP_WORDS


def _modifies_a_noun(words: list[str], lowered: list[str], end: int) -> bool:
    """Whether the word after a title is a plain lower-case noun it modifies (`official website`, `principal
    reason`), not a name, a link (`of`, `for`), another title word or a tenure word (`professor emeritus`)."""
    if end >= len(words) or not words[end].isalpha() or not words[end].islower():
        return False
    low = lowered[end]
    if low.endswith(("ed", "ing", "en", "wn")):
        return False  # `a salt trader known for ...`: a participle opens a phrase about the person
    return low not in TITLE_VOCABULARY | lt.TITLE_COMPOUND_WORDS | en.FUNCTION_WORDS | _LINKS


_LINKS = frozenset(["of", "for", "at", "with", "from", "in", "to", "and", "or"])


def _job_pair_before_name(words: list[str], lowered: list[str], start: int, end: int) -> bool:
    """`writer and former priest Ana Kell`, `co-ordinator and spokesperson Ana Kell`: two jobs written
    together before the name are one title; no name stands between them (`Prime Minister Olmert and
    President Peres` are two people's)."""
    if end >= len(words) or not words[end][:1].isupper():
        return False
    inside = [k for k in range(start, end) if lowered[k] != "and"]
    return all(
        words[k][:1].islower()
        or lowered[k] in TITLE_VOCABULARY
        or lowered[k] in lt.TENURE_WORDS
        or is_origin(words[k])
        for k in inside
    )


_NOT_NAME_LEAD = lt.TENURE_WORDS | lt.TITLE_COMPOUND_WORDS | lt.TITLE_DROP_WORDS | lt.PORTFOLIO_MODIFIERS
_NOT_NAME_LEAD |= TITLE_VOCABULARY


def _ends_a_name(words: list[str], lowered: list[str], k: int) -> bool:
    """Whether the word at `k` leads into a portfolio word as part of an organisation's name: a connector
    (`Directorate of Fisheries`) or a capitalised name word (`Palmetto Health`), not a nationality, place or
    title word (`Kenyan Health Minister`, `Kenya Health Minister`, `Former Health Minister`) or the adjective
    of a two-word portfolio (`National Security Advisor`)."""
    word, low = words[k], lowered[k]
    if low in {"of", "for", "and", "&"}:
        return True
    if not word[:1].isupper() or is_nationality(word) or is_place(word):
        return False
    return low not in _NOT_NAME_LEAD


def _tenure_start(words: list[str], lowered: list[str], start: int) -> int | None:
    """Where `former`/`acting` begins a title that ends at `start`, over the capitalised words between."""
    k = start - 1
    while k > 0 and words[k][:1].isupper() and lowered[k] not in lt.TENURE_WORDS:
        k -= 1
    if lowered[k] in lt.TENURE_WORDS and all(w[:1].isupper() for w in words[k + 1 : start]):
        return k
    return None


def without_origin(title: str) -> str:
    """`Secretary of State` out of `US Secretary of State`: the office without the origin before it."""
    words = title.split()
    cut = next((k for k in range(len(words) - 1, 0, -1) if origin_start(words, k) == 0), 0)
    return " ".join(words[cut:])


def names_a_title(words: list[str]) -> bool:
    return any((w.lower().rstrip("."),) in _TITLES_BY_FIRST.get(w.lower().rstrip("."), ()) for w in words)


def is_rank(title: str) -> bool:
    """A rank, honour or form of address (`Dr.`, `Petty Officer`, `Major-General`), not a job."""
    words = title.lower().replace("-", " ").split()
    return all(w.rstrip(".") in en.RANK_WORDS | lt.RANK_TITLES | lt.ADDRESS_FORMS for w in words)
