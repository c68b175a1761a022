"""Find the source noun phrase of a cue, and merge mentions into one speaker per real-world source."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from wireclaims.extract.cues import CueMatch, text_of, verb_lemma
from wireclaims.extract.describe import Description, describe, gender_of, strip_article
from wireclaims.lang import en

_SUBJECT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass", "csubj"}
_CORE_DEPS = {"compound", "flat", "amod", "det", "poss", "case", "nummod", "nmod", "nmod:poss", "name"}
_CLIMB_DEPS = {"advcl", "xcomp", "conj", "ccomp"}
# Words that open a clause before a cue: `After she warned ...` has the source after them, not before.
_CLAUSE_OPENERS = {
    "after",
    "when",
    "while",
    "before",
    "as",
    "if",
    "since",
    "although",
    "because",
    "once",
    "until",
}
# Cues whose following noun phrase is the hearer (`told reporters`), never an inverted source.
_NO_INVERSION = {"tell", "urge", "call", "accuse", "inform", "assure", "brief", "promise", "blame", "praise"}
_ORG_LINKS = {"of", "at", "for", "from"}
_HYPHENS = {"-", "‐"}
_STOP_TEXT = {",", ";", ".", ":", "!", "?", "(", ")", "—", "–", "-", '"', "“", "”", "«", "»"}


@dataclass(frozen=True)
class Mention:
    """A phrase that names or stands for a source."""

    start: int
    end: int
    text: str
    description: Description | None
    pronoun: str | None = None
    subject: bool = True


@dataclass
class SpeakerEntry:
    """A source being built up over the article."""

    key: int
    name: str
    kind: str
    title: str | None
    organization: str | None
    gender: str | None
    mentions: list[Mention] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    @property
    def last(self) -> int:
        return max(m.start for m in self.mentions)


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
    # keep one contiguous run around the head
    run = [t for t in core if abs(t.i - tok.i) <= len(core)]
    return run, appositive


def mention_from_tokens(doc: Doc, tokens: list[Token], appositive: str | None = None) -> Mention | None:
    """A mention from the tokens of a noun phrase."""
    while tokens and (tokens[0].text in _STOP_TEXT or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text in _STOP_TEXT or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens:
        return None
    if tokens[0].pos_ == "ADP" and tokens[0].lower_ in _PLACE_TIME_PREPOSITIONS:
        return None  # `at a Washington event this month`: a place or time, never a source
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
        while tokens and (tokens[-1].text in _STOP_TEXT or tokens[-1].lower_ in {"on", "late", "early"}):
            tokens = tokens[:-1]
        if not tokens:
            return None
    # never across a sentence end: `... on Tuesday. Importers warned` is not one phrase
    ends = [k for k, t in enumerate(tokens[:-1]) if t.text in {".", "!", "?"} and t.whitespace_]
    if ends:
        tokens = tokens[ends[-1] + 1 :]
    tokens = _extend_hyphenated(doc, tokens)
    tokens = _extend_name(doc, tokens)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = text_of(doc)[start:end]
    subject = tokens[-1].dep_ in _SUBJECT_DEPS or any(t.dep_ in _SUBJECT_DEPS for t in tokens)
    if len(tokens) == 1 and tokens[0].lower_ in en.PRONOUNS:
        return Mention(start, end, text, None, pronoun=tokens[0].lower_, subject=True)
    if len(tokens) == 1 and tokens[0].lower_ in {"i", "you", "me", "us", "who", "which", "that", "this"}:
        return None
    words, labels = _words(tokens)
    desc = describe(words, labels, appositive)
    if desc.name is None and desc.title is None and desc.kind == "unknown":
        return None
    head = tokens[-1]
    if desc.kind in {"person", "unknown"} and head.tag_ == "NNS" and "PERSON" not in labels:
        desc = replace(desc, kind="group")  # `Importers warned`: a plural common noun is a group
    return Mention(start, end, text, desc, subject=subject)


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
        elif prev.lower_ in _NAME_CONNECTORS and first >= 2 and _is_name_token(doc[first - 2]):
            first -= 2
        else:
            break
    while last + 1 < len(doc):
        nxt = doc[last + 1]
        if _is_name_token(nxt) and nxt.pos_ in {"PROPN", "NOUN"} and verb_lemma(nxt, en.CUE_CLASSES) is None:
            last += 1
        elif nxt.lower_ in _NAME_CONNECTORS and last + 2 < len(doc) and _is_name_token(doc[last + 2]):
            last += 2
        else:
            break
    inside = {t.i for t in tokens}
    gaps = [doc[i] for i in range(tokens[0].i, tokens[-1].i + 1) if i not in inside]
    if gaps and all(_is_name_token(t) or t.lower_ in _NAME_CONNECTORS for t in gaps):
        tokens = list(doc[tokens[0].i : tokens[-1].i + 1])  # `Food [and Drug] Administration`
    if first == tokens[0].i and last == tokens[-1].i:
        return tokens
    # leading title words stay (`Kremlin spokesman Dmitry Peskov`); what was added is only capitalised text
    return (
        [doc[i] for i in range(first, tokens[0].i)]
        + tokens
        + [doc[i] for i in range(tokens[-1].i + 1, last + 1)]
    )


_PLACE_TIME_PREPOSITIONS = {"at", "in", "on", "during", "after", "before", "since"}
_NAME_CONNECTORS = {"of", "and", "&", "for", "de", "du", "des", "la", "le", "van", "von", "der"}


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


def subject_mention(
    doc: Doc, cue: CueMatch, has_parser: bool, window: tuple[int, int], after: bool
) -> Mention | None:
    """The source of a cue: by the parse when there is one, else by position around the cue.

    Args:
        window: character range the source must lie in (outside quotation marks).
        after: True when the cue follows the quotation (`"...," Hart said`).
    """
    lo, hi = window
    if cue.lemma == "according to":
        return _according_to_source(doc, cue, has_parser)
    if has_parser:
        found = _parsed_subject(doc, doc[cue.i], lo, hi)
        if found is not None:
            return found
    return _positional_subject(doc, cue, lo, hi, after)


def _parsed_subject(doc: Doc, verb: Token, lo: int, hi: int) -> Mention | None:
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            # the subject nearest the verb; a small model sometimes splits one noun phrase into two subjects
            # (`The agriculture ministry said`: nsubj agriculture, nsubj ministry)
            subj = min(subjects, key=lambda s: abs(s.i - verb.i))
            fronted = _name_before_apposition(doc, subj) if subj.i < verb.i else None
            if fronted is not None:
                return fronted
            if not lo <= subj.idx < hi:
                return None
            if subj.i > verb.i and any(t.text == "," for t in doc[max(subj.left_edge.i, verb.i) : subj.i]):
                # `said Ilse Dorner, mayor of Steinfeld an der Aist`: the model made the last word of the
                # apposition the subject; read the name and its apposition by position instead
                return None
            tokens, appositive = np_tokens(subj)
            for other in sorted(subjects, key=lambda s: abs(s.i - subj.i)):
                if other is subj or (other.i < verb.i) != (subj.i < verb.i):
                    continue  # `Vetrov said the company ...`: a subject across the verb is another clause's
                more, _ = np_tokens(other)
                if 0 < tokens[0].i - more[-1].i <= 2 or 0 < more[0].i - tokens[-1].i <= 2:
                    tokens = sorted({*tokens, *more}, key=lambda t: t.i)
            return mention_from_tokens(doc, tokens, appositive)
        if verb.dep_ not in _CLIMB_DEPS or verb.head == verb:
            return None
        verb = verb.head
    return None


def _name_before_apposition(doc: Doc, subj: Token) -> Mention | None:
    """`Nadia Cherif, director general of the company, told`: parsed with `general` as the subject and the
    name hanging under it; the name is the source and the rest its apposition."""
    left = subj.left_edge
    if subj.pos_ == "PROPN" or left.pos_ != "PROPN" or not left.text[:1].isupper():
        return None
    comma = next((t for t in doc[left.i : subj.i] if t.text == ","), None)
    if comma is None or comma.i == left.i:
        return None
    appositive = doc[comma.i + 1 : subj.right_edge.i + 1].text.strip(" ,")
    mention = mention_from_tokens(doc, list(doc[left.i : comma.i]), appositive)
    if (
        mention is None
        or mention.description is None
        or mention.description.kind not in {"person", "unknown"}
    ):
        return None
    return replace(mention, subject=True)


def _according_to_source(doc: Doc, cue: CueMatch, has_parser: bool) -> Mention | None:
    to = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    if to is None:
        return None
    # token.children on a Doc without a parse can crash spaCy: only read the tree when there is one
    objs = [c for c in to.children if c.dep_ == "pobj"] if has_parser else []
    if objs:
        tokens, appositive = np_tokens(objs[0])
        return mention_from_tokens(doc, tokens, appositive)
    tokens = []
    for tok in doc[cue.j :]:
        if tok.text in _STOP_TEXT or tok.is_space:
            break
        tokens.append(tok)
    return mention_from_tokens(doc, tokens)


def _positional_subject(doc: Doc, cue: CueMatch, lo: int, hi: int, after: bool) -> Mention | None:
    verb = doc[cue.i]
    before: list[Token] = []
    for tok in reversed(doc[: cue.i]):
        if tok.idx < lo or tok.text in _STOP_TEXT or tok.is_space or tok.is_quote:
            break
        if tok.lower_ in _CLAUSE_OPENERS:
            break
        if tok.pos_ in {"VERB", "AUX", "ADP", "SCONJ"} and not tok.text[:1].isupper():
            break
        before.insert(0, tok)
    while before and (
        before[-1].pos_ == "ADV" or before[-1].lower_ in {"has", "have", "had", "also", "then"}
    ):
        before.pop()
    if before:
        return mention_from_tokens(doc, before)
    aside = _before_aside(doc, cue, lo)
    if aside is not None:
        return aside
    if not after or cue.lemma in _NO_INVERSION:
        return None
    following: list[Token] = []
    for tok in doc[verb.i + 1 :]:
        if tok.idx >= hi or tok.text in _STOP_TEXT or tok.is_space:
            break
        following.append(tok)
    appositive = None
    end = following[-1].i + 1 if following else verb.i + 1
    if end < len(doc) and doc[end].text == ",":
        rest = [t for t in doc[end + 1 :] if t.idx < hi]
        cut = next((k for k, t in enumerate(rest) if t.text in {",", ".", ";"}), len(rest))
        appositive = doc[end + 1 : end + 1 + cut].text if cut else None
    return mention_from_tokens(doc, following, appositive)


def _before_aside(doc: Doc, cue: CueMatch, lo: int) -> Mention | None:
    """The name before an aside: `X, who grows coffee near Pitalito, told AFP`, `X, deputy director, told`."""
    if cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    opening = None
    for tok in reversed(doc[: cue.i - 1]):
        if tok.idx < lo or tok.is_quote or tok.text in {".", "!", "?", ";", ":"}:
            return None
        if tok.text == ",":
            opening = tok
            break
    if opening is None or opening.i - 1 - cue.i > 40:
        return None
    name: list[Token] = []
    for tok in reversed(doc[: opening.i]):
        if tok.idx < lo or tok.text in _STOP_TEXT or tok.is_space or tok.is_quote:
            break
        if not (tok.text[:1].isupper() or tok.text in {"-", "'s", "’s"} or tok.lower_ in _NAME_CONNECTORS):
            break
        name.insert(0, tok)
    if not name or not name[0].text[:1].isupper():
        return None
    appositive = doc[opening.i + 1 : cue.i - 1].text
    mention = mention_from_tokens(doc, name, appositive)
    if (
        mention is None
        or mention.description is None
        or mention.description.kind not in {"person", "unknown"}
    ):
        return None
    return mention


_SUBJECT_BONUS = 150


class SpeakerRegistry:
    """Merges mentions into speakers: full names and surnames, titles, organisations, pronouns."""

    def __init__(self) -> None:
        self.entries: list[SpeakerEntry] = []

    def add(self, mention: Mention) -> SpeakerEntry | None:
        """Link a mention to an existing speaker or create one; pronouns only link."""
        if mention.pronoun is not None:
            entry = self._resolve_pronoun(mention)
            if entry is not None:
                entry.mentions.append(mention)
                if entry.gender is None and en.PRONOUNS[mention.pronoun] in {"male", "female"}:
                    entry.gender = en.PRONOUNS[mention.pronoun]
            return entry
        desc = mention.description
        assert desc is not None
        entry = self._match(mention, desc)
        if entry is None:
            name = desc.name or strip_article(mention.text)
            entry = SpeakerEntry(
                len(self.entries), name, desc.kind, desc.title, desc.organization, desc.gender
            )
            self.entries.append(entry)
        else:
            if desc.name and len(desc.name.split()) > len(entry.name.split()) and entry.kind == desc.kind:
                entry.name = desc.name
            entry.title = entry.title or desc.title
            entry.organization = entry.organization or desc.organization
            entry.gender = entry.gender or desc.gender
            if entry.kind == "unknown":
                entry.kind = desc.kind
        entry.mentions.append(mention)
        form = desc.name or strip_article(mention.text)
        if form not in entry.forms:
            entry.forms.append(form)
        return entry

    def _match(self, mention: Mention, desc: Description) -> SpeakerEntry | None:
        candidates = sorted(self.entries, key=lambda e: -e.last)
        if desc.name:
            norm = _norm(desc.name)
            for entry in candidates:
                if _norm(entry.name) == norm or norm in {_norm(f) for f in entry.forms}:
                    return entry
            if desc.kind in {"person", "unknown"} and len(norm.split()) == 1:
                # `Folake said`: a lone first name of a person already named in full
                for entry in candidates:
                    if (
                        entry.kind == "person"
                        and len(entry.name.split()) > 1
                        and _norm(entry.name).split()[0] == norm
                    ):
                        return entry
            if desc.kind in {"person", "unknown"}:
                last = surname(norm)
                for entry in candidates:
                    if entry.kind == "organization" and _looks_like_person(entry, last):
                        entry.kind = "person"  # the model called `Chinedu Balogun` a place; `Balogun said`
                    if entry.kind in {"person", "unknown"} and surname(_norm(entry.name)) == last:
                        first_a, first_b = norm.split()[0], _norm(entry.name).split()[0]
                        if len(norm.split()) == 1 or len(entry.name.split()) == 1 or first_a == first_b:
                            return entry
            if desc.kind == "organization":
                for entry in candidates:
                    if entry.kind == "organization" and _head(entry.name) == _head(desc.name):
                        return entry
            return None
        if desc.title:
            head = _head(desc.title)
            for entry in candidates:
                if entry.kind == "person" and entry.title and _head(entry.title) == head:
                    return entry
        return None

    def _resolve_pronoun(self, mention: Mention) -> SpeakerEntry | None:
        agreement = en.PRONOUNS.get(mention.pronoun or "", "")
        if agreement == "first":
            return None
        before = [e for e in self.entries if any(m.start < mention.start for m in e.mentions)]

        def salience(entry: SpeakerEntry) -> int:
            # recency, with subjects ahead of other mentions of the last few sentences
            last = max(
                m.start + (_SUBJECT_BONUS if m.subject else 0)
                for m in entry.mentions
                if m.start < mention.start
            )
            return -last

        before.sort(key=salience)
        for entry in before:
            if agreement in {"male", "female"}:
                if entry.kind in {"person", "unknown"} and entry.gender in {None, agreement}:
                    return entry
            elif agreement == "plural":
                if entry.kind in {"group", "organization"}:
                    return entry
            elif agreement == "neuter" and entry.kind == "organization":
                return entry
        return None


def _looks_like_person(entry: SpeakerEntry, last: str) -> bool:
    """An 'organisation' named like a person (two or three capitalised words, no organisation word)."""
    words = entry.name.split()
    return (
        2 <= len(words) <= 3
        and surname(_norm(entry.name)) == last
        and all(w[:1].isupper() for w in words)
        and not any(w.lower() in en.ORGANIZATION_HEADS for w in words)
        and entry.name not in en.KNOWN_ORGANIZATIONS
        and entry.title is None
    )


@functools.lru_cache(maxsize=8192)
def surname(name: str) -> str:
    """A family name without title, suffix or particle (nameparser): `Ana Ruiz Jr.` -> `Ruiz`.

    The last word of the family name, so that `Beethoven said` finds `Ludwig van Beethoven`.
    """
    from nameparser import HumanName
    from nameparser.config import CONSTANTS

    words = name.split()
    if not words:
        return name
    last = words[-1].lower().rstrip(".,")
    # the common case needs no parse: nameparser would answer the last word too (it costs ~0.7 ms a name)
    suffix = last in CONSTANTS.suffix_acronyms or last in CONSTANTS.suffix_not_acronyms
    if not suffix and '"' not in name and words[0].lower().rstrip(".") not in CONSTANTS.titles:
        return words[-1]
    words = (HumanName(name).last or name).split()
    return words[-1] if words else name


def _norm(text: str) -> str:
    return strip_article(text).lower().replace("’", "'").rstrip(".")


def _head(text: str) -> str:
    words = _norm(text).split()
    return words[-1] if words else ""


__all__ = [
    "Mention",
    "SpeakerEntry",
    "SpeakerRegistry",
    "gender_of",
    "mention_from_tokens",
    "subject_mention",
    "surname",
]
