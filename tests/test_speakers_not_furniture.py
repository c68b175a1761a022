"""Speakers never come from header, byline or trailer text: checked on every story of every format fixture.

The loader removes bylines, agency lines, credits, notes and sign-offs from the body. If one leaked, its
names would turn up as speakers ("By NAME=" quoted as the speaker of a quote). So no speaker may be named
like a byline or credit name unless the body itself quotes that person (`BODY_QUOTES_REPORTER`), and no
speaker, quote or paragraph may carry header furniture.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wireclaims.errors import InputError
from wireclaims.inputs import InputItem
from wireclaims.loaders import load_all
from wireclaims.run.analyse import analyse_story

FORMATS = Path(__file__).parent / "fixtures" / "formats"
FIXTURES = sorted(p for p in FORMATS.glob("*/*") if p.is_file())
# Fixture stories whose body quotes one of its own reporters (none yet): "fixture#k" -> the name.
BODY_QUOTES_REPORTER: dict[str, str] = {}
# What header and trailer lines look like when they leak into the body or a name.
_FURNITURE = re.compile(
    r"^By\s+[A-Z]|=\s*$|[\x00-\x08\x0b-\x1f]|\^|<$|^(?:Eds?|Editor|Contacts?|Notebook)\s*:|"
    r"^AP Photo|^Associated Press(?: Writer)?$|^[a-z]{1,5}(?:/[a-z]{1,5})+$|^_{3,}$|^ends$|"
    r"^\((?:[A-Z]\w+\s+){1,2}by\s|contributed to this report|^(?:BC|AM|PM)-",
)


def _stories():
    for path in FIXTURES:
        try:
            entries = load_all(path.read_bytes(), path.name)
        except InputError:  # a fixture that is no story at all (a picture item, a service message)
            continue
        for k, entry in enumerate(entries, start=1):
            if not isinstance(entry, InputError):
                yield pytest.param(path, entry, id=f"{path.parent.name}/{path.name}#{k}")


@pytest.mark.parametrize("path, story", list(_stories()))
def test_no_speaker_comes_from_header_byline_or_trailer_text(path, story, pipeline):
    result = analyse_story(story, InputItem(path.name, path.name, Path(path.name)), pipeline)
    removed = {n.casefold() for n in story.byline} | {n.casefold() for c in story.credits for n in c.names}
    allowed = {n.casefold() for key, n in BODY_QUOTES_REPORTER.items() if key.startswith(path.name)}
    for speaker in result.speakers:
        names = {speaker.name, *speaker.aliases, *(m.text for m in speaker.mentions)}
        leaked = {n for n in names if n.casefold() in removed - allowed}
        assert not leaked, f"speaker {speaker.name!r} is a byline or credit name"
        assert not [n for n in names if _FURNITURE.search(n)], f"speaker {speaker.name!r} is furniture"
    assert not [q.text for q in result.quotes if _FURNITURE.search(q.text)]
    assert not [p for p in story.paragraphs if _FURNITURE.search(p)], "header or trailer text in the body"
    names = [*story.byline, *(n for c in story.credits for n in c.names)]
    assert not [n for n in names if re.search(r"[=^<\x00-\x1f]|^By\s", n)], "marks in a name"
