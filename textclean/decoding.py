"""Turn bytes into text: UTF-8 when it is, otherwise detect the encoding and say which."""

from __future__ import annotations

import codecs
from typing import NamedTuple

from charset_normalizer import CharsetMatch, from_bytes

from textclean.errors import DecodeError


class Decoded(NamedTuple):
    """Decoded text and the encoding it was read with."""

    text: str
    encoding: str


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, source: str = "input") -> Decoded:
    r"""
    Decode bytes: UTF-8 first, then the encoding charset-normalizer detects.

        >>> decode("café".encode())
        Decoded(text='café', encoding='utf-8')
        >>> decode("Привет, как дела? Всё хорошо, спасибо.".encode("cp1251")).encoding
        'cp1251'

    ``source`` names the input in the error raised when nothing fits.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"decode() takes bytes, got {type(data).__name__}")
    data = bytes(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                break
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    best = _best_match(data)
    if best is None:
        raise DecodeError(
            f"{source}: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) and no other "
            "encoding fits; convert it first, e.g. iconv -f ENCODING -t UTF-8"
        )
    return Decoded(str(best), best.encoding)


# charset-normalizer often scores several single-byte encodings the same on
# short text (cp1250 and cp1252 both decode "très"); break ties toward the
# encodings most used on the web.
_WEB_PREFERENCE = ("cp1252", "latin_1", "cp1251", "iso8859_15", "cp1250", "koi8_r", "cp1253")


def _best_match(data: bytes) -> CharsetMatch | None:
    matches = list(from_bytes(data))
    if not matches:
        return None
    top = matches[0]
    tied = [m for m in matches if (m.chaos, m.coherence) == (top.chaos, top.coherence)]

    def rank(match: CharsetMatch) -> int:
        encoding = match.encoding
        return (
            _WEB_PREFERENCE.index(encoding) if encoding in _WEB_PREFERENCE else len(_WEB_PREFERENCE)
        )

    return min(tied, key=rank)
