"""The loader's output: one story, format-independent, before any language analysis."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from wireclaims.errors import InputError
from wireclaims.models import Article, Credit, Dateline, TextSpan

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Story:
    """A story as every loader returns it: header fields and body paragraphs.

    Attributes:
        paragraphs: body paragraphs, each a single line of text, in reading order.
        warnings: problems the loader tolerated (shown in the output record).
    """

    headline: str | None
    paragraphs: tuple[str, ...]
    format: str
    encoding: str = "utf-8"
    dateline: Dateline | None = None
    byline: tuple[str, ...] = ()
    credits: tuple[Credit, ...] = ()
    language: str = "en"
    warnings: tuple[str, ...] = field(default=())
    published: str | None = None
    version: str | None = None
    source_id: str | None = None

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
            language=self.language,
            encoding=self.encoding,
            text=self.text,
            paragraphs=self.paragraph_spans(),
            published=self.published,
            version=self.version,
            source_id=self.source_id,
        )


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
