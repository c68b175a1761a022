"""The language of a story: detected from its text, the metadata a hint; a body in several languages.

`load_all` passes every story through `with_language`. Detection is py3langid's (a naive Bayes model over
byte n-grams, shipped inside the package: nothing is downloaded at run time). The words are data in
`wireclaims.lang.languages`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from wireclaims.lang import languages
from wireclaims.loaders.datelines import match_dateline, opens_with_dateline
from wireclaims.story import Story

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

    from wireclaims.models import Dateline

_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
# What a marker may wear around its words: `--- English ---`, `[English version]`, `ENGLISH:`.
_MARKER_PUNCTUATION = re.compile(r"^[\s\[\](){}<>*=#:|/.,–—-]*$")
_SENTENCE_ENDS = (".", "!", "?", ":", ";", ",")
_CLOSING = "\"'”’»)"


@dataclass(frozen=True)
class Block:
    """The paragraphs of one language in a body that holds several.

    Attributes:
        named: the language its marker names, or None (the block before the first marker has none).
    """

    paragraphs: tuple[str, ...]
    named: str | None = None


@cache
def _identifier() -> LanguageIdentifier:
    # Loading the model takes about a second: once per process, and only when a story is long enough.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_tag(tag: str | None) -> str | None:
    """The ISO 639-1 code of a metadata tag ('en-GB', 'nb_NO', 'NO') or a detector label, or None."""
    primary = re.split(r"[-_]", (tag or "").strip(), maxsplit=1)[0].lower()
    if not (primary.isascii() and primary.isalpha() and 2 <= len(primary) <= 3):
        return None
    return languages.LANGUAGE_ALIASES.get(primary, primary)


def detect_language(
    text: str,
    min_letters: int = languages.MIN_DETECTION_LETTERS,
    min_confidence: float = languages.MIN_DETECTION_CONFIDENCE,
) -> str | None:
    """The language of `text` as an ISO 639-1 code, or None when the text is too short, or the detector
    too unsure, for the answer to be trusted."""
    if len(_LETTER.findall(text)) < min_letters:
        return None
    label, confidence = _identifier().classify(text[: languages.MAX_DETECTION_CHARS])
    if confidence < min_confidence:
        return None
    return language_tag(label)


def is_marker(paragraph: str) -> bool:
    """Whether a paragraph marks where one language's part of a body begins: short, made only of marker
    words and language names, with a name or a translation word."""
    if len(paragraph) > languages.MAX_MARKER_LENGTH:
        return False
    if not _MARKER_PUNCTUATION.match(_WORD.sub("", paragraph)):
        return False
    words = {w.lower() for w in _WORD.findall(paragraph)}
    if not words <= languages.BLOCK_MARKER_WORDS | languages.LANGUAGE_NAMES.keys():
        return False
    return bool(words & (languages.LANGUAGE_NAMES.keys() | languages.TRANSLATION_WORDS))


def marker_language(paragraph: str) -> str | None:
    """The language a marker names ('Machine translation from Norwegian to English' -> 'en'): the one
    after `to`, else the first; None when the paragraph is no marker or names no language."""
    if not is_marker(paragraph):
        return None
    words = [w.lower() for w in _WORD.findall(paragraph)]
    named = [
        (languages.LANGUAGE_NAMES[word], i > 0 and words[i - 1] in languages.TARGET_WORDS)
        for i, word in enumerate(words)
        if word in languages.LANGUAGE_NAMES
    ]
    targets = [code for code, target in named if target]
    codes = targets or [code for code, _target in named]
    return codes[0] if codes else None


def split_blocks(paragraphs: tuple[str, ...]) -> list[Block]:
    """The language blocks of a body, markers left out: one block when it has no marker."""
    blocks: list[Block] = []
    current: list[str] = []
    named: str | None = None
    for para in paragraphs:
        if not is_marker(para):
            current.append(para)
            continue
        if current:
            blocks.append(Block(tuple(current), named))
        current, named = [], marker_language(para)
    if current or not blocks:
        blocks.append(Block(tuple(current), named))
    return blocks


def block_language(block: Block) -> str | None:
    """A block's language: detected from its text, else the one its marker names."""
    return detect_language(" ".join(block.paragraphs)) or block.named


def with_language(story: Story) -> Story:
    """`story` with `language` from its text (the metadata's when the text is too short to tell), and
    only its English part when the body holds the story in several languages: parts marked as such
    (`Machine translation to English:`), else runs of paragraphs that read as different languages.

    Warnings name what was decided: the metadata's language and the detected one when they disagree,
    each part of another language that was dropped, and a headline left in the original language.
    """
    found, paragraphs = _language_parts(story.paragraphs)
    body = _kept_part(story, found) if found else _Body(story.headline, story.dateline, paragraphs)
    hint = language_tag(story.language)
    detected = detect_language(" ".join(body.paragraphs))
    warnings = [*story.warnings, *body.warnings]
    # The metadata of a body in several languages describes the item as a whole (its original, usually):
    # that it names a dropped part's language is no disagreement.
    if detected and hint and detected != hint and hint not in body.dropped:
        warnings.append(
            f"the metadata gives the language as '{hint}' but the text reads as '{detected}'; "
            f"'{detected}' is recorded"
        )
    language = detected or hint or languages.DEFAULT_LANGUAGE
    now = (language, body.headline, body.dateline, body.paragraphs, tuple(warnings))
    if now == (story.language, story.headline, story.dateline, story.paragraphs, story.warnings):
        return story
    return replace(
        story,
        language=language,
        headline=body.headline,
        dateline=body.dateline,
        paragraphs=body.paragraphs,
        warnings=tuple(warnings),
    )


@dataclass(frozen=True)
class _Body:
    """What `with_language` keeps of a story's body, what it says about it, and the languages it dropped."""

    headline: str | None
    dateline: Dateline | None
    paragraphs: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    dropped: frozenset[str | None] = frozenset()


def _language_parts(paragraphs: tuple[str, ...]) -> tuple[list[tuple[Block, str | None]], tuple[str, ...]]:
    """The (part, language) pairs of a body that holds the story in two languages or more (else none), and
    its paragraphs, less a lone marker (`English version:` is no paragraph)."""
    blocks = [block for block in split_blocks(paragraphs) if block.paragraphs]
    found = [(block, block_language(block)) for block in blocks] if len(blocks) > 1 else []
    # Parts in one language are one story with a stray marker-like line: only two languages make a split.
    if len({code for _block, code in found if code}) > 1:
        return found, paragraphs
    if len(blocks) == 1 and blocks[0].named:
        return [], blocks[0].paragraphs
    if len(blocks) == 1:
        return _unmarked_parts(paragraphs), paragraphs
    return [], paragraphs


def _kept_part(story: Story, found: list[tuple[Block, str | None]]) -> _Body:
    """The part of a body in several languages that is analysed (`_keep_one`), with its own headline when it
    has one and the dateline its lead repeats taken off, and a warning for each part dropped."""
    kept, dropped = _keep_one(found)
    kept_code = block_language(kept) or "first"
    warnings = [
        f"the body holds the story in several languages: the {code or 'unrecognised'} part "
        f"({n} paragraph{'s' if n != 1 else ''}) was dropped and only the {kept_code} part is kept"
        for code, n in dropped
    ]
    headline, paragraphs, note = _part_headline(story.headline, kept.paragraphs, kept_code)
    warnings += [note] if note else []
    dateline = story.dateline
    # The kept part's lead repeats the dateline the loader took from the item's first lead.
    opening = match_dateline(paragraphs[0]) if paragraphs else None
    if opening and len(paragraphs[0]) > opening[1]:
        dateline = dateline or opening[0]
        paragraphs = (paragraphs[0][opening[1] :], *paragraphs[1:])
    return _Body(headline, dateline, paragraphs, tuple(warnings), frozenset(code for code, _n in dropped))


def _unmarked_parts(paragraphs: tuple[str, ...]) -> list[tuple[Block, str | None]]:
    """A body without markers as (part, language) pairs when it holds the story in two languages or more:
    each paragraph long enough is detected on its own, the short ones go with the paragraph before them
    (the first with the one after it). Paragraphs of one language form one part, wherever they stand.
    Empty unless at least two languages each have `MIN_PART_PARAGRAPHS` detected paragraphs and
    `MIN_PART_SHARE` of them: a quoted paragraph in another language is no part."""
    if len(paragraphs) < 2 * languages.MIN_PART_PARAGRAPHS:
        return []
    detected = [
        detect_language(p, languages.MIN_PART_LETTERS, languages.MIN_PART_CONFIDENCE) for p in paragraphs
    ]
    counts = Counter(code for code in detected if code)
    total = sum(counts.values())
    parts = [
        code
        for code, n in counts.items()
        if n >= languages.MIN_PART_PARAGRAPHS and n >= languages.MIN_PART_SHARE * total
    ]
    if len(parts) < 2:
        return []
    codes = list(detected)
    first = next(code for code in codes if code)
    for i, code in enumerate(codes):
        codes[i] = code or (codes[i - 1] if i else first)
    # A language below the bar is no part: its paragraphs stay with the part they stand in.
    for i, code in enumerate(codes):
        if code not in parts:
            codes[i] = codes[i - 1] if i and codes[i - 1] in parts else first if first in parts else parts[0]
    order = list(dict.fromkeys(codes))
    return [
        (Block(tuple(p for p, c in zip(paragraphs, codes, strict=True) if c == code), code), code)
        for code in order
    ]


def _part_headline(
    headline: str | None, paragraphs: tuple[str, ...], code: str
) -> tuple[str | None, tuple[str, ...], str | None]:
    """The headline of the part that is kept: its own when the part opens with a headline-shaped line (a
    short line with no sentence end, more paragraphs after it), which then leaves the body; else the
    item's, with a note that it may be in another language. Returns (headline, paragraphs, note)."""
    first = paragraphs[0] if paragraphs else ""
    words = first.split()
    if (
        len(paragraphs) > 1
        and 0 < len(words) <= languages.MAX_PART_HEADLINE_WORDS
        and not first.rstrip(_CLOSING).endswith(_SENTENCE_ENDS)
        and not opens_with_dateline(first)
    ):
        return first, paragraphs[1:], None
    return (
        headline,
        paragraphs,
        (
            f"the {code} part of the body gives no headline of its own: the item's headline is kept, "
            "and may be in the language of a dropped part"
        ),
    )


def _keep_one(found: list[tuple[Block, str | None]]) -> tuple[Block, list[tuple[str | None, int]]]:
    """Of (block, language) pairs, the block to analyse (the first English one, else the first), and
    (language, paragraph count) of each block dropped."""
    keep = next((i for i, (_b, code) in enumerate(found) if code in languages.ANALYSED_LANGUAGES), 0)
    dropped = [(code, len(block.paragraphs)) for i, (block, code) in enumerate(found) if i != keep]
    return found[keep][0], dropped


def not_analysed(story: Story) -> str | None:
    """The warning for a story the English rules must not read (its language is another), else None."""
    language = story.language or languages.DEFAULT_LANGUAGE
    if language in languages.ANALYSED_LANGUAGES:
        return None
    return (
        f"the story is in '{language}', not English: its record has headline, dateline and "
        "paragraphs, but no quotes, claims or speakers (the extraction rules are English)"
    )
