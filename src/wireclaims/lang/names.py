"""Personal names: given names by gender, family-name particles, words that tell a person's sex.

Used to tell a person from an organisation when the entity model is silent, and to keep `he` and `she` off a
person of the other sex. The given-name lists are deliberately small and unambiguous: a name given to both
sexes in common use (`Jean`, `Andrea`, `Kim`, `Robin`) is in neither. To extend, add lower-case names to the
list of the right sex; a name that only one culture gives to one sex may go in when news rarely uses it
otherwise.
"""

from __future__ import annotations

MALE_GIVEN_NAMES = frozenset(
    """
    aaron abdel abdelaziz abdul abdullah abdullahi abu adam adebayo adel ahmad ahmed akira alan albert alberto
    alejandro aleksandr alessandro alexander alexandre alexei alfred alfredo ali alistair amir anders
    andre andrei andreas andres andrew andrzej angelo anthony antoine anton antonio anwar arnold arthur ashraf
    barack barry bashar ben benjamin benoit bernard bernie bill billy bob boris brad bradley brandon brian
    bruce bruno carl carlos cesar charles charlie christian christoph christopher colin craig dan daniel
    danny darren dave david dennis denis diego dimitri dmitry dominic donald doug douglas duncan dwight ed eddie
    edward edwin ehud elijah emmanuel enrique eric erik ernesto ethan eugene evan fabio faisal farid felipe
    felix fernando francesco francis francisco frank franz fred frederick gabriel gareth gary geoffrey george
    gerald gerhard giorgio giovanni giuseppe gordon graham greg gregory guillaume gustavo hamid hans harold
    harry hassan heinz helmut henri henry hiroshi hugo hussein ian ibrahim igor ivan jack jacob jacques jake
    james jason javier jeff jeffrey jeremy jerome jerry jesus jim jimmy joe joel johan johann john johnny
    jonathan jorge jose josef joseph josh joshua juan julian julio justin kaan karl keith ken kenneth kevin
    khalid klaus kofi kurt kwame larry lars laurent leo leon leonard lionel lorenzo louis luca lucas luigi
    luis luiz luke mahmoud manuel marc marcel marco marcus mario mark martin mathieu matt matteo matthew
    maurice max michael michel miguel mike mikhail mitch mohamed mohammad mohammed muhammad mustafa nabil
    nathan neil nicholas nick nicolas nigel nikolai noah oleg oliver omar oscar osama pablo patrick paul paulo
    pedro peter philip philippe pierre pieter rafael ralph ramon randy raul ray raymond reza ricardo richard
    rick rob robert roberto rodrigo roger roland roman ron ronald rudy russell ryan saeed salman sam samir
    samuel sanjay sean sebastian sergei sergey sergio shane shimon simon stanley stefan stephen steve steven
    stuart tariq ted terry thabo theodore thomas tim timothy todd tom tommy tony tyler umar victor vikram
    vincent vladimir walter wayne william wolfgang xavier yasser yousef yusuf yves zachary
    """.split()
)

FEMALE_GIVEN_NAMES = frozenset(
    """
    abigail ada adriana agnes aisha alexandra alice alicia alison amanda amber amelia amy ana anastasia anita
    ann anna anne annette antonia barbara beatriz betty beverly brenda bridget carla carmen carol caroline
    catherine cecilia charlotte cheryl chloe christina christine claire clara claudia cristina
    cynthia daniela deborah debra denise diana diane dolores donna dorothy edith elena elisabeth eliza
    elizabeth ellen emily emma erin esther eva evelyn fatima fiona florence frances francesca gabriela gloria
    grace hannah heather heidi helen helena hillary ingrid irene isabel isabella jacqueline jane janet janice
    jasmine jennifer jessica jill joan joanna josephine joyce judith judy julia julie karen katherine kathleen
    kathryn katie kristin laura lauren leila linda lisa lucia lucy lydia magdalena margaret maria
    marie marina marion marisol martha mary maya megan melania melissa michelle miriam monica nadia nancy
    natalia natalie nicole nina olga olivia pamela patricia paula pauline penelope rachel rebecca rita rosa
    rose ruth sabrina sally samantha sandra sara sarah sharon shirley silvia sofia sonia sophia sophie stella
    stephanie susan suzanne svetlana sylvia tanya teresa theresa tina valentina valerie vanessa vera veronica
    victoria virginia wendy yolanda yulia zainab
    """.split()
)

# Nouns that say a person's sex, in a description or apposition (`father of another victim`, `his widow`).
MALE_NOUNS = frozenset(
    "man father son brother husband uncle nephew grandfather boy widower businessman congressman "
    "sportsman fisherman policeman actor monk priest".split()
)
FEMALE_NOUNS = frozenset(
    "woman mother daughter sister wife aunt niece grandmother girl widow businesswoman congresswoman "
    "sportswoman policewoman actress nun".split()
)

# Lower-case words that stay inside a person's name: `Karim al-Fadli`, `Ludwig van Beethoven`.
NAME_PARTICLES = frozenset("al el bin ibn bint abu van von der den de da di du la le dos das del ter".split())
# Particles written joined to the family name by a hyphen (`al-Fadli`, `bin-Salem`, `el-Masri`).
HYPHEN_PARTICLES = frozenset("al el ad an as ash at az bin ibn abu".split())


def gender_of_given_name(word: str) -> str | None:
    """'male', 'female' or None for a given name as written (`Maria` -> 'female')."""
    low = word.lower().strip(".,")
    if low in MALE_GIVEN_NAMES:
        return "male"
    if low in FEMALE_GIVEN_NAMES:
        return "female"
    return None


# Words that open a sentence or clause and so stand capitalised before a name, never in it
# (`Yet Maria Olsen said`, `Although Ruiz said`); the words of en.NAME_STOPWORDS too.
NOT_NAME_OPENERS = frozenset(
    """yet although though finally still instead now thus hence indeed moreover furthermore nevertheless
    nonetheless while when after before since because if as once separately likewise similarly""".split()
)

# Capitalised plural nouns that keep their possessive inside a name: `The People's Tribune`,
# `Eastside Children's Hospital`, `Veterans' Affairs`.
POSSESSIVE_NAME_WORDS = frozenset(
    """people children women men workers veterans farmers citizens teachers nurses doctors students
    lawyers journalists writers consumers taxpayers parents voters soldiers miners""".split()
)

# A party-and-state tag after an American politician's name: `R-Ohio`, `D-N.Y.`, `I-Vt.`.
PARTY_TAG = r"(?:[DRI]|Dem|Rep|Ind)-[A-Z][A-Za-z.]*"

# Prepositions that end a name when a lower-case phrase follows (`the transport ministry in a statement`,
# `Okafor in a local newspaper`); `Sisters in Islam` keeps its capitalised object.
NAME_ENDING_PREPOSITIONS = frozenset("in on during after before since through via near".split())

# British spellings of organisation heads and their American forms, so `the centre` finds `Tsunami Warning
# Center`; add pairs as `british: american`.
SPELLINGS: dict[str, str] = {
    "centre": "center",
    "organisation": "organization",
    "defence": "defense",
    "programme": "program",
    "labour": "labor",
    "theatre": "theater",
}

# Lower-case words that follow a name without belonging to it (`Harbour Bank just announced`); adverbs in
# -ly are cut too.
NAME_TRAILERS = frozenset(
    "just also too then now still again later earlier instead himself herself itself".split()
)
# Lower-case words that join the parts of a multi-word name (`Bank of England`, `van der Berg`); add a word.
NAME_CONNECTORS = frozenset({"of", "and", "&", "for", "de", "du", "des", "la", "le", "van", "von", "der"})
# Words that may sit inside a body's name (`the Friends of the Earth`, `Smith's`); add a word as written.
# Prepositions that, capitalised, stand inside a body's name (`Coalition Against Harbor`, `Union For Reform`).
NAME_PREPOSITIONS = frozenset(
    {"against", "for", "of", "on", "in", "without", "with", "under", "over", "beyond"}
)
NAME_LINKS = frozenset(
    {"of", "and", "for", "&", "the", "de", "du", "des", "la", "le", "van", "von", "der", "'s", "’s"}
)
# Lower-case words a signature may hold between capitalised ones (`Secretary of State Ana Ruiz`); add a word.
SIGNATURE_JOINERS = frozenset(
    {"of", "the", "and", "for", "de", "da", "del", "van", "von", "der", "al", "bin", "la"}
)
