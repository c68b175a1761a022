"""English news-copy knowledge: the index of the topic modules beside it.

Each topic lives in its own module (`cues`, `offices`, `honorifics`, `organizations`, `groups`, `agencies`,
`reference`, `quotemarks`, `credits`, `times`, `grammar`); this module re-exports every name so that
`en.CUE_CLASSES` keeps working. Add a word in its topic module; add a new name here too.
"""

from __future__ import annotations

from wireclaims.lang.agencies import (
    AGENCIES,
    DATELINE_AGENCIES,
    KNOWN_ORGANIZATIONS,
)
from wireclaims.lang.credits import (
    CREDIT_ROLES,
)
from wireclaims.lang.cues import (
    ACTIVE_INFINITIVE_CUES,
    COGNITION_VERBS,
    CUE_CLASSES,
    DESCRIBING_VERBS,
    GERUND_CUES,
    HEADLINE_CUES,
    HEADLINE_OBJECT_STARTS,
    IRREGULAR_FORMS,
    JUDGING_VERBS,
    NO_INVERSION_CUES,
    NOMINAL_CUES,
    NOT_QUOTE_BEFORE,
    PASSIVE_INFINITIVE_CUES,
    PHRASAL_CUES,
    QUESTION_CUES,
    SPEECH_LEMMAS,
    SPEECH_PARTICIPLES,
)
from wireclaims.lang.grammar import (
    ARTICLES,
    CLAUSE_OPENERS,
    DETERMINERS,
    FUNCTION_WORDS,
    NAME_STOPWORDS,
    POSSESSIVE_ENDINGS,
    RELATIVE_WORDS,
)
from wireclaims.lang.groups import (
    GROUP_HEADS,
    GROUP_QUANTIFIERS,
    NUMBER_WORDS,
    PARTITIVE_ONE,
    PARTITIVE_SOME,
    PEOPLE_NOUNS,
)
from wireclaims.lang.honorifics import (
    FEMALE_TITLES,
    HONORIFICS,
    MALE_TITLES,
    RANK_WORDS,
    TITLE_ABBREVIATIONS,
)
from wireclaims.lang.offices import (
    DESCRIPTION_PREPOSITIONS,
    HOLDER_PREPOSITIONS,
    PORTFOLIO_AREAS,
    PORTFOLIO_TITLES,
    TITLE_PREMODIFIERS,
    TITLE_WORDS,
    TITLES,
)
from wireclaims.lang.organizations import (
    NATIONALITY_ENDINGS,
    ORG_LINKS,
    ORGANIZATION_HEADS,
    ORGANIZATION_PATTERN_HEADS,
)
from wireclaims.lang.quotemarks import (
    ATTRIBUTION_DASHES,
    NAME_BREAKING_MARKS,
    QUOTE_PAIRS,
)
from wireclaims.lang.reference import (
    ANAPHORIC_DETERMINERS,
    ANAPHORIC_NOUNS,
    PERSONAL_PRONOUNS,
    PRONOUNS,
)
from wireclaims.lang.times import (
    MONTHS,
    PLACE_TIME_PREPOSITIONS,
    TIME_NOUNS,
    TIME_WORDS,
)

__all__ = [
    "ACTIVE_INFINITIVE_CUES",
    "AGENCIES",
    "ANAPHORIC_DETERMINERS",
    "ANAPHORIC_NOUNS",
    "ARTICLES",
    "ATTRIBUTION_DASHES",
    "CLAUSE_OPENERS",
    "COGNITION_VERBS",
    "CREDIT_ROLES",
    "CUE_CLASSES",
    "DATELINE_AGENCIES",
    "DESCRIBING_VERBS",
    "DESCRIPTION_PREPOSITIONS",
    "DETERMINERS",
    "FEMALE_TITLES",
    "FUNCTION_WORDS",
    "GERUND_CUES",
    "GROUP_HEADS",
    "GROUP_QUANTIFIERS",
    "HEADLINE_CUES",
    "HEADLINE_OBJECT_STARTS",
    "HOLDER_PREPOSITIONS",
    "HONORIFICS",
    "IRREGULAR_FORMS",
    "JUDGING_VERBS",
    "KNOWN_ORGANIZATIONS",
    "MALE_TITLES",
    "MONTHS",
    "NAME_BREAKING_MARKS",
    "NAME_STOPWORDS",
    "NATIONALITY_ENDINGS",
    "NOMINAL_CUES",
    "NOT_QUOTE_BEFORE",
    "NO_INVERSION_CUES",
    "NUMBER_WORDS",
    "ORGANIZATION_HEADS",
    "ORGANIZATION_PATTERN_HEADS",
    "ORG_LINKS",
    "PARTITIVE_ONE",
    "PARTITIVE_SOME",
    "PASSIVE_INFINITIVE_CUES",
    "PEOPLE_NOUNS",
    "PERSONAL_PRONOUNS",
    "PHRASAL_CUES",
    "PLACE_TIME_PREPOSITIONS",
    "PORTFOLIO_AREAS",
    "PORTFOLIO_TITLES",
    "POSSESSIVE_ENDINGS",
    "PRONOUNS",
    "QUESTION_CUES",
    "QUOTE_PAIRS",
    "RANK_WORDS",
    "RELATIVE_WORDS",
    "SPEECH_LEMMAS",
    "SPEECH_PARTICIPLES",
    "TIME_NOUNS",
    "TIME_WORDS",
    "TITLES",
    "TITLE_ABBREVIATIONS",
    "TITLE_PREMODIFIERS",
    "TITLE_WORDS",
]
