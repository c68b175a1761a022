r"""Text from stories, result files and error messages made safe to show in a terminal.

Anything read from an input is untrusted: a story, a hand-edited result or a file name can carry terminal
escape sequences (`ESC[2J` clears the screen, `ESC]0;...BEL` sets the window title, the 8-bit CSI U+009B
does what `ESC[` does) or bidi overrides that make the terminal show characters in another order than
they are stored ("Trojan Source"). Such characters are written as Python-style escapes (`\x1b`,
`\x9b`, `\u202e`), so the reader sees that they are there and what they are, and the terminal never
gets them raw. Backslashes are left as they are: the aim is a safe terminal, not a reversible encoding.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls (U+0080-U+009F, with the 8-bit CSI U+009B), the bidi
# embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), and lone surrogates, which a JSON
# result can hold and which a UTF-8 stdout cannot encode. The bidi marks (U+200E, U+200F, U+061C) stay:
# Arabic and Hebrew text uses them and they reorder nothing beyond one neutral character.
_UNSAFE = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE_TEXT = re.compile(f"[{_UNSAFE}]")
_UNSAFE_LINE = re.compile(rf"[{_UNSAFE}\n]")


def _escaped(match: re.Match[str]) -> str:
    return ascii(match.group())[1:-1]


def for_terminal(text: str, *, one_line: bool = False) -> str:
    r"""`text` with every character that could drive a terminal written as a visible escape.

    Args:
        text: untrusted text: story text, names, file names, error messages.
        one_line: also escape newlines (as `\n`), for a message that must stay on one line.

    Example: an ESC (U+001B) comes out as the four characters `\x1b`, tabs and newlines stay as they are.
    """
    return (_UNSAFE_LINE if one_line else _UNSAFE_TEXT).sub(_escaped, text)
