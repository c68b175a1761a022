"""Cited works are not quotes: the title of an article in a list of sources or references.

Web pages and wiki news end with the reports they drew on, one per line:

    Sources
    Hale, Dana. "Harbour cranes idle after storm" — Coastline Post, March 4, 2024
    "Port reopens to container traffic" — Tidewater Daily, March 6, 2024

The quotation marks hold a headline, not anybody's words. A line is a citation when the quoted title opens
it (after at most an author or a language tag such as `(French)`) and a dash after the closing mark leads to
the publisher; the tail must carry a date, or the line must sit under a sources heading. A pull quote with a
dash line (`"We will rebuild." — Mayor Lena Hart`) has neither, and stays a quote.
"""

from __future__ import annotations

import re

from wireclaims.lang import en, markers

# How many lines above a citation the sources heading is looked for.
_REACH = 60
# How far around the marks a citation's author, publisher and date are read.
_LINE_REACH = 160
_DASH_TAIL = re.compile(r"[ \t]*[—–-]{1,2}[ \t]*\S")
_DATE = re.compile(rf"\b(?:{en.MONTHS})\b\.?\s*\d{{1,2}}|\b\d{{1,2}}\s+(?:{en.MONTHS})\b|\b(?:19|20)\d\d\b")
# What may stand before the title on its line: authors (`Hale, Dana.`, `A. Hale and B. Ruiz.`,
# `Associated Press.`, `Metro staff.`) or a language tag (`(Portuguese)`), nothing longer.
_AUTHOR = r"(?:[A-Z][\w.'’-]*|and|staff|et al\.?)"
_LEAD = re.compile(rf"(?:\([A-Z][a-z]+\)|{_AUTHOR}(?:[,.]?\s+{_AUTHOR}){{0,11}}\.)?")


def is_citation(text: str, outer_start: int, outer_end: int) -> bool:
    """Whether the quotation marks at `outer_start`..`outer_end` hold the title of a cited work.

    A list of sources may reach us as one paragraph with its lines joined (hard wraps undone), so a
    citation's line also starts after the date that ends the citation before it.
    """
    line_start = text.rfind("\n", 0, outer_start) + 1
    lead = text[max(line_start, outer_start - _LINE_REACH) : outer_start]
    dates = list(_DATE.finditer(lead))
    if dates:
        lead = lead[dates[-1].end() :]
    elif line_start < outer_start - _LINE_REACH:
        return False
    line_end = text.find("\n", outer_end)
    tail = text[outer_end : len(text) if line_end < 0 else line_end][:_LINE_REACH]
    tail = re.split(r"[\"“”]", tail, maxsplit=1)[0]
    if not _DASH_TAIL.match(tail) or not _LEAD.fullmatch(lead.strip()):
        return False
    return bool(_DATE.search(tail)) or _under_sources_heading(text, line_start)


def _under_sources_heading(text: str, line_start: int) -> bool:
    """Whether the lines above, blank lines aside, are other citation lines up to a sources heading."""
    end = line_start - 1
    for _ in range(_REACH):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        if not line:
            continue
        if line.lower().rstrip(":") in markers.SOURCE_LIST_HEADINGS:
            return True
        if not re.search(r"[\"“”]\s*[—–-]", line):
            return False
    return False
