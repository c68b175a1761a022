"""Quotation marks and attribution dashes, as they appear in news copy.

Extend `QUOTE_PAIRS` by adding an opening mark and the closing marks that may end it; the other sets by
adding the character.
"""

from __future__ import annotations

# Quotation marks: opening character -> the closing characters that may end it.
QUOTE_PAIRS: dict[str, str] = {
    '"': '"',
    "“": '”"',
    "”": "”",  # some copy opens with a right mark
    "„": "“”",
    "«": "»",
    "»": "«",  # Danish/German style »...«
    "``": "''",
    "‘": "’",
    "‹": "›",
}
# Dashes that introduce an attribution line below a block quote or after a quote: `– Name, Title`.
ATTRIBUTION_DASHES = "-–—―"
# Double quotation marks, which a speaker's name never holds (a name with one is a quotation); add a mark.
NAME_BREAKING_MARKS = frozenset('"“”«»„')
