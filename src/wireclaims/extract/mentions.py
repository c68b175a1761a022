"""Mentions: the noun phrase that names or stands for a source, cut right and described.

A small model's parse often cuts names short or runs them into their surroundings; the functions here grow a
phrase over the parse's cuts (`Food [and Drug] Administration`), stop it at a time (`the police Thursday`)
and describe it (name, title, organisation, kind) with `describe`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from wireclaims.extract.cues import text_of
from wireclaims.extract.describe import Description, describe
from wireclaims.extract.name_bounds import (
    extend_hyphenated,
    extend_name,
    first_of_two_names,
    without_party_tag,
    without_place,
)
from wireclaims.extract.validate import Verdict, can_be_source, judge
from wireclaims.lang import en
from wireclaims.lang.names import (
    FEMALE_NOUNS,
    MALE_NOUNS,
    POSSESSIVE_NAME_WORDS,
)
from wireclaims.lang.sources import PREPOSITIONS, SUBORDINATORS

SUBJECT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass", "csubj"}
_CORE_DEPS = {"compound", "flat", "amod", "det", "poss", "case", "nummod", "nmod", "nmod:poss", "name"}
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
    # the common noun the text puts before a name (`company` in `aircraft company Boeing`): `the company`
    # later is this source
    called: str | None = None


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
            # comma between them it is one noun phrase; up to a comma (`candidate Ana Ruiz, like Hale, said`)
            for name_tok in child.doc[child.left_edge.i : child.right_edge.i + 1]:
                if name_tok.text in {",", "(", ";", ":", "—", "–", "--"}:
                    break
                core.append(name_tok)
        elif dep == "appos" and appositive is None:
            appositive = child.doc[child.left_edge.i : child.right_edge.i + 1].text
        elif dep == "nmod" and child.head == tok and _partitive(tok, child):
            # `One of the nephews said`: the phrase that speaks is the whole partitive, not `One`
            core.extend(child.doc[tok.i + 1 : child.right_edge.i + 1])
        elif (
            dep == "nmod"
            and child.head == tok
            and any(c.dep_ == "case" and c.lower_ in en.ORG_LINKS for c in child.children)
        ):
            # UD: `Lena Hart of the Port Authority` -> nmod(Hart, Authority) with case(of)
            if appositive is None:
                appositive = f"{tok.text} " + child.doc[child.left_edge.i : child.right_edge.i + 1].text
        elif dep == "prep" and child.head == tok and child.lower_ in en.ORG_LINKS:
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
    if first < 2 or doc[first - 1].lower_ not in en.HOLDER_PREPOSITIONS:
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
    if tokens[0].pos_ == "ADP" and tokens[0].lower_ in en.PLACE_TIME_PREPOSITIONS:
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
        first = tokens[0]
        tokens = tokens[:when]
        while tokens and (tokens[-1].text in STOP_TEXT or tokens[-1].lower_ in {"on", "late", "early"}):
            tokens = tokens[:-1]
        if not tokens:
            return _name_before_time(doc, first.i) if not _author else None
    tokens = without_place(without_party_tag(tokens))
    if not tokens:
        return None  # `(R-Ohio)`: a party tag alone is nobody
    # never across a sentence end: `... on Tuesday. Importers warned` is not one phrase
    ends = [k for k, t in enumerate(tokens[:-1]) if t.text in {".", "!", "?"} and t.whitespace_]
    if ends:
        tokens = tokens[ends[-1] + 1 :]
    last = tokens[-1]
    # `fourteen felony [charges]`: a phrase cut inside a noun compound names no one (the author of a
    # document so cut, `the campaign's website [states]`, still does)
    cut = (
        last.pos_ == "NOUN" and last.dep_ == "compound" and last.head.i == last.i + 1 and last.text.islower()
    )
    tokens = extend_hyphenated(doc, tokens)
    tokens = extend_name(doc, tokens)
    tokens = first_of_two_names(tokens)
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
    if cut:
        return None
    head = tokens[-1]
    if len(tokens) > 2 and tokens[1].lower_ == "of" and tokens[0].lower_ in en.PARTITIVE_ONE:
        desc = replace(desc, name=None, kind="person")  # `one of the nephews` is one person
    elif desc.kind in {"person", "unknown"} and head.tag_ == "NNS" and "PERSON" not in labels:
        desc = replace(desc, kind="group")  # `Importers warned`: a plural common noun is a group
    return Mention(start, end, text, desc, subject=subject)


def _name_before_time(doc: Doc, i: int) -> Mention | None:
    """`Warren on Tuesday said`: the parse made the time the subject; the name written before `on` is."""
    if i < 2 or doc[i - 1].lower_ != "on":
        return None
    name: list[Token] = []
    for tok in reversed(doc[max(i - 5, 0) : i - 1]):
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            break
        name.insert(0, tok)
    return mention_from_tokens(doc, name, _author=True) if name else None


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
