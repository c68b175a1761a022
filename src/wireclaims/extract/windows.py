"""Where the sentence around a quotation mark starts and ends: the windows its cue and source are read in.

Read on characters, before and without the parse: a full stop after an abbreviation (`Mr. Hale`,
`the U.N. secretary general`, `George W. Bush`, `Jan. 5`) does not end a sentence, and a quote that ends
its own sentence (`... said "We won." Rivals also welcomed ...`) is not followed by its attribution.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wireclaims.extract.marks import MarkSpan
from wireclaims.lang import abbreviations as abbr

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
_LEADING_PUNCT = "([{\"'“‘«"
# The most words a sentence of its own after a quote has when it only attributes it (`The minister said.`).
_ATTRIBUTION_WORDS = 5
_FINAL = (".", "!", "?", "…", ".'", ".’", "!'", "?'", "!’", "?’")


def is_sentence_end(text: str, pos: int) -> bool:
    """Whether the `.`, `!` or `?` at `pos` (followed by a space or the end) ends a sentence."""
    if text[pos] != ".":
        return True
    start = pos
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start:pos].lstrip(_LEADING_PUNCT)
    following = _next_word(text, pos + 1)
    if not following:
        return True
    if following[0].islower():
        return False  # `the U.S. was`, `a.m. on`: a sentence opens with a capital
    low = word.lower()
    if low in abbr.BEFORE_NAME:
        return False
    if low in abbr.BEFORE_NUMBER and following[0].isdigit():
        return False
    if _INITIALS.fullmatch(word):
        # `George W. Bush`, `the U.S. President`; but `... in the U.S. The next day`
        return following.strip(_LEADING_PUNCT).lower() in abbr.SENTENCE_OPENERS
    return True


def _next_word(text: str, pos: int) -> str:
    """The word after `pos` (within the next 40 characters: enough for any word that matters here)."""
    match = re.match(r"\s*(\S+)", text[pos : pos + 40])
    return match.group(1) if match else ""


def sentence_ends(text: str, lo: int, hi: int) -> Iterator[int]:
    """Offsets just after each sentence end in [lo, hi), in reading order."""
    for match in _SENTENCE_END.finditer(text, lo, hi):
        if is_sentence_end(text, match.start()):
            yield match.end()


def window_before(text: str, span: MarkSpan, prev: MarkSpan | None, para_start: int) -> tuple[int, int]:
    """From the start of the quote's sentence (or the previous quote of the paragraph) to its mark."""
    lo = para_start
    if prev is not None and prev.paragraph == span.paragraph:
        lo = prev.outer_end
    last = lo
    for end in sentence_ends(text, lo, span.outer_start):
        last = end
    return last, span.outer_start


def window_after(
    text: str, span: MarkSpan, nxt: MarkSpan | None, para_end: int, introduced: bool = False
) -> tuple[int, int]:
    """From the closing mark to the end of the sentence (or the next quote of the paragraph).

    Args:
        introduced: a cue before the quote introduces it; a quote that then ends its own sentence
            (`said "We won." Rivals also welcomed ...`) has nothing of its attribution after it. A quote
            ending its sentence without such a cue has its attribution after it only in a short sentence.
    """
    hi = para_end
    if nxt is not None and nxt.paragraph == span.paragraph:
        hi = nxt.outer_start
    end = next(sentence_ends(text, span.outer_end, hi), hi)
    if ends_sentence(text, span):
        following = _next_word(text, span.outer_end)
        opens = following[:1].isupper() or following[:1] in _LEADING_PUNCT
        # not introduced, a short sentence after it may still be its attribution (`"We won." Hale said.`);
        # after a whole sentence quoted, a long one is the story's next (`"We won." A report called it`)
        whole = text[span.start : span.end].lstrip(_LEADING_PUNCT)[:1].isupper()  # not `to "stop it."`
        # `"Who knew?" Hale said, looking out at the hall.`: the clause up to a comma may be all there is
        comma = text.find(",", span.outer_end, end)
        clause_end = end if comma == -1 else comma
        long = whole and len(text[span.outer_end : clause_end].split()) > _ATTRIBUTION_WORDS
        if opens and (introduced or long):
            return span.outer_end, span.outer_end
        return span.outer_end, clause_end
    return span.outer_end, end


def ends_sentence(text: str, span: MarkSpan) -> bool:
    """Whether the quoted words end with a sentence's final punctuation (`"We won."`)."""
    return text[span.start : span.end].rstrip().endswith(_FINAL)
