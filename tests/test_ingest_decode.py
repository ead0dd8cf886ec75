"""Decoding: every encoding the inputs come in, and what is not text."""

from __future__ import annotations

import codecs

import pytest

from storyline.ingest.decode import DecodeError, decode_bytes

RU = "Вчера в Омске открыли новый мост через Иртыш, его длина 912 метров. Движение запустят весной."
BG = "Общинският съвет във Варна одобри бюджета за следващата година с 31 гласа „за“."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (RU.encode("utf-8"), RU),
        (codecs.BOM_UTF8 + RU.encode("utf-8"), RU),
        (RU.encode("utf-16"), RU),  # with BOM (native order)
        (codecs.BOM_UTF16_BE + RU.encode("utf-16-be"), RU),
        (RU.encode("utf-16-le"), RU),  # no BOM
        (RU.encode("utf-16-be"), RU),  # no BOM
        (RU.encode("cp1251"), RU),
        (RU.encode("koi8-r"), RU),
        (BG.encode("cp1251"), BG),
        ("Příliš žluťoučký kůň úpěl ďábelské ódy v Brně.".encode("cp1250"), None),
    ],
)
def test_encodings(data: bytes, expected: str | None) -> None:
    decoded = decode_bytes(data)
    if expected is None:
        assert "Brně" in decoded.text
    else:
        assert decoded.text == expected


def test_truncated_utf8_drops_only_the_cut_character() -> None:
    data = RU.encode("utf-8") + "Ж".encode()[:1]
    decoded = decode_bytes(data)
    assert decoded.text == RU
    assert decoded.warnings and "truncated" in decoded.warnings[0]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n\t \n", "empty file"),
        (bytes(range(256)) * 8, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
    ],
)
def test_not_text(data: bytes, message: str) -> None:
    with pytest.raises(DecodeError, match=message):
        decode_bytes(data)
