"""`According to X, CLAUSE` and `CLAUSE, according to X`: claims that name their source with a preposition.

Runs without a parser too (then only the positional reading of the source).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from wireclaims.extract.claim_parts import MIN_TOKENS, ClaimFinding, finite, trimmed
from wireclaims.extract.cues import CueMatch, find_cues, text_of
from wireclaims.extract.mentions import Mention, mention_from_tokens
from wireclaims.extract.sources import subject_mention
from wireclaims.lang.sources import ACCORDING_IDIOMS


def according_to_claims(doc: Doc, sent: Span, has_parser: bool) -> list[ClaimFinding]:
    """The `according to` claims of one sentence: the clause before the cue's comma, or after the source."""
    found: list[ClaimFinding] = []
    for cue in find_cues(doc, sent.start_char, sent.end_char):
        if cue.lemma != "according to":
            continue
        if cue.j < len(doc) and doc[cue.j].lower_ in ACCORDING_IDIOMS:
            continue  # `going according to plan`: an idiom, no source
        mention = subject_mention(doc, cue, has_parser, (sent.start_char, sent.end_char), after=False)
        # the source phrase runs to the next comma (or the sentence end)
        end_tok = next((t for t in doc[cue.j : sent.end] if t.text == ","), None)
        before = text_of(doc)[sent.start_char : doc[cue.i].idx].rstrip()
        opening = _opens_its_clause(doc, sent, cue, before)
        if opening and has_parser and _subject_before(sent, cue):
            # `The President, according to his spokesman, looks forward to the visit`: the phrase sits
            # between the subject and its verb, the whole sentence is the source's
            bounds = trimmed(doc, sent.start_char, sent.end_char)
        elif opening:
            end_tok = _clause_comma(doc, cue, sent) if has_parser else end_tok
            if end_tok is None:
                continue
            bounds = trimmed(doc, end_tok.idx + 1, sent.end_char)
        elif before.endswith(","):
            named = _named_source(doc, cue) if end_tok is None and has_parser else None
            clause = _clause_after_source(doc, sent, named) if named is not None else None
            if clause is not None:
                # `X reported that A, according to Y B`: B is Y's, and A stays X's (its cue's claim)
                found.append(ClaimFinding(clause[0], clause[1], cue, named, "according-to"))
                continue
            bounds = trimmed(doc, sent.start_char, len(before) + sent.start_char - 1)
        else:
            continue
        if bounds is None or len(text_of(doc)[bounds[0] : bounds[1]].split()) < MIN_TOKENS:
            continue
        found.append(ClaimFinding(bounds[0], bounds[1], cue, mention, "according-to"))
    return found


def _opens_its_clause(doc: Doc, sent: Span, cue: CueMatch, before: str) -> bool:
    """Whether the phrase opens the clause it attributes: at the sentence start, after `and`/`but`
    (`..., and according to the calculations, the planet loses ...`), or after words with no verb of their
    own (`As of June last year, according to X, she was ...`)."""
    if not before or before.endswith("\n"):
        return True
    if before.split()[-1].lower() in {"and", "but"}:
        return True
    words = [t for t in doc[sent.start : cue.i] if not t.is_punct and not t.is_space]
    if not before.endswith(",") or any(finite(t) for t in words):
        return False
    comma = next((t for t in doc[cue.j : sent.end] if t.text == ","), None)
    return comma is not None and any(finite(t) for t in doc[comma.i : sent.end])


def _subject_before(sent: Span, cue: CueMatch) -> bool:
    """Whether the main verb's subject stands before the phrase and the verb after it."""
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}]
    return root.i >= cue.j and bool(subjects) and subjects[0].i < cue.i and _finite_clause(root)


def _named_source(doc: Doc, cue: CueMatch) -> Mention | None:
    """The source of `according to` when it is a name the entity model marked (`the Land Council`): the
    parse may run the name into the clause after it, the entity ends where the name does."""
    k = cue.j + 1 if cue.j < len(doc) and doc[cue.j].pos_ == "DET" else cue.j
    if k >= len(doc) or doc[k].ent_iob_ != "B" or doc[k].ent_type_ not in {"ORG", "PERSON", "NORP"}:
        return None
    end = k + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return mention_from_tokens(doc, list(doc[cue.j : end]))


def _clause_after_source(doc: Doc, sent: Span, mention: Mention) -> tuple[int, int] | None:
    """The clause that follows `according to SOURCE` with no comma (`..., according to the council there
    may be ...`): what the source says, when a finite verb of its own follows the source's name."""
    name = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    first = name.end if name is not None else sent.start  # read on from the name, not the sentence start
    rest = [t for t in doc[first : sent.end] if t.idx >= mention.end and not t.is_space]
    words = [t for t in rest if not t.is_punct]
    if len(words) < MIN_TOKENS or not any(finite(t) for t in words):
        return None
    if words[0].pos_ not in {"PRON", "DET", "NOUN", "PROPN", "NUM", "ADJ", "SCONJ"}:
        return None  # `according to the council on Friday`: the phrase goes on, it is no new clause
    return trimmed(doc, words[0].idx, sent.end_char)


def _clause_comma(doc: Doc, cue: CueMatch, sent: Span) -> Token | None:
    """The comma that ends an opening `According to ...` phrase: the one right before the subject of the
    sentence's main verb (`According to a post from A, B, and C made on behalf of the jury, the city was
    chosen`; `According to X, the bacteria, a rare strain, can cause`); the first comma when the parse
    gives no such subject."""
    commas = [t for t in doc[cue.j : sent.end] if t.text == ","]
    if not commas:
        return None
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass", "expl"}]
    if subjects and _finite_clause(root):
        edge = subjects[0].left_edge.i
        before = next((c for c in reversed(commas) if c.i < edge), None)
        if before is not None and before.i == edge - 1:
            return before
    return commas[0]


def _finite_clause(tok: Token) -> bool:
    return finite(tok) or any(
        c.dep_ in {"aux", "auxpass", "aux:pass", "cop"} and finite(c) for c in tok.children
    )
