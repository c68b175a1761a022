"""Quotes set without quotation marks: pull quotes signed with a dash, and interview answers after a label.

Web pages and wiki news set a quote apart in a box, its words bare and the speaker after a dash:

    We will have the cranes back by spring, whatever the weather. — Ines Varga

and print interviews as answers behind the speaker's name:

    Varga: The cranes came back in March. We lost two weeks, no more.

Each becomes a span like a quotation-mark span over the words, so the dash-line and colon-label rules of
`quotes.py` name the speaker. A pull quote needs a paragraph with no quotation marks, words that end a
sentence (or, as boxes that drop the full stop, speak in the first person or run to ten words), and a
signature at its end or in the paragraph below that is a name, or a name and what the person is (after a
comma or before a two-word name), with no figures and no credit words (a
citation's date, a score, a table row are not signatures). An interview answer needs the same label to
open at least two such paragraphs of the story (one `Image:` or `Update:` line is furniture, not an
interview), a label of one to three capitalised words that is no furniture word, and an answer of whole
sentences.
"""

from __future__ import annotations

import re
from collections import Counter

from wireclaims.extract.marks import MarkSpan
from wireclaims.lang import abbreviations as abbr
from wireclaims.lang import en, markers, names

_MARKS = re.compile(r"[\"“”„«»]|``|''")
# The last dash of the paragraph with a space either side, then the signature to the end.
_SIGNED = re.compile(
    rf"(?P<words>.*\S)\s+[{en.ATTRIBUTION_DASHES}]{{1,2}}\s+(?P<name>[^{en.ATTRIBUTION_DASHES}]+)$"
)
# A paragraph that is only a signature: a dash, then the name (`— Ines Varga, harbour master`).
_SIGNATURE_LINE = re.compile(rf"[{en.ATTRIBUTION_DASHES}]{{1,2}}\s*(?P<name>[^{en.ATTRIBUTION_DASHES}]+)")
# An interview label: one to three capitalised words and a colon at the start of the paragraph.
_LABEL = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}):\s+(?=[A-Z\d])")
# How many paragraphs one label must open before its paragraphs are read as answers.
_MIN_ANSWERS = 2
# Fewest words a pull quote has: shorter is a slogan, a caption or a heading.
_MIN_WORDS = 4
# Most words a signature has.
_MAX_NAME_WORDS = 8


def pull_quote_spans(paragraphs: list[tuple[int, str]]) -> list[MarkSpan]:
    """A span over the words of each paragraph that is a pull quote (see the module docstring)."""
    spans: list[MarkSpan] = []
    for index, (offset, para) in enumerate(paragraphs):
        text = para.rstrip()
        if "\n" in text or _MARKS.search(text):
            continue
        below = paragraphs[index + 1][1].strip() if index + 1 < len(paragraphs) else ""
        signature = _SIGNATURE_LINE.fullmatch(below)
        if signature is not None and _is_signature(signature.group("name")) and not _SIGNED.match(text):
            # the box's words, then its signature as a paragraph of its own: `— Ines Varga, harbour master`
            lead = len(text) - len(text.lstrip())
            if len(text.split()) >= _MIN_WORDS and _speech_ending(text):
                spans.append(
                    MarkSpan(
                        offset + lead, offset + len(text), offset + lead, offset + len(text), index, True
                    )
                )
            continue
        signed = _SIGNED.match(text)
        if signed is None or not _is_signature(signed.group("name")):
            continue
        words = signed.group("words")
        lead = len(words) - len(words.lstrip())
        if len(words.split()) < _MIN_WORDS or not _speech_ending(words):
            continue
        start, end = offset + lead, offset + len(words)
        spans.append(MarkSpan(start, end, start, end, index, True))
    return spans


def interview_answer_spans(paragraphs: list[tuple[int, str]]) -> list[MarkSpan]:
    """A span over the answer of each paragraph that is an interview answer (see the module docstring)."""
    found: list[tuple[str, int, int, int]] = []
    for index, (offset, para) in enumerate(paragraphs):
        text = para.rstrip()
        label = _LABEL.match(text)
        if label is None or "\n" in text or _MARKS.search(text) or not text.endswith((".", "!", "?", "…")):
            continue
        name = label.group("name")
        if name.upper() in abbr.NOT_SPEAKER_LABELS or name.split()[0].lower() in markers.FURNITURE_LABELS:
            continue
        if len(text[label.end() :].split()) < _MIN_WORDS:
            continue
        found.append((name, index, offset + label.end(), offset + len(text)))
    labels = Counter(name for name, *_ in found)
    return [
        MarkSpan(start, end, start, end, index, True, label=name)
        for name, index, start, end in found
        if labels[name] >= _MIN_ANSWERS
    ]


def _speech_ending(words: str) -> bool:
    """Whether the words end as a sentence, or speak in the first person when the box drops the full stop
    (`We know it is possible and we will play our part`); a caption or a headline does neither."""
    if words.rstrip().endswith((".", "!", "?", "…")):
        return True
    found = re.findall(r"[\w']+", words.lower())
    return len(found) >= _MIN_UNSTOPPED_WORDS or any(w in _FIRST_PERSON for w in found)


# Fewest words of a box without a full stop or a first person: a caption or a headline is shorter.
_MIN_UNSTOPPED_WORDS = 10
# Words of a credit line, never of a signature (`Photo by Ines Varga`, `Courtesy of ...`).
_CREDIT_WORDS = frozenset(
    {"photo", "photos", "picture", "image", "by", "via", "courtesy", "credit", "source"}
)
# First-person words: a pull quote without a full stop still speaks as someone.
_FIRST_PERSON = frozenset({"i", "i'm", "i've", "we", "we're", "we've", "our", "us", "my", "me"})


def _is_signature(name: str) -> bool:
    """A name, or a name and, after a comma, what the person is (`Ines Varga, mayor of Lindby`)."""
    name, _, role = name.partition(",")
    words = name.strip().rstrip(".").split()
    if not 1 <= len(words) + len(role.split()) <= _MAX_NAME_WORDS or any(ch.isdigit() for ch in name + role):
        return False
    if not words or not words[-1][:1].isupper():
        return False
    if words[0][:1].isupper() and all(w[:1].isupper() or w in names.SIGNATURE_JOINERS for w in words):
        return True
    # `Hawaiian civil defence spokesman John Cummings`: what the person is, then a name of two capitalised
    # words; never a credit (`Photo by Ines Varga`)
    return (
        len(words) >= 3
        and words[-2][:1].isupper()
        and all(w.isalpha() and w.lower() not in _CREDIT_WORDS for w in words[:-2])
    )
