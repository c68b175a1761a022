"""What surrounds a story in structured feeds: headline markers, body furniture, and items that are no story.

Shared by the structured loaders through `xmlutil.finish`; the words are data in `wireclaims.lang.markers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wireclaims.lang import markers


def _words(words: tuple[str, ...] | frozenset[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# `CORRECTED-`, `UPDATE 2-`, `REFILE-UPDATE 1-`: one or more markers, each with an optional number.
_STATUS = re.compile(rf"^(?P<word>{_words(tuple(markers.HEADLINE_STATUS))})(?:\s*(?P<n>\d+))?\s*-\s*", re.I)
_BANNER = _words(markers.TRANSLATION_BANNERS)
# Bracketed, or followed by `:` `|` ` -`: "Machine translation firm raises funds" keeps its words.
_BANNER_HEAD = re.compile(
    rf"^(?:[\[(]\s*(?:{_BANNER})\s*[\])]\s*[:|-]?|(?:{_BANNER})\s*[:|]|(?:{_BANNER})\s+[-–—])\s*",
    re.IGNORECASE,
)
_BANNER_TAIL = re.compile(rf"\s*[-|:]?\s*[\[(]\s*(?:{_BANNER})\s*[\])]\s*$", re.IGNORECASE)
_PLACEHOLDER = re.compile(
    rf"^[\[({{<]*\s*(?:{_words(markers.PLACEHOLDER_WORDS)})\b"
    rf"(?:\s*(?:{_words(markers.PLACEHOLDER_QUALIFIERS)})|\s*[:#]\s*\S[^!?]{{0,80}}|\s*\d+)?\s*[\])}}>]*\.?$",
    re.IGNORECASE,
)
# `(AP Photo/Kim Park)`, `Photo: Kim Park/Reuters`, `FOTO: NTB`: a short credit, never a sentence.
_PHOTO_CREDIT = re.compile(
    rf"^\(?\s*(?:[A-Z][\w.&-]*\s+)?(?:{_words(markers.PHOTO_CREDIT_WORDS)})\s*(?:/|:|by\b)\s*(?:[^.!?]|(?<=\b[A-Z])\.){{0,80}}\)?$",
    re.IGNORECASE,
)
_EMBED = re.compile(rf"^\s*<\s*/?\s*(?:{_words(markers.EMBED_TAGS)})\b[^>]*>?", re.IGNORECASE)
_SERVICE = re.compile(rf"^\W*(?:{_words(markers.SERVICE_HEADINGS)})\b\s*(?:[:=\-–—]|$)", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)|\ball rights reserved\b", re.IGNORECASE)
_NUMBER = re.compile(r"^[-+(]?\d[\d.,:/–-]*[%)]?$|^\.\d+$")
# An agate body: at least this many rows, and rows make at least this share of the paragraphs.
_MIN_ROWS = 4
_ROW_SHARE = 0.7
# A body with this many prose paragraphs is a story that carries a table (a results list in a report on
# a parade or a race), not agate: its rows stay, and its story is read.
_STORY_PROSE = 3


@dataclass(frozen=True)
class Headline:
    """A headline without its markers.

    Attributes:
        status: what the status marker says of this version ('corrected', 'updated 2'), or None.
        translated: whether a machine-translation banner was removed.
    """

    text: str | None
    status: str | None = None
    translated: bool = False


def clean_headline(text: str | None) -> Headline:
    """The headline without status prefixes (`CORRECTED-`, `UPDATE 2-`) and machine-translation banners."""
    if not text:
        return Headline(text)
    statuses: list[str] = []
    translated = False
    while True:
        match = _STATUS.match(text)
        banner = _BANNER_HEAD.match(text) or _BANNER_TAIL.search(text)
        if match and len(text) > match.end():
            status = markers.HEADLINE_STATUS[re.sub(r"\s+", " ", match.group("word")).upper()]
            statuses.append(f"{status} {match.group('n')}" if match.group("n") else status)
            text = text[match.end() :]
        elif banner and banner.group(0).strip() and len(text) > len(banner.group(0)):
            translated = True
            text = text[: banner.start()] + text[banner.end() :]
        else:
            break
    return Headline(text.strip() or None, ", ".join(dict.fromkeys(statuses)) or None, translated)


def is_furniture(paragraph: str) -> bool:
    """Whether a body paragraph stands for something that is not text: an image, graphic or video
    placeholder, a photo credit, or embed code that arrived as text."""
    return bool(_PLACEHOLDER.match(paragraph) or _PHOTO_CREDIT.match(paragraph) or _EMBED.match(paragraph))


def drop_furniture(paragraphs: list[str]) -> list[str]:
    """Paragraphs without furniture. A heading right above embed code goes with it ("Watch the crossing"
    heads the video); one above a picture placeholder heads the prose after the picture, and stays."""
    kept: list[str] = []
    for paragraph in paragraphs:
        if not is_furniture(paragraph):
            kept.append(paragraph)
        elif kept and _is_heading(kept[-1]) and _EMBED.match(paragraph):
            kept.pop()
    return kept


def _is_heading(paragraph: str) -> bool:
    return len(paragraph.split()) <= 8 and not paragraph.rstrip("”\"')").endswith((".", "!", "?"))


def not_a_story(headline: str | None, paragraphs: list[str]) -> str | None:
    """Why an item is no story (a service message, a copyright notice, an agate table), or None."""
    if headline and _SERVICE.match(headline):
        return f"a service message or advisory to editors ({headline[:60]!r}), not a story"
    if paragraphs and all(_COPYRIGHT.search(p) or _SERVICE.match(p) for p in paragraphs):
        return "a copyright or service notice, not a story"
    rows = sum(_is_row(p) for p in paragraphs)
    # Headings between the rows ("Saturday's games") are neither rows nor prose: they do not count.
    prose = sum(_is_prose(p) for p in paragraphs)
    if rows >= _MIN_ROWS and rows >= _ROW_SHARE * (rows + prose) and prose < _STORY_PROSE:
        return "an agate table (standings, results or a schedule), not a story"
    return None


def _is_prose(paragraph: str) -> bool:
    return len(paragraph.split()) > 16 or paragraph.rstrip("”\"')").endswith((".", "!", "?"))


def _is_row(paragraph: str) -> bool:
    """A line of a table: short, no sentence end, and at least one number among its cells."""
    words = paragraph.split()
    return (
        len(words) <= 16
        and not paragraph.rstrip("”\"')").endswith((".", "!", "?"))
        and any(_NUMBER.match(w.strip(",;")) for w in words)
    )
