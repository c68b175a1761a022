"""Groups of people in English: plural heads, people nouns, numbers and quantifiers.

`officials said`, `one of the nurses said`, `some also said`: the words that make a source a group or a part
of one. Extend a set by adding the word in lower case.
"""

from __future__ import annotations

# Plural heads that make a source a group.
GROUP_HEADS = frozenset(
    [
        "officials",
        "analysts",
        "residents",
        "witnesses",
        "experts",
        "sources",
        "critics",
        "economists",
        "diplomats",
        "investors",
        "traders",
        "lawmakers",
        "legislators",
        "activists",
        "protesters",
        "demonstrators",
        "scientists",
        "researchers",
        "doctors",
        "workers",
        "people",
        "observers",
        "leaders",
        "ministers",
        "negotiators",
        "campaigners",
        "villagers",
        "farmers",
        "parents",
        "students",
        "teachers",
        "authorities",
        "police",
        "organisers",
        "organizers",
        "executives",
        "employees",
        "members",
        "voters",
        "supporters",
        "opponents",
        "officers",
        "soldiers",
        "rescuers",
        "relatives",
        "neighbours",
        "neighbors",
    ]
)
# Singular nouns for people that are neither titles nor group heads (`one of the children`, `a victim`).
PEOPLE_NOUNS = frozenset(
    """child kid person victim survivor passenger resident witness friend relative sibling patient
    defendant suspect prisoner detainee hostage attendee participant spectator fan customer neighbour
    neighbor colleague classmate student pupil teenager adult family""".split()
)
# Number words that count people (`two of the nurses`); add a word in lower case.
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten another".split())
# Words that pick one or some out of a group (`one of the nurses said`): the phrase names who speaks.
PARTITIVE_ONE = frozenset("one another each either neither".split())
# Words that pick several out of a group (`two of the nurses`, `some of the residents`); add a word.
PARTITIVE_SOME = NUMBER_WORDS - PARTITIVE_ONE | frozenset("some many most several few all both".split())
# `Some also said`, `Many told reporters`: a quantifier alone as the subject is part of the group just named.
GROUP_QUANTIFIERS = frozenset("some many most several".split())
