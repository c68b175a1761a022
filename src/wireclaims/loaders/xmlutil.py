"""Shared by the structured loaders (NITF, NewsML, ninjs, HTML): markup -> paragraphs, metadata bylines and
datelines, and the finishing step that turns the parts of a story into a `Story` the same way the plain-text
loader does. Parsing itself (hardened against hostile XML) is `xmlparse`.
"""

from __future__ import annotations

import html
import html.entities
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from wireclaims.errors import NotAStory
from wireclaims.loaders.bylines import read_byline
from wireclaims.loaders.datelines import meta_dateline as meta_dateline
from wireclaims.loaders.furniture import clean_headline, drop_furniture, not_a_story
from wireclaims.loaders.mojibake import repair

# The plain-text loader owns the wire-copy conventions (datelines, trailers, names); reuse, never re-write.
from wireclaims.loaders.plaintext import (
    TRANSLATION_BANNER,
    join_paragraphs,
    split_blocks,
    take_lead,
    take_trailer,
)
from wireclaims.loaders.xmlparse import parse_html, parse_xml, parse_xml_text
from wireclaims.models import Credit
from wireclaims.story import Story

__all__ = ["parse_html", "parse_xml", "parse_xml_text"]  # re-exported: the loaders import them from here

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass
class StoryParts:
    """What a structured loader read, before the common finishing step.

    Attributes:
        dateline_hint: a dateline from metadata, used only when the body does not open with one.
        published, version, source_id: item metadata that `Story` has no field for yet.
        tables: how many tables the body held (they are never paragraphs): a body of tables alone is agate.
    """

    headline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    byline: list[str] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    dateline_hint: str | None = None
    language: str | None = None
    published: str | None = None
    version: str | None = None
    source_id: str | None = None
    warnings: list[str] = field(default_factory=list)
    tables: int = 0


# Elements whose text is never body copy: metadata, media, tables, navigation, editorial notes.
_SKIP = frozenset({
    "head", "title", "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button",
    "iframe", "object", "embed", "video", "audio", "svg", "img", "picture", "figure", "figcaption", "table",
    "nitf-table", "media", "media-caption", "caption", "note", "fn", "hl1", "h1", "body.head", "body.end",
    "tagline", "abstract", "credit", "header",
})  # fmt: skip
# XHTML classes that hold furniture, not copy (TT's `dat` holds the section label and the source).
_SKIP_CLASSES = frozenset({"byline", "dateline", "dat", "credit", "caption", "vignette", "photo-credit"})
# Elements that are one paragraph each (NITF `hl2` subheads included).
_PARAGRAPH = frozenset({
    "p", "hl2", "hl3", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "address", "bq", "blockquote",
})  # fmt: skip
# Containers whose children are walked; text loose in them becomes a paragraph of its own.
_CONTAINER = frozenset({
    "html", "body", "body.content", "block", "div", "section", "article", "main", "ul", "ol", "dl", "bq",
    "blockquote", "center",
})  # fmt: skip
_SPACE = re.compile(r"\s+")
# An entity reference left in the text after parsing: the feed escaped it twice (`&amp;quot;`).
_ESCAPED = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_INDENT = re.compile(r"^[ \t]*")


def local(tag: object) -> str:
    """Element name without its namespace; '' for comments, entities and processing instructions."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def child(el: Any, name: str) -> Any:
    """The first child element called `name` (any namespace), or None."""
    if el is None:
        return None
    return next((c for c in el if local(c.tag) == name), None)


def children(el: Any, name: str) -> list[Any]:
    """Child elements called `name` (any namespace)."""
    return [] if el is None else [c for c in el if local(c.tag) == name]


def path(el: Any, *names: str) -> Any:
    """Follow child names down from `el`; None as soon as one is missing."""
    for name in names:
        el = child(el, name)
    return el


def descendants(el: Any, name: str) -> list[Any]:
    """Descendant elements called `name` (any namespace), in document order."""
    return [] if el is None else [d for d in el.iter() if local(d.tag) == name]


def norm(text: str | None) -> str:
    """Collapse white space (no-break spaces included) and trim."""
    return _SPACE.sub(" ", text or "").strip()


def inline_text(el: Any, skip: frozenset[str] = _SKIP) -> str:
    """The text of `el` and its descendants on one line; `<br>` is a space, skipped elements vanish."""
    parts: list[str] = []
    _inline(el, parts, skip)
    return _line(parts)


def _line(parts: list[str]) -> str:
    """Text pieces as one line, with entities that were escaped twice decoded once more."""
    text = norm("".join(parts))
    return _ESCAPED.sub(lambda m: html.unescape(m.group(0)), text) if "&" in text else text


def _inline(el: Any, parts: list[str], skip: frozenset[str]) -> None:
    parts.append(el.text or "")
    for node in el:
        _inline_node(node, parts, skip)
        parts.append(node.tail or "")


def _inline_node(node: Any, parts: list[str], skip: frozenset[str]) -> None:
    """One inline node's text, without its tail."""
    if isinstance(node, etree._Entity):
        # NITF declares HTML entities in a DTD we never load: map the familiar ones ourselves.
        parts.append(html.entities.html5.get(f"{node.name};", ""))
    elif local(node.tag) in ("br", "lb"):  # lb: trafilatura's line break
        parts.append(" ")
    elif local(node.tag) and local(node.tag) not in skip:
        _inline(node, parts, skip)


def markup_paragraphs(el: Any) -> list[str]:
    """Body paragraphs of NITF `body.content` or an XHTML/HTML body, in reading order.

    Paragraph elements and subheads give one paragraph each; tables, media and captions are skipped; text
    loose in a container (a body without `<p>`) is a paragraph of its own. Placeholders for pictures and
    graphics, photo credits and embed code sent as text are furniture, and so is the heading above them.
    """
    out: list[str] = []
    _walk(el, out)
    return drop_furniture([p for p in out if p])


def count_tables(el: Any) -> int:
    """How many tables (HTML or NITF) `el` holds."""
    return 0 if el is None else sum(local(d.tag) in ("table", "nitf-table") for d in el.iter())


def _walk(el: Any, out: list[str]) -> None:
    loose: list[str] = [el.text or ""]
    for node in el:
        name = local(node.tag)
        if name and _SKIP_CLASSES.intersection((node.get("class") or "").split()):
            pass
        elif name in _CONTAINER and (name not in _PARAGRAPH or _has_blocks(node)):
            out.append(_line(loose))
            loose = []
            _walk(node, out)
        elif name in _PARAGRAPH:
            out.append(_line(loose))
            loose = []
            out.append(inline_text(node))
        else:
            _inline_node(node, loose, _SKIP)
        loose.append(node.tail or "")
    out.append(_line(loose))


def _has_blocks(el: Any) -> bool:
    return any(local(c.tag) in _PARAGRAPH or local(c.tag) in _CONTAINER for c in el)


def text_paragraphs(text: str) -> list[str]:
    """Paragraphs of a plain-text body: blank-line blocks, or one per line in copy without blank lines; in
    hard-wrapped copy whose paragraphs open with an indent, each indented line starts a paragraph."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    indented = _indented_blocks(raw)
    if indented is not None:
        return join_paragraphs(indented)
    return join_paragraphs(split_blocks([norm(line) for line in raw]))


def _indented_blocks(raw: list[str]) -> list[list[str]] | None:
    """Blocks of copy laid out as `   First line\nwrapped line\n   Next paragraph`, or None for other copy.

    The indent is relative: a body indented as a whole inside its XML element is not laid out this way.
    """
    depth = [len(_INDENT.match(line).group(0).expandtabs(4)) for line in raw]  # type: ignore[union-attr]
    filled = {i for i, line in enumerate(raw) if line.strip()}
    if not filled:
        return None
    margin = min(depth[i] for i in filled)
    starts = {i for i in filled if depth[i] > margin}
    wrapped = any(depth[i] == margin and i - 1 in filled for i in filled)
    if len(starts) < 2 or not wrapped:
        return None
    blocks: list[list[str]] = [[]]
    for i, line in enumerate(raw):
        if (not line.strip() or i in starts) and blocks[-1]:
            blocks.append([])
        if line.strip():
            blocks[-1].append(norm(line))
    return [b for b in blocks if b]


def byline_names(text: str | None) -> list[str]:
    """Names from a byline as metadata gives it: 'By A and B', 'A; B', 'A with B in Gaza'."""
    return read_byline(text).names


def language_code(tag: str | None) -> str | None:
    """ISO 639 language from a tag such as 'en-GB' or 'nb_NO'."""
    primary = re.split(r"[-_]", norm(tag), maxsplit=1)[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def finish(parts: StoryParts, fmt: str, encoding: str) -> Story:
    """The `Story` for what a structured loader read, with the plain-text loader's conventions.

    The dateline is split from the first paragraph (metadata datelines are only a fallback), notes above
    the lead are dropped and a credits trailer becomes `credits`.

    The headline loses its status and translation markers (the status goes to `status`), mojibake is
    repaired, and service messages, copyright notices and agate tables are refused.

    Raises:
        NotAStory: no body paragraph, or an item that is no story.
    """
    warnings = list(parts.warnings)
    texts, repaired = repair([norm(parts.headline), *(norm(p) for p in parts.paragraphs)])
    warnings.extend([repaired] if repaired else [])
    reason = not_a_story(texts[0], [p for p in texts[1:] if p])
    if reason:
        raise NotAStory(reason)
    marked = clean_headline(texts[0] or None)
    if marked.translated:
        warnings.append(TRANSLATION_BANNER)
    paragraphs = [p for p in texts[1:] if p]
    headline = marked.text
    # Web pages and some XHTML bodies repeat the headline as their first heading.
    if headline and paragraphs and paragraphs[0] == headline:
        paragraphs.pop(0)
    credits, blocks = take_trailer([[p] for p in paragraphs])
    lead = take_lead([line for block in blocks for line in block], list(parts.byline), parts.dateline_hint)
    paragraphs = lead.paragraphs
    if not paragraphs and parts.tables:
        raise NotAStory("a table transmission (standings, results or a schedule) with no story text")
    if not paragraphs:
        raise NotAStory("the item has no body text")
    return Story(
        headline=headline,
        paragraphs=tuple(paragraphs),
        format=fmt,
        encoding=encoding,
        dateline=lead.dateline,
        byline=tuple(dict.fromkeys(n for n in lead.byline if n)),
        credits=(*parts.credits, *(c for c in lead.credits if c not in parts.credits), *credits),
        language=language_code(parts.language),
        warnings=tuple(warnings),
        published=parts.published,
        version=parts.version,
        source_id=parts.source_id,
        status=marked.status,
    )
