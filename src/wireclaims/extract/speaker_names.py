"""A speaker's final name: what runs into it is cut off, and a name that stands for nobody is refused.

Whatever path made a speaker (a cue's subject, a dash line, a completed name, a resolved description), its
name is checked last here, by its words alone: `source_name` trims it, `name_can_speak` decides. The word
lists are in `wireclaims.lang.sources`.
"""

from __future__ import annotations

from collections.abc import Sequence

from wireclaims.lang import en
from wireclaims.lang import sources as lang


def source_name(name: str, kind: str, mentions: Sequence[str] = ()) -> str:
    """A speaker's final name without what runs into it: the punctuation or conjunction before it (`, a
    staffer`, `but Ruiz`), a preposition before a person's name (`for Ruiz`), a relative clause after it
    (`an official who was briefed`), a dangling conjunction or comma at its end (`Ruiz and`), the quotation
    after it (`Ana Ruiz Maybe` when a mention reads `Ana Ruiz “Maybe`).

    Returns the name unchanged when nothing is trimmed, and never an empty name.
    """
    words = name.split()
    for text in mentions:
        mark = next((k for k, c in enumerate(text) if c in en.NAME_BREAKING_MARKS), 0)
        before = text[:mark].split()
        if before and len(before) < len(words) and words[: len(before)] == before:
            words = words[: len(before)]
    while len(words) > 1 and (_bare_punct(words[0]) or words[0] in lang.LEADING_CONJUNCTIONS):
        words = words[1:]
    if kind == "person" and len(words) > 1 and words[0] in lang.PREPOSITIONS and words[1][:1].isupper():
        words = words[1:]  # `for Ruiz`: the person, not the phrase
    for k, word in enumerate(words):
        if k > 0 and word.lower() in lang.RELATIVE_PRONOUNS:
            words = words[:k]
            break
    while len(words) > 1 and (words[-1] in lang.LEADING_CONJUNCTIONS or words[-1] in {",", ";", "-"}):
        words = words[:-1]
    words = _author_of_document(words)
    trimmed = " ".join(words).rstrip(",;:")
    return trimmed or name


def name_can_speak(name: str, kind: str, mentions: Sequence[str] = ()) -> bool:
    """The last check on a speaker, by the name it ends up with after merging, completing and resolving:
    whatever path made it, a speaker named `that`, `someone`, `report`, `talking`, `Citing`, `the poll of
    the paper`, `him a question` or `tax cuts would cause` is no source.

    Capitalised names pass (a name may end in -ing: `Manning`, `Fleming`); lower-case words are checked
    against the lists of `lang/sources.py`; a name that opens a quotation in one of its `mentions`
    (`CNN’s “State`) is a title, not a source. Pass the name through `source_name` first.
    """
    words = name.split()
    if not words:
        return False
    if any(_opens_quotation(text, words[0]) for text in mentions):
        return False
    lowered = [w.lower() for w in words]
    first = lowered[0]
    if len(words) == 1 and first in lang.GENERIC_WORDS:
        return False
    if any(ch in en.NAME_BREAKING_MARKS for ch in name):
        return False  # a name run into the quotation that follows it
    if words[0] in lang.PREPOSITIONS or words[0] in lang.OBJECT_PRONOUNS or words[-1] in lang.PREPOSITIONS:
        return False  # `to CNN`, `him a series of questions`, `Trump for`: not the subject of the cue
    if _participle(words, kind):
        return False
    if any(w in lang.CLAUSE_WORDS for w in _before_relative(words)):
        return False  # `tax cuts would cause`, `drawing criticism he`: a clause
    if any(
        n[:1].isupper() and p in lang.PREPOSITIONS and _gerund(g)
        for n, p, g in zip(words, words[1:], words[2:], strict=False)
    ):
        return False  # `Ruiz for stealing their data`: a cue's object and why; not `jury in charge of`
    head = _head_word(words)
    # `multiple reports`, `the New York Times poll`, `a visit to the church`: a thing
    return not (head[:1].islower() and (head in lang.DOCUMENT_NOUNS or head in lang.NON_SOURCE_HEADS))


def _bare_punct(word: str) -> bool:
    return not any(c.isalnum() for c in word)


def _opens_quotation(text: str, word: str) -> bool:
    """Whether `word` follows an opening quotation mark in `text` (`CNN’s “State`); not a closing one
    (`," Ruiz`)."""
    for k, c in enumerate(text[:-1]):
        opening = c in "“«" or (c == '"' and k > 0 and text[k - 1].isspace())
        if opening and not text[k + 1].isspace() and text[k + 1 :].split()[:1] == [word]:
            return True
    return False


def _gerund(word: str) -> bool:
    return word[:1].islower() and word.endswith("ing") and len(word) >= 5 and "-" not in word


def _participle(words: list[str], kind: str) -> bool:
    """`talking`, `Citing`, `Having`, `emailing a video`, `throwing chairs`: a participle, never who speaks
    (`shipping agents`, `the ruling party`, `a staggering 56 percent` do)."""
    first = words[0].lower()
    nxt = words[1].lower() if len(words) > 1 else None
    if words[0][:1].isupper():
        # a sentence-initial participle labelled as a name: `Citing`, `Having said that`; not `Will Hurd`
        return first in lang.SENTENCE_PARTICIPLES and (
            nxt is None or nxt in en.DETERMINERS or nxt in lang.PREPOSITIONS
        )
    if kind not in {"unknown", "group"} or not _gerund(words[0]):
        return False
    if nxt is None or nxt in en.DETERMINERS or nxt in lang.PREPOSITIONS or words[0].endswith(","):
        return True
    return first not in lang.MODIFIER_GERUNDS and not nxt[:1].isdigit()


def _before_relative(words: list[str]) -> list[str]:
    for k, word in enumerate(words):
        if word.lower() in lang.RELATIVE_PRONOUNS:
            return words[:k]
    return words


def _author_of_document(words: list[str]) -> list[str]:
    """`tally by the Carbon Project` -> `Carbon Project`: a document followed by the name of its author
    stands for the author, whichever way the parse cut the phrase."""
    k = _head_index(words)
    if words[k] not in lang.DOCUMENT_NOUNS or words[k + 1 : k + 2] not in (["by"], ["from"]):
        return words
    author = words[k + 2 :]
    while author and author[0] in {"the", "a", "an"}:
        author = author[1:]
    while author and author[-1][:1].islower():
        author = author[:-1]  # `the Harbour Institute based on census data`: ends at its last capital
    return author if author and author[0][:1].isupper() else words


def _head_word(words: list[str]) -> str:
    """The head of a name read as an English noun phrase: its last word before a preposition, a relative
    pronoun or a comma (`an FBI summary of its inquiry` -> `summary`)."""
    return words[_head_index(words)].rstrip(",")


def _head_index(words: list[str]) -> int:
    head = 0
    for k, word in enumerate(words):
        if k > 0 and (word in lang.PREPOSITIONS or word.lower() in lang.RELATIVE_PRONOUNS):
            break
        head = k
        if word.endswith(","):
            break
    return head
