"""Bytes to text: BOMs, UTF-8, legacy code pages by detection, and clear errors."""

from __future__ import annotations

import pytest

from wireclaims.errors import EncodingProblem, NotAStory
from wireclaims.loaders.decode import decode

RUSSIAN = "«Мы не уйдём», — сказал мэр Иван Петров во вторник. Город готовится к забастовке рабочих порта."
JAPANESE = "東京都は月曜日、新しい規則を発表したと述べた。港の労働者はストライキを計画している。"


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        ("Café owners said.".encode(), "Café owners said.", "utf-8"),
        (b"\xef\xbb\xbfCaf\xc3\xa9", "Café", "utf-8"),
        ("Café owners said – sharply.".encode("cp1252"), "Café owners said – sharply.", "cp1252"),
        (RUSSIAN.encode("cp1251"), RUSSIAN, "cp1251"),
        (JAPANESE.encode("shift_jis"), JAPANESE, "cp932"),
        (b"line one\r\nline two\r\n", "line one\nline two\n", "utf-8"),
        (b"\x01\x02STORY\x03", "STORY", "utf-8"),
    ],
)
def test_decode_finds_the_encoding(data: bytes, text: str, encoding: str) -> None:
    assert decode(data) == (text, encoding)


@pytest.mark.parametrize(
    "data, error",
    [
        (b"", NotAStory),
        (b"   \n ", NotAStory),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", NotAStory),
        (b"The mill will close\x81 in May, the union\x9d said\x8f.", EncodingProblem),
    ],
)
def test_undecodable_input_is_a_clear_error(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        decode(data)
