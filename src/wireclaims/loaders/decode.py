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


def decode(data: bytes, keep: str = "") -> tuple[str, str]:
    """Decode story bytes; return (text with LF newlines and no control characters, encoding name).

    Control characters in `keep` stay: a loader that gives some of them a meaning reads them itself.

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
            return _clean(text, keep), name.replace("-sig", "")
    if b"\x00" in data[:4096]:
        raise NotAStory("the input looks binary (it contains NUL bytes)")
    try:
        return _clean(data.decode("utf-8"), keep), "utf-8"
    except UnicodeDecodeError:
        pass
    return _detected(data, keep)


def _detected(data: bytes, keep: str) -> tuple[str, str]:
    """Legacy bytes: charset detection, with Windows-1252 (most legacy wire copy) when detection is unsure."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding not in {"utf_8", "ascii"}:
        # Detection on a short story is a guess among look-alike single-byte code pages; prefer cp1252
        # unless the detector found a clearly different script (Cyrillic, Greek, CJK ...).
        name = best.encoding
        ascii_share = sum(b < 0x80 for b in data[:200_000]) / max(1, len(data[:200_000]))
        # A few stray high bytes in English copy are damage, not Korean or Icelandic: another code page is
        # believed only when the text lives outside ASCII (Cyrillic, Greek, CJK copy).
        plausible = ascii_share < 0.8
        if name not in _CP1252_LOOKALIKES and plausible:
            try:
                return _clean(data.decode(name), keep), name.replace("_", "-")
            except (UnicodeDecodeError, LookupError):
                pass
    try:
        return _clean(data.decode("cp1252"), keep), "cp1252"
    except UnicodeDecodeError as exc:
        raise EncodingProblem(f"neither UTF-8 nor a detectable legacy encoding (byte {exc.start})") from exc


# Code pages whose Latin letters coincide with cp1252 for most news text; detection cannot tell them apart.
_CP1252_LOOKALIKES = {
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1250",
    "iso8859_2",
    "cp1257",
    "iso8859_13",
    "mac_roman",
}


def _clean(text: str, keep: str = "") -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub(lambda m: m.group(0) if m.group(0) in keep else "", text)
