"""Trailers: what follows the last sentence of a story, split off the body and read into credits.

Handled, from the end backwards: credit lines in or out of parentheses (`(Reporting by A; Editing by B)`,
`Reporting by A, editing by B`, `Writing and analysis by A and B`), also when they close the last paragraph;
AP's `___` contributor lines; notes blocks for editors (dpa's notebook, `not for publication`, contacts) and
their `Role: Name` lists; desk sign-offs (`hh/ph`, `dpa ab cd`, `EFE ab/cd`); end markers (`ends`, `-0-`),
correction notes, copyright and boilerplate lines. Separator lines (`___`, `* * *`) are never paragraphs.
The words are data in `lang.en` and `lang.wire`.
"""

from __future__ import annotations

import re

from wireclaims.lang import en, wire
from wireclaims.models import Credit

_AGENCY_CODES = "|".join(re.escape(a) for a in sorted(wire.AGENCIES, key=len, reverse=True))
_CREDITS = re.compile(r"^\((?P<body>(?:[A-Z][\w-]+\s+(?:(?:and|&)\s+[\w-]+\s+)?){1,2}by\s.+)\)\.?$", re.I)
# The same trailer closing the last paragraph of markup, after a line break: `... he said. (Reporting by A)`.
_CLOSING_CREDITS = re.compile(
    r"(?<=[.!?\"'”’»])\s+(?P<credits>\((?:[A-Z][\w-]+\s+(?:(?:and|&)\s+[\w-]+\s+)?){1,2}by\s[^()]+\)\.?)$",
    re.I,
)
# One role of a trailer: `Reporting by A in X and B`, `writing and analysis by A and B`.
_ROLE = re.compile(r"^(?P<role>[A-Za-z-]+(?:\s+(?:and|&)\s+[A-Za-z-]+|\s+[A-Za-z-]+)?)\s+by\s+(?P<names>.+)$")
_ROLE_START = r"[A-Za-z-]+(?:\s+(?:and|&)\s+[A-Za-z-]+|\s+[A-Za-z-]+)?\s+by\s"
CORRECTION_NOTE = re.compile(
    r"^\((?:This (?:story|article|version)|Corrects|Correction|Updates|Adds|Refiles|Recasts|Fixes|Removes)"
    r"\b.*\)$"
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|Copyright\s+(?:©|\(c\)|\d{4}))", re.IGNORECASE)
_INITIALS = re.compile(r"^[a-z]{1,5}(?:/[a-z]{1,5})+$")
# A desk sign-off: an agency code and operator initials (`dpa ab xy n1 cd`, `EFE ab/cd`, `ANSA/ab`).
_SIGN_OFF = re.compile(
    rf"^(?i:{_AGENCY_CODES})(?:\s+|/)(?P<initials>[a-z][a-z0-9]{{0,3}}(?:(?:\s+|/)[a-z][a-z0-9]{{0,3}}){{0,6}})$"
)
_SEPARATOR = re.compile(r"^_{3,}$")
# Lines that only separate: never a paragraph, wherever they stand.
_RULE = re.compile(r"^(?:_{3,}|-{3,}|={3,}|\*(?:\s*\*){2,}|#(?:\s*#){2,}|\+{3,})$")
_CONTRIBUTED = re.compile(r"\bcontributed\b(?: to (?:this|the) (?:report|story))?", re.IGNORECASE)
# A contributor line with no `___` above it must say so in full: "Smith contributed $5m" is body copy.
_CONTRIBUTOR_LINE = re.compile(
    r"\bcontributed(?: reporting| to (?:this|the) (?:report|story))"
    r"|\bcontributed\b.*\bto (?:this|the) report",
    re.IGNORECASE,
)
_CONTRIBUTING = re.compile(r"^(?:Contributing|Contributors?)\s*:\s*(?P<names>.+?)\.?$", re.IGNORECASE)
_NAME_BEFORE_PLACE = re.compile(r"((?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]+)\s+(?:in|from)\s+[A-Z]")
_BOILERPLATE = re.compile(r"^Our Standards:|^The Thomson Reuters Trust Principles", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*(?:,\s*and\s+|,\s*|;\s*|\s+and\s+|\s+und\s+|\s*&\s*)")
_ROLE_LABEL = re.compile(r"^(?P<role>[^\W\d_][^\W\d_' ]{1,25}(?: [^\W\d_]+)?)\s*:\s*(?P<names>.+)$")
_AGENCY_SUFFIX = re.compile(r",?\s+(?:" + "|".join(re.escape(a) for a in wire.AGENCY_LINE_WORDS) + r")\b.*$")
# Lines of AP's contact block after `___`: links, follow-ups, contacts.
_CONTACT = re.compile(
    "^(?:" + "|".join(re.escape(w) for w in wire.CONTACT_LINE_STARTS) + r")\b", re.IGNORECASE
)
# How far up from the end a notes heading or AP's `___` may stand.
_NOTES_REACH = 25
_SEPARATOR_REACH = 6


def split_names(names: str) -> list[str]:
    """Names of a byline or credit: `A, B and C`, `A & B`; an agency after them is dropped."""
    names = _AGENCY_SUFFIX.sub("", names)
    return [n.strip() for n in _NAME_SPLIT.split(names) if n.strip()]


def take_trailer(blocks: list[list[str]]) -> tuple[list[Credit], list[list[str]]]:
    """Strip the trailer from the end of blocks of lines; return its credits, in order, and the blocks left.

    Separator lines and end markers go wherever they stand.
    """
    blocks = [list(block) for block in blocks]
    notes, blocks = _take_notes(blocks)
    tail, blocks = _take_contributor_lines(blocks)
    credits: list[Credit] = []
    while blocks:
        line = blocks[-1][-1]
        found = _trailer_line(line)
        if found is None:
            closing = _CLOSING_CREDITS.search(line)
            if closing:
                credits[:0] = _credit_roles(closing.group("credits").strip().rstrip(".")[1:-1])
                blocks[-1][-1] = line[: closing.start()].rstrip()
            break
        credits[:0] = found
        blocks[-1].pop()
        if not blocks[-1]:
            blocks.pop()
    blocks = [kept for kept in ([line for line in b if not _is_rule(line)] for b in blocks) if kept]
    return credits + tail + notes, blocks


def _trailer_line(line: str) -> list[Credit] | None:
    """The credits of a trailer line (maybe none), or None when the line is body copy."""
    match = _CREDITS.match(line)
    if match:
        return _credit_roles(match.group("body"))
    if _INITIALS.match(line):
        return [Credit(role="editor initials", names=line.split("/"))]
    sign_off = _SIGN_OFF.match(line)
    if sign_off:
        initials = [t for t in re.split(r"[\s/]+", sign_off.group("initials")) if t.isalpha()]
        return [Credit(role="editor initials", names=initials)] if initials else []
    roles = _plain_credit_line(line) or role_label_credits(line) or None
    if roles is not None:
        return roles
    contributors = (
        _contributors([line]) if _CONTRIBUTOR_LINE.search(line) or _CONTRIBUTING.match(line) else []
    )
    if contributors and len(line.split()) <= 30:
        return contributors
    if _is_rule(line) or (CORRECTION_NOTE.match(line) or _COPYRIGHT.match(line) or _BOILERPLATE.match(line)):
        return []
    return None


def _is_rule(line: str) -> bool:
    return bool(_RULE.match(line)) or line.strip().lower() in wire.END_MARKERS


def _plain_credit_line(line: str) -> list[Credit] | None:
    """`Reporting by A, editing by B.` outside parentheses: every role word must be a known one."""
    body = line.strip().rstrip(".")
    parts = _role_parts(body)
    if not parts or len(body.split()) > 40:
        return None
    for part in parts:
        match = _ROLE.match(part)
        words = match.group("role").lower().replace("&", " ").split() if match else ["?"]
        if not all(w in wire.CREDIT_ROLE_WORDS or w == "and" for w in words):
            return None
    credits = _credit_roles(body)
    if not credits or not all(c.names and all(_is_name(n) for n in c.names) for c in credits):
        return None
    return credits


def _role_parts(body: str) -> list[str]:
    return [p.strip() for p in re.split(rf"\s*;\s*|,\s*(?={_ROLE_START})", body) if p.strip()]


def _credit_roles(body: str) -> list[Credit]:
    credits: list[Credit] = []
    for part in _role_parts(body):
        match = _ROLE.match(part)
        if not match:
            continue
        role_words = " ".join(match.group("role").lower().replace("&", "and").split())
        role = en.CREDIT_ROLES.get(f"{role_words} by", role_words)
        names = [re.sub(r"\s+in\s+[A-Z][\w .'-]*$", "", n) for n in _NAME_SPLIT.split(match.group("names"))]
        credits.append(Credit(role=role, names=[n.strip() for n in names if n.strip()]))
    return credits


def _take_contributor_lines(blocks: list[list[str]]) -> tuple[list[Credit], list[list[str]]]:
    """AP: after a `___` separator near the end come contact and contributor lines. A separator followed by
    body copy (a section break) only separates: it is dropped with the other rules, and the copy stays."""
    for b in range(max(len(blocks) - _SEPARATOR_REACH, 0), len(blocks)):
        for idx, line in enumerate(blocks[b]):
            if not _SEPARATOR.match(line):
                continue
            trailer = blocks[b][idx + 1 :] + [line for block in blocks[b + 1 :] for line in block]
            if all(_is_contact_line(t) for t in trailer):
                return _contributors(trailer), blocks[:b] + ([blocks[b][:idx]] if idx else [])
    return [], blocks


def _is_contact_line(line: str) -> bool:
    return bool(
        _CONTRIBUTED.search(line)
        or _CONTRIBUTING.match(line)
        or _is_rule(line)
        or _CONTACT.match(line)
        or role_label_credits(line)
        or is_notes_heading(line)
    )


def _take_notes(blocks: list[list[str]]) -> tuple[list[Credit], list[list[str]]]:
    """dpa-style notes for editors after the story: from the first notes heading near the end, nothing is
    body; `Role: Name` lines and sign-offs in them are credits."""
    lines = [(b, i) for b, block in enumerate(blocks) for i in range(len(block))]
    for b, i in lines[-_NOTES_REACH:]:
        if b > 0 and is_notes_heading(blocks[b][i]):
            trailer = blocks[b][i:] + [line for block in blocks[b + 1 :] for line in block]
            credits: list[Credit] = []
            for line in trailer:
                credits.extend(role_label_credits(line) or _trailer_line(line) or [])
            return credits, blocks[:b] + ([blocks[b][:i]] if i else [])
    return [], blocks


def is_notes_heading(line: str) -> bool:
    """Whether `line` opens a block of notes for editors (`Notebook`, `Not for publication:`)."""
    text = line.strip().lower().rstrip(":").strip()
    head = text.split(":", 1)[0].strip() if ":" in line else text
    return text in wire.TRAILER_HEADINGS or (":" in line and head in wire.TRAILER_HEADINGS)


def role_label_credits(line: str) -> list[Credit]:
    """Credits of a `Role: Name` line (`Editor: Anna Lee`, `Redaktion: Kim Park und Omar Diaz`), else none."""
    match = _ROLE_LABEL.match(line.strip())
    role = wire.ROLE_LABELS.get(match.group("role").lower()) if match else None
    if not match or role is None:
        return []
    names = [n for n in _NAME_SPLIT.split(match.group("names").strip().rstrip(".")) if _is_name(n)]
    return [Credit(role=role, names=names)] if names else []


def _is_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 5 and text[:1].isupper() and not re.search(r"[\d@+/]", text)


def _contributors(lines: list[str]) -> list[Credit]:
    names: list[str] = []
    for line in lines:
        listed = _CONTRIBUTING.match(line)
        if listed:
            names.extend(n for n in split_names(listed.group("names")) if _is_name(n))
            continue
        if not _CONTRIBUTED.search(line):
            continue
        head = _CONTRIBUTED.split(line)[0]
        head = re.sub(r"^.*?\b(?:writers?|reporters?|correspondents?|journalists?)\s+", "", head)
        placed = _NAME_BEFORE_PLACE.findall(head)
        if placed:
            names.extend(re.sub(r"^(?:and|And)\s+", "", n) for n in placed)
            continue
        for part in _NAME_SPLIT.split(head):
            name = re.sub(r"\s+(?:in|from)\s+[A-Z].*$", "", part).strip()
            if name and name[0].isupper():
                names.append(name)
    return [Credit(role="additional reporting", names=names)] if names else []
