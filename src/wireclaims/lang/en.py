"""English news-copy knowledge: cues, titles, agencies, quotation marks.

Every list here is data. Extend a list to teach the extractor a new word; no code path names a word.
"""

from __future__ import annotations

from wireclaims.lang import titles as _titles

# Reporting cues by lemma, with their class (docs/cues.md explains the classes).
# neutral: reports speech; assertive: the source vouches for it; hedged: the source's claim, not a fact;
# denial: the source rejects something; emotive: speech with an attitude or a call to act.
CUE_CLASSES: dict[str, str] = {
    **dict.fromkeys(
        [
            "say",
            "tell",
            "add",
            "state",
            "note",
            "explain",
            "describe",
            "report",
            "announce",
            "write",
            "reply",
            "respond",
            "answer",
            "comment",
            "continue",
            "recall",
            "remark",
            "mention",
            "testify",
            "brief",
            "declare",
            "disclose",
            "reveal",
            "post",
            "tweet",
            "ask",
            "quote",
            "inform",
            "conclude",
            "observe",
            "indicate",
            "recount",
            "clarify",
            "elaborate",
            "specify",
            "repeat",
            "retort",
            "quip",
            "joke",
            "whisper",
            "murmur",
            "yell",
            "advise",
            "notify",
            "relate",
            "term",
        ],
        "neutral",
    ),
    **dict.fromkeys(
        [
            "confirm",
            "affirm",
            "insist",
            "assert",
            "maintain",
            "stress",
            "emphasise",
            "emphasize",
            "acknowledge",
            "admit",
            "concede",
            "argue",
            "point",
            "agree",
            "reiterate",
            "underline",
            "predict",
            "promise",
            "pledge",
            "vow",
            "guarantee",
            "assure",
            "confess",
            "swear",
            "boast",
            "forecast",
        ],
        "assertive",
    ),
    **dict.fromkeys(
        ["claim", "allege", "suggest", "estimate", "speculate", "contend", "propose", "hint"], "hedged"
    ),
    **dict.fromkeys(["deny", "reject", "dismiss", "refute", "dispute", "rebut"], "denial"),
    **dict.fromkeys(
        [
            "warn",
            "complain",
            "urge",
            "caution",
            "demand",
            "call",
            "criticise",
            "criticize",
            "accuse",
            "condemn",
            "plead",
            "appeal",
            "threaten",
            "shout",
            "scream",
            "cry",
            "lament",
            "protest",
            "charge",
            "blame",
            "praise",
            "hail",
            "welcome",
        ],
        "emotive",
    ),
}
# Multi-word cues, as lower-case word sequences, with their lemma and class.
PHRASAL_CUES: dict[tuple[str, ...], tuple[str, str]] = {
    ("according", "to"): ("according to", "neutral"),
    ("called", "for"): ("call for", "emotive"),
    ("calls", "for"): ("call for", "emotive"),
    ("calling", "for"): ("call for", "emotive"),
    ("pointed", "out"): ("point out", "assertive"),
    ("points", "out"): ("point out", "assertive"),
}
# Verbs of thought: speech only when voiced, so never a cue on their own ("'Why me?' he wondered").
COGNITION_VERBS = frozenset(
    ["think", "believe", "hope", "wonder", "feel", "fear", "expect", "want", "wish", "know", "guess"]
)

# Words that, just before a quotation, mark it as a name, title or term rather than speech.
NOT_QUOTE_BEFORE = frozenset(
    [
        "so-called",
        "dubbed",
        "titled",
        "entitled",
        "headlined",
        "headline",
        "named",
        "nicknamed",
        "operation",
        "album",
        "film",
        "movie",
        "book",
        "song",
        "novel",
        "series",
        "show",
        "slogan",
        "campaign",
        "play",
        "hashtag",
        "word",
        "words",
        "term",
        "phrase",
        "label",
        "brand",
        "codenamed",
        "code-named",
        "known",
        "as",
    ]
)

# Titles that pre-modify or stand in apposition to a name. Lower case; multi-word titles first.
TITLES: tuple[str, ...] = (
    "prime minister",
    "foreign minister",
    "finance minister",
    "defence minister",
    "defense minister",
    "interior minister",
    "deputy minister",
    "vice president",
    "chief executive",
    "chief economist",
    "senior fellow",
    "press secretary",
    "police chief",
    "fire chief",
    "secretary of state",
    "secretary-general",
    "secretary general",
    "attorney general",
    "emergency manager",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "president",
    "chairman",
    "chairwoman",
    "chair",
    "chairperson",
    "director",
    "governor",
    "mayor",
    "senator",
    "representative",
    "commissioner",
    "ambassador",
    "secretary",
    "chief",
    "economist",
    "analyst",
    "professor",
    "researcher",
    "fellow",
    "ceo",
    "cfo",
    "coo",
    "founder",
    "head",
    "leader",
    "official",
    "officer",
    "spokesperson",
    "sheriff",
    "judge",
    "lawyer",
    "attorney",
    "prosecutor",
    "general",
    "colonel",
    "captain",
    "lieutenant",
    "sergeant",
    "commander",
    "manager",
    "adviser",
    "advisor",
    "strategist",
    "negotiator",
    "envoy",
    "diplomat",
    "coach",
    "captain",
    "editor",
    "executive",
    "deputy",
    "aide",
    "inspector",
    "superintendent",
    "dean",
    "rector",
    "bishop",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "premier",
    "chancellor",
    "speaker",
    "lawmaker",
    "legislator",
    "councillor",
    "councilor",
    "councilwoman",
    "councilman",
    "trustee",
    "treasurer",
    "auditor",
    "physician",
    "doctor",
    "nurse",
    "scientist",
    "engineer",
    "teacher",
    "farmer",
    "owner",
    "resident",
    "worker",
    "activist",
    "harbour master",
    "harbor master",
    "master",
    "alderman",
    "alderwoman",
    "reviewer",
    "critic",
    "author",
    "historian",
    "hydrologist",
    "pediatrician",
    "operator",
    "delegate",
    "coordinator",
    "lecturer",
    "detective",
    "nominee",
    "candidate",
    "organiser",
    "organizer",
    "volunteer",
    "member",
    "board member",
    "actor",
    "actress",
    "distributor",
    "producer",
    "cinematographer",
    "photographer",
    "journalist",
    "correspondent",
    "writer",
    "artist",
    "architect",
    "planner",
    "consultant",
    "broker",
    "trader",
    "investor",
    "epidemiologist",
    "virologist",
    "meteorologist",
    "climatologist",
    "geologist",
    "seismologist",
    "biologist",
    "ecologist",
    "sociologist",
    "surgeon",
    "pharmacist",
    "midwife",
    "paramedic",
    "firefighter",
    "pilot",
    "driver",
    "mechanic",
    "electrician",
    "contractor",
    "miner",
    "fisherman",
    "fisher",
    "herder",
    "rancher",
    "grower",
    "vendor",
    "shopkeeper",
    "merchant",
    "landlord",
    "tenant",
    "homeowner",
    "pensioner",
    "retiree",
    "veteran",
    "student",
    "pastor",
    "priest",
    "imam",
    "rabbi",
    "cleric",
    "chef",
    "campaigner",
    "mediator",
    "curator",
    "librarian",
    "principal",
    "surveyor",
    *(t for t in _titles.NEWS_TITLES if t),
)
# Words that, written before a title word, belong to the title and not to an organisation
# (`State Sen.`, `Police Lt.`, `Board member`, `Detective Chief Inspector`). Lower-case words before a title
# always join it (`pitching coach`, `intensive care nurse`); capitalised ones only when listed here.
TITLE_PREMODIFIERS = frozenset(
    """state city county police fire board library deputy assistant associate chief senior
    junior detective petty vice executive managing general acting interim former lead principal national
    regional federal provincial municipal special staff first second
    """.split()
)
# Cue verbs a headline uses to attribute (`..., Kremlin Confirms`). Narrower than CUE_CLASSES: in headline
# grammar `recalls`, `appeals` or `charges` are mostly not speech.
HEADLINE_CUES = frozenset(
    """say tell confirm deny warn claim insist admit announce urge allege predict argue suggest reveal
    acknowledge concede maintain stress vow pledge promise threaten accuse hint""".split()
)
# Words that never start a title or join one from the left (`appointment of Dr. X`, `said chief ...`).
FUNCTION_WORDS = frozenset(
    """of for at in on to by with from as and or but nor than that who whom which whose said says told
    according about after before during under over into onto upon via per since until while when where
    is was are were be been has have had will would can could may might must should""".split()
)
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten another".split())
# Words that pick one or some out of a group (`one of the nurses said`): the phrase names who speaks.
PARTITIVE_ONE = frozenset("one another each either neither".split())
PARTITIVE_SOME = NUMBER_WORDS - PARTITIVE_ONE | frozenset("some many most several few all both".split())
# Singular nouns for people that are neither titles nor group heads (`one of the children`, `a victim`).
PEOPLE_NOUNS = frozenset(
    """child kid person victim survivor passenger resident witness friend relative sibling patient
    defendant suspect prisoner detainee hostage attendee participant spectator fan customer neighbour
    neighbor colleague classmate student pupil teenager adult family""".split()
)
# Endings of nationality adjectives (`European`, `Danish`, `Georgian`, `Senegalese`): modifiers, not employers.
NATIONALITY_ENDINGS = ("ian", "ean", "ish", "ese", "can", "ran", "ssian", "zilian", "ch")
# Areas a capitalised title can be of (`Finance Director`, `Culture Councillor`, `Fisheries Minister`): the
# area belongs to the title, not to an organisation.
PORTFOLIO_AREAS = frozenset(
    """finance finances communications marketing sales operations research policy technology health
    education transport transportation defence defense interior foreign fisheries trade economy energy
    environment agriculture justice labour labor culture tourism security information planning housing
    mines mining water works infrastructure development treasury budget legal human resources
    """.split()
)
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
# Heads of noun phrases that make a source an organisation.
ORGANIZATION_HEADS = frozenset(
    [
        "ministry",
        "department",
        "government",
        "agency",
        "company",
        "firm",
        "bank",
        "office",
        "kremlin",
        "commission",
        "council",
        "committee",
        "court",
        "police",
        "army",
        "military",
        "navy",
        "union",
        "party",
        "board",
        "authority",
        "authorities",
        "service",
        "group",
        "corporation",
        "organisation",
        "organization",
        "institute",
        "university",
        "hospital",
        "embassy",
        "parliament",
        "senate",
        "congress",
        "cabinet",
        "administration",
        "federation",
        "association",
        "league",
        "club",
        "team",
        "fund",
        "secretariat",
        "presidency",
        "palace",
        "command",
        "regulator",
        "watchdog",
        "prosecutor's",
        "prosecutors",
        "tribunal",
        "bureau",
        "centre",
        "center",
        "mission",
        "coalition",
        "alliance",
        "council",
        "statement",
        "museum",
        "school",
        "college",
        "library",
        "utility",
        "airline",
        "carrier",
        "retailer",
        "manufacturer",
        "maker",
        "insurer",
        "lender",
        "operator",
        "exchange",
        "directorate",
        "inspectorate",
        "foundation",
        "trust",
        "charity",
        "network",
        "festival",
        "district",
        "county",
        "city",
        "municipality",
        "state",
    ]
)
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

# Pronouns that can stand for a speaker, with the gender/number they agree with.
PRONOUNS: dict[str, str] = {
    "he": "male", "him": "male", "his": "male",
    "she": "female", "her": "female", "hers": "female",
    "they": "plural", "them": "plural", "their": "plural",
    "it": "neuter", "its": "neuter",
    "we": "plural", "i": "first",
}  # fmt: skip
# `Some also said`, `Many told reporters`: a quantifier alone as the subject is part of the group just named.
GROUP_QUANTIFIERS = frozenset("some many most several".split())
# `this person said`, `the same man`: a noun that refers back to someone named before, as a pronoun does,
# with the agreement it asks of its antecedent; and the determiners that make it refer back.
ANAPHORIC_NOUNS: dict[str, str] = {"person": "person", "man": "male", "woman": "female"}
ANAPHORIC_DETERMINERS = frozenset(["this", "that", "the same", "this same", "that same"])
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
MALE_TITLES = frozenset(["spokesman", "chairman", "councilman", "king", "prince", "mr", "mr.", "sir", "lord"])

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

# Credit roles in trailers: the words as written -> the role recorded.
CREDIT_ROLES: dict[str, str] = {
    "reporting by": "reporting",
    "additional reporting by": "additional reporting",
    "writing by": "writing",
    "written by": "writing",
    "editing by": "editing",
    "edited by": "editing",
    "compiled by": "compiling",
    "graphics by": "graphics",
    "photos by": "photos",
    "research by": "research",
}
# Agency tokens in datelines: `(Reuters)`, `(AP)`, `(AFP)`.
DATELINE_AGENCIES = (
    "Reuters", "AP", "AFP", "Bloomberg", "dpa", "Xinhua", "UPI", "TASS", "Kyodo", "Yonhap", "EFE", "ANSA"
)  # fmt: skip
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
# Heads that make `the X Ministry` / `Ministry of X` an organisation in the entity ruler.
ORGANIZATION_PATTERN_HEADS: tuple[str, ...] = (
    "Ministry", "Department", "Agency", "Commission", "Council", "Authority", "Office", "Bank",
    "Institute", "University", "Committee", "Party", "Union", "Court", "Police", "Service", "Board",
    "Corporation", "Company", "Group", "Association", "Federation", "Foundation", "Center", "Centre",
)  # fmt: skip

# Irregular past forms of cue verbs; regular ones are undone by `wireclaims.extract.cues.cue_lemma`.
IRREGULAR_FORMS: dict[str, str] = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write", "spoke": "speak",
    "spoken": "speak", "cried": "cry", "thought": "think", "felt": "feel", "knew": "know",
    "made": "make", "gave": "give", "began": "begin", "went": "go",
}  # fmt: skip
# Abbreviated titles and their full form, so that "Gov." and "governor" compare equal.
TITLE_ABBREVIATIONS: dict[str, str] = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "col": "colonel",
    "capt": "captain", "lt": "lieutenant", "sgt": "sergeant", "prof": "professor", "dr": "doctor",
    "supt": "superintendent", "insp": "inspector", "amb": "ambassador", "pres": "president",
    "cmdr": "commander", "rev": "reverend",
}  # fmt: skip
# Words before a name that are never part of it (sentence adverbs, conjunctions).
# The second line: sentence adverbs before a subject (`Finally Pell named ...`).
NAME_STOPWORDS = frozenset(
    "and but or so then also however meanwhile later earlier".split()
    + "finally instead moreover furthermore additionally separately similarly likewise".split()
)

# Nouns that report speech when they take a that-clause (`the ministry's statement that ...`), with a class.
NOMINAL_CUES: dict[str, str] = {
    **dict.fromkeys(
        "statement remark remarks comment comments announcement testimony report".split(), "neutral"
    ),
    **dict.fromkeys("assurance insistence promise pledge confirmation admission".split(), "assertive"),
    **dict.fromkeys("claim allegation suggestion assertion contention".split(), "hedged"),
    **dict.fromkeys("denial rejection".split(), "denial"),
    **dict.fromkeys("warning complaint accusation threat".split(), "emotive"),
}

# Every word of a title, and the abbreviations (`Sen.`): a word that says what someone does, not who they are.
TITLE_WORDS: frozenset[str] = frozenset(
    ({w for t in TITLES for w in t.split()} - FUNCTION_WORDS) | set(TITLE_ABBREVIATIONS)
)
