"""People and bodies a story names outside any attribution: who may be a source or an antecedent.

The entity model misses about half of them; without them a later `he said` goes to someone named before.
Runs between finding quotes and claims and linking them to speakers (`topics` tells the registry what each
sentence is about; `full_names` completes the names afterwards).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from wireclaims.extract.cues import text_of, word_occurrences
from wireclaims.extract.mentions import Mention, mention_from_tokens, np_tokens
from wireclaims.extract.offsets import Covered
from wireclaims.lang import en
from wireclaims.lang.names import FEMALE_NOUNS, MALE_NOUNS, gender_of_given_name
from wireclaims.lang.places import is_place
from wireclaims.names import surname

_SUBJECTS = {"nsubj", "nsubjpass"}


def unlabelled_people(doc: Doc, known: list[Mention], inside: Covered) -> list[Mention]:
    """Subjects written as a person's name that the model did not label (`24-year-old Ibrahima Faye had never
    left Senegal`): without them a later `he said` goes to someone named before."""
    taken = Covered(len(text_of(doc)), ((m.start, m.end) for m in known))
    out: list[Mention] = []
    for tok in doc:
        subject = tok.dep_ in _SUBJECTS or (tok.dep_ == "appos" and tok.head.dep_ in _SUBJECTS)
        if not subject or tok.pos_ != "PROPN" or tok.ent_type_ not in {"", "PERSON"}:
            continue
        if tok.idx in inside:
            continue
        tokens, appositive = np_tokens(tok)
        names = [t for t in tokens if t.pos_ == "PROPN"]
        if len(names) < 2 or not all(t.text[:1].isupper() for t in names):
            continue
        mention = mention_from_tokens(doc, names, appositive)
        if mention is None or mention.description is None or mention.description.kind != "person":
            continue
        if taken.overlaps(mention.start, mention.end):
            continue
        taken.add(mention.start, mention.end)
        out.append(replace(mention, subject=True))  # an apposition of the subject is the subject too
    return out


def partitive_people(doc: Doc, known: list[Mention], inside: Covered) -> list[Mention]:
    """Phrases that pick one person out of a group (`one of their daughters escaped`), with the sex the
    group's noun gives: without them a later `she said` goes to someone named before."""
    taken = Covered(len(text_of(doc)), ((m.start, m.end) for m in known))
    out: list[Mention] = []
    for tok in doc:
        if tok.lower_ not in en.PARTITIVE_ONE or tok.idx in inside:
            continue  # wherever the parse hangs it (`after one of their daughters escaped`: obl)
        tokens, appositive = np_tokens(tok)
        comma = next((k for k, t in enumerate(tokens) if t.is_punct), len(tokens))
        tokens = tokens[:comma]  # `one of their daughters, aged 17,`: the aside is no part of who
        if len(tokens) < 3 or tokens[1].lower_ != "of":
            continue
        mention = mention_from_tokens(doc, tokens, appositive)
        desc = mention.description if mention is not None else None
        if mention is None or desc is None or desc.kind != "person":
            continue
        if taken.overlaps(mention.start, mention.end):
            continue
        taken.add(mention.start, mention.end)
        group = tokens[-1].lemma_.lower()
        gender = "female" if group in FEMALE_NOUNS else "male" if group in MALE_NOUNS else desc.gender
        subject = tok.dep_ in _SUBJECTS
        out.append(replace(mention, description=replace(desc, gender=gender), subject=subject))
    return out


def given_name_people(doc: Doc, known: list[Mention], inside: Covered) -> list[Mention]:
    """Names that begin with a common given name or follow a title (`Margaret Quillby`, `Secretary of State
    Lena Vasquez`), wherever they stand in the sentence: the entity model misses about half the people."""
    taken = Covered(len(text_of(doc)), ((m.start, m.end) for m in known))
    out: list[Mention] = []
    for tok in doc:
        if tok.idx in inside or taken.overlaps(tok.idx, tok.idx + len(tok.text)):
            continue
        prev = doc[tok.i - 1] if tok.i else None
        titled = prev is not None and prev.text[:1].isupper() and prev.lower_.rstrip(".") in en.TITLE_WORDS
        if not tok.text[:1].isupper() or not (titled or gender_of_given_name(tok.text)):
            continue
        run = [tok]
        for nxt in doc[tok.i + 1 : tok.i + 5]:
            if not (nxt.text[:1].isupper() and nxt.is_alpha):
                break
            run.append(nxt)
        words = {t.lower_ for t in run}
        if len(run) < 2 or words & (en.TIME_WORDS | en.ORGANIZATION_HEADS | en.GROUP_HEADS):
            continue
        mention = mention_from_tokens(doc, run)
        desc = mention.description if mention is not None else None
        if mention is None or desc is None or desc.name is None or is_place(desc.name):
            continue
        if desc.kind != "person":
            # the entity model often calls a person an organisation (`Florence Okafor` ORG); a given name
            # and no organisation word say otherwise
            if titled or desc.title is not None or desc.name.split()[0] != tok.text or desc.kind == "group":
                continue
            gender = desc.gender or gender_of_given_name(tok.text)
            mention = replace(mention, description=replace(desc, kind="person", gender=gender))
        if taken.overlaps(mention.start, mention.end):
            continue
        taken.add(mention.start, mention.end)
        out.append(mention)
    return out


def titled_person(doc: Doc, start: int, end: int, mention: Mention) -> Mention:
    """A name the entity model called an organisation, next to a person's job in lower case (`South
    Sudanese president Ada Lual`, `Ada Lual, the foreign minister,`): a person, so that a later `he said`
    can find them."""
    desc = mention.description
    if desc is None:
        return mention
    prev = [doc[start - 1]] if start > 0 else []
    after: list[Token] = []
    if end + 1 < len(doc) and doc[end].text == ",":
        for tok in doc[end + 1 : end + 7]:
            if tok.text in {",", ".", ";", ":"} or tok.pos_ in {"VERB", "AUX"}:
                break
            after.append(tok)
    if not any(_job(tok) for tok in [*prev, *after]):
        return mention
    words = (desc.name or "").split()
    if not 2 <= len(words) <= 4 or any(w.lower() in en.ORGANIZATION_HEADS for w in words):
        return mention
    gender = desc.gender or gender_of_given_name(words[0])
    title = desc.title or (_job_before(doc, start) if prev and _job(prev[0]) else None)
    return replace(mention, description=replace(desc, kind="person", gender=gender, title=title))


def _job_before(doc: Doc, start: int) -> str:
    """The job written before a name with the words that qualify it (`Independent candidate`, `South African
    president`): the whole is the title, as the story gives it."""
    first = start - 1
    while first > 0 and start - first < 4 and not doc[first].is_sent_start:
        prev = doc[first - 1]
        if prev.pos_ not in {"ADJ", "PROPN", "NOUN"} or prev.ent_type_ not in {"", "NORP", "GPE"}:
            break
        first -= 1
    return doc[first:start].text


def called_organizations(doc: Doc, inside: Covered) -> list[Mention]:
    """Names right after a common noun for an organisation (`aircraft company Boeing`, `regional airline
    Skyra`): organisations, whatever the entity model said, that a later `the company` refers to."""
    out: list[Mention] = []
    for tok in doc:
        if tok.pos_ != "NOUN" or not tok.text.islower() or tok.lemma_.lower() not in _CALLING_NOUNS:
            continue
        run = []
        for nxt in doc[tok.i + 1 : tok.i + 5]:
            # a capital inside a sentence marks the name whatever the tag (`Boeing` read as a verb, VBG)
            new_sentence = nxt.is_sent_start and doc[nxt.i - 1].is_punct  # not a parse's cut inside a phrase
            if not nxt.text[:1].isupper() or not nxt.is_alpha or new_sentence or nxt.idx in inside:
                break
            run.append(nxt)
        mention = mention_from_tokens(doc, run) if run else None
        desc = mention.description if mention is not None else None
        if mention is None or desc is None or desc.name is None or desc.title is not None:
            continue
        if desc.kind == "group" or is_place(desc.name):
            continue
        organization = replace(desc, kind="organization", gender=None)
        out.append(replace(mention, called=tok.lemma_.lower(), description=organization))
    return out


# Common nouns that say a name is a company or a body: `the company` later means it (`group` and `party`
# say too little: `the group` may be any group the story names).
_CALLING_NOUNS = en.ORGANIZATION_HEADS - {"group", "party", "team", "statement", "office", "service"}


def _job(tok: Token) -> bool:
    """A person's job in lower case (`president`, `minister`), not a word that only joins a title."""
    lemma = tok.lemma_.lower()
    if not tok.text.islower() or tok.pos_ != "NOUN" or lemma not in en.TITLE_WORDS:
        return False
    return lemma not in en.TITLE_PREMODIFIERS | en.ORGANIZATION_HEADS


def name_occurrences(doc: Doc, mentions: list[Mention], inside: Covered) -> list[Mention]:
    """Every place a known person is named again, by full name or surname, outside quotations.

    The statistical model misses many single surnames ("Szymanski was expected ..."); without them a later
    "he" would go to the wrong person.
    """
    text = text_of(doc)
    taken = Covered(len(text), ((m.start, m.end) for m in mentions))
    names: set[str] = set()
    for m in mentions:
        d = m.description
        if d is not None and d.kind == "person" and d.name:
            names.add(d.name)
            names.add(surname(d.name))
    out: list[Mention] = []
    for name in sorted(names, key=len, reverse=True):
        for s, e in word_occurrences(text, name):
            if s in inside or taken.overlaps(s, e):
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            mention = mention_from_tokens(doc, list(span))
            if mention is not None and mention.description is not None:
                desc = mention.description
                if desc.kind != "person":
                    mention = replace(
                        mention, description=replace(desc, title=None, organization=None, kind="person")
                    )
                out.append(mention)
                taken.add(s, e)
    return out
