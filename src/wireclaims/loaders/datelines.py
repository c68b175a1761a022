"""Datelines: the place, date and agency that open a lead paragraph, or that metadata gives apart.

Shapes read from the body (the agency list is `lang.wire.AGENCIES`, month names `lang.months`):

    MOSCOW, Jan 30 (Reuters) -         DES MOINES, Iowa (AP) _          LONDON -
    Milan, Mar 4 (ANSA) -              ANSA - Milan, Mar 4 -            May 9 (Reuters) -
    Halden, Norway (abc/dpa) -         Madrid, 4 mar (EFE).-            PARIS, 3 mars 2026 (AFP) -
    RØDVIK (NTB):                      Oslo, 3. mars (NTB):
"""

from __future__ import annotations

import re

from wireclaims.lang import wire
from wireclaims.lang.months import ALL_MONTHS
from wireclaims.models import Dateline

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_KNOWN = "|".join(re.escape(a) for a in sorted(wire.AGENCIES, key=len, reverse=True))
# One agency or several slash-joined, at least one of them known (`abc/dpa`): case as the agency writes it.
_AGENCIES = rf"(?:[\w.-]{{2,12}}/)*(?i:{_KNOWN})(?:/[\w.-]{{2,12}})*"
# `-`, `--`, en and em dashes; AP's 7-bit `_`; EFE's `.-` after the agency.
_DASH = r"(?:\.?(?:[-–—―]{1,2}|_))"
# After an agency in parentheses, Nordic agencies (NTB, STT, TT) write a colon: `RØDVIK (NTB):`.
_AFTER_AGENCY = rf"(?:{_DASH}|:)"
_DATE = (
    rf"(?:(?i:{ALL_MONTHS})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?"  # Mar 4, March 3, 2026
    rf"|\d{{1,2}}\.?\s+(?i:{ALL_MONTHS})\.?(?:\s+\d{{4}})?)"  # 4 mar, 3. März 2026
)
# A region after the place: `, Iowa`, `, N.Y.`, `, Norway`.
_LETTERS = rf"{_UP}{_LOW}.'’\-"
_REGION = rf"(?:,\s+[{_UP}][{_LETTERS}]*(?:\s[{_UP}][{_LETTERS}]*){{0,2}})?"
_UPPER_PLACE = rf"[{_UP}][{_UP}.'’/\- ]*[{_UP}.](?:,\s+[{_UP}][{_LETTERS} ]*?)?"
_TITLE_PLACE = (
    rf"[{_UP}][{_LOW}'’.\-]+(?:[ \-/](?:[{_UP}][{_LOW}'’.\-]+|de|di|del|la|le|am|an)){{0,3}}{_REGION}"
)

# Tried in order (the agency-first shape before `LONDON -`, which would take `ANSA -`); each names the
# groups location, date and agency it has.
_SHAPES = (
    # ANSA - Milan, Mar 4 -
    rf"(?P<agency>{_AGENCIES})\s*{_DASH}\s*(?P<location>{_UPPER_PLACE}|{_TITLE_PLACE})"
    rf"(?:,\s+(?P<date>{_DATE}))?\s*{_DASH}\s+",
    # MOSCOW, Jan 30 (Reuters) -   LONDON -   (an upper-case place needs no agency)
    rf"(?P<location>{_UPPER_PLACE})(?:,\s+(?P<date>{_DATE}))?"
    rf"\s*(?:\((?P<agency>{_AGENCIES})\)\s*{_AFTER_AGENCY}|\s{_DASH})\s+",
    # Milan, Mar 4 (ANSA) -   Madrid, 4 mar (EFE).-   Paris, March 3 -: a title-case place needs an agency
    # or a date
    rf"(?P<location>{_TITLE_PLACE})(?:(?:,\s+(?P<date>{_DATE}))?\s*\((?P<agency>{_AGENCIES})\)\s*{_AFTER_AGENCY}"
    rf"|,\s+(?P<date2>{_DATE})\s+{_DASH})\s+",
    # May 9 (Reuters) -
    rf"(?P<date>{_DATE})\s*\((?P<agency>{_AGENCIES})\)\s*{_AFTER_AGENCY}\s+",
)
_PATTERNS = tuple(re.compile(rf"^{shape}") for shape in _SHAPES)
# The classic upper-case shape alone (`MOSCOW, Jan 30 (Reuters) -`), for callers that want one pattern.
UPPER_DATELINE = _PATTERNS[1]

# A metadata "dateline" that is really a timestamp (NewsML-G2 feeds often send one): not a place.
_TIMESTAMP = re.compile(r"^\d{4}-?\d{2}-?\d{2}(?:[T\s]|$)|^[\d\s:.+TZ/-]+$")
_META_AGENCY = re.compile(r"\s*\((?P<agency>[^()]{1,30})\)\s*$")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# `Paris, 3 mars 2025`, `PARIS 3 mars 2025`, `MOSCOW, Monday`: the date at the end, apart from the place.
_META_DATE = re.compile(rf"(?:^|,\s*|\s+)(?P<date>{_DATE}|{_WEEKDAYS})\s*$")
_SPACE = re.compile(r"\s+")


def match_dateline(text: str) -> tuple[Dateline, int] | None:
    """The dateline opening `text` and where the lead starts after it, or None."""
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            groups = match.groupdict()
            location = (groups.get("location") or "").strip() or None
            date = groups.get("date") or groups.get("date2")
            return Dateline(location=location, date=date, agency=groups.get("agency")), match.end()
    return None


def opens_with_dateline(text: str) -> bool:
    """Whether `text` opens with a dateline (the lead may be empty: a dateline alone on its line)."""
    return match_dateline(text + " lead") is not None


def meta_dateline(text: str | None) -> Dateline | None:
    """A dateline from metadata ('Gaza City, May 16, 2021 (AFP) -', 'Paris, 3 mars 2025'); None for a
    timestamp or nothing."""
    text = _SPACE.sub(" ", text or "").strip().rstrip(" -–—_:")
    if not text or _TIMESTAMP.match(text):
        return None
    agency = _META_AGENCY.search(text)
    if agency:
        text = text[: agency.start()]
    date = _META_DATE.search(text)
    if date:
        text = text[: date.start()]
    location = text.strip(" ,") or None
    return Dateline(
        location=location,
        date=date.group("date") if date else None,
        agency=agency.group("agency") if agency else None,
    )
