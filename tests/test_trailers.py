"""Trailers (invented stories): credit lines in every wording, sign-offs, end markers, notes for editors."""

from __future__ import annotations

import pytest

from wireclaims.loaders import load
from wireclaims.loaders.plaintext import load_text

HEAD = "Dock strike ends at Halden port"
LEAD = "HALDEN, Jan 30 (Reuters) - Dock workers returned on Monday."
BODY = "The union said pay rose by four percent."
KEPT = ("Dock workers returned on Monday.", BODY)


def _story(*blocks: str) -> bytes:
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def _credits(story) -> str:
    return "; ".join(f"{c.role}: {', '.join(c.names)}" for c in story.credits)


@pytest.mark.parametrize(
    "trailer, credits",
    [
        # comma-separated and lower-case roles are two roles
        ("(Reporting by Anna Lee, editing by Sue Ng)", "reporting: Anna Lee; editing: Sue Ng"),
        ("Reporting by Anna Lee, editing by Sue Ng", "reporting: Anna Lee; editing: Sue Ng"),
        ("Reporting by Anna Lee; Editing by Sue Ng.", "reporting: Anna Lee; editing: Sue Ng"),
        # roles joined by `and` are one role with both names
        ("(Writing and analysis by Anna Lee and Omar Diaz)", "writing and analysis: Anna Lee, Omar Diaz"),
        ("Writing and analysis by Anna Lee and Omar Diaz", "writing and analysis: Anna Lee, Omar Diaz"),
        # contributor lines in other wordings
        ("Contributing: Omar Diaz and Kim Park", "additional reporting: Omar Diaz, Kim Park"),
        ("Omar Diaz in Oslo contributed to this report.", "additional reporting: Omar Diaz"),
        # a `Role: Name` list at the end, outside any notes block
        ("Editor: Kim Park", "editing: Kim Park"),
        # desk sign-offs with operator initials, end markers
        ("dpa ab xy n1 cd", "editor initials: ab, xy, cd"),
        ("EFE ab/cd", "editor initials: ab, cd"),
        ("ends", ""),
        ("-0-", ""),
        ("* * *", ""),
    ],
)
def test_trailer_wordings_give_credits_and_leave_the_body(trailer, credits):
    story = load_text(_story(HEAD, LEAD, BODY, trailer))
    assert (_credits(story), story.paragraphs) == (credits, KEPT)


@pytest.mark.parametrize(
    "last",
    [
        "Killed by police in 2019, he was buried in Halden.",
        "Reporting by the local paper showed the port had lost money.",
        "Smith contributed $5 million to the fund.",
        "The ministry ends the subsidy in May.",
        "AP reporters were at the quay.",
        "Editor: the word no one at the paper wanted.",
    ],
)
def test_body_lines_that_only_look_like_trailers_stay(last):
    story = load_text(_story(HEAD, LEAD, BODY, last))
    assert (story.credits, story.paragraphs) == ((), (*KEPT, last))


@pytest.mark.parametrize(
    "markup, credits",
    [
        # a credit trailer in the same markup paragraph as the last sentence, after a line break
        (
            f"<p>{BODY}<br/>(Reporting by Anna Lee; Editing by Sue Ng)</p>",
            "reporting: Anna Lee; editing: Sue Ng",
        ),
        (
            f"<p>{BODY}<br/>(Writing and analysis by Anna Lee and Omar Diaz)</p>",
            "writing and analysis: Anna Lee, Omar Diaz",
        ),
        # negative: parentheses that hold no credits stay
        (f"<p>{BODY} (The union gave no figures.)</p>", ""),
    ],
)
def test_credit_trailer_inside_the_last_markup_paragraph_is_split_off(markup, credits):
    nitf = f"<nitf><body><body.content><p>{LEAD}</p>{markup}</body.content></body></nitf>"
    story = load(nitf.encode())
    assert _credits(story) == credits
    assert story.paragraphs[-1] == (BODY if credits else f"{BODY} (The union gave no figures.)")


@pytest.mark.parametrize(
    "blocks, paragraphs",
    [
        # `___` between sections is no paragraph, and the copy after it stays
        ((LEAD, "___", BODY), KEPT),
        ((LEAD, "___\nAP writer Kim Park contributed to this report."), KEPT[:1]),
        # negative: a sentence with underscores in it stays
        ((LEAD, "The file was named port___final."), (KEPT[0], "The file was named port___final.")),
    ],
)
def test_separators_are_not_paragraphs(blocks, paragraphs):
    assert load_text(_story(HEAD, *blocks)).paragraphs == paragraphs


@pytest.mark.parametrize(
    "notes, credits",
    [
        ("Notebook\n- The port handles 2 million tonnes a year.", ""),
        (
            "Not for publication\nEditor: Kim Park\nReporter: Omar Diaz",
            "editing: Kim Park; reporting: Omar Diaz",
        ),
        ("Contacts\nPress office: +47 555 0100", ""),
        ("Notizblock\nRedaktion: Kim Park und Omar Diaz", "editing: Kim Park, Omar Diaz"),
    ],
)
def test_notes_for_editors_are_not_body_and_their_role_lists_are_credits(notes, credits):
    story = load_text(_story(HEAD, LEAD, BODY, notes, "dpa kp"))
    assert story.paragraphs == KEPT
    assert _credits(story) == "; ".join(c for c in (credits, "editor initials: kp") if c)


def test_a_heading_word_in_the_first_paragraph_is_no_notes_block():
    story = load_text(_story(HEAD, "Contacts", LEAD, BODY))
    assert story.paragraphs[-1] == BODY
