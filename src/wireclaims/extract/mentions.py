"""Mentions: the noun phrase that names or stands for a source, cut right and described.

A small model's parse often cuts names short or runs them into their surroundings; the functions here grow a
phrase over the parse's cuts (`Food [and Drug] Administration`), stop it at a time (`the police Thursday`)
and describe it (name, title, organisation, kind) with `describe`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from wireclaims.extract.cues import text_of, verb_lemma
from wireclaims.extract.describe import Description, describe
from wireclaims.extract.validate import Verdict, can_be_source, judge
from wireclaims.lang import en
from wireclaims.lang.names import (
    FEMALE_NOUNS,
    HYPHEN_PARTICLES,
    MALE_NOUNS,
    PARTY_TAG,
    POSSESSIVE_NAME_WORDS,
)
from wireclaims.lang.sources import PREPOSITIONS, SUBORDINATORS

SUBJECT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass", "csubj"}
_CORE_DEPS = {"compound", "flat", "amod", "det", "poss", "case", "nummod", "nmod", "nmod:poss", "name"}
_ORG_LINKS = {"of", "at", "for", "from"}
_HYPHENS = {"-", "‐"}
STOP_TEXT = {",", ";", ".", ":", "!", "?", "(", ")", "—", "–", "-", '"', "“", "”", "«", "»"}


@dataclass(frozen=True)
class Mention:
    """A phrase that names or stands for a source."""

    start: int
    end: int
    text: str
    description: Description | None
    pronoun: str | None = None
    subject: bool = True


def np_tokens(tok: Token) -> tuple[list[Token], str | None]:
    """The core of a noun phrase headed by `tok`, and the text of its apposition or `of/at/for` phrase."""
    core: list[Token] = [tok]
    appositive: str | None = None
    stack = list(tok.children)
    while stack:
        child = stack.pop()
        dep = child.dep_
        if (
            dep == "appos"
            and child.left_edge.i == max(t.i for t in core) + 1
            and child.pos_ == "PROPN"
            and not child.left_edge.is_punct
        ):
            # `Fisheries Minister Mamadou Lamine Thiaw` parsed as nsubj(Fisheries) + appos(Thiaw): with no
            # comma between them it is one noun phrase
            core.extend(child.doc[child.left_edge.i : child.right_edge.i + 1])
        elif dep == "appos" and appositive is None:
            appositive = child.doc[child.left_edge.i : child.right_edge.i + 1].text
        elif dep == "nmod" and child.head == tok and _partitive(tok, child):
            # `One of the nephews said`: the phrase that speaks is the whole partitive, not `One`
            core.extend(child.doc[tok.i + 1 : child.right_edge.i + 1])
        elif (
            dep == "nmod"
            and child.head == tok
            and any(c.dep_ == "case" and c.lower_ in _ORG_LINKS for c in child.children)
        ):
            # UD: `Lena Hart of the Port Authority` -> nmod(Hart, Authority) with case(of)
            if appositive is None:
                appositive = f"{tok.text} " + child.doc[child.left_edge.i : child.right_edge.i + 1].text
        elif dep == "prep" and child.head == tok and child.lower_ in _ORG_LINKS:
            pobj = [c for c in child.children if c.dep_ == "pobj"]
            if pobj and appositive is None:
                appositive = (
                    f"{tok.text} {child.text} "
                    + child.doc[pobj[0].left_edge.i : pobj[0].right_edge.i + 1].text
                )
        elif dep == "nmod" and any(
            c.dep_ == "case" and c.lower_ not in {"'s", "’s", "'"} for c in child.children
        ):
            continue  # UD: `the Kremlin on Wednesday`: a prepositional modifier is not part of the name
        elif dep in _CORE_DEPS or (dep == "punct" and child.text in {"'s", "’s"}):
            core.append(child)
            stack.extend(child.children)
    core.sort(key=lambda t: t.i)
    # a preposition the head itself takes opens the phrase (`months after Norway confirmed`: Norway)
    opener = max(
        (c.i for c in tok.children if c.dep_ == "case" and c.pos_ == "ADP" and c.i < tok.i), default=-1
    )
    core = [t for t in core if t.i > opener]
    # keep one contiguous run around the head
    run = [t for t in core if abs(t.i - tok.i) <= len(core)]
    return run, appositive


def _whole_description(doc: Doc, tokens: list[Token]) -> list[Token]:
    """The phrase grown back over the description it completes: a reading cut at the preposition of `an
    advisor to the rowing team told reporters` found `the rowing team`; the speaker is the advisor."""
    first = tokens[0].i
    if first < 2 or doc[first - 1].lower_ not in _COMPLEMENT_CASES:
        return tokens
    case, holder = doc[first - 1], doc[first - 2]
    governed = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in governed), tokens[-1])
    via = head.head.head if head.head == case else head.head  # `prep`/`pobj` or UD `nmod` with `case`
    if via != holder or holder.pos_ != "NOUN" or holder.is_sent_start:
        return tokens
    if not _title_noun(holder.lemma_.lower()):
        return tokens
    start = holder.left_edge.i if holder.left_edge.i < holder.i else holder.i
    return list(doc[start : tokens[-1].i + 1])


_COMPLEMENT_CASES = {"to", "for", "of", "at"}


def _partitive(tok: Token, child: Token) -> bool:
    """`one of the nurses`, `two of her sons`: a quantifier whose `of` phrase names the group it picks."""
    return (
        tok.lower_ in en.PARTITIVE_ONE | en.PARTITIVE_SOME
        and child.i > tok.i
        and child.tag_ in {"NNS", "NNPS"}
        and tok.doc[tok.i + 1].lower_ == "of"
        and _people_noun(child)
    )


def _people_noun(tok: Token) -> bool:
    """Whether a plural noun names people (`nephews`, `officials`, `children`), not things (`states`)."""
    lemma = tok.lemma_.lower()
    return (
        tok.lower_ in en.GROUP_HEADS | POSSESSIVE_NAME_WORDS
        or lemma in en.PEOPLE_NOUNS | MALE_NOUNS | FEMALE_NOUNS
        or _title_noun(lemma)
    )


def _title_noun(lemma: str) -> bool:
    """A job a person holds (`advisor`, `nurse`), not a word that only joins a title (`state`, `board`)."""
    return lemma in en.TITLE_WORDS and lemma not in en.TITLE_PREMODIFIERS | en.ORGANIZATION_HEADS


def mention_from_tokens(
    doc: Doc, tokens: list[Token], appositive: str | None = None, _author: bool = False
) -> Mention | None:
    """A mention from the tokens of a noun phrase; None when the phrase cannot be a source (`validate`).

    A document stands for its author when the text names one (`a report by the commission`).
    """
    while tokens and (tokens[0].text in STOP_TEXT or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text in STOP_TEXT or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens or all(t.like_num for t in tokens):
        return None  # `who in 2010 said`: a year is when, never who
    # `Ana Ruiz “Trump must stop ...`: a name runs into a quotation it never holds
    quote = next((k for k, t in enumerate(tokens) if k > 0 and t.is_quote), None)
    if quote is not None:
        tokens = tokens[:quote]
    while len(tokens) > 1 and tokens[0].lower_ in SUBORDINATORS and tokens[1].text[:1].isupper():
        tokens = tokens[1:]  # `As Clinton said`, `After Ruiz spoke`: the subject of the clause the word opens
    while len(tokens) > 1 and tokens[0].ent_type_ and tokens[0].lower_ in PREPOSITIONS:
        tokens = tokens[1:]  # `For Trump` labelled one name: the model took the sentence's first word in
    while len(tokens) > 1 and tokens[-1].text in PREPOSITIONS:
        tokens = tokens[:-1]  # `Christie of`: a phrase cut inside `Christie of New Jersey` ends at the name
    # `Dara Fenwick, the mayor's spokesman` (the comma may be outside the tokens): a name and its apposition
    gaps = (doc[tokens[k - 1].i + 1 : tokens[k].i + 1].text for k in range(1, len(tokens)))
    comma = next((k for k, gap in enumerate(gaps, 1) if "," in gap), 0)
    rest = [t for t in tokens[comma:] if t.text != ","]
    described = bool(rest) and (
        not rest[0].text[:1].isupper() or (len(rest) > 1 and rest[1].text in {"'s", "’s"})
    )  # `Lorvik, Harbour Minister Peter Holm` is two names, not a name and what it is
    if comma and described and all(t.text[:1].isupper() for t in tokens[:comma] if t.text != ","):
        after = tokens[comma - 1].idx + len(tokens[comma - 1].text)
        appositive = appositive or text_of(doc)[after : tokens[-1].idx + len(tokens[-1].text)]
        tokens = [t for t in tokens[:comma] if t.text != ","]
    if tokens[0].pos_ == "ADP" and tokens[0].lower_ in _PLACE_TIME_PREPOSITIONS:
        return None  # `at a Washington event this month`: a place or time, never a source
    tokens = _whole_description(doc, tokens)
    # `the police Thursday`, `Tuesday`, `the mayor this month`: a time is when, never who
    when = next(
        (
            k
            for k, t in enumerate(tokens)
            if t.lower_ in en.TIME_WORDS
            or (
                t.lower_ in en.TIME_NOUNS
                and k > 0
                and tokens[k - 1].lower_ in {"this", "last", "next", "earlier", "later"}
            )
        ),
        None,
    )
    if when is not None and tokens[when].lower_ in en.TIME_NOUNS:
        when -= 1  # cut before `this month`
    if when is not None:
        tokens = tokens[:when]
        while tokens and (tokens[-1].text in STOP_TEXT or tokens[-1].lower_ in {"on", "late", "early"}):
            tokens = tokens[:-1]
        if not tokens:
            return None
    tokens = _without_place(_without_party_tag(tokens))
    # never across a sentence end: `... on Tuesday. Importers warned` is not one phrase
    ends = [k for k, t in enumerate(tokens[:-1]) if t.text in {".", "!", "?"} and t.whitespace_]
    if ends:
        tokens = tokens[ends[-1] + 1 :]
    tokens = _extend_hyphenated(doc, tokens)
    tokens = _extend_name(doc, tokens)
    tokens = _first_of_two_names(tokens)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = text_of(doc)[start:end]
    subject = tokens[-1].dep_ in SUBJECT_DEPS or any(t.dep_ in SUBJECT_DEPS for t in tokens)
    if len(tokens) == 1 and tokens[0].lower_ in en.PRONOUNS:
        if not can_be_source(tokens, None):
            return None
        return Mention(start, end, text, None, pronoun=tokens[0].lower_, subject=True)
    if len(tokens) == 1 and tokens[0].lower_ in en.GROUP_QUANTIFIERS and tokens[0].dep_ in SUBJECT_DEPS:
        return Mention(start, end, text, None, pronoun=tokens[0].lower_, subject=True)  # `Some also said`
    if len(tokens) == 1 and tokens[0].lower_ in {"i", "you", "me", "us", "who", "which", "that", "this"}:
        return None
    words, labels = _words(tokens)
    desc = describe(words, labels, appositive)
    if desc.name is None and desc.title is None and desc.kind == "unknown":
        return None
    verdict = judge(tokens, desc)
    if verdict.reason is not None:
        return _author_mention(doc, verdict) if not _author else None
    head = tokens[-1]
    if len(tokens) > 2 and tokens[1].lower_ == "of" and tokens[0].lower_ in en.PARTITIVE_ONE:
        desc = replace(desc, name=None, kind="person")  # `one of the nephews` is one person
    elif desc.kind in {"person", "unknown"} and head.tag_ == "NNS" and "PERSON" not in labels:
        desc = replace(desc, kind="group")  # `Importers warned`: a plural common noun is a group
    return Mention(start, end, text, desc, subject=subject)


def as_speaker(doc: Doc, mention: Mention) -> Mention | None:
    """The mention as the source of a quote or claim: None when it cannot speak, or the source its role
    names (`She was told by a midwife` -> `a midwife`; `told the crowd` -> None)."""
    if mention.pronoun in en.GROUP_QUANTIFIERS:
        return mention  # `Some said`: never a source itself; the registry finds the group or drops it
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return mention
    verdict = judge(list(span), mention.description, roles=True)
    if verdict.reason is None:
        return mention
    return _author_mention(doc, verdict)


def _author_mention(doc: Doc, verdict: Verdict) -> Mention | None:
    """The mention of whoever a rejected phrase names as its author, if anyone."""
    if verdict.author is None:
        return None
    tokens, appositive = np_tokens(verdict.author)
    while tokens and tokens[-1].text in {"'s", "’s", "'", "’"}:
        tokens = tokens[:-1]  # `the company's website`: the company
    while tokens and tokens[0].dep_ == "case":
        tokens = tokens[1:]  # `by the journal`: the journal
    return mention_from_tokens(doc, tokens, appositive, _author=True)


def _is_name_token(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha and tok.pos_ != "DET" and tok.lower_ not in en.TIME_WORDS


def _extend_name(doc: Doc, tokens: list[Token]) -> list[Token]:
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
        elif prev.lower_ in NAME_CONNECTORS and first >= 2 and _is_name_token(doc[first - 2]):
            first -= 2
        else:
            break
    while last + 1 < len(doc):
        nxt = doc[last + 1]
        if _is_name_token(nxt) and nxt.pos_ in {"PROPN", "NOUN"} and verb_lemma(nxt, en.CUE_CLASSES) is None:
            last += 1
        elif nxt.lower_ in NAME_CONNECTORS and last + 2 < len(doc) and _is_name_token(doc[last + 2]):
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
    if gaps and all(_is_name_token(t) or t.lower_ in NAME_CONNECTORS for t in gaps):
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


def _without_party_tag(tokens: list[Token]) -> list[Token]:
    """The tokens without a parenthesised party tag (`Rep. Dana Hale (D-Ore.)` -> `Rep. Dana Hale`)."""
    for k, tok in enumerate(tokens):
        if tok.text == ")" and k > 1:
            start = party_tag_start(tok.doc, tok.i + 1)
            if start <= tok.i and start >= tokens[0].i:
                return [t for t in tokens if not start <= t.i <= tok.i]
    return tokens


def _without_place(tokens: list[Token]) -> list[Token]:
    """A proper name without the place it is in: `St Mary's Hospital in Leeds` is the hospital. A description
    keeps its place (`officials in the city`): it is what tells who they are."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].lower_ != "in":
            continue
        words = tokens[1:k] if tokens[0].pos_ == "DET" else tokens[:k]
        name = bool(words) and all(
            t.text[:1].isupper() or t.lower_ in NAME_CONNECTORS | {"'s", "’s"} for t in words
        )
        place = all(t.ent_type_ in {"GPE", "LOC"} or t.text == "," for t in tokens[k + 1 :])
        if name and place:
            return tokens[:k]
    return tokens


def _first_of_two_names(tokens: list[Token]) -> list[Token]:
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
    if link is not None and link.lower_ in _ORG_LINKS:
        return tokens  # `director of operations for the Harbour Guard Ana Ruiz`: the organisation is hers
    return tokens[:end]


_PLACE_TIME_PREPOSITIONS = {"at", "in", "on", "during", "after", "before", "since"}
NAME_CONNECTORS = {"of", "and", "&", "for", "de", "du", "des", "la", "le", "van", "von", "der"}


def _extend_hyphenated(doc: Doc, tokens: list[Token]) -> list[Token]:
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


def _words(tokens: list[Token]) -> tuple[list[str], list[str]]:
    """Whitespace-delimited words (`Solberg-Haug` stays one word), with `'s` split off, and their labels."""
    words: list[str] = []
    labels: list[str] = []
    glue = False
    text = text_of(tokens[0].doc) if tokens else ""
    prev_end = 0
    for tok in tokens:
        if tok.text in {"'s", "’s", "'", "’"} or tok.text in {",", ";", "(", ")"}:
            if tok.text in {",", ";", "(", ")"}:
                glue = False
                continue
            words.append(tok.text)
            labels.append("")
            glue = False
            continue
        if glue and words:
            # `Ofori-Mensah` is three tokens; the hyphen may not be among the phrase's tokens
            words[-1] += text[prev_end : tok.idx] + tok.text
        else:
            words.append(tok.text)
            labels.append(tok.ent_type_)
        glue = not tok.whitespace_ or (
            tok.i + 1 < len(tok.doc) and tok.nbor(1).text in {"-", "–"} and not tok.nbor(1).whitespace_
        )
        prev_end = tok.idx + len(tok.text)
    return words, labels
