"""Pull quotes set without quotation marks: a paragraph of someone's words signed with a dash and a name.

Web pages and wiki news set a quote apart in a box, its words bare and the speaker after a dash:

    We will have the cranes back by spring, whatever the weather. — Ines Varga

The paragraph becomes a span like a quotation-mark span (its words, up to the dash), so the dash-line rule
of `quotes.py` names its speaker. It is a pull quote only when the paragraph has no quotation marks, its
words end a sentence, and what follows the dash is a name or a titled name with no figures (a citation's
date, a score, a table row are not signatures).
"""

from __future__ import annotations

import re

from wireclaims.extract.marks import MarkSpan
from wireclaims.lang import en

_MARKS = re.compile(r"[\"“”„«»]|``|''")
# The last dash of the paragraph with a space either side, then the signature to the end.
_SIGNED = re.compile(
    rf"(?P<words>.*[.!?…])\s+[{en.ATTRIBUTION_DASHES}]{{1,2}}\s+(?P<name>[^{en.ATTRIBUTION_DASHES}]+)$"
)
# Lower-case words a signature may hold between its capitalised ones (`Secretary of State Ana Ruiz`).
_NAME_JOINERS = frozenset(
    {"of", "the", "and", "for", "de", "da", "del", "van", "von", "der", "al", "bin", "la"}
)
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
        signed = _SIGNED.match(text)
        if signed is None or not _is_signature(signed.group("name")):
            continue
        words = signed.group("words")
        lead = len(words) - len(words.lstrip())
        if len(words.split()) < _MIN_WORDS:
            continue
        start, end = offset + lead, offset + len(words)
        spans.append(MarkSpan(start, end, start, end, index, True))
    return spans


def _is_signature(name: str) -> bool:
    words = name.strip().rstrip(".").split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS or any(ch.isdigit() for ch in name):
        return False
    if not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    return all(w[:1].isupper() or w in _NAME_JOINERS for w in words)
