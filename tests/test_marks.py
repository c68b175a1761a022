"""Quotation-mark spans: pairing styles, apostrophes, nesting, unclosed quotes and offsets.

Every paragraph here is invented. `_find(...)` lays the paragraphs out as a story text (joined by a blank
line) and passes each paragraph's offset, so the spans index that text.
"""

from __future__ import annotations

import pytest

from wireclaims.extract.marks import find_mark_spans

UNBALANCED_1 = "unbalanced quotation mark in paragraph 1"


def _find(*paragraphs: str):
    offsets, offset = [], 0
    for para in paragraphs:
        offsets.append((offset, para))
        offset += len(para) + 2
    text = "\n\n".join(paragraphs)
    spans, warnings = find_mark_spans(offsets)
    return text, spans, warnings


def _quoted(*paragraphs: str) -> tuple[str, ...]:
    text, spans, _ = _find(*paragraphs)
    return tuple(text[s.start : s.end] for s in spans)


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "we will stay" on Monday.', ("we will stay",)),
        ("He said “we will stay” on Monday.", ("we will stay",)),
        ("He said «we will stay» on Monday.", ("we will stay",)),
        ("He said »we will stay« on Monday.", ("we will stay",)),
        ("He said „we will stay“ on Monday.", ("we will stay",)),
        ("He said „we will stay” on Monday.", ("we will stay",)),
        ("He said ``we will stay'' on Monday.", ("we will stay",)),
        ("He said ”we will stay” on Monday.", ("we will stay",)),
        ("‘We will stay,’ she said.", ("We will stay,",)),
        ("“One thing,” she said, “is clear.”", ("One thing,", "is clear.")),
        ('"One thing," she said, "is clear."', ("One thing,", "is clear.")),
        # negatives
        ('He said "" and left.', ()),
        ("Talks ended on Monday.", ()),
    ],
)
def test_quote_pairs_give_text_between_marks(text, expected):
    _, spans, warnings = _find(text)
    assert _quoted(text) == expected
    assert all(s.closed for s in spans)
    assert warnings == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Peskov’s aide said the talks were over.", ()),
        ("We don’t know yet, the aide said.", ()),
        ("The ’90s were hard for the port.", ()),
        ("The dockers’ union said talks were over.", ()),
        ("Peskov’s aide said “we don’t know” about the ’90s.", ("we don’t know",)),
        ("“It’s the ’90s again,” Peskov’s aide said.", ("It’s the ’90s again,",)),
        ("‘We don’t know,’ Peskov’s aide said.", ("We don’t know,",)),
        ("‘The dockers’ union will win,’ she said.", ("The dockers’ union will win,",)),
    ],
)
def test_apostrophes_are_not_marks(text, expected):
    _, _, warnings = _find(text)
    assert _quoted(text) == expected
    assert warnings == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“We heard ‘no deal’ twice,” she said.", ("We heard ‘no deal’ twice,",)),
        ("“They said ‘wait’ and ‘see’,” he said.", ("They said ‘wait’ and ‘see’,",)),
        ("«Il a dit ‹non› hier», a-t-elle dit.", ("Il a dit ‹non› hier",)),
        # single marks only: they are the top level
        ("He said ‘we will stay’ and ‘they will go’.", ("we will stay", "they will go")),
    ],
)
def test_nested_single_quotes_stay_inside_outer_quote(text, expected):
    assert _quoted(text) == expected


@pytest.mark.parametrize(
    "paragraphs, expected, warnings",
    [
        # a quote running on into the next paragraph: no close at the paragraph end, no warning
        (
            ("“We will go on.", "“And we will win,” she said."),
            [("We will go on.", False, 0), ("And we will win,", True, 1)],
            [],
        ),
        (
            ('"We will go on.', '"And we will win," she said.'),
            [("We will go on.", False, 0), ("And we will win,", True, 1)],
            [],
        ),
        (("«Nous restons.",), [("Nous restons.", False, 0)], []),
        # trailing white space is not part of the quote
        (("“We will go on.  ",), [("We will go on.", False, 0)], []),
        # an opening mark mid-paragraph that never closes is unbalanced
        (("She said “we will go on.",), [("we will go on.", False, 0)], [UNBALANCED_1]),
        (
            ("Talks ended on Monday.", "He said “we will go on."),
            [("we will go on.", False, 1)],
            ["unbalanced quotation mark in paragraph 2"],
        ),
        # a stray closing mark opens nothing
        (("Talks ended.” she said.",), [], [UNBALANCED_1]),
    ],
)
def test_unclosed_quote_gives_open_span(paragraphs, expected, warnings):
    text, spans, got_warnings = _find(*paragraphs)
    assert [(text[s.start : s.end], s.closed, s.paragraph) for s in spans] == expected
    assert got_warnings == warnings


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Talks ended on Monday.",),
        ("Talks ended on Monday.", "The union’s chief left early."),
        ("",),
    ],
)
def test_paragraph_without_marks_gives_nothing(paragraphs):
    _, spans, warnings = _find(*paragraphs)
    assert spans == []
    assert warnings == []


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            ("Talks ended on Monday.", "“We will stay,” she said.", "He said “we will go” later."),
            [("We will stay,", "“We will stay,”", 1), ("we will go", "“we will go”", 2)],
        ),
        (
            ("The union met.", "It said ``no deal'' and «no talks»."),
            [("no deal", "``no deal''", 1), ("no talks", "«no talks»", 1)],
        ),
        (
            ("Dockers gathered.", "“We stay.", "“We win,” they said."),
            [("We stay.", "“We stay.", 1), ("We win,", "“We win,”", 2)],
        ),
    ],
)
def test_offsets_index_the_whole_text(paragraphs, expected):
    text, spans, _ = _find(*paragraphs)
    got = [(text[s.start : s.end], text[s.outer_start : s.outer_end], s.paragraph) for s in spans]
    assert got == expected
