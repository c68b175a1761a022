"""Honorifics, ranks and gendered titles in English: how a person is addressed, not what they do.

Extend a set by adding the word in lower case (with and without its full stop where it is abbreviated).
"""

from __future__ import annotations

# Titles that only say how to address someone or a rank: a job given in apposition is the better title
# (`Dr. Lena Whitcomb, a pediatrician at ...`, `Petty Officer Leah Brandt, a Coast Guard spokeswoman`).
RANK_WORDS = frozenset(
    """mr mrs ms miss dr prof sir dame petty officer sergeant sgt lieutenant lt captain capt corporal cpl
    private pvt major colonel col
    """.split()
)
# Abbreviated titles and honorifics written before names.
HONORIFICS = frozenset(
    [
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "prof",
        "prof.",
        "gov",
        "gov.",
        "sen",
        "sen.",
        "rep",
        "rep.",
        "gen",
        "gen.",
        "col",
        "col.",
        "capt",
        "capt.",
        "lt",
        "lt.",
        "sgt",
        "sgt.",
        "insp",
        "insp.",
        "supt",
        "supt.",
        "rev",
        "rev.",
        "sir",
        "dame",
        "lord",
        "lady",
        "pres",
        "pres.",
        "amb",
        "amb.",
        "cmdr",
        "cmdr.",
    ]
)
# Abbreviated titles and their full form, so that "Gov." and "governor" compare equal.
TITLE_ABBREVIATIONS: dict[str, str] = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "col": "colonel",
    "capt": "captain", "lt": "lieutenant", "sgt": "sergeant", "prof": "professor", "dr": "doctor",
    "supt": "superintendent", "insp": "inspector", "amb": "ambassador", "pres": "president",
    "cmdr": "commander", "rev": "reverend",
}  # fmt: skip
# Titles and forms of address that say a woman holds them; add the word in lower case.
FEMALE_TITLES = frozenset(
    [
        "spokeswoman",
        "chairwoman",
        "councilwoman",
        "queen",
        "princess",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dame",
        "lady",
    ]
)
# Titles and forms of address that say a man holds them; add the word in lower case.
MALE_TITLES = frozenset(["spokesman", "chairman", "councilman", "king", "prince", "mr", "mr.", "sir", "lord"])
