"""Where a source phrase handed over by the parse really starts and ends.

A small model's parse runs phrases into their surroundings: a quotation after a name, the word opening a
clause (`As Clinton said`), a name's apposition after a comma, a time (`the police Thursday`), the sentence
before. Each function here cuts one of them off, in the order `mentions.mention_from_tokens` applies them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wireclaims.extract.cues import text_of
from wireclaims.lang import en
from wireclaims.lang.sources import PREPOSITIONS, SUBORDINATORS

STOP_TEXT = {",", ";", ".", ":", "!", "?", "(", ")", "—", "–", "-", '"', "“", "”", "«", "»"}


def without_edges(tokens: list[Token]) -> list[Token]:
    """The phrase without the punctuation and spaces at either end."""
    while tokens and (tokens[0].text in STOP_TEXT or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text in STOP_TEXT or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def without_openers(tokens: list[Token]) -> list[Token]:
    """The phrase cut before a quotation it runs into and after the words that open its clause."""
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
    return tokens


def split_apposition(doc: Doc, tokens: list[Token], appositive: str | None) -> tuple[list[Token], str | None]:
    """`Dara Fenwick, the mayor's spokesman` (the comma may be outside the tokens): a name and its
    apposition, the apposition given unless one was already."""
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
    return tokens, appositive


def whole_description(doc: Doc, tokens: list[Token]) -> list[Token]:
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
    if not title_noun(holder.lemma_.lower()):
        return tokens
    start = holder.left_edge.i if holder.left_edge.i < holder.i else holder.i
    return list(doc[start : tokens[-1].i + 1])


def title_noun(lemma: str) -> bool:
    """A job a person holds (`advisor`, `nurse`), not a word that only joins a title (`state`, `board`)."""
    return lemma in en.TITLE_WORDS and lemma not in en.TITLE_PREMODIFIERS | en.ORGANIZATION_HEADS


def before_time(tokens: list[Token]) -> list[Token]:
    """`the police Thursday`, `Tuesday`, `the mayor this month`: a time is when, never who; the phrase before
    it (empty when the time opens the phrase)."""
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
    if when is None:
        when = _at_the_time(tokens)
        if when is None:
            return tokens
    elif tokens[when].lower_ in en.TIME_NOUNS:
        when -= 1  # cut before `this month`
    tokens = tokens[:when]
    while tokens and (tokens[-1].text in STOP_TEXT or tokens[-1].lower_ in {"on", "late", "early"}):
        tokens = tokens[:-1]
    return tokens


def _at_the_time(tokens: list[Token]) -> int | None:
    """Where `at the time (of ...)`, `at that moment` starts: `said the ministry at the time of the reports`
    is the ministry's."""
    for k in range(1, len(tokens) - 2):
        words = [t.lower_ for t in tokens[k : k + 3]]
        if words[0] == "at" and words[1] in {"the", "that", "this"} and words[2] in {"time", "moment"}:
            return k
    return None


def after_sentence_end(tokens: list[Token]) -> list[Token]:
    """Never across a sentence end: `... on Tuesday. Importers warned` is not one phrase."""
    ends = [k for k, t in enumerate(tokens[:-1]) if t.text in {".", "!", "?"} and t.whitespace_]
    return tokens[ends[-1] + 1 :] if ends else tokens


def cut_in_compound(last: Token) -> bool:
    """`fourteen felony [charges]`: a phrase cut inside a noun compound names no one (the author of a
    document so cut, `the campaign's website [states]`, still does)."""
    compound = last.dep_ == "compound" and last.head.i == last.i + 1
    return last.pos_ == "NOUN" and compound and last.text.islower()


def words_and_labels(tokens: list[Token]) -> tuple[list[str], list[str]]:
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
