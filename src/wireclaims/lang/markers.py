"""Wire markers: the words agencies put around a story rather than in it.

Headline status and translation markers, body furniture (image and graphic placeholders, photo credits,
embed code), the headings of service messages and advisories, interview-label furniture and source-list
headings. All of it is data: extend a tuple or set to teach the loaders a new marker;
`wireclaims.loaders.furniture`, `extract/unmarked.py` and `extract/citations.py` hold the logic.
"""

from __future__ import annotations

# Headline prefixes that say what this version is (`CORRECTED-Port reopens`, `UPDATE 2-Port reopens`):
# marker as written (case-insensitive, a number may follow) -> the status it records. Type markers such
# as FACTBOX- or ANALYSIS- describe the story itself and stay in the headline.
HEADLINE_STATUS: dict[str, str] = {
    "CORRECTED": "corrected",
    "CORRECTION": "corrected",
    "REFILE": "refiled",
    "REFILED": "refiled",
    "RPT": "repeated",
    "REPEAT": "repeated",
    "UPDATE": "updated",
    "UPDATED": "updated",
    "WRAPUP": "updated",
    "RECASTS": "updated",
    "WRITETHRU": "updated",
    "URGENT": "urgent",
    "FLASH": "urgent",
    "BULLETIN": "urgent",
    "KILL": "killed",
    "WITHDRAWN": "killed",
    "EMBARGOED": "embargoed",
}
# Banners that say the text is a machine translation, before or after the headline (any case).
TRANSLATION_BANNERS: tuple[str, ...] = (
    "machine translation",
    "machine-translated",
    "machine translated",
    "automatic translation",
    "automated translation",
    "automatically translated",
    "unedited machine translation",
)
# Paragraphs that stand for a picture, a graphic or a video the text feed does not carry: `[Image]`,
# `(PHOTO)`, `{graphic missing}`, `Image: harbour.jpg`. The word, then an optional qualifier.
PLACEHOLDER_WORDS: tuple[str, ...] = (
    "image", "photo", "picture", "graphic", "graphics", "video", "gallery", "slideshow", "chart", "map",
    "infographic", "illustration", "embed", "interactive",
)  # fmt: skip
PLACEHOLDER_QUALIFIERS: tuple[str, ...] = (
    "missing", "not available", "unavailable", "placeholder", "here", "to come", "removed", "omitted",
)  # fmt: skip
# Photo credits: `(AP Photo/Kim Park)`, `Photo: Kim Park/Reuters`, `PHOTO CREDIT: ...`, `Foto: NTB`.
PHOTO_CREDIT_WORDS: tuple[str, ...] = ("photo", "photos", "photograph", "photo credit", "foto", "picture")
# Markup that arrives as text (escaped or double-escaped embed code for a video, a post, a map).
EMBED_TAGS: tuple[str, ...] = (
    "iframe",
    "script",
    "div",
    "blockquote",
    "embed",
    "object",
    "video",
    "a",
    "img",
)
# Headline openings of service messages, advisories and notices to editors, which are not stories. An
# editor's note is left out: it heads real stories too.
SERVICE_HEADINGS: tuple[str, ...] = (
    "service message", "service note", "advisory", "editors' advisory", "editors advisory", "note to editors", "copyright notice", "copyright warning", "test message",
    "mandatory kill", "schedule advisory", "news digest",
)  # fmt: skip
# ninjs `type` or `profile` values of items that address editors, not readers.
ADVISORY_TYPES: frozenset[str] = frozenset({"advisory", "service", "servicemessage", "service-message"})
# First words of labels that head furniture or sections, never a speaker's answer; add a lower-case word.
FURNITURE_LABELS = frozenset(
    [
        "image",
        "file",
        "photo",
        "picture",
        "video",
        "audio",
        "caption",
        "source",
        "sources",
        "note",
        "update",
        "correction",
        "related",
        "see",
    ]
)
# Headings that open a list of cited works (case ignored); add the heading in lower case.
SOURCE_LIST_HEADINGS = frozenset(
    {"sources", "source", "references", "related news", "external links", "further reading", "bibliography"}
)
