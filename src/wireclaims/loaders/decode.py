"""Bytes -> text, with the encoding that was used. Shared by every text-based loader."""

from __future__ import annotations

import codecs
import re

from wireclaims.errors import EncodingProblem, NotAStory

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab and newline (ANPA/IPTC transmissions carry SOH, STX, ETX ...).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes) -> tuple[str, str]:
    """Decode story bytes; return (text with LF newlines and no control characters, encoding name).

    Raises:
        NotAStory: the bytes are empty or binary.
        EncodingProblem: the bytes are no known text encoding.
    """
    if not data.strip():
        raise NotAStory("the input is empty")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise EncodingProblem(
                    f"starts with a {name} byte-order mark but does not decode: {exc}"
                ) from exc
            return _clean(text), name.replace("-sig", "")
    if b"\x00" in data[:4096]:
        raise NotAStory("the input looks binary (it contains NUL bytes)")
    try:
        return _clean(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        # Legacy wire copy is mostly Windows-1252; bytes it leaves undefined mean the input is not text.
        return _clean(data.decode("cp1252")), "cp1252"
    except UnicodeDecodeError as exc:
        raise EncodingProblem(f"neither UTF-8 nor Windows-1252 text (byte {exc.start})") from exc


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)
