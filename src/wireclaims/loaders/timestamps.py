"""Times of publication in one form for every format: ISO 8601, extended, with a zone.

Feeds give `2026-03-04T09:12:00Z`, `20260304T091200+0100`, `2026-03-04 09:12:00`; ANPA and IPTC 7901
give post-text stamps (`AP-NY-06-21-26 1720EDT`, `031432 GMT MAR 26`). All become
`2026-03-04T09:12:00+00:00`. A time without a zone is taken as UTC, the wire services' clock.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from wireclaims.lang import wire

_MONTH_NAMES = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, start=1)}
_ISO = re.compile(
    r"^(?P<y>\d{4})-?(?P<mo>\d\d)-?(?P<d>\d\d)"
    r"(?:[T ](?P<h>\d\d):?(?P<mi>\d\d)(?::?(?P<s>\d\d)(?:[.,]\d+)?)?)?"
    r"\s*(?P<zone>Z|[+-]\d\d(?::?\d\d)?|[A-Z]{3,4})?$"
)
# AP's post-text stamp: `AP-NY-06-21-26 1720EDT` (month, day, two-digit year, time and zone).
_AP_STAMP = re.compile(
    r"\b(?P<mo>\d\d)-(?P<d>\d\d)-(?P<y>\d\d)\s+(?P<h>\d\d)(?P<mi>\d\d)\s*(?P<zone>[A-Z]{2,4})?\b"
)
# IPTC 7901's post-text stamp: `031432 GMT MAR 26` or `031432 Mar 26` (day, hour, minute; zone; month, year).
_7901_STAMP = re.compile(
    r"\b(?P<d>\d\d)(?P<h>\d\d)(?P<mi>\d\d)\s+(?:(?P<zone>[A-Z]{2,4})\s+)?"
    r"(?P<mon>[A-Za-z]{3})\s+(?P<y>\d\d(?:\d\d)?)\b"
)


def iso_timestamp(text: str | None) -> str | None:
    """`text` as ISO 8601 with a zone; None for nothing; unchanged when it is no time this module reads."""
    if text is None or not text.strip():
        return None
    match = _ISO.match(text.strip())
    if not match:
        return text.strip()
    parts = {k: int(v) if v and v.isdigit() else 0 for k, v in match.groupdict().items() if k != "zone"}
    found = _format(parts["y"], parts["mo"], parts["d"], parts["h"], parts["mi"], parts["s"], match["zone"])
    return found or text.strip()


def stamp_timestamp(text: str) -> str | None:
    """The time of an ANPA or IPTC 7901 post-text stamp in `text`, as ISO 8601, or None."""
    ap = _AP_STAMP.search(text)
    if ap:
        return _format(
            2000 + int(ap["y"]), int(ap["mo"]), int(ap["d"]), int(ap["h"]), int(ap["mi"]), 0, ap["zone"]
        )
    stamp = _7901_STAMP.search(text)
    if stamp and stamp["mon"].upper() in _MONTHS:
        year = int(stamp["y"]) + (2000 if len(stamp["y"]) == 2 else 0)
        month = _MONTHS[stamp["mon"].upper()]
        return _format(year, month, int(stamp["d"]), int(stamp["h"]), int(stamp["mi"]), 0, stamp["zone"])
    return None


def _format(
    year: int, month: int, day: int, hour: int, minute: int, second: int, zone: str | None
) -> str | None:
    offset = _offset(zone)
    try:
        moment = datetime(year, month, day, hour, minute, second, tzinfo=offset)
    except ValueError:
        return None
    return moment.isoformat()


def _offset(zone: str | None) -> timezone:
    if not zone or zone == "Z":
        return timezone.utc
    if zone in wire.ZONES:
        return timezone(timedelta(hours=wire.ZONES[zone]))
    match = re.match(r"^([+-])(\d\d):?(\d\d)?$", zone)
    if not match:
        return timezone.utc
    minutes = int(match[2]) * 60 + int(match[3] or 0)
    return timezone(timedelta(minutes=minutes if match[1] == "+" else -minutes))
