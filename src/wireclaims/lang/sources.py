"""English words that tell a source (a person, an organisation, a group) from what is not one.

Every list here is data read by `wireclaims.extract.validate`, `document_authors` and `phrase_cuts`; extend a
list to teach them a new word.
"""

from __future__ import annotations

# Documents and media: they carry what a source said but never speak themselves. `a report by X`,
# `X's website`, `X issued a statement saying` name the source; without an author the item has none.
DOCUMENT_NOUNS = frozenset(
    """
    statement statements report reports article articles letter letters post posts tweet tweets message
    messages website site webpage blog email e-mail memo memorandum document documents analysis analyses
    study studies survey poll polls investigation inquiry review resolution warning warnings notice
    announcement release communique communiqué transcript interview editorial column op-ed essay book
    paper filing lawsuit complaint petition affidavit indictment verdict ruling decision order orders
    bill law text video footage broadcast recording clip podcast speech address remarks comment comments
    remark testimony claim claims allegation allegations charge charges accusation accusations
    assessment estimate estimates findings figures data record records evidence note notes cable
    dispatch bulletin newsletter leaflet flyer poster advert advertisement ad ads page pages headline
    headlines caption account accounts version story stories piece news summary summaries average
    averages tally polling ratings calculation calculations projection projections model models
    measurement measurements reading readings response responses reply replies answer answers sentence
    sentences paragraph paragraphs passage passages
    """.split()
)

# Nouns that make `according to` an idiom, with no source at all: `going according to plan`.
ACCORDING_IDIOMS = frozenset({"plan", "plans", "schedule", "expectations", "script", "tradition", "custom"})

# Plurals that name the outlets, not their documents, though their singular is a document: `local papers
# reported`, `the networks said`. Read before a document noun's lemma.
OUTLET_PLURALS = frozenset({"papers", "newspapers"})

# Verbs whose passive subject is the hearer, not the source: `She was told by a midwife ...`.
HEARER_VERBS = frozenset("tell inform advise brief assure warn ask urge notify remind".split())

# Verbs whose object does what the infinitive after it says: in `forced Stumpf to admit that ...` and `asked
# her to explain why ...` the object, not the subject, is the source of the infinitive's cue.
OBJECT_CONTROL_VERBS = frozenset(
    "force ask urge press push pressure compel challenge dare invite encourage allow prompt get".split()
)

# Verbs whose object is the hearer or audience: `told the crowd`, `addressed parliament`.
AUDIENCE_VERBS = frozenset(
    "tell inform advise brief assure warn ask urge notify remind address thank praise blame accuse".split()
)

# Prepositions that head a phrase: `to CNN`, `For Dana Whitfield`, `by the ministry`.
PREPOSITIONS = frozenset(
    """
    about above across after against along amid among amongst around as at before behind below beneath
    beside besides between beyond by despite during except for from in inside into like near of off on
    onto out outside over past per since than through throughout to toward towards under underneath
    unlike until upon via with within without
    """.split()
)

# Words that open a clause: in `As Clinton said` or `After Ruiz spoke` their subject follows them.
SUBORDINATORS = frozenset(
    "as after before when while since until because although though once whereas".split()
)

# Words that stand for nobody in particular: `Some claim`, `Others say`, `One could argue`, `It is said`.
GENERIC_WORDS = frozenset(
    """
    one some others other many few several most all both each any none neither either there what
    whatever which who whom whoever this that these those someone somebody anyone anybody everyone
    everybody nobody something anything everything nothing such same another
    """.split()
)

# Page furniture a web scrape leaves in a story's text, as whole phrases in lower case.
BOILERPLATE = frozenset(
    [
        "advertisement",
        "advertisements",
        "story continues below",
        "story continues below advertisement",
        "continue reading",
        "continue reading below",
        "read more",
        "related",
        "sponsored",
        "sponsored content",
        "click here",
        "share this",
        "photo",
        "file photo",
    ]
)

# Heads that are never sources: events, products, animals, abstract things.
NON_SOURCE_HEADS = frozenset(
    """
    event events meeting conference summit ceremony rally protest election war attack crash
    fire storm flood earthquake plane car phone product device dog cat horse animal idea plan plans
    need needs thing things way fact case issue question answer problem reason result results visit visits
    threat threats risk risks danger initiative initiatives proposal proposals measure measures
    reaction reactions instinct instincts impulse
    """.split()
)

# Cue verbs that report speech only beside a quotation: `"...," she continued` reports, `evidence continues to
# emerge` does not.
QUOTE_BOUND_CUES = frozenset({"continue"})

# Words that open a sentence as a participle and that a small model may label as a name: `Citing a poll, ...`,
# `Having said that, ...`. Alone, or before a determiner or preposition, they are never a source.
SENTENCE_PARTICIPLES = frozenset(
    """
    citing having saying speaking adding noting referring responding writing explaining arguing claiming
    pointing insisting warning describing calling asking following acknowledging admitting announcing
    answering commenting complaining confirming declaring denying emphasizing emphasising stressing
    suggesting telling testifying touting urging reacting recalling repeating reporting predicting
    praising criticizing criticising echoing defending addressing appearing being looking speculating
    """.split()
)

# Lower-case words in -ing that stand before a noun as part of a source's description: `lobbying firms`,
# `the ruling party`, `a visiting professor`. Any other lower-case -ing word opening a speaker's name makes
# it a participle clause (`throwing chairs`, `belying the hawks`), not a source.
MODIFIER_GERUNDS = frozenset(
    """
    acting accounting advertising attending banking boarding broadcasting building consulting dissenting
    drafting engineering existing farming fishing founding fundraising gambling governing housing hunting
    incoming investigating leading lending lobbying logging managing manufacturing marketing mining
    missing neighboring neighbouring nursing opposing outgoing participating polling presiding
    publishing ranking recruiting reigning remaining restructuring retiring ruling shipping sitting
    staffing striking supporting teaching trading training visiting voting working
    aspiring caring cheering competing demonstrating developing dying emerging fighting grieving living
    losing marching practicing practising protesting rebelling returning rising serving struggling
    suffering surviving waiting warring winning worrying
    """.split()
)

# Lower-case words a speaker's name never holds outside a relative clause: a finite verb or modal (`tax cuts
# would cause`), a subject pronoun (`drawing criticism he`).
CLAUSE_WORDS = frozenset(
    """
    is are was were has have had would will could should can may might must shall does did said says
    he she they we
    """.split()
)

# Pronouns that are only ever objects: a name opening with one is the object of the cue (`asking him a
# series of questions`), never its source.
OBJECT_PRONOUNS = frozenset("him them me us whom".split())

# Relative pronouns: a speaker's name ends before them (`an official who was briefed` -> `an official`).
RELATIVE_PRONOUNS = frozenset("who whom whose which".split())

# Coordinating conjunctions that open a sentence and so stand before a subject, never in it (`But
# multiple reports show`).
LEADING_CONJUNCTIONS = frozenset("and but or yet so nor".split())

# Verbs whose `by` phrase after a document names its author: `a study released by the journal`; not
# `emails obtained by a website` or `a memo seen by reporters`.
AUTHORING_VERBS = frozenset(
    """
    release issue publish write conduct commission prepare produce send post compile file author draft
    sign submit present deliver carry broadcast air
    """.split()
)
# Prepositions that name the author of a document (`a report by X`, `a letter from X`); add one.
AUTHOR_PREPOSITIONS = frozenset({"by", "from", "of"})
