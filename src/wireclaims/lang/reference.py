"""Words that refer back to a speaker in English: pronouns, anaphoric nouns and their determiners.

Each word maps to the agreement (gender or number) it asks of the person it stands for. Extend a table by
adding the word in lower case with its agreement.
"""

from __future__ import annotations

# Pronouns that can stand for a speaker, with the gender/number they agree with.
PRONOUNS: dict[str, str] = {
    "he": "male", "him": "male", "his": "male",
    "she": "female", "her": "female", "hers": "female",
    "they": "plural", "them": "plural", "their": "plural",
    "it": "neuter", "its": "neuter",
    "we": "plural", "i": "first",
}  # fmt: skip
# `this person said`, `the same man`: a noun that refers back to someone named before, as a pronoun does,
# with the agreement it asks of its antecedent; and the determiners that make it refer back.
ANAPHORIC_NOUNS: dict[str, str] = {"person": "person", "man": "male", "woman": "female"}
# Determiners that make such a noun refer back (`this person`, `the same man`); add one in lower case.
ANAPHORIC_DETERMINERS = frozenset(["this", "that", "the same", "this same", "that same"])
# Subject pronouns that stand for one person (`he said`); add a pronoun in lower case.
PERSONAL_PRONOUNS = frozenset({"he", "she"})
