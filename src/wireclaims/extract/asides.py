"""Sources written around an aside between commas, read by position: the small model attaches the subject
to the wrong word of such phrases.

`Nadia Cherif, director general of the company, told` (a name before its apposition), `X, who grows coffee
near Pitalito, told AFP` (a name before an aside), `the state governor, Henry McMaster, said` (a name in
the aside after its description).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from wireclaims.extract.cues import CueMatch, text_of
from wireclaims.extract.mentions import SUBJECT_DEPS, Mention, mention_from_tokens
from wireclaims.extract.name_bounds import party_tag_start
from wireclaims.extract.phrase_cuts import STOP_TEXT
from wireclaims.lang import en
from wireclaims.lang.names import NAME_CONNECTORS
from wireclaims.lang.places import LOCATIVE_PREPOSITIONS, is_place


def name_before_apposition(doc: Doc, subj: Token) -> Mention | None:
    """`Nadia Cherif, director general of the company, told`: parsed with `general` as the subject and the
    name hanging under it; the name is the source and the rest its apposition."""
    left = subj.left_edge
    if subj.pos_ == "PROPN" or left.pos_ != "PROPN" or not left.text[:1].isupper():
        return None
    comma = next((t for t in doc[left.i : subj.i] if t.text == ","), None)
    if comma is None or comma.i == left.i:
        return None
    appositive = doc[comma.i + 1 : subj.right_edge.i + 1].text.strip(" ,")
    mention = mention_from_tokens(doc, list(doc[left.i : comma.i]), appositive)
    if (
        mention is None
        or mention.description is None
        or mention.description.kind not in {"person", "unknown"}
    ):
        return None
    return replace(mention, subject=True)


def before_aside(doc: Doc, cue: CueMatch, lo: int) -> Mention | None:
    """The name before an aside: `X, who grows coffee near Pitalito, told AFP`, `X, deputy director, told`,
    `X, executive director of one of the groups, Jewish Voice for Peace, responded` (two asides)."""
    if cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    openings: list[Token] = []
    for tok in reversed(doc[max(0, cue.i - 1 - _BEFORE_REACH) : cue.i - 1]):
        if tok.idx < lo or tok.is_quote or tok.text in {".", "!", "?", ";", ":"}:
            break
        if tok.text == ",":
            if tok.nbor(1).lower_ in {"who", "whose"}:
                openings = [tok]  # `Netta, who performed Toy, a song with chicken noises, said`: one aside
                break
            if len(openings) < 2:
                openings.append(tok)
    for opening in openings:
        if opening.nbor(1).lower_ in _COORDINATORS:
            # `..., and the meeting soured from there, said one aide`: a coordinated clause, not an aside
            return None
        name = name_before(doc, opening, lo)
        if name is None:
            continue
        appositive = doc[opening.i + 1 : cue.i - 1].text
        mention = mention_from_tokens(doc, name, appositive)
        if (
            mention is None
            or mention.description is None
            or mention.description.kind not in {"person", "unknown"}
        ):
            return None
        return mention
    return None


_BEFORE_REACH = 40  # tokens of the asides between a name and its cue
_COORDINATORS = {"and", "but", "or", "nor", "yet"}


def name_before(doc: Doc, opening: Token, lo: int) -> list[Token] | None:
    """The capitalised words right before a comma, or None when the word before it is not one."""
    name: list[Token] = []
    for tok in reversed(doc[: party_tag_start(doc, opening.i)]):  # `Ana Ruiz (D-Ore.), who ...`
        if tok.idx < lo or tok.text in STOP_TEXT or tok.is_space or tok.is_quote:
            break
        if not (tok.text[:1].isupper() or tok.text in {"-", "'s", "’s"} or tok.lower_ in NAME_CONNECTORS):
            break
        name.insert(0, tok)
    if not name or not name[0].text[:1].isupper():
        return None
    return name


# Words that end the description before `, NAME, cue` when read backwards (`In a statement, the state
# governor, Henry McMaster, said`: the description is `the state governor`).
_DESCRIPTION_STOPS = {",", ";", ":", "(", ")", "—", "–", '"', "“", "”"}
_ASIDE_REACH = 12
_TITLE_WORDS = frozenset(
    t for t in en.TITLES if " " not in t
)  # `the current Roman Catholic Pope, Pope Francis`  # tokens of a name between two commas


def name_in_aside(doc: Doc, cue: CueMatch, lo: int) -> Mention | None:
    """`the state governor, Henry McMaster, said`, `His eldest daughter, Tutut, said`: the name between the
    commas is the source and the description before it its apposition.

    Not a name: a place (`In Paris, France, said`), or an aside after another name (`Hale, Ortiz, said`).
    """
    if cue.i < 4 or doc[cue.i - 1].text != ",":
        return None
    aside = _aside_before(doc, cue.i - 1)
    if not aside or doc[aside[0].i - 1].idx < lo or not _is_name_run(aside):
        return None
    opening = aside[0].i - 1
    names = [t for t in aside if t.ent_type_ == "PERSON"] or aside
    if is_place(" ".join(t.text for t in names)):
        return None  # `In Paris, France, said`
    description = _description_before(doc, opening, lo)
    if not description:
        return None
    appositive = doc[description[0].i : opening].text
    mention = mention_from_tokens(doc, names, appositive)
    if mention is None or mention.description is None:
        return None
    if mention.description.kind != "person":
        # `His eldest daughter, Tutut`: the model may call the name an organisation; a person is described
        mention = replace(mention, description=replace(mention.description, kind="person"))
    return replace(mention, subject=True)


def _aside_before(doc: Doc, comma: int) -> list[Token] | None:
    """The words between the comma at `comma` and the comma before it; None when that is out of reach."""
    aside: list[Token] = []
    for tok in reversed(doc[max(0, comma - _ASIDE_REACH) : comma]):
        if tok.text == ",":
            return aside
        aside.insert(0, tok)
    return None


def _description_before(doc: Doc, opening: int, lo: int) -> list[Token] | None:
    """The description before the comma at `opening` that says what the name after it is (`the state
    governor`), without its determiner; None when the words there are no such description."""
    description: list[Token] = []
    for tok in reversed(doc[max(0, opening - _ASIDE_REACH) : opening]):
        if tok.idx < lo or tok.text in _DESCRIPTION_STOPS or tok.is_space or tok.is_quote:
            break
        if tok.text in {".", "!", "?"} and tok.whitespace_:
            break
        description.insert(0, tok)
    if not _is_description(description):
        return None
    while description and (description[0].pos_ in {"DET", "NUM"} or description[0].lower_ in en.NUMBER_WORDS):
        description = description[1:]  # `Another activist`: no organisation called `Another`
    return description


def _is_description(description: list[Token]) -> bool:
    """What someone is, in common words opening their own phrase (`the state governor`, `His daughter`)."""
    # a run of names (`Hale, Ortiz, said`) or a clause (`After the vote, Hale, said`) is not one
    common = [
        t for t in description if (t.pos_ == "NOUN" and t.text[:1].islower()) or t.lower_ in _TITLE_WORDS
    ]
    if not common or description[0].pos_ in {"ADP", "SCONJ", "VERB", "AUX"}:
        return False
    finite = any(t.pos_ in {"VERB", "AUX"} and t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in description)
    if finite or _ends_in_place(description):
        # `Hale spoke about the flooding in Marlow, Kentucky, arguing`: a clause, a place and its state (a
        # participle stays: `One of the states suing the agency, Ohio, said`)
        return False
    # `Rebecca Vilkomerson, executive director of one of the groups, Jewish Voice for Peace, responded`: a
    # bare role after a comma is another name's apposition; a description that opens its own phrase has a
    # determiner (`the state governor`, `His eldest daughter`)
    return description[0].pos_ in {"DET", "PRON", "NUM"} or bool(description[0].is_sent_start)


def _ends_in_place(description: list[Token]) -> bool:
    """Whether a phrase ends in a place (`the flooding in Marlow`, `the rally near Dover`): its last
    capitalised words follow a locative preposition or are tagged a place."""
    k = len(description)
    while k > 0 and description[k - 1].text[:1].isupper():
        k -= 1
    if k == len(description):
        return False
    if description[-1].ent_type_ in {"GPE", "LOC"}:
        return True
    return k > 0 and description[k - 1].lower_ in LOCATIVE_PREPOSITIONS


def _is_name_run(tokens: list[Token]) -> bool:
    """Capitalised words (with `al-`, `de`, initials and hyphens between them), at least one a proper noun."""
    if not tokens[0].text[:1].isupper() or not any(t.pos_ == "PROPN" for t in tokens):
        return False
    return all(
        t.text[:1].isupper()
        or (t.i > 0 and t.nbor(-1).text == "-" and not t.nbor(-1).whitespace_)  # `Kim In-seok`
        or t.text in {"-", "'s", "’s"}
        or t.lower_ in NAME_CONNECTORS
        or t.lower_ in {"al", "bin", "el"}
        for t in tokens
    )


# How many words may stand between a name and the cue it is the unparsed subject of
# (`Oberon in a televised address last year said`).
_SUBJECTLESS_REACH = 8
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def name_before_subjectless(doc: Doc, verb: Token) -> Mention | None:
    """The person or body named last before a cue the parse gave no subject (`In his speech Prime
    Minister Kaito Hara again said`, `Oberon in a televised address last year said`): the small model
    reads such a name as an apposition or a vocative.

    Not a name: one after a preposition (`according to Hale`, `to Hale`), behind a comma, a quotation
    mark or another finite verb (`Hale left and the board said`), or a place.
    """
    sent = verb.sent
    last = next((t for t in reversed(doc[sent.start : verb.i]) if t.pos_ == "PROPN"), None)
    if last is None or verb.i - last.i - 1 > _SUBJECTLESS_REACH:
        return None
    between = doc[last.i + 1 : verb.i]
    if any(
        t.is_punct or t.is_quote or (t.pos_ in {"VERB", "AUX"} and t.tag_ in _FINITE_TAGS) for t in between
    ):
        return None
    name = name_before(doc, doc[last.i + 1], sent.start_char)
    if not name or not _is_name_run(name) or is_place(" ".join(t.text for t in name)):
        return None
    if name[0].i > sent.start and doc[name[0].i - 1].pos_ in {"ADP", "SCONJ"}:
        return None
    return mention_from_tokens(doc, name)


def colon_intro(doc: Doc, start: int, end: int) -> Mention | None:
    """The named subject of a sentence that ends with a colon before a quote and holds no cue (`Finally
    Pell named three rules for the schools: "..."`): the quote spells out what that person put forward.

    Only a name or `he`/`she`: `The sign read:`, `It said:` and `Police found a note:` name no speaker.
    """
    body = text_of(doc)[start:end].rstrip()
    if not body.endswith(":"):
        return None
    colon = doc.char_span(start + len(body) - 1, start + len(body), alignment_mode="expand")
    if colon is None:
        return None
    # the first finite verb of the sentence with its subject before the colon (the sentence's root may be
    # a verb of the quote, which the model reads as the colon's clause)
    for verb in doc[colon[0].sent.start : colon[0].i]:
        if verb.idx < start or verb.pos_ not in {"VERB", "AUX"}:
            continue
        if verb.tag_ not in _FINITE_TAGS and verb.dep_ != "ROOT":
            continue  # `Pell named` may be tagged a participle; as the root it is still the main verb
        if verb.dep_ in {"relcl", "acl", "acl:relcl", "ccomp", "aux", "aux:pass", "cop"}:
            continue  # a relative or reported clause, or the auxiliary of the verb read next
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and start <= c.idx < verb.idx]
        if len(subjects) != 1:
            return None
        subj = subjects[0]
        if not (subj.pos_ == "PROPN" or subj.lower_ in en.PERSONAL_PRONOUNS):
            return None
        fronted = name_before_apposition(doc, subj)
        if fronted is not None:
            return fronted
        return mention_from_tokens(doc, list(doc[subj.left_edge.i : subj.right_edge.i + 1]))
    return None
