"""The loader's output: one story, format-independent, before any language analysis."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, replace
from typing import Any, TypeVar

from pydantic import BaseModel

from wireclaims.errors import InputError
from wireclaims.lang.languages import DEFAULT_LANGUAGE
from wireclaims.models import Article, Credit, Dateline, TextSpan

PARAGRAPH_SEPARATOR = "\n\n"
# Broken `\uD800` escapes in JSON decode to lone UTF-16 surrogates, which no UTF-8 writer (nor spaCy's
# hashing) accepts. Each becomes U+FFFD: one code point for one, so no offset moves.
LONE_SURROGATES = "the input holds lone UTF-16 surrogates (broken \\u escapes); each was replaced by U+FFFD"
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Story:
    """A story as every loader returns it: header fields and body paragraphs.

    Attributes:
        paragraphs: body paragraphs, each a single line of text, in reading order.
        language: ISO 639-1 code; a loader sets the metadata's (or None), and `load_all` the text's.
        warnings: problems the loader tolerated (shown in the output record).
    """

    headline: str | None
    paragraphs: tuple[str, ...]
    format: str
    encoding: str = "utf-8"
    dateline: Dateline | None = None
    byline: tuple[str, ...] = ()
    credits: tuple[Credit, ...] = ()
    language: str | None = None
    warnings: tuple[str, ...] = field(default=())
    published: str | None = None
    version: str | None = None
    source_id: str | None = None
    status: str | None = None
    slug: str | None = None

    @property
    def text(self) -> str:
        """The body text that every span offset indexes."""
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    def paragraph_spans(self) -> list[TextSpan]:
        """Spans of each paragraph within `text`."""
        spans: list[TextSpan] = []
        offset = 0
        for para in self.paragraphs:
            spans.append(TextSpan(start=offset, end=offset + len(para), text=para))
            offset += len(para) + len(PARAGRAPH_SEPARATOR)
        return spans

    def to_article(self, article_id: str, path: str) -> Article:
        """The `article` block of an output record."""
        return Article(
            id=article_id,
            path=path,
            format=self.format,
            headline=self.headline,
            dateline=self.dateline,
            byline=list(self.byline),
            credits=list(self.credits),
            language=self.language or DEFAULT_LANGUAGE,
            encoding=self.encoding,
            text=self.text,
            paragraphs=self.paragraph_spans(),
            published=self.published,
            version=self.version,
            source_id=self.source_id,
            status=self.status,
            slug=self.slug,
        )


def has_surrogates(text: str) -> bool:
    """Whether `text` holds a UTF-16 surrogate code point (always a lone one in a Python string)."""
    return _SURROGATE.search(text) is not None


def replace_surrogates(text: str) -> str:
    """`text` with every surrogate code point replaced by U+FFFD; its length is unchanged."""
    return _SURROGATE.sub("\ufffd", text)


def without_surrogates(story: Story) -> Story:
    """`story` with lone surrogates replaced in every text field, and a warning saying so when there were
    any. `load_all` passes every story through here, so no loader (and no new field) can forget it."""
    values = {f.name: getattr(story, f.name) for f in fields(story)}
    cleaned = {name: _cleaned(value) for name, value in values.items()}
    if cleaned == values:
        return story
    return replace(story, **{**cleaned, "warnings": (*cleaned["warnings"], LONE_SURROGATES)})


def _cleaned(value: Any) -> Any:
    """A field value, its strings (in tuples, lists and models too) without surrogates."""
    if isinstance(value, str):
        return replace_surrogates(value)
    if isinstance(value, tuple | list):
        return type(value)(_cleaned(v) for v in value)
    if isinstance(value, BaseModel):
        return type(value)(**{name: _cleaned(v) for name, v in value})
    return value


_Item = TypeVar("_Item")


def read_each(items: Iterable[_Item], read: Callable[[_Item], Story]) -> list[Story | InputError]:
    """Each item of a feed read on its own: an item's problem (withheld, no body) becomes its entry, in its
    place, and its siblings still load."""
    entries: list[Story | InputError] = []
    for item in items:
        try:
            entries.append(read(item))
        except InputError as exc:
            entries.append(exc)
    return entries
