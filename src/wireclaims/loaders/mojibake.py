"""Mojibake already in the text (`Ã©tÃ©` for `été`: UTF-8 that someone upstream read as Latin-1), repaired
with ftfy, which knows the ways text gets mis-decoded far better than a hand-made table would."""

from __future__ import annotations

import re

# Characters that mis-decoded UTF-8 leaves behind; text without any of them is never handed to ftfy.
_SUSPECT = re.compile(
    "[ÃÂâÅÄÐÑØÙ][\u0080-\u00bf\u2018-\u203a\u20ac\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]"
)


def repair(texts: list[str]) -> tuple[list[str], str | None]:
    """The texts with mojibake repaired, and a warning when any was (None otherwise)."""
    if not any(_SUSPECT.search(t) for t in texts):
        return texts, None
    import ftfy  # only for the rare text that needs it

    fixed = [ftfy.fix_encoding(t) if _SUSPECT.search(t) else t for t in texts]
    count = sum(a != b for a, b in zip(texts, fixed, strict=True))
    if not count:
        return texts, None
    return fixed, f"repaired mojibake (text decoded in the wrong encoding) in {count} places with ftfy"
