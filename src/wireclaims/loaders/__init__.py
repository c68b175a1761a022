"""Loaders: bytes of one input -> a `Story`. One module per format, chosen through `LOADERS`.

To add a format, write `load_<format>(data: bytes) -> Story` in its own module, add it to `LOADERS`, and teach
`detect_format` to recognise it.
"""

from __future__ import annotations

from collections.abc import Callable

from wireclaims.errors import InputError
from wireclaims.loaders.plaintext import load_text
from wireclaims.story import Story

LOADERS: dict[str, Callable[[bytes], Story]] = {
    "text": load_text,
}


class UnknownFormat(InputError):
    """`--input-format` names a format wireclaims does not read."""

    code = "unknown-format"


def detect_format(data: bytes, name: str = "") -> str:
    """The format of an input, from its content first and its file name second."""
    return "text"


def load(data: bytes, name: str = "", input_format: str | None = None) -> Story:
    """Read one story.

    Raises:
        InputError: (a subclass naming the problem) when the input is not a readable story.
    """
    fmt = input_format or detect_format(data, name)
    loader = LOADERS.get(fmt)
    if loader is None:
        raise UnknownFormat(f"unknown input format {fmt!r}; known: {', '.join(sorted(LOADERS))}")
    return loader(data)
