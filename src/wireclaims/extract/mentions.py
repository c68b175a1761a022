"""Mentions: the noun phrase that names or stands for a source, cut right and described.

A small model's parse often cuts names short or runs them into their surroundings; the functions here grow a
phrase over the parse's cuts (`Food [and Drug] Administration`), cut it where it runs on (`phrase_cuts`:
`the police Thursday`) and describe it (name, title, organisation, kind) with `describe`.
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
from wireclaims.extract.phrase_cuts import (
    after_sentence_end,
    before_time,
    cut_in_compound,
    split_apposition,
    title_noun,
    whole_description,
    without_edges,
    without_openers,
    words_and_labels,
)
from wireclaims.extract.validate import Verdict, can_be_source, judge
from wireclaims.lang import en
from wireclaims.lang.names import (
    FEMALE_NOUNS,
    MALE_NOUNS,
    POSSESSIVE_NAME_WORDS,
)

SUBJECT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass", "csubj"}
_CORE_DEPS = {"compound", "flat", "amod", "det", "poss", "case", "nummod", "nmod", "nmod:poss", "name"}


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
            core.extend(_up_to_comma(child))
        elif dep == "appos" and appositive is None:
            appositive = child.doc[child.left_edge.i : child.right_edge.i + 1].text
        elif dep == "nmod" and child.head == tok and _partitive(tok, child):
            # `One of the nephews said`: the phrase that speaks is the whole partitive, not `One`
            core.extend(child.doc[tok.i + 1 : child.right_edge.i + 1])
        elif _organization_link(tok, child):
            if appositive is None:
                appositive = _linked_text(tok, child)
        elif dep == "nmod" and any(
            c.dep_ == "case" and c.lower_ not in {"'s", "’s", "'"} for c in child.children
        ):
            continue  # UD: `the Kremlin on Wednesday`: a prepositional modifier is not part of the name
        elif dep in _CORE_DEPS or (dep == "punct" and child.text in {"'s", "’s"}):
            core.append(child)
            stack.extend(child.children)
    return _contiguous(tok, core), appositive


def _up_to_comma(appos: Token) -> list[Token]:
    """The words of an apposition up to the first comma, bracket or dash in it."""
    run: list[Token] = []
    for name_tok in appos.doc[appos.left_edge.i : appos.right_edge.i + 1]:
        if name_tok.text in {",", "(", ";", ":", "—", "–", "--"}:
            break
        run.append(name_tok)
    return run


def _organization_link(tok: Token, child: Token) -> bool:
    """`Lena Hart of the Port Authority`: UD nmod(Hart, Authority) with case(of), or prep(Hart, of)."""
    if child.head != tok:
        return False
    if child.dep_ == "nmod":
        return any(c.dep_ == "case" and c.lower_ in en.ORG_LINKS for c in child.children)
    return child.dep_ == "prep" and child.lower_ in en.ORG_LINKS


def _linked_text(tok: Token, link: Token) -> str | None:
    """`Hart of the Port Authority`: the head and its `of/at/for` phrase, read as an apposition."""
    doc = link.doc
    if link.dep_ == "nmod":
        return f"{tok.text} " + doc[link.left_edge.i : link.right_edge.i + 1].text
    pobj = [c for c in link.children if c.dep_ == "pobj"]
    if not pobj:
        return None
    return f"{tok.text} {link.text} " + doc[pobj[0].left_edge.i : pobj[0].right_edge.i + 1].text


def _contiguous(tok: Token, core: list[Token]) -> list[Token]:
    """The core in reading order, from a preposition the head itself takes (`months after Norway
    confirmed`: Norway), as one contiguous run around the head."""
    core.sort(key=lambda t: t.i)
    opener = max(
        (c.i for c in tok.children if c.dep_ == "case" and c.pos_ == "ADP" and c.i < tok.i), default=-1
    )
    core = [t for t in core if t.i > opener]
    return [t for t in core if abs(t.i - tok.i) <= len(core)]


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
        or title_noun(lemma)
    )


def mention_from_tokens(
    doc: Doc, tokens: list[Token], appositive: str | None = None, _author: bool = False
) -> Mention | None:
    """A mention from the tokens of a noun phrase; None when the phrase cannot be a source (`validate`).

    A document stands for its author when the text names one (`a report by the commission`).
    """
    tokens = without_edges(tokens)
    if not tokens or all(t.like_num for t in tokens):
        return None  # `who in 2010 said`: a year is when, never who
    tokens, appositive = split_apposition(doc, without_openers(tokens), appositive)
    if tokens[0].pos_ == "ADP" and tokens[0].lower_ in en.PLACE_TIME_PREPOSITIONS:
        return None  # `at a Washington event this month`: a place or time, never a source
    tokens = whole_description(doc, tokens)
    first = tokens[0]
    tokens = before_time(tokens)
    if not tokens:
        return _name_before_time(doc, first.i) if not _author else None
    tokens = without_place(without_party_tag(tokens))
    if not tokens:
        return None  # `(R-Ohio)`: a party tag alone is nobody
    tokens = after_sentence_end(tokens)
    cut = cut_in_compound(tokens[-1])
    tokens = first_of_two_names(extend_name(doc, extend_hyphenated(doc, tokens)))
    return _described(doc, tokens, appositive, cut, _author)


def _described(
    doc: Doc, tokens: list[Token], appositive: str | None, cut: bool, _author: bool
) -> Mention | None:
    """The mention of a phrase cut to its final bounds: a pronoun, or a phrase `describe` reads and `judge`
    accepts."""
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
    words, labels = words_and_labels(tokens)
    desc = describe(words, labels, appositive)
    if desc.name is None and desc.title is None and desc.kind == "unknown":
        return None
    verdict = judge(tokens, desc)
    if verdict.reason is not None:
        return _author_mention(doc, verdict) if not _author else None
    if cut:
        return None
    return Mention(start, end, text, _counted(desc, tokens, labels), subject=subject)


def _counted(desc: Description, tokens: list[Token], labels: list[str]) -> Description:
    """The description with its number read from the phrase: `one of the nephews` is one person,
    `Importers warned` a group."""
    head = tokens[-1]
    if len(tokens) > 2 and tokens[1].lower_ == "of" and tokens[0].lower_ in en.PARTITIVE_ONE:
        return replace(desc, name=None, kind="person")
    if desc.kind in {"person", "unknown"} and head.tag_ == "NNS" and "PERSON" not in labels:
        return replace(desc, kind="group")  # a plural common noun is a group
    return desc


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
