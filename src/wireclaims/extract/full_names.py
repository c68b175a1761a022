"""Speakers' names completed once the story is read: a surname into the full name the story gives, a bare
description into the whole one (`spokesperson for the agency`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from wireclaims.extract.cues import text_of
from wireclaims.extract.organizations import strip_article
from wireclaims.extract.registry import SpeakerRegistry
from wireclaims.lang import en
from wireclaims.lang.sources import PREPOSITIONS, SUBORDINATORS
from wireclaims.names import family_key, given_names

__all__ = ["complete_names", "name_descriptions"]


def complete_names(doc: Doc, registry: SpeakerRegistry) -> None:
    """A person known by surname only takes the fullest form the article gives ('Dmitry Peskov')."""
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    text = text_of(doc)
    for entry in registry.entries:
        if entry.kind not in {"person", "unknown"} or len(entry.name.split()) != 1:
            continue
        if entry.name[:1].islower():
            continue  # `spokesman` is a description, and `spokesman Sean Hale` someone else
        # `Karim al-Fadli` for `Fadli`; `Mr. Fadli` gives no given name
        longer = [p for p in people if family_key(p) == family_key(entry.name) and given_names(p)]
        if not longer:
            # the statistical model missed the name
            longer = [*_given_names_before(text, entry.name), *_family_names_after(text, entry.name)]
        if longer:
            full = max(longer, key=len)
            if entry.name not in entry.forms:
                entry.forms.append(entry.name)
            entry.name = full
            entry.kind = "person"


def _given_names_before(text: str, name: str) -> list[str]:
    """`Dmitry Peskov` for `Peskov`: the capitalised words before the surname wherever it is written, titles
    and a sentence's first word excluded."""
    found: list[str] = []
    pattern = rf"((?:[A-Z][\w'’.-]*\s+){{1,3}}){re.escape(name)}(?![\w-])"
    for match in re.finditer(pattern, text):
        words = match.group(1).split()
        given: list[str] = []
        for word in reversed(words):
            if word.lower().rstrip(".") in en.TITLE_WORDS or word.lower() in {"the", "a", "an"}:
                break
            if word.lower() in PREPOSITIONS | SUBORDINATORS:
                break  # `For Fred Trump`, `With Barack Obama`: a sentence's first word, not a name
            if word.endswith(".") and len(word) > 2:
                break  # `... said Tuesday. Importers`: a sentence ended, an initial (`J.`) did not
            given.insert(0, word)
        if given:
            found.append(" ".join([*given, name]))
    return found


def _family_names_after(text: str, name: str) -> list[str]:
    """`Folake Adeyemi-Okafor` for `Folake`: the name given was a first name, and the capitalised words after
    it, no title among them, are the family name."""
    found: list[str] = []
    after = rf"(?<![\w-]){re.escape(name)}((?:\s+[A-Z][\w'’-]+){{1,2}})"
    for match in re.finditer(after, text):
        family = [w for w in match.group(1).split() if w.lower() not in en.TITLE_WORDS]
        if family and family == match.group(1).split():
            found.append(" ".join([name, *family]))
    return found


_DESCRIPTION_END = re.compile(r"\s*[,;:()\"“”—–]|\s+(?:who|which|that|whose|where)\s", re.IGNORECASE)


def name_descriptions(doc: Doc, registry: SpeakerRegistry) -> None:
    """A source the story never names is called by its whole description, complements included, as news
    copy and annotators do (`spokesperson for the agency`, `residents of the island`); the bare noun stays
    an alias."""
    text = text_of(doc)
    for entry in registry.entries:
        if entry.kind == "organization":
            continue
        first = next((m for m in entry.mentions if m.pronoun is None), None)
        span = doc.char_span(first.start, first.end, alignment_mode="expand") if first else None
        if first is None or span is None or strip_article(first.text) != entry.name:
            continue
        if not entry.name[:1].islower() and not _capitalised_description(span, entry.kind):
            continue
        head = span[-1]
        ends = [
            c.right_edge.idx + len(c.right_edge.text)
            for c in head.rights
            if c.dep_ in {"nmod", "prep"} and c.left_edge.lower_ in en.DESCRIPTION_PREPOSITIONS
        ]
        if not ends:
            continue
        whole = _DESCRIPTION_END.split(text[span.start_char : max(ends)], maxsplit=1)[0]
        whole = strip_article(" ".join(whole.split()))
        if len(whole) > len(entry.name) and "\n" not in whole:
            if entry.name not in entry.forms:
                entry.forms.append(entry.name)
            entry.name = whole


def _capitalised_description(span: Span, kind: str) -> bool:
    """A description that opens its sentence (`Fire officials in the city said`): common nouns only, the
    capital a sentence's, never a name's (`Ruiz of the ministry` keeps its name)."""
    first = span[0]
    at_start = first.i == 0 or first.is_sent_start or first.nbor(-1).is_space
    # the model tags a capitalised first word a proper noun (`Rescue workers`): only the others must be common
    common = all(t.pos_ in {"NOUN", "DET", "ADJ", "NUM"} for t in span[1:])
    common_head = span[-1].tag_ in {"NNS", "NN"} or kind == "group"  # a plural the describer saw
    return at_start and common and common_head and not any(t.ent_type_ for t in span)
