"""Name boundaries: where a name in the text starts and ends, over a small model's cuts and run-ons.

`Food [and Drug] Administration`, `Park Ji-hoon`, `Adeyemi-Okafor` are grown whole; a party tag (`Dana
Hale (D-Ore.)`), the place an organisation is in (`St Anne's Hospital in Leeds`) and a person's name run on
after an organisation's (`Harbour Watch Jorek Valdanis`) are cut off.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from wireclaims.extract.cues import verb_lemma
from wireclaims.lang import en, names
from wireclaims.lang.names import HYPHEN_PARTICLES, PARTY_TAG

_HYPHENS = {"-", "‐"}


def _is_name_token(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha and tok.pos_ != "DET" and tok.lower_ not in en.TIME_WORDS


def extend_name(doc: Doc, tokens: list[Token]) -> list[Token]:
    """Grow a proper name the parse cut short over capitalised words and `of`/`and` between them.

    `National Federation of Coffee Growers`, `Food and Drug Administration`, `Oceans Watch West Africa`: a
    small model often splits such names into several phrases.
    """
    if not _is_name_token(tokens[-1]) or tokens[-1].lower_ in en.PRONOUNS:
        return tokens
    first, last = tokens[0].i, tokens[-1].i
    while first > 0:
        prev = doc[first - 1]
        if _is_name_token(prev) and not (prev.is_sent_start and prev.lower_ in en.NAME_STOPWORDS):
            first -= 1
        elif prev.lower_ in names.NAME_CONNECTORS and first >= 2 and _is_name_token(doc[first - 2]):
            first -= 2
        else:
            break
    while last + 1 < len(doc):
        nxt = doc[last + 1]
        if _is_name_token(nxt) and nxt.pos_ in {"PROPN", "NOUN"} and verb_lemma(nxt, en.CUE_CLASSES) is None:
            last += 1
        elif (
            nxt.lower_ in names.NAME_CONNECTORS
            and last + 2 < len(doc)
            and _is_name_token(doc[last + 2])
            and not _person_then_other(doc[last], nxt, doc[last + 2])
        ):
            last += 2
        elif nxt.lower_ in HYPHEN_PARTICLES and last + 3 < len(doc) and not nxt.whitespace_:
            if doc[last + 2].text not in _HYPHENS or not _is_name_token(doc[last + 3]):
                break
            last += 3  # `Rafiq Hamdan al-Obeidi`
        elif _hyphenated_name_part(doc, last + 1):
            last += 3  # `Park Ji-hoon`: the model reads `Ji` as a word of its own (`In`, `An`: a preposition)
        else:
            break
    inside = {t.i for t in tokens}
    gaps = [doc[i] for i in range(tokens[0].i, tokens[-1].i + 1) if i not in inside]
    if gaps and all(_is_name_token(t) or t.lower_ in names.NAME_CONNECTORS for t in gaps):
        tokens = list(doc[tokens[0].i : tokens[-1].i + 1])  # `Food [and Drug] Administration`
    if first == tokens[0].i and last == tokens[-1].i:
        return tokens
    # leading title words stay (`Kremlin spokesman Dmitry Peskov`); what was added is only capitalised text
    return (
        [doc[i] for i in range(first, tokens[0].i)]
        + tokens
        + [doc[i] for i in range(tokens[-1].i + 1, last + 1)]
    )


def _hyphenated_name_part(doc: Doc, i: int) -> bool:
    """Whether tokens i..i+2 are one capitalised hyphenated word (`Ji-hoon`), whatever their tags."""
    if i + 2 >= len(doc) or not doc[i].text[:1].isupper() or not doc[i].is_alpha:
        return False
    hyphen, rest = doc[i + 1], doc[i + 2]
    return not doc[i].whitespace_ and hyphen.text in _HYPHENS and not hyphen.whitespace_ and rest.is_alpha


def party_tag_start(doc: Doc, end: int) -> int:
    """Where a parenthesised party tag ending right before token `end` starts (`Dana Hale (D-Ore.) said`:
    the `(`), or `end` when there is none."""
    if end < 3 or doc[end - 1].text != ")":
        return end
    for k in range(end - 2, max(end - 8, 0) - 1, -1):
        if doc[k].text == "(":
            inner = doc[k + 1 : end - 1].text.replace(" ", "")
            return k if _PARTY_TAG.fullmatch(inner) else end
    return end


_PARTY_TAG = re.compile(rf"{PARTY_TAG}|[DRI]")


def without_party_tag(tokens: list[Token]) -> list[Token]:
    """The tokens without a parenthesised party tag (`Rep. Dana Hale (D-Ore.)` -> `Rep. Dana Hale`), also
    when the parse took only a word of it into the phrase (`N.Y.` of `(D-N.Y.)`)."""
    return [t for t in tokens if not _in_party_tag(t)]


def _in_party_tag(tok: Token) -> bool:
    """Whether `tok` is inside a parenthesised party tag, its parentheses included."""
    doc, i = tok.doc, tok.i
    before = doc[max(i - 6, 0) : i + 1] if tok.text != ")" else doc[max(i - 6, 0) : i]
    opening = next((t.i for t in reversed(before) if t.text in {"(", ")"}), None)
    if opening is None or doc[opening].text != "(":
        return False
    after = doc[i : i + 7] if tok.text != "(" else doc[i + 1 : i + 8]
    closing = next((t.i for t in after if t.text in {"(", ")"}), None)
    if closing is None or doc[closing].text != ")":
        return False
    return party_tag_start(doc, closing + 1) == opening


def without_place(tokens: list[Token]) -> list[Token]:
    """A proper name without the place it is in: `St Mary's Hospital in Leeds` is the hospital. A description
    keeps its place (`officials in the city`): it is what tells who they are."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].lower_ != "in":
            continue
        words = tokens[1:k] if tokens[0].pos_ == "DET" else tokens[:k]
        name = bool(words) and all(
            t.text[:1].isupper() or t.lower_ in names.NAME_CONNECTORS | {"'s", "’s"} for t in words
        )
        place = all(t.ent_type_ in {"GPE", "LOC"} or t.text == "," for t in tokens[k + 1 :])
        if name and place:
            return tokens[:k]
    return tokens


def first_of_two_names(tokens: list[Token]) -> list[Token]:
    """An organisation's name the phrase runs on into a person's: `According to Harbour Watch International
    Jorek Valdanis, a reporter, was held` reads two names, and the organisation, first, is the source.

    The organisation is an entity the model marked, whole, at the start of the phrase; what follows is
    capitalised words it left unmarked (or marked a person) with no title among them (`Harbour Bank Chief
    Executive Ana Ruiz` is one person).
    """
    k = 1 if len(tokens) > 1 and tokens[0].pos_ == "DET" else 0
    if k >= len(tokens) or tokens[k].ent_type_ != "ORG" or tokens[k].ent_iob_ != "B":
        return tokens
    if any(t.lower_.rstrip(".") in en.TITLE_WORDS for t in tokens):
        return tokens  # `Fire Chief Ana Ruiz`, `Harbour Bank Chief Executive Ana Ruiz`: one person
    end = k + 1
    while end < len(tokens) and tokens[end].ent_iob_ == "I":
        end += 1
    rest = [t for t in tokens[end:] if t.text not in _HYPHENS]
    if len(rest) < 2 or any(t.ent_type_ not in {"", "PERSON"} or not _is_name_token(t) for t in rest):
        return tokens
    before = tokens[0].doc[: tokens[0].i]
    link = next((t for t in reversed(before) if t.pos_ != "DET"), None)
    if link is not None and link.lower_ in en.ORG_LINKS:
        return tokens  # `director of operations for the Harbour Guard Ana Ruiz`: the organisation is hers
    return tokens[:end]


def _person_then_other(name: Token, connector: Token, nxt: Token) -> bool:
    """`Tom Vesey for Harbor Polling`: a person's name never runs on over `for`/`of` into another entity, nor
    over `for` into any name (the model may tag no entity there)."""
    if name.ent_type_ != "PERSON":
        return False
    return nxt.ent_type_ not in {"PERSON", ""} or (connector.lower_ == "for" and nxt.ent_type_ != "PERSON")


def extend_hyphenated(doc: Doc, tokens: list[Token]) -> list[Token]:
    """Grow a phrase over hyphens that join words (`Adeyemi-Okafor`): a name is never cut at one."""
    first, last = tokens[0].i, tokens[-1].i
    while (
        first >= 2
        and doc[first - 1].text in _HYPHENS
        and not doc[first - 2].whitespace_
        and not doc[first - 1].whitespace_
    ):
        first -= 2
    while (
        last + 2 < len(doc)
        and doc[last + 1].text in _HYPHENS
        and not doc[last].whitespace_
        and not doc[last + 1].whitespace_
    ):
        last += 2
    before = [doc[i] for i in range(first, tokens[0].i)]
    after = [doc[i] for i in range(tokens[-1].i + 1, last + 1)]
    return before + tokens + after
