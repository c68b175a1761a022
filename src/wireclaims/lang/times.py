"""Words of time in English: month names for dates, days and periods that end a source phrase, and
the prepositions that open a place or a time.

Extend a set by adding the word in lower case; `MONTHS` is a regular-expression alternation.
"""

from __future__ import annotations

# English month names and abbreviations, as one regular-expression alternation; add a form with `|`.
MONTHS = (
    "Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sept|Sep|September|"
    "Oct|October|Nov|November|Dec|December"
)
# Words of time that end a source phrase: `the police Thursday`, `the World Health Organization on Monday`.
TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow
    overnight""".split()
)
# Nouns of time that end a source phrase after `this`/`last`/`next`/`earlier`: `the mayor this month`.
TIME_NOUNS = frozenset("week month year morning afternoon evening night weekend season quarter".split())
# Prepositions that open a place or a time, never a source (`at a city event this month`); add one.
PLACE_TIME_PREPOSITIONS = frozenset({"at", "in", "on", "during", "after", "before", "since"})
