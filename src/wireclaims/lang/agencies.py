"""News agencies and well-known organisations in English copy.

Agencies are never a person and not the speaker of the story they file; the known organisations seed the
entity ruler. Extend a tuple or set by adding the name as written.
"""

from __future__ import annotations

# News agencies and outlets: never a person, and not the speaker of the story they file.
AGENCIES = frozenset(
    [
        "Reuters",
        "AP",
        "Associated Press",
        "The Associated Press",
        "AFP",
        "Agence France-Presse",
        "Bloomberg",
        "Xinhua",
        "TASS",
        "Interfax",
        "RIA Novosti",
        "dpa",
        "ANSA",
        "EFE",
        "Kyodo",
        "Yonhap",
        "PTI",
        "UPI",
        "BBC",
        "CNN",
        "Al Jazeera",
        "DW",
    ]
)
# Agency tokens in datelines: `(Reuters)`, `(AP)`, `(AFP)`.
DATELINE_AGENCIES = (
    "Reuters", "AP", "AFP", "Bloomberg", "dpa", "Xinhua", "UPI", "TASS", "Kyodo", "Yonhap", "EFE", "ANSA"
)  # fmt: skip
# Organisations the entity ruler marks as ORG whatever the statistical model says ("Reuters" is never a
# person; "the Kremlin" is an organisation). Add names here; the ruler is rebuilt from this list.
KNOWN_ORGANIZATIONS: tuple[str, ...] = (
    *sorted(AGENCIES),
    "Kremlin", "White House", "Pentagon", "State Department", "Downing Street", "Elysee", "Élysée",
    "European Commission", "European Union", "EU", "European Parliament", "European Central Bank", "ECB",
    "United Nations", "UN", "U.N.", "UN Security Council", "Security Council", "NATO", "WHO",
    "World Health Organization", "IMF", "International Monetary Fund", "World Bank", "OPEC", "WTO",
    "Federal Reserve", "Fed", "Bank of England", "Bank of Japan", "African Union", "ASEAN", "G7", "G20",
    "Red Cross", "International Committee of the Red Cross", "Amnesty International", "Human Rights Watch",
    "Congress", "Senate", "Parliament", "Bundestag", "Duma", "Supreme Court", "Interpol", "Europol",
    "Atlantic Council", "Brookings Institution", "UNICEF", "UNHCR", "World Food Programme", "WFP",
)  # fmt: skip
