"""Reporting cues in English: the verbs, phrases and nouns that report speech, and their classes.

`wireclaims.extract.cues` reads these tables; docs/cues.md explains the classes. Extend a table by adding a
word (a lemma, in lower case) with its class; no code path names a word.
"""

from __future__ import annotations

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
# Cues that report an infinitive in the active (`claims to be the father`): the subject speaks; `vowed to
# fight` and `urged X to` report no claim.
ACTIVE_INFINITIVE_CUES = frozenset({"claim", "profess"})
# Cues that report an infinitive in the passive (`is said to be leaving`): no source is named.
PASSIVE_INFINITIVE_CUES = frozenset({"say", "report", "allege", "rumor", "rumour", "claim"})
# Cues that report a gerund right after them: `denied using live rounds`, `admitted having lied`.
GERUND_CUES = frozenset({"deny", "admit"})
# Participles that, last before a quotation, introduce speech even after a term word (`quoted as saying, "`).
SPEECH_PARTICIPLES = frozenset({"saying", "telling", "writing", "adding", "stating", "declaring", "asking"})
# Verbs that put someone's own words after `as` (`described it as "a disgrace"`), unlike `known as`.
DESCRIBING_VERBS = frozenset(
    "describe describes described describing refer refers referred referring characterize characterized "
    "characterise characterised".split()
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
# Cue verbs a headline uses to attribute (`..., Kremlin Confirms`). Narrower than CUE_CLASSES: in headline
# grammar `recalls`, `appeals` or `charges` are mostly not speech.
HEADLINE_CUES = frozenset(
    """say tell confirm deny warn claim insist admit announce urge allege predict argue suggest reveal
    acknowledge concede maintain stress vow pledge promise threaten accuse hint""".split()
)
# Irregular past forms of cue verbs; regular ones are undone by `wireclaims.extract.cues.cue_lemma`.
IRREGULAR_FORMS: dict[str, str] = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write", "spoke": "speak",
    "spoken": "speak", "cried": "cry", "thought": "think", "felt": "feel", "knew": "know",
    "made": "make", "gave": "give", "began": "begin", "went": "go",
}  # fmt: skip
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
# Verb forms that judge what a quotation is (`called it "a disgrace"`) rather than report it; add a form.
JUDGING_VERBS = frozenset({"called", "calling", "calls", "described", "describing", "describes", "termed"})
# Cue lemmas that report a question, not a claim; add a lemma in lower case.
QUESTION_CUES = frozenset({"ask", "wonder", "inquire", "question", "query"})
# Cue lemmas whose next noun phrase is the hearer (`told reporters`), never an inverted source; add a lemma.
NO_INVERSION_CUES = frozenset(
    {"tell", "urge", "call", "accuse", "inform", "assure", "brief", "promise", "blame", "praise"}
)
# After a headline `SOURCE CUE`, words that start an object, not a clause (`warns of storms`); add a word.
HEADLINE_OBJECT_STARTS = frozenset(
    {"of", "about", "against", "on", "over", "for", "to", "victory", "appeal", "support", "probe", "plan"}
    | {"deal", "talks", "new", "more"}
)
# Verbs of communication that make a PolNeAR relation a speech relation, as lemmas. The evaluation's own
# list, fixed and broader than the extractor's lexicon (`CUE_CLASSES`), so that teaching the extractor a
# cue never changes which gold relations are scored. Extend it only to score more of the gold.
SPEECH_LEMMAS = frozenset(
    """accuse acknowledge add admit advise affirm agree allege announce answer apologise apologize appeal
    argue ask assert assure beg blame boast brag brief call caution challenge charge claim clarify comment
    complain concede conclude concur condemn confess confirm contend continue counter criticise criticize cry
    decry declare demand denounce deny describe disclose dismiss dispute echo elaborate emphasise emphasize
    enquire estimate exclaim explain forecast guarantee hail highlight hint imply indicate inform inquire
    insinuate insist instruct joke lament maintain mention murmur mutter note notify observe plead pledge
    point post praise predict promise propose protest question quip quote reassure rebut recall recommend
    recount refute reiterate reject relate remark repeat reply report request respond retort reveal say
    scream shout signal slam specify speculate state stress suggest swear tell term testify thank threaten
    tweet underline urge vow warn welcome whisper write yell""".split()
)
