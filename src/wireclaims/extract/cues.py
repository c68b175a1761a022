"""Cue words: which tokens introduce reported speech, with lemma and class from the lexicon."""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from wireclaims.lang import en, sources
from wireclaims.models import Cue


@dataclass(frozen=True)
class CueMatch:
    """A cue found in the Doc: its tokens [i, j) and its lemma."""

    i: int
    j: int
    lemma: str
    cognition: bool = False

    def head(self, doc: Doc) -> Token:
        """The verb token that governs the cue (the first word)."""
        return doc[self.i]

    def to_model(self, doc: Doc) -> Cue:
        span = doc[self.i : self.j]
        return Cue(
            text=span.text,
            lemma=self.lemma,
            cue_class=cue_class(self.lemma),
            start=span.start_char,
            end=span.end_char,
        )


def cue_class(lemma: str) -> str:
    """Class of a cue lemma from the lexicon ('other' when unlisted)."""
    phrasal = dict(en.PHRASAL_CUES.values())
    return phrasal.get(lemma) or en.CUE_CLASSES.get(lemma) or en.NOMINAL_CUES.get(lemma, "other")


@functools.lru_cache(maxsize=20_000)
def candidate_lemmas(word: str) -> tuple[str, ...]:
    return tuple(_inflections(word))


def _inflections(word: str) -> list[str]:
    w = word.lower()
    out = [en.IRREGULAR_FORMS.get(w, w)]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
                         ("d", ""), ("es", ""), ("s", "")):  # fmt: skip
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            out.append(w[: -len(suffix)] + repl)
    if len(w) > 4 and w[-3:-2] == w[-4:-3] and w.endswith(("ed", "ing")):
        out.append(w[:-4] if w.endswith("ing") else w[:-3])  # admitted -> admit
    return out


def verb_lemma(token: Token, lexicon: dict[str, str] | frozenset[str]) -> str | None:
    """The token's lemma if it is in `lexicon`, from the model's lemma or the word form's inflection."""
    lemma = token.lemma_.lower()
    if lemma in lexicon:
        return lemma
    return next((f for f in candidate_lemmas(token.text) if f in lexicon), None)


def is_verbal(token: Token) -> bool:
    """True when the token can be a cue verb (untagged pipelines accept any word)."""
    if not token.tag_ and not token.pos_:
        return True
    return token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB")


# Every look-up below bisects a sorted index of the Doc's cues: a story is looked up once per quote and per
# sentence, and a scan of the whole index each time made a story with 10,000 quotation marks quadratic.


def find_cues(doc: Doc, start: int, end: int) -> list[CueMatch]:
    """Cues among the tokens whose characters fall within [start, end), in reading order."""
    index = _cue_index(doc)
    first = bisect.bisect_left(index.starts, start)
    last = bisect.bisect_left(index.starts, end, first)
    return [cue for _, e, cue in index.entries[first:last] if e <= end]


def verb_tokens(doc: Doc, start: int, end: int) -> list[int]:
    """Indices of the tokens in [start, end) whose lemma is a speech cue and that can be verbs."""
    index = _cue_index(doc)
    return index.verbs[
        bisect.bisect_left(index.verb_starts, start) : bisect.bisect_left(index.verb_starts, end)
    ]


def noun_cue_tokens(doc: Doc, start: int, end: int) -> list[int]:
    """Indices of the nouns in [start, end) that report speech (`statement`, `warning`, ...)."""
    index = _cue_index(doc)
    return index.nouns[
        bisect.bisect_left(index.noun_starts, start) : bisect.bisect_left(index.noun_starts, end)
    ]


@dataclass(frozen=True)
class _CueIndex:
    """The cues, cue verbs and cue nouns of a Doc in reading order, with their start offsets to bisect."""

    entries: list[tuple[int, int, CueMatch]]
    starts: list[int]
    verbs: list[int]
    verb_starts: list[int]
    nouns: list[int]
    noun_starts: list[int]


def _cue_index(doc: Doc) -> _CueIndex:
    """Every cue of the Doc, found in one pass and kept with the Doc: the windows of every quote and claim
    are then looked up, not re-scanned token by token."""
    cached = doc.user_data.get("wireclaims.cues")
    if isinstance(cached, _CueIndex):
        return cached
    cues = _scan(doc)
    entries = [(doc[c.i].idx, doc[c.j - 1].idx + len(doc[c.j - 1].text), c) for c in cues]
    verbs = [tok.i for tok in doc if tok.is_alpha and is_verbal(tok) and _cue_lemma(tok) is not None]
    nouns = [
        tok.i
        for tok in doc
        if tok.pos_ in {"NOUN", "PROPN"}
        and (tok.lemma_.lower() in en.NOMINAL_CUES or tok.lower_ in en.NOMINAL_CUES)
    ]
    index = _CueIndex(
        entries,
        [e[0] for e in entries],
        verbs,
        [doc[i].idx for i in verbs],
        nouns,
        [doc[i].idx for i in nouns],
    )
    doc.user_data["wireclaims.cues"] = index
    return index


def _scan(doc: Doc) -> list[CueMatch]:
    found: list[CueMatch] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        phrasal = en.PHRASAL_CUES.get((tok.lower_, nxt))
        if phrasal:
            found.append(CueMatch(i, i + 2, phrasal[0]))
            i += 2
            continue
        if tok.is_alpha and is_verbal(tok):
            lemma = _cue_lemma(tok)
            if lemma:
                found.append(CueMatch(i, i + 1, lemma))
            elif verb_lemma(tok, en.COGNITION_VERBS):
                found.append(CueMatch(i, i + 1, tok.lemma_ or tok.lower_, cognition=True))
        i += 1
    return found


def _cue_lemma(tok: Token) -> str | None:
    """The cue lemma of a verb, None when it is not one here: `continue` reports speech only beside a
    quotation (`"...," she continued`), never in `evidence continues to emerge`."""
    lemma = verb_lemma(tok, en.CUE_CLASSES)
    if lemma is None or lemma not in sources.QUOTE_BOUND_CUES or _beside_quotation(tok):
        return lemma
    return None


def _beside_quotation(tok: Token) -> bool:
    """A closing quotation mark just before the verb (`," he continued`), or a colon or comma and an opening
    mark just after it (`continued: "`)."""
    doc = tok.doc
    before = doc[max(0, tok.i - 3) : tok.i]
    if any(t.is_quote and t.i > 0 and not doc[t.i - 1].whitespace_ for t in before):
        return True
    after = doc[tok.i + 1 : tok.i + 3]
    if not after:
        return False
    if after[0].text == ":":
        return True
    return after[0].text == "," and bool(after[0].whitespace_) and len(after) > 1 and after[1].is_quote


def text_of(doc: Doc) -> str:
    """The Doc's text, computed once: spaCy rebuilds `Doc.text` from every token on each access."""
    cached = doc.user_data.get("wireclaims.text")
    if cached is None:
        cached = doc.text
        doc.user_data["wireclaims.text"] = cached
    return str(cached)


def word_occurrences(text: str, needle: str, hyphen_joins: bool = True) -> list[tuple[int, int]]:
    """(start, end) of `needle` as a whole word in `text`.

    A plain search, not a regex: names differ in every story, and compiling a pattern per name cost a third
    of extraction time.
    """
    out: list[tuple[int, int]] = []
    if not needle:
        return out
    start = text.find(needle)
    while start >= 0:
        end = start + len(needle)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        joined = hyphen_joins and ("-" in (before, after))
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_" or joined):
            out.append((start, end))
        start = text.find(needle, start + 1)
    return out
