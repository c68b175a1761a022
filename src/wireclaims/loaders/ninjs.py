"""IPTC ninjs (News in JSON) 1.x, 2.x and 3.x.

The three major versions name the same things differently (1.x `headline`/`body_html`/`byline`, 2.x
`headlines[]`/`bodies[]`/`by`, 3.x camelCase `versionCreated`/`contentType`); the version is read from
`$standard`/`standard` or, failing that, from the field names. The richest body wins, and a body that is
NITF or XHTML goes through the XML/HTML readers. A feed (`{"item": [...]}` or a JSON array) gives one story
per item.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from wireclaims.errors import InputError, NotAStory, ParseError, Withheld
from wireclaims.lang import markers
from wireclaims.loaders.bylines import read_byline
from wireclaims.loaders.decode import decode
from wireclaims.loaders.nitf import read_nitf
from wireclaims.loaders.xmlutil import (
    StoryParts,
    finish,
    local,
    markup_paragraphs,
    parse_html,
    parse_xml_text,
    text_paragraphs,
)
from wireclaims.story import LONE_SURROGATES, Story, has_surrogates, read_each, replace_surrogates

# Field names per major version: (byline, publication status, version timestamp). Other versions' names
# are still read as a fallback, because real feeds mix them.
_FIELDS: dict[int, tuple[str, str, str]] = {
    1: ("byline", "pubstatus", "versioncreated"),
    2: ("by", "pubstatus", "versioncreated"),
    3: ("by", "pubStatus", "versionCreated"),
}
_CAMEL_CASE = ("versionCreated", "firstCreated", "pubStatus", "contentCreated", "copyrightNotice")
_V2_NAMES = ("headlines", "bodies", "by", "people", "places", "organisations", "descriptions")
# Body kinds, richest first. 1.x names bodies `body_<format or purpose>`: body_xhtml, body_html, body_text,
# body_main, body_richtext ...; 2.x and 3.x give `bodies[]` a role and a content type.
_RANK = {"nitf": 0, "xhtml": 1, "html": 2, "text": 3}
# Body roles that hold a summary rather than the story: used only when nothing else is there.
_MINOR_ROLES = frozenset({"abstract", "summary", "teaser", "lead", "description", "caption"})
# Item types that are never a story (ninjs `type`); `composite` items may carry a body, so they are kept.
_MEDIA = frozenset({"picture", "image", "video", "audio", "graphic"})
# A JSON escape of a UTF-16 surrogate, high (D800-DBFF) or low (DC00-DFFF).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
# A long body_text without a single line break has lost its paragraphs on the way (a known feed fault).
_UNBROKEN = 400


def load_ninjs(data: bytes) -> list[Story | InputError]:
    """Parse a ninjs document: one entry per item of a feed (`{"item": [...]}` or a JSON array), or one for
    a single object. An item that is withheld or has no body is that item's error entry.

    Raises:
        ParseError: malformed JSON.
        NotAStory: no ninjs item at all.
    """
    text, encoding = decode(data)
    try:
        # strict=False: some feeds put raw newlines inside JSON strings.
        document = json.loads(text, strict=False, parse_int=_integer)
    except json.JSONDecodeError as exc:
        raise ParseError(f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
    except RecursionError as exc:
        # The json module recurses once per level: thousands of nested brackets exhaust the stack.
        raise ParseError("malformed JSON: arrays or objects nested too deeply to read") from exc
    # Only a `\uD8xx`-`\uDFxx` escape can give a surrogate (decoded bytes never hold one): most documents
    # need no look at every string.
    broken = _SURROGATE_ESCAPE.search(text) is not None
    return read_each(_items(document), lambda item: _read_item(item, encoding, broken))


def _integer(digits: str) -> int | str:
    """A JSON integer; past Python's limit on digits (4,300: a guard against slow conversion) its digits as
    a string, so that a silly number in some field does not cost the story."""
    try:
        return int(digits)
    except ValueError:
        return digits


def _read_item(item: object, encoding: str, broken: bool = False) -> Story:
    if not isinstance(item, dict):
        raise NotAStory(f"the ninjs feed item is a JSON {type(item).__name__}, not an object")
    # Lone surrogates go before the bodies meet lxml, which cuts a string short at one, and the warning
    # belongs to the item that had them; `load_all` is the net for everything else.
    warnings = [LONE_SURROGATES] if broken and _replace_surrogates(item) else []
    version = ninjs_version(item)
    by_key, status_key, created_key = _FIELDS[version]
    status = str(_get(item, status_key, "pubstatus", "pubStatus") or "usable").lower()
    if status in {"canceled", "cancelled", "withheld"}:
        raise Withheld(f"the ninjs item is {status} (pubstatus); the agency withdrew it, there is no story")
    kind = str(item.get("type", "")).lower()
    if kind in _MEDIA:
        raise NotAStory(f"a {kind} item (ninjs type {kind}), not a story")
    if kind in markers.ADVISORY_TYPES or str(item.get("profile", "")).lower() in markers.ADVISORY_TYPES:
        raise NotAStory("an advisory to editors (ninjs type or profile advisory), not a story")
    byline = read_byline(_string(_get(item, by_key, "by", "byline")))
    parts = StoryParts(
        headline=_headline(item),
        byline=byline.names,
        credits=byline.credits,
        language=_string(item.get("language")),
        published=_string(_get(item, created_key, "versioncreated", "versionCreated")),
        version=_version(item.get("version")),
        source_id=_string(item.get("uri")) or _string(item.get("guid")),
        warnings=warnings,
    )
    if _is_link_only(item):
        raise NotAStory(
            "an envelope whose body is only a link (renditions to download, as the AP Media API sends), "
            "not the story text"
        )
    body = _body(item, version, parts.warnings)
    parts.paragraphs = body.paragraphs
    # A NITF body brings its own head: use it where the JSON has nothing.
    parts.headline = parts.headline or body.headline
    parts.byline = parts.byline or body.byline
    parts.dateline_hint = body.dateline_hint or _located(item.get("located"))
    return finish(parts, "ninjs", encoding)


def ninjs_version(item: dict[str, Any]) -> int:
    """Major ninjs version of an item: declared in `$standard`/`standard`, else guessed from field names."""
    standard = item.get("$standard") or item.get("standard")
    if isinstance(standard, dict):
        # At most three digits: a longer number is no ninjs version (and int() refuses 4,300 digits).
        match = re.match(r"\s*(\d{1,3})(?!\d)", str(standard.get("version", "")))
        if match and int(match.group(1)) in _FIELDS:
            return int(match.group(1))
    bodies = item.get("bodies")
    if any(key in item for key in _CAMEL_CASE) or (
        isinstance(bodies, list) and any(isinstance(b, dict) and "contentType" in b for b in bodies)
    ):
        return 3
    if any(key in item for key in _V2_NAMES):
        return 2
    return 1


def _items(document: object) -> list[object]:
    """The items of a feed in order, media items left out; a single object is a feed of one. An API
    envelope (`{"data": {"item": {...}}}`, AP Media API) is opened to the item it carries."""
    items: object = document
    if isinstance(document, dict) and isinstance(document.get("data"), dict):
        data = document["data"]
        inner = data.get("item", data.get("items"))
        document = inner if isinstance(inner, dict | list) else document
        items = document
    if isinstance(document, dict):
        feed = document.get("item", document.get("items"))
        if not isinstance(feed, list):
            return [document]
        items = feed
    if not isinstance(items, list):
        raise NotAStory("the JSON holds no ninjs object")
    if not items:
        raise NotAStory("the ninjs feed holds no items")
    # Pictures, video and graphics travel in the same feeds as stories; they are not stories.
    stories = [i for i in items if not (isinstance(i, dict) and str(i.get("type", "")).lower() in _MEDIA)]
    if not stories:
        raise NotAStory(f"the ninjs feed holds no text item, only {len(items)} media items")
    return stories


def _is_link_only(item: dict[str, Any]) -> bool:
    """An item that points at its text (renditions with an `href`) without carrying any body."""
    renditions = item.get("renditions")
    has_body = any(k.startswith("body") for k in item)
    return (
        isinstance(renditions, dict)
        and not has_body
        and any(isinstance(r, dict) and "href" in r for r in renditions.values())
    )


def _headline(item: dict[str, Any]) -> str | None:
    headlines = item.get("headlines")
    if isinstance(headlines, list):
        values = [h for h in headlines if isinstance(h, dict) and isinstance(h.get("value"), str)]
        main = [h for h in values if str(h.get("role", "")).lower() == "main"]
        if main or values:
            return str((main or values)[0]["value"])
    # 1.x: `headline`, or extra headlines named `headline_<role>` (1.3 and later).
    extra = [k for k in item if k.startswith("headline_") and _string(item[k])]
    return (
        _string(item.get("headline"))
        or _string(item.get("headline_main"))
        or (_string(item[extra[0]]) if extra else None)
    )


def _body(item: dict[str, Any], version: int, warnings: list[str]) -> StoryParts:
    candidates: list[tuple[int, int, str, str]] = []
    for order, (key, value) in enumerate(item.items()):
        if key.startswith("body_") and isinstance(value, str):
            role = key.removeprefix("body_").lower()
            kind = _kind("", role, value)
            candidates.append((_RANK[kind] + (10 if role in _MINOR_ROLES else 0), order, kind, value))
    bodies = item.get("bodies")
    for order, body in enumerate(bodies if isinstance(bodies, list) else []):
        if not isinstance(body, dict) or not isinstance(body.get("value"), str):
            continue
        content_type = str(
            body.get("contentType" if version >= 3 else "contenttype") or body.get("mimetype", "")
        )
        role = str(body.get("role", "")).lower()
        kind = _kind(content_type, role, body["value"])
        candidates.append((_RANK[kind] + (10 if role in _MINOR_ROLES else 0), order, kind, body["value"]))
    for _rank, _order, kind, value in sorted(candidates):
        body = _read(kind, value)
        if body.paragraphs:
            if kind == "text" and len(body.paragraphs) == 1 and len(body.paragraphs[0]) > _UNBROKEN:
                warnings.append("the ninjs body_text has no paragraph breaks; read as one paragraph")
            return body
    raise NotAStory("the ninjs item has no body text")


def _kind(content_type: str, role: str, value: str) -> str:
    content_type = content_type.lower()
    start = value.lstrip()[:300].lower()
    if "nitf" in content_type or "nitf" in role or (start.startswith("<") and "<nitf" in start):
        return "nitf"
    if "xhtml" in content_type or "xhtml" in role:
        return "xhtml"
    if "html" in content_type or "html" in role or "richtext" in role or start.startswith("<"):
        return "html"
    return "text"


def _read(kind: str, value: str) -> StoryParts:
    if kind == "text":
        return StoryParts(paragraphs=text_paragraphs(value))
    if kind == "nitf":
        root = parse_xml_text(value)
        if local(root.tag) == "nitf":
            return read_nitf(root)
        return StoryParts(paragraphs=markup_paragraphs(root))
    # The HTML parser also reads XHTML, and forgives the unclosed tags of hand-made `body_html`.
    return StoryParts(paragraphs=markup_paragraphs(parse_html(value)))


def _located(value: object) -> str | None:
    """ninjs `located` (a string, or an object with a name and perhaps a source agency) as a metadata
    dateline: the fallback when the body opens with none."""
    if isinstance(value, dict):
        place = next(
            (_string(value.get(k)) for k in ("name", "city", "located") if _string(value.get(k))), None
        )
        source = _string(value.get("source"))
        return f"{place} ({source})" if place and source else place
    return _string(value)


def _get(item: dict[str, Any], *keys: str) -> object:
    return next((item[k] for k in keys if item.get(k) not in (None, "")), None)


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _version(value: object) -> str | None:
    """ninjs says `version` is a string; some feeds send a JSON integer (never a boolean or a fraction)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _string(value)


def _replace_surrogates(document: object) -> bool:
    """Replace lone surrogates in every string value of a parsed JSON document, in place (iteratively: a
    document can nest as deep as the json module allows). Whether there were any."""
    found = False
    stack = [document]
    while stack:
        container = stack.pop()
        slots: Iterable[tuple[Any, object]]
        if isinstance(container, dict):
            slots = list(container.items())
        elif isinstance(container, list):
            slots = list(enumerate(container))
        else:
            continue
        for key, value in slots:
            if isinstance(value, str) and has_surrogates(value):
                container[key] = replace_surrogates(value)
                found = True
            elif isinstance(value, dict | list):
                stack.append(value)
    return found
