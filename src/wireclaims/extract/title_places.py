"""Where around one mention of a name the text gives the person's title and employer: the words before
it (`Health Minister NAME`, `Chief executive of the Harbor Bank NAME`), an apposition (`NAME, a commodities
analyst at Andina Valores,`), a description set off before it (`Another activist, NAME, said`), an office
(`NAME as its next chief executive`) and `of the` after it (`NAME of the Brookings Institution`).
"""

from __future__ import annotations

import re

from wireclaims.extract.appositions import describe_appositive
from wireclaims.extract.describe import describe
from wireclaims.extract.organizations import clip_organization
from wireclaims.lang import en
from wireclaims.lang import titles as lt
from wireclaims.lang.places import COUNTRIES, is_place

# An abbreviation's dots do not end it (`a U.S. security adviser`, `an EU official`); a colon does
# (`NAME, Harbor Bank chairman: "..."`).
_APPOSITION = re.compile(
    r",\s+(?P<text>(?:[^,.;:\"“”\n]|(?<=\b[A-Z])\.(?=[A-Z]\.|\s)){3,120}?)"
    r"(?:,|(?<!\b[A-Z])\.(?:\s|$)|[;:]|\s+(?:said|says|told|added)\b|[ \t]*(?:\n|\Z))"
)
# A description set off before the name: from a sentence or clause start to `, NAME,` (`The President of
# Venezuela, Hugo Chavez, arrived`, `Amtrak's CEO, Richard Anderson, said`).
_ASIDE_BEFORE = re.compile(r"(?:^|(?<=[.!?;:,\"“”]\s)|(?<=\n))\s*(?P<text>[^,.;:!?\"“”\n]{2,90}),\s+$")
# after the name: a comma, or a verb (`, NAME criticised ...`), not the next item of a list (`, NAME the ...`)
_ASIDE_AFTER = re.compile(rf"\s*(?:,|(?!(?:{'|'.join(sorted(lt.LINK_WORDS))})\b)[a-z]+\b)")
# `named NAME as its next chief executive`: the office someone is given
_AS_TITLE = re.compile(
    r"\s+as\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:(?:next|new)\s+)?(?P<text>[^,.;:\"“”\n]{3,60}?)"
    r"(?=[,.;:]|\s+(?:on|from|in|at|after|when|effective|until|and)\b|$)"
)
# `NAME of the ORG`, `NAME, of ORG,`, `NAME, who works for the charity ORG`: where the person works
_MEMBER_OF = re.compile(
    r"(?:\s+of\s+the|,\s+of(?:\s+the)?|,\s+who\s+(?:works?|worked|is|was)\s+(?:for|at|with)(?:\s+the)?"
    r"(?:\s+(?!time\b|moment\b)[a-z]+)?)\s+(?P<org>[A-Z][^,.;:\"“”\n]{1,80})"
)
# `NAME, of the opposing political party,`: a body written in lower case, known by its head noun
_MEMBER_OF_BODY = re.compile(
    rf"(?:\s+|,\s+)of\s+the\s+(?P<org>(?:[a-z-]+\s+){{1,3}}(?:{'|'.join(sorted(en.ORGANIZATION_HEADS))}))\b"
)
# `Lieutenant NAME of the rebels`: one of a side named by a plural noun
_MEMBER_OF_FACTION = re.compile(rf"\s+of\s+the\s+(?P<org>{'|'.join(sorted(lt.FACTION_NOUNS))})\b")
# A description before a name that links its title to a named body (`Chief executive of the Harbor Bank
# NAME`): from a sentence start, lower-case words, `of`/`for`/`at the`, then the body's capitalised name.
_LINKED_PRE = re.compile(
    r"(?:^|(?<=[.!?\"”]\s)|(?<=\n))(?P<text>[A-Z][a-z-]+(?:\s+[a-z-]+){0,4}\s+(?:for|at|of)\s+the"
    r"(?:\s+[A-Z][\w'’&-]*){1,5})\s+$"
)
_PRE_WORD = re.compile(r"[\w.'’&-]+$")
# A possessive the tokeniser split from its owner (`The Harbor Ledger' s editor`): written back as one word.
_SPLIT_POSSESSIVE = re.compile(r"(?<=\w)(['’])\s+s(?=\s|$)")
# How far before a name its pre-modifiers may start: six words of a title and organisation name.
_PRE_REACH = 400


def _premodifier_words(before: str) -> list[str]:
    """The run of capitalised or title words right before a name (`Health Minister`, `Kremlin spokesman`)."""
    words: list[str] = []
    rest = _SPLIT_POSSESSIVE.sub(r"\1s", before.rstrip())
    while rest and len(words) < 6:
        match = _PRE_WORD.search(rest)
        if not match or match.end() != len(rest):
            break
        word = match.group()
        lowered = word.lower().rstrip(".")
        titled = lowered in en.TITLE_WORDS or lowered.endswith(("'s", "’s"))
        # `pitching coach`, `intensive care nurse`: lower-case words join a title that follows them
        modifier = (
            bool(words)
            and words[-1].lower() in _JOB_WORDS  # the word next to the name is the title's head
            and word.isalpha()
            and not (lowered.endswith("ed") and lowered not in _COMPOUND)  # `commented General`
            and lowered not in lt.NOT_TITLE_MODIFIERS
            and lowered not in en.FUNCTION_WORDS | en.ARTICLES
        )
        # `Directorate of Fisheries director`: a connector inside a capitalised name
        connector = lowered in {"of", "for", "and", "&"} and bool(words) and words[0][:1].isupper()
        # `co-ordinator and spokesperson NAME`: two jobs joined by `and` are one title
        peek = _PRE_WORD.search(rest[: match.start()].rstrip())
        paired = (
            lowered == "and"
            and bool(words)
            and words[0].lower() in _JOB_WORDS | lt.TENURE_WORDS
            and peek is not None
            and peek.group().lower() in _JOB_WORDS
        )
        connector = connector or paired
        if not (word[:1].isupper() or titled or connector or (modifier and len(words) < 4)):
            break
        words.insert(0, word)
        rest = rest[: match.start()].rstrip()
    while words and words[0].lower() in en.NAME_STOPWORDS | {"the", "a", "an", "of", "for", "and", "&"}:
        words.pop(0)
    return words


_COMPOUND = en.TITLE_PREMODIFIERS | lt.TITLE_COMPOUND_WORDS
_JOB_WORDS = {w for t in en.TITLES for w in t.split()} - en.FUNCTION_WORDS


def descriptions_around(
    text: str, name: str, m_start: int, m_end: int
) -> tuple[list[tuple[str | None, str | None]], bool]:
    """The (title, organisation) pairs written around the name at `m_start:m_end`, in the order they are
    weighed, and whether words before the name were read as its pre-modifiers."""
    # the six words before the name, within its line; searched no further back than that can reach, as
    # the line may be megabytes long and the name in it thousands of times
    reach = max(m_start - _PRE_REACH, 0)
    line_start = text.rfind("\n", reach, m_start) + 1 or reach
    found: list[tuple[str | None, str | None]] = []
    pre = _premodifier_words(text[line_start:m_start])
    if pre:
        words = pre + name.split()
        desc = describe(words, [""] * len(pre) + ["PERSON"] * len(name.split()))
        if desc.title and desc.name:
            found.append((desc.title, desc.organization))
    linked = _LINKED_PRE.search(text, line_start, m_start)
    if linked and linked.end() == m_start and not (found and found[0][1]):
        # `Former deputy head of logistics for the Harbor Defence Forces NAME said`: a long
        # description from the sentence start, its employer after `for the`
        found.insert(0, describe_appositive(linked.group("text")))
    # the apposition after the name first: in a list (`A, the minister, B, the chair,`) the description
    # before B is A's
    app = _APPOSITION.match(text, m_end)
    if app:
        found.append(describe_appositive(app.group("text")))
    aside = _ASIDE_BEFORE.search(text, line_start, m_start)
    if aside and _ASIDE_AFTER.match(text, m_end):
        # `Another activist, Dana Quill, said`: the description comes first, set off by commas
        found.append(describe_appositive(aside.group("text")))
    appointed = _AS_TITLE.match(text, m_end)
    if appointed:
        # `the appointment of Dr. Helena Marsh as its next chief executive`
        found.append((describe_appositive(appointed.group("text"))[0], None))
    return found, bool(pre)


def employer_after(text: str, m_end: int, titled: bool) -> str | None:
    """`said Bruce Riedel of the Brookings Institution`: `of the` + a name is where he works; a country only
    for a titled person (`King Hamid of Veldland`), never an untitled one's home."""
    member = _MEMBER_OF.match(text, m_end) or _MEMBER_OF_BODY.match(text, m_end)
    member = member or _MEMBER_OF_FACTION.match(text, m_end)
    if not member:
        return None
    employer = clip_organization(member.group("org")) or member.group("org")
    in_country = titled and employer in COUNTRIES
    return employer if employer and (in_country or not is_place(employer)) else None
