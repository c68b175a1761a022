"""English titles, roles and the words around them: what a person is called for what they do.

`en.TITLES` is built from the core offices there and the roles below. Extend a set to teach the extractor a
new title; no code path names a word.
"""

from __future__ import annotations

# Offices, ranks and roles news copy puts before or beside a name, beyond the core ones in `en.TITLES`.
# Lower case; a multi-word title is matched as a whole (`crown prince`, `major general`).
NEWS_TITLES: tuple[str, ...] = tuple(
    """taoiseach|tanaiste|emperor|empress|emir|sheikh|crown prince|crown princess|grand duke|
    duke|duchess|earl|baron|baroness|viceroy|regent|monarch|chief minister|first minister|chief justice|
    magistrate|solicitor|barrister|solicitor general|advocate|counsel|notary|
    president-elect|prime minister-elect|vice-president|vice chancellor|vice-chancellor|deputy leader|
    majority leader|minority leader|opposition leader|party leader|whip|chief whip|
    congressman|congresswoman|assemblyman|assemblywoman|assemblymember|parliamentarian|mp|mep|mla|msp|
    politician|statesman|stateswoman|lord mayor|deputy mayor|mayor-elect|governor-general|
    consul|consul general|secretary of state|attache|high commissioner|emissary|special envoy|
    general|major general|major-general|lieutenant general|lieutenant-general|brigadier|brigadier general|
    lieutenant colonel|lieutenant-colonel|field marshal|marshal|admiral|rear admiral|vice admiral|
    commodore|corporal|trooper|soldier|sailor|airman|commando|
    constable|pc|police constable|detective constable|inspector general|police officer|officer|
    patrolman|deputy sheriff|warden|ranger|bodyguard|spy|
    ceo|chief executive officer|chief operating officer|chief financial officer|cto|cio|
    managing director|director general|director-general|general manager|executive director|
    vice chairman|president and ceo|chairman and ceo|co-founder|cofounder|proprietor|
    boss|head coach|assistant coach|manager|team manager|captain|skipper|player|striker|midfielder|
    defender|goalkeeper|quarterback|pitcher|batsman|bowler|athlete|sprinter|runner|swimmer|cyclist|
    footballer|cricketer|boxer|wrestler|golfer|jockey|racer|champion|team mate|teammate|referee|umpire|
    singer|songwriter|singer-songwriter|musician|rapper|guitarist|drummer|pianist|composer|conductor|
    rock star|pop star|music star|film star|tv star|actor|comedian|presenter|broadcaster|
    anchor|dj|dancer|poet|novelist|playwright|screenwriter|filmmaker|director|designer|
    publicist|press officer|spokesman|spokeswoman|press secretary|communications director|
    reporter|journalist|columnist|commentator|blogger|pundit|anchorman|anchorwoman|newsreader|editor|
    editor-in-chief|publisher|photojournalist|
    expert|specialist|analyst|strategist|pollster|academic|scholar|scientist|researcher|physicist|
    chemist|astronomer|economist|lecturer|professor|emeritus professor|tutor|headteacher|headmaster|
    headmistress|educator|environmentalist|conservationist|activist|campaigner|advocate|protester|
    protestor|demonstrator|organiser|organizer|volunteer|coordinator|co-ordinator|controller|
    supervisor|administrator|clerk|registrar|secretary|assistant|intern|staffer|employee|
    worker|labourer|laborer|nurse|doctor|surgeon|dentist|psychiatrist|psychologist|therapist|
    vet|veterinarian|paramedic|medic|pathologist|coroner|
    cleric|ayatollah|archbishop|cardinal|reverend|vicar|monk|nun|preacher|
    eyewitness|resident|villager|user|
    lawmaker|legislator|senator|representative|delegate|councillor|official|bureaucrat|civil servant|
    entrepreneur|businessman|businesswoman|banker|financier|industrialist|tycoon|billionaire|
    economist|accountant|auditor|consultant|adviser|advisor|counsellor|counselor|
    chairman|chairwoman|chairperson|chair|head|chief|leader|founder|president|director|
    commander|commander-in-chief|chief of staff|chief scientist|chief economist|chief engineer""".replace(
        "\n", ""
    )
    .replace("    ", "")
    .split("|")
)

# Words written before a title word that belong to it (`Majority Leader`, `Crown Prince`, `Lord Mayor`,
# `Opposition politician`, `former defence minister`, `Programme Director`): capitalised, they would otherwise be read as an
# organisation's name.
TITLE_COMPOUND_WORDS = frozenset(
    """majority minority crown lord opposition editorial shadow grand supreme high prime first
    former ex ex- acting outgoing incoming retired interim caretaker emeritus joint honorary founding
    presiding presidential ruling general major head programme program project independent""".split()
)

# Words before a title that are neither part of it nor an organisation (`current UK Prime Minister`).
# `outgoing` is a tenure word like `former` (below): the gold keeps it as often as it drops it.
TITLE_DROP_WORDS = frozenset("current then now sitting serving incumbent".split())

# Lower-case words that never join a title that follows them (`including chairman X`).
NOT_TITLE_MODIFIERS = frozenset("including excluding featuring regarding concerning like unlike".split())

# Forms of address: they say how to address someone, never what they do; never a title of their own.
ADDRESS_FORMS = frozenset(
    """mr mr. mrs mrs. ms ms. miss mx mx. messrs messrs. mme mme. m. herr excellency highness majesty
    honourable honorable hon hon.""".split()
)

# A nationality (or a country) written before a title belongs to it (`Israeli President`, `German
# chancellor`, `UK Foreign Secretary`): the gold writes it so (docs/gold-format.md), and it never names an
# organisation. Adjectives that the endings in `en.NATIONALITY_ENDINGS` do not catch.
NATIONALITY_ADJECTIVES = frozenset(
    """afghan american argentine argentinian australian austrian bangladeshi belgian brazilian british
    bulgarian burmese canadian chilean chinese colombian croatian cuban czech danish dutch egyptian
    emirati english estonian ethiopian european filipino finnish french georgian german ghanaian greek
    haitian hungarian icelandic indian indonesian iranian iraqi irish israeli italian jamaican japanese
    jordanian kenyan korean kuwaiti latvian lebanese libyan lithuanian malaysian maltese mexican
    moroccan nepali nigerian norwegian pakistani palestinian peruvian philippine polish portuguese qatari
    romanian russian rwandan saudi scottish senegalese serbian singaporean slovak somali spanish
    sudanese swedish swiss syrian taiwanese thai tunisian turkish ugandan ukrainian uruguayan
    venezuelan vietnamese welsh yemeni zambian zimbabwean african asian arab arabian latin western
    lankan
    catholic muslim jewish christian sunni shia shiite kurdish""".split()
)

# Unions of countries: in the country list as places, but before a title they name the body that employs
# the person (`EU negotiator`: organisation `EU`), not an origin.
BODIES_OF_COUNTRIES = frozenset({"EU", "E.U.", "European Union"})

# Capitalised words that look like nationalities by their ending but name a party or a church.
NOT_ORIGINS = frozenset("republican anglican lutheran presbyterian libertarian parliamentarian".split())

# Words that open a nationality of two words (`South African`, `Sri Lankan`), written as in the story.
ORIGIN_PREFIXES = frozenset("North South East West Central Sri New Saudi".split())

# Family relations: `Rask's father` is no employee of Rask; the relation names no organisation.
KIN_NOUNS = frozenset(
    """father mother son daughter brother sister husband wife widow widower uncle aunt nephew niece cousin
    grandfather grandmother grandson granddaughter parent parents stepfather stepmother partner fiance
    fiancee""".split()
)

# Roles that say where someone was or what they did there, not what they do for a living (`one resident`,
# `an eyewitness`, `one speaker` at a rally): the phrase may name a source, but its role is no title.
CIRCUMSTANCE_ROLES = frozenset(
    """resident residents villager villagers eyewitness witness bystander onlooker passer-by passerby
    speaker attendee""".split()
)

# Roles that relate a body to a thing it holds (`the building's owner, Harborline Storage`, `the operator
# of the plant`): written alone they describe a company, not a person's job (`crane operator` is one).
RELATION_ROLES = frozenset("owner operator".split())

# Adjectives that open a portfolio of two words (`National Security Advisor`, `Public Safety Minister`):
# capitalised before a portfolio area, they are part of the title, not an organisation's name.
PORTFOLIO_MODIFIERS = frozenset(
    """national public foreign home internal interior social economic international homeland
    environmental regional local rural urban higher civil military domestic federal""".split()
)

# Words that open a nickname after a name (`Lai Chen, dubbed the Salt King,`): what follows is no title.
NICKNAME_OPENERS = frozenset("dubbed nicknamed called known aka alias styled self-styled".split())

# Words of tenure: everything between one of them and the title is the title (`Former EU Trade
# Commissioner`, `acting Interior Minister`); the organisation is not cut out of its middle.
TENURE_WORDS = frozenset("former ex ex- acting outgoing incoming retired interim caretaker deputy".split())

# Titles that say a rank or an honour rather than a job: a job given in apposition replaces them
# (`Professor Ana Ruiz, head of the Isotope Unit`, `General Tom Hale, a security adviser`);
# so does a colloquial word for one (`boss`).
RANK_TITLES = frozenset(
    """general major-general lieutenant-general brigadier admiral marshal professor doctor
    sheikh boss""".split()
)

# Titles whose `of` complement is their portfolio, not an employer (`Minister of Strategic Affairs`).
PORTFOLIO_HEADS = frozenset("minister secretary commissioner".split())

# Words that end a minister's portfolio after `of`, beyond the areas in `en.PORTFOLIO_AREAS`
# (`Minister of Strategic Affairs`, `Secretary of Homeland Security`): a name written after them is the holder's.
PORTFOLIO_LAST_WORDS = frozenset(
    """affairs development state welfare services relations cooperation integration reform industry
    commerce employment sport sports youth women children family science innovation resources""".split()
)

# Head nouns that stand for a body the story has named (`the group's director`, `for the university`): the
# employer is that body's name (`Ohio Valley University`), found before the person by the same head word.
GENERIC_BODY_HEADS = frozenset(
    """group organisation organization charity company firm university college institute union association
    agency ministry department party foundation council commission committee hospital bank network
    movement campaign coalition alliance society trust club team""".split()
)

# Heads that may stand for a body of another kind the story introduced with a type noun (`the charity
# Hope Aid` ... `director for the group`; `a group called Lumen`); the type nouns are these same words.
LOOSE_BODY_HEADS = frozenset("group organisation organization charity company firm ngo".split())

# Parts of a body written before `of` + its name (`the armed wing of the Harbor Front`): the part, as
# written, is the employer; any other lower-case word before `of` (`commune of X`) is no body.
UNIT_HEADS = frozenset("wing arm branch division unit section bureau faction chapter cell office".split())

# Titles whose employer may follow `to` (`an adviser to the Harbor team`), beside `for`/`at`/`of`.
TO_TITLES = frozenset("adviser advisor advisers advisors aide aides consultant assistant".split())

# Small words inside an organisation's name (`Center for Coastal Research and Policy`, `Gare de Lyon`);
# any other lower-case word after a capitalised name ends it (`Malaysia as quoted by ...`).
ORG_NAME_CONNECTORS = frozenset(
    "of for and & the de du des la le el al del di da dos das do von van der den an am sur en y e".split()
)

# Words that start a noun phrase of its own (`captain of a cargo boat`: no field of work after `of`).
DETERMINERS = frozenset("this that these those some any each every".split())

# Articles and links: after `, NAME` they continue a list or a phrase, never a cue (`, Ivo Rask the ...`).
LINK_WORDS = frozenset("the a an and or of in on at for to with from by".split())

# Workplaces written in lower case right before a job (`hospital director`, `school principal`): with no
# other word naming the body, the gold writes them inside the title (`police chief`), and a place before
# them too (`Lindby police chief`).
WORKPLACE_WORDS = frozenset("hospital school prison clinic police fire".split())

# Titles of those who speak for a body: the body before them stays the employer (`museum spokeswoman`).
VOICE_TITLES = frozenset("spokesman spokeswoman spokesperson representative".split())

# Chambers and boards whose `member` is one title when no name precedes the chamber (`a House member`,
# `Board member Ana Kell`); a named body's member keeps the body as employer (`Harbor Council member`).
CHAMBER_WORDS = frozenset("house senate congress parliament assembly council board cabinet committee".split())
MEMBER_WORDS = frozenset("member members".split())

# Lower-case heads of an area: a name ending in one is a place, not an employer (`at Lindby district`).
AREA_HEADS = frozenset("district province county region village town city municipality prefecture".split())

# Capitalised heads that end a body's name (`Harbor Armed Forces`, `Coast Guard`) beyond `en.ORGANIZATION_HEADS`:
# a person's name written right after one starts after it.
BODY_NAME_ENDS = frozenset("forces corps guard guards brigade brigades militia regiment".split())

# Plural nouns for a side or faction: `Lieutenant Ivo Rask of the rebels` is one of them (the organisation).
FACTION_NOUNS = frozenset("loyalists rebels insurgents militants separatists royalists guerrillas".split())

# Roles on a platform (`a Chirper user`): the platform before them is part of the title, no employer.
PLATFORM_ROLES = frozenset("user users subscriber subscribers".split())

# Relative pronouns: a description that ends in one was cut at its clause (`a Chirper user who`).
RELATIVE_PRONOUNS = frozenset("who which that whose".split())
