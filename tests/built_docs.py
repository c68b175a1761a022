"""Docs built by hand for rule tests: the words, tags, heads, dependencies and entities are written in a
table, so that a test fixes the parse a rule reads, whatever a retrained model would give.

A table has one token a line: `word TAG DEP HEAD [ENT] [=lemma]`.
- HEAD is the nearest other token written the same way (ties go to the later one), `#k` for the table's
  k-th token (from 0) when that is not the one meant, and `-` for the root.
- TAG is a Penn tag; the coarse POS follows from it (`VBD:AUX` sets it outright).
- ENT is an entity label; consecutive tokens with one label are one entity, `B-LABEL` starts another.
- The lemma is looked up in `_LEMMAS`, else the word in lower case (a proper noun keeps its case).
The words are found in the text in order, which gives the spaces; a paragraph break (a blank line) becomes
a space token hung on the word before it, as spaCy's tokenizer makes it.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from wireclaims.extract import Extraction, extract

_NLP = spacy.blank("en")

_POS = {
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "PRP": "PRON", "PRP$": "PRON",
    "WP": "PRON", "WDT": "PRON", "EX": "PRON", "DT": "DET", "PDT": "DET", "WP$": "DET", "IN": "ADP",
    "RP": "ADP", "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "RB": "ADV", "RBR": "ADV", "RBS": "ADV",
    "WRB": "ADV", "CD": "NUM", "CC": "CCONJ", "TO": "PART", "POS": "PART", "MD": "AUX", "UH": "INTJ",
    "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB",
    "_SP": "SPACE", "$": "SYM",
}  # fmt: skip
# the morphology the tagger's attribute ruler maps each tag to (rules read `VerbForm=Fin`)
_MORPH = {
    "VBD": "Tense=Past|VerbForm=Fin",
    "VBZ": "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    "VBP": "Tense=Pres|VerbForm=Fin",
    "MD": "VerbForm=Fin",
    "VB": "VerbForm=Inf",
    "VBG": "Aspect=Prog|Tense=Pres|VerbForm=Part",
    "VBN": "Aspect=Perf|Tense=Past|VerbForm=Part",
    "NN": "Number=Sing",
    "NNP": "Number=Sing",
    "NNS": "Number=Plur",
    "NNPS": "Number=Plur",
}
_LEMMAS = {
    "said": "say", "says": "say", "saying": "say", "told": "tell", "was": "be", "is": "be", "were": "be",
    "are": "be", "has": "have", "had": "have", "won": "win", "lost": "lose", "wrote": "write",
    "thought": "think", "met": "meet", "men": "man", "women": "woman", "people": "person",
    "residents": "resident", "nurses": "nurse", "officials": "official", "crews": "crew", "did": "do",
    "added": "add", "urged": "urge", "warned": "warn", "denied": "deny", "quoted": "quote",
    "thanked": "thank", "according": "accord", "visited": "visit", "opened": "open", "closed": "close",
}  # fmt: skip
_AUX_LEMMAS = {"be", "have", "do", "will", "would", "can", "could", "may", "might", "must", "should"}


def built(text: str, table: str) -> Doc:
    """A Doc over `text` with the tokens, parse and entities of `table` (see the module docstring). The
    sentences are the parse's: each root's subtree is one."""
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    words = [row[0] for row in rows]
    heads = [_head(words, k, row[3]) for k, row in enumerate(rows)]
    gaps = _gaps(text, words)
    columns: dict[str, list[object]] = {key: [] for key in _COLUMNS}
    doc_heads: list[int] = []  # the table row each Doc token hangs on
    ents: list[str] = []
    label: str | None = None
    for k, (word, tag, dep, _, *extra) in enumerate(rows):
        tag, _, pos = tag.partition(":")
        lemma = next((e[1:] for e in extra if e.startswith("=")), None)
        if lemma is None:
            lemma = _LEMMAS.get(word.lower(), word if tag.startswith("NNP") else word.lower())
        before, label = label, next((e for e in extra if not e.startswith("=")), None)
        ents.append(_iob(label, before))
        _append(columns, word, gaps[k].startswith(" "), tag, pos or _pos(tag, dep, lemma), lemma, dep)
        doc_heads.append(heads[k])
        if "\n" in gaps[k]:
            # a paragraph break: a space token hung on the word before it
            brk = gaps[k].lstrip(" ")
            _append(columns, brk, False, "_SP", "SPACE", brk, "dep")
            doc_heads.append(k)
            ents.append("O")
            label = None
    index = [n for n, word in enumerate(columns["words"]) if not str(word).isspace()]
    return Doc(_NLP.vocab, heads=[index[h] for h in doc_heads], ents=ents, **columns)  # type: ignore[arg-type]


_COLUMNS = ("words", "spaces", "tags", "pos", "morphs", "lemmas", "deps")


def _gaps(text: str, words: list[str]) -> list[str]:
    """The characters after each word up to the next (or the end): where the words stand in the text."""
    at, starts = 0, []
    for word in words:
        found = text.find(word, at)
        if found < 0 or text[at:found].strip():
            raise ValueError(f"{word!r} is not the next word of the text after offset {at}")
        starts.append(found)
        at = found + len(word)
    if text[at:].strip():
        raise ValueError(f"the table stops before {text[at:]!r}")
    ends = [start + len(word) for start, word in zip(starts, words, strict=True)]
    return [text[end:nxt] for end, nxt in zip(ends, [*starts[1:], len(text)], strict=True)]


def _pos(tag: str, dep: str, lemma: str) -> str:
    pos = _POS.get(tag, "PUNCT")
    if pos == "VERB" and lemma in _AUX_LEMMAS and dep in {"aux", "aux:pass", "cop"}:
        return "AUX"
    if tag == "IN" and dep == "mark":
        return "SCONJ"
    return pos


def _append(
    columns: dict[str, list[object]], word: str, space: bool, tag: str, pos: str, lemma: str, dep: str
) -> None:
    values = (word, space, tag, pos, _MORPH.get(tag, ""), lemma, dep)
    for key, value in zip(_COLUMNS, values, strict=True):
        columns[key].append(value)


def _head(words: list[str], k: int, head: str) -> int:
    if head == "-":
        return k
    if head.startswith("#") and head[1:].isdigit():
        return int(head[1:])
    same = [n for n, w in enumerate(words) if w == head and n != k]
    if not same:
        raise ValueError(f"no head {head!r} for token {k} {words[k]!r}")
    return min(same, key=lambda n: (abs(n - k), -n))


def _iob(label: str | None, before: str | None) -> str:
    """The IOB tag of a token labelled `label` after one labelled `before`."""
    if label is None or label.startswith("B-"):
        return label or "O"
    return f"I-{label}" if before is not None and before.removeprefix("B-") == label else f"B-{label}"


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each paragraph of a body whose paragraphs are separated by a blank line."""
    found, at = [], 0
    for para in text.split("\n\n"):
        found.append((at, para))
        at += len(para) + 2
    return found


def run(text: str, table: str, headline: str | None = None) -> Extraction:
    """What extraction finds in a story whose Doc is built from `table`."""
    doc = built(text, table)
    return extract(doc, paragraphs(text), has_parser=True, headline=headline)


def quotes(found: Extraction) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker, cue) of each quote."""
    return [
        (q.text, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None) for q in found.quotes
    ]


def claims(found: Extraction) -> list[tuple[str, str | None, str | None, str]]:
    """(content, source, cue, kind) of each claim."""
    return [
        (c.content, c.source.name if c.source else None, c.cue.text if c.cue else None, c.kind)
        for c in found.claims
    ]


def speakers(found: Extraction) -> list[tuple[str, str, str | None, str | None]]:
    """(name, kind, title, organisation) of each speaker."""
    return [(s.name, s.kind, s.title, s.organization) for s in found.speakers]
