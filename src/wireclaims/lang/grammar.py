"""English function words: articles, determiners, possessive endings, relative and clause-opening words.

Closed-class words that never start a title or a name, or that mark where a phrase or clause begins.

Extend a set by adding the word in lower case.
"""

from __future__ import annotations

# Words that never start a title or join one from the left (`appointment of Dr. X`, `said chief ...`).
FUNCTION_WORDS = frozenset(
    """of for at in on to by with from as and or but nor than that who whom which whose said says told
    according about after before during under over into onto upon via per since until while when where
    is was are were be been has have had will would can could may might must should""".split()
)
# Words before a name that are never part of it (sentence adverbs, conjunctions).
# The second line: sentence adverbs before a subject (`Finally Pell named ...`).
NAME_STOPWORDS = frozenset(
    "and but or so then also however meanwhile later earlier".split()
    + "finally instead moreover furthermore additionally separately similarly likewise".split()
)
# Articles, which a name or title may open with but never holds; add a word in lower case.
ARTICLES = frozenset({"the", "a", "an"})
# Possessive endings as the tokenizer splits them (`the ministry's`); add a form with another apostrophe.
POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})
# Determiners and possessive pronouns that open a noun phrase, never a name; add a word in lower case.
DETERMINERS = frozenset(
    ["a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your"]
)
# Words that open a relative clause (`the minister who said`); add a word in lower case.
RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that"})
# Words that open a clause before a cue (`After she warned ...`): the source comes after them; add a word.
CLAUSE_OPENERS = frozenset(
    {
        "after",
        "when",
        "while",
        "before",
        "as",
        "if",
        "since",
        "although",
        "because",
        "once",
        "until",
    }
)
