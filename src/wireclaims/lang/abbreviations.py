"""Abbreviations whose full stop does not end a sentence (English).

`Mr. Hale said`, `Sen. Ruth Ames`, `St. Louis`, `Jan. 5`, `George W. Bush`, `the U.N. secretary general`:
the full stop belongs to the word. Words are listed in lower case without their full stop; to extend a
list, add the word to the string.
"""

from __future__ import annotations

# Forms of address: how a person is addressed, never a job, an alias or a name (`Mr. Hale` is `Tom Hale`).
FORMS_OF_ADDRESS = frozenset("mr mrs ms mx messrs mmes miss mister madam madame mme mlle".split())

# Written before a name, so never the last word of a sentence: forms of address, ranks, offices, saints.
BEFORE_NAME = frozenset(
    """mr mrs ms mx messrs mmes mme mlle dr drs prof profs rev revs fr msgr sr br hon rt
    gen gens lt col cols maj capt cpt cmdr cdr adm brig sgt cpl pvt pfc spc sra amn
    sen sens rep reps gov govs lt-gov atty supt insp det const ald assemb del pres amb sec
    st ste mt ft pt""".split()
)

# Written before a number (`Jan. 5`, `No. 10`, `Vol. 3`): not a sentence end when a digit follows.
BEFORE_NUMBER = frozenset(
    """no nos jan feb mar apr jun jul aug sep sept oct nov dec vol vols p pp art arts fig figs ch
    para""".split()
)

# Words that open a new sentence after an acronym written with full stops (`... in the U.S. The next day`);
# any other capitalised word after `U.S.` or an initial continues the sentence (`the U.S. President`).
SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i you his her its their our my this that these those there here
    but and or so yet however meanwhile in on at after before during when while if as since although
    though because for with from by to of what who why how where one some many most no not""".split()
)

# Capitalised labels before a colon that name no speaker (`"Q: ...`, `"UPDATE: ...`): interview and
# live-blog conventions, not transcript speakers like `"WALLACE: ...`.
NOT_SPEAKER_LABELS = frozenset(
    {"Q", "A", "QUESTION", "ANSWER", "NOTE", "EDITOR'S NOTE", "UPDATE", "CORRECTION", "BREAKING"}
    | {"BREAKING NEWS", "EXCLUSIVE", "WATCH", "READ MORE"}
)
