"""Wire-service furniture, whatever the story's language: agency codes, end marks, notes, trailer headings.

This is data for the loaders' header and trailer rules (`loaders/anpa.py`, `loaders/trailers.py`,
`loaders/datelines.py`). Extend a table by adding its words; the patterns are built from them.
"""

from __future__ import annotations

# Agencies that sign datelines and desk sign-offs (`(ANSA)`, `dpa ab cd`, `EFE ab/cd`), matched
# case-insensitively. A joint dateline names two, slash-joined (`(abc/dpa)`).
AGENCIES = (
    "Reuters", "AP", "AFP", "Bloomberg", "dpa", "Xinhua", "UPI", "TASS", "Kyodo", "Yonhap", "EFE", "ANSA",
    "AAP", "NTB", "STT", "TT", "APA", "ANP", "Belga", "CTK", "PAP", "MTI", "Ritzau", "Lusa", "KNA", "epd",
    "SDA", "Keystone-SDA", "PA", "CP", "AJC", "IANS", "PTI", "Anadolu", "Agerpres", "BTA", "Tanjug", "HINA",
    "STA", "LETA", "BNS", "ELTA", "Interfax", "RIA", "ANA", "AGI", "Adnkronos", "EPA", "NZPA",
)  # fmt: skip

# End-of-story markers that close the copy (`ends`, AP's `-0-`): never a paragraph.
END_MARKERS = frozenset({"ends", "end", "(end)", "-end-", "-0-", "###", "# # #", "(more)", "xxx"})

# AP's fraction codes in ANPA-1312 copy: code -> the fraction it prints. The 7-bit character set has no
# fraction glyphs, so the spec gives fractions codes of their own in the control range, where the loader
# would otherwise drop them. Extend with a code and its fraction. The reference folder holds no ANPA-1312
# text: these allocations are not yet checked against the spec's own table.
FRACTION_CODES: dict[str, str] = {
    "\x19": "⅛", "\x1a": "¼", "\x1b": "⅜", "\x1d": "½", "\x1e": "⅝", "\x7f": "¾", "\x1f": "⅞",
}  # fmt: skip

# Header lines above an ANPA/7901 story that go nowhere: editors' notes, photo numbers, advisories.
# Each is the start of a line, matched case-insensitively.
HEADER_NOTES = (
    "Eds:", "Ed:", "Eds.", "Editors:", "Editor's note", "Editors' note", "Editors note", "AP Photo",
    "AP Photos", "AP Video", "AP Graphic", "With AP Photo", "With AP Photos", "Photo:", "Photos:",
    "Graphic:", "Embargo:", "Embargoed:", "Advisory:", "Note:", "Hinweis:", "Bild:", "Foto:", "Grafik:",
    "Sperrfrist:",
)  # fmt: skip

# Agency lines under a byline (`Associated Press=`, `AP Business Writer`): the byline's furniture.
AGENCY_LINE_WORDS = (
    "Associated Press", "The Associated Press", "AP", "Reuters", "AFP", "Agence France-Presse", "dpa",
    "Deutsche Presse-Agentur", "ANSA", "EFE", "AAP", "NTB",
)  # fmt: skip

# Headings that open a block of notes for editors after the story (dpa's notebook): the heading and all
# that follows are not body. Lower case, matched on the whole paragraph (a trailing colon allowed) or as
# a `Heading: ...` prefix.
TRAILER_HEADINGS = frozenset({
    "notebook", "not for publication", "contacts", "contact", "internet", "links", "editor's notes",
    "notes to editors", "note to editors", "for editors", "background", "notizblock",
    "nicht zur veröffentlichung", "kontakte", "kontakt", "redaktionelle hinweise", "hinweis an die redaktion",
})  # fmt: skip

# `Role: Name` lines of a credits list (`Editor: Anna Lee`), the role as written -> the role recorded.
ROLE_LABELS: dict[str, str] = {
    "author": "writing",
    "authors": "writing",
    "writer": "writing",
    "writing": "writing",
    "reporter": "reporting",
    "reporters": "reporting",
    "reporting": "reporting",
    "correspondent": "reporting",
    "editor": "editing",
    "editors": "editing",
    "editing": "editing",
    "desk": "editing",
    "producer": "production",
    "photos": "photos",
    "photo": "photos",
    "graphics": "graphics",
    "translation": "translation",
    "translator": "translation",
    "autor": "writing",
    "autorin": "writing",
    "autoren": "writing",
    "redaktion": "editing",
    "redakteur": "editing",
    "redakteurin": "editing",
    "korrespondent": "reporting",
    "korrespondentin": "reporting",
}

# Role words of a credits trailer (`Reporting by ...`, `writing and analysis by ...`), lower case. A line
# outside parentheses is a trailer only when its role words are all here; extend with new roles.
CREDIT_ROLE_WORDS = frozenset({
    "reporting", "additional", "writing", "written", "editing", "edited", "compiled", "compiling",
    "graphics", "photos", "photography", "research", "analysis", "translation", "translated", "production",
    "produced", "video", "fact-checking", "data", "design", "illustration", "interactive", "sub-editing",
})  # fmt: skip

# Time zones of post-text time stamps (`1720EDT`, `1432 GMT`) -> hours east of UTC.
ZONES: dict[str, int] = {
    "GMT": 0, "UTC": 0, "Z": 0, "WET": 0, "BST": 1, "WEST": 1, "CET": 1, "MEZ": 1, "CEST": 2, "MESZ": 2,
    "EET": 2, "EEST": 3, "MSK": 3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
    "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "AEST": 10, "AEDT": 11, "NZST": 12,
    "NZDT": 13, "JST": 9, "KST": 9,
}  # fmt: skip

# Version words of a keyword line after the slug (`1st Ld-Writethru`, `2ndLd`, `Correction`), as regular
# expressions matched case-insensitively anywhere in the version part.
VERSION_WORDS = (
    r"\d+(?:st|nd|rd|th)\s*(?:Ld|Lead|Add|Take|Writethru)", r"\bLd\b", r"Writethru", r"\bLead\b", r"Correction",
    r"\bCorr?\b", r"\bSub\b", r"Urgent", r"Bulletin", r"Flash", r"\bAdv\d*\b", r"Update", r"Insert", r"\bAdd\b",
    r"\bTakes?\b", r"Refile", r"Repeat", r"Kill", r"Withdraw", r"Advisory",
)  # fmt: skip

# How the lines of a contact block after AP's `___` start (`Follow AP's coverage at ...`, `Online: ...`).
CONTACT_LINE_STARTS = (
    "Follow", "Find", "Read", "More", "Online", "On the Web", "Contact", "Email", "E-mail", "This story",
    "This version", "http", "www", "AP", "Associated Press", "See", "Watch", "Listen", "Sign up", "Got a tip",
)  # fmt: skip
