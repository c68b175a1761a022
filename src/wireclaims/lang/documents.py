"""Documents that stand for their author (`According to the statement, ...`), and the cues that make them.

`According to the letter` names no one; the letter is the one someone wrote or was quoted from earlier in the
story. Each document noun maps to the lemmas of the cues that issue it; to extend, add a noun and its verbs.
"""

from __future__ import annotations

DOCUMENT_CUES: dict[str, frozenset[str]] = {
    "statement": frozenset({"state", "say", "announce", "issue"}),
    "letter": frozenset({"write"}),
    "announcement": frozenset({"announce"}),
    "release": frozenset({"announce", "release", "state"}),
    "report": frozenset({"report"}),
    "post": frozenset({"post", "write"}),
    "tweet": frozenset({"tweet", "post"}),
    "email": frozenset({"write"}),
    "memo": frozenset({"write"}),
    "interview": frozenset({"tell"}),
}
