"""
Turn bytes into text: UTF-8 when it is, otherwise the reading that gives real words, and how sure.

Detectors score byte statistics, and on short text several code pages score
alike: French Windows-1252 read as Baltic cp1257 gives "trčs" for "très",
which a byte model may rate just as well. So each candidate reading (what
charset-normalizer proposes, and the common legacy code pages that decode
the bytes at all) is asked the question a reader would ask: are its words
real words? Only words with non-ASCII letters are compared, since the
readings agree on the rest. The lexicon (`textclean.lexicon`) answers, and
the share of those words it knows is the reading's confidence.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple

import regex

from textclean import lexicon
from textclean.errors import DecodeError


class Decoded(NamedTuple):
    """Decoded text, the encoding it was read with, and how sure that is (0 to 1) or unsure."""

    text: str
    encoding: str
    confidence: float = 1.0
    unsure: bool = False


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# The legacy code pages text on the web and in old archives is most often in,
# in the order that breaks ties (the most used first).
LEGACY = (
    "cp1252",
    "cp1251",
    "cp1250",
    "iso8859_15",
    "cp1257",
    "cp1253",
    "cp1254",
    "iso8859_2",
    "koi8_r",
    "koi8_u",
    "cp866",
    "mac_roman",
)
_PREFERENCE = {codecs.lookup(encoding).name: rank for rank, encoding in enumerate(LEGACY)}
# Enough words to judge; the lexicon need not read a whole book.
_SAMPLE_CHARS = 200_000
_LANGUAGE_WORDS = 2_000
_JUDGED_WORDS = 1_000
_CONTROL = regex.compile(r"[^\P{Cc}\t\n\r\f\v]")
_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")
# A reading is trusted when the lexicon knows at least this share of its
# non-ASCII words, and leads the next reading by this margin, over enough words.
_SURE_SHARE = 0.6
# The detector's choice gives way to a reading with more known words when at
# least half of that reading's non-ASCII words are known.
_OVERRIDE_SHARE = 0.5
_SURE_MARGIN = 0.2
_SURE_WORDS = 3


def decode(data: bytes, source: str = "input") -> Decoded:
    r"""
    Decode bytes: UTF-8 first, then the legacy reading whose words are real words.

        >>> decode("café".encode())
        Decoded(text='café', encoding='utf-8', confidence=1.0, unsure=False)
        >>> decode("Привет, как дела? Всё хорошо, спасибо.".encode("cp1251")).encoding
        'cp1251'
        >>> decode("Un café très crème, déjà brûlée.".encode("cp1252")).encoding
        'cp1252'

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
    # NULs are valid UTF-8, so text saved as UTF-16 without a BOM would read as
    # UTF-8 with a NUL after (or before) each letter: it is asked for first.
    if b"\x00" in data and (wide := _utf16_without_bom(data)) is not None:
        return wide
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    decoded = _best_reading(data)
    if decoded is None:
        raise DecodeError(
            f"{source}: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) and no other "
            "encoding fits; convert it first, e.g. iconv -f ENCODING -t UTF-8"
        )
    return decoded


# Text saved as UTF-16 without a BOM, in the scripts whose letters lie below
# U+0100 (Latin, digits, punctuation), puts a NUL in every other byte: in the
# high byte of each unit. Text in any 8-bit encoding or UTF-8 holds NULs
# rarely, and never in nine of ten places of one parity and none of the other.
_WIDE_ZERO_SHARE = 0.9


def _utf16_without_bom(data: bytes) -> Decoded | None:
    r"""
    ``data`` read as UTF-16 (LE or BE) when every other byte is mostly NUL, else None.

        >>> _utf16_without_bom("Hello, world".encode("utf-16-le"))
        Decoded(text='Hello, world', encoding='utf-16-le', confidence=0.9, unsure=False)
        >>> _utf16_without_bom(b"a\x00b") is None
        True
    """
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, letters, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if letters.count(0) or zeros.count(0) < _WIDE_ZERO_SHARE * len(zeros):
            continue
        try:
            return Decoded(data.decode(encoding), encoding, confidence=_WIDE_ZERO_SHARE)
        except UnicodeDecodeError:
            continue
    return None


def _readings(data: bytes) -> tuple[str, dict[str, str]]:
    """
    The detector's choice, and each distinct reading by the encoding that names it best.

    Encodings that give the same text are one reading, named by the most
    used code page among them (cp1252 rather than cp1250 for German, whose
    letters both place alike).
    """
    # Imported here, for bytes that are not UTF-8 only: its import (8 ms CPU)
    # would otherwise be paid by every process that imports textclean.
    from charset_normalizer import from_bytes  # noqa: PLC0415

    detected: str | None = None
    by_text: dict[str, str] = {}
    for match in from_bytes(data):
        text = str(match)
        detected = text if detected is None else detected
        by_text.setdefault(text, codecs.lookup(match.encoding).name)
    named_by_legacy: set[str] = set()
    for encoding in LEGACY:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text not in named_by_legacy:
            named_by_legacy.add(text)
            by_text[text] = codecs.lookup(encoding).name
    readings = {name: text for text, name in by_text.items()}
    return ("" if detected is None else by_text[detected]), readings


def _words_outside_ascii(text: str) -> tuple[list[str], list[str]]:
    """The first words (to tell the language) and the non-ASCII words to judge, both capped."""
    words = _WORD.findall(text, 0, _SAMPLE_CHARS)
    outside = [word for word in words if not word.isascii() and len(word) > 1]
    return words[:_LANGUAGE_WORDS], outside[:_JUDGED_WORDS]


def plausibility(text: str) -> tuple[int, int]:
    """
    How many of ``text``'s non-ASCII words its language knows, and how many it does not.

    Readings differ only in their non-ASCII bytes, so only words holding them
    are judged; single letters are left out, as a wrong code page makes
    stray letters of symbols ("»" read as "ŧ").

        >>> plausibility("un café très crème")
        (3, 0)
        >>> plausibility("un cafй trиs crиme")
        (0, 3)
    """
    words, outside = _words_outside_ascii(text)
    # A control character (C1 above all: 0x92 read as U+0092, not "’") is
    # never text, and counts as an unknown word.
    controls = len(_CONTROL.findall(text, 0, _SAMPLE_CHARS))
    if not outside:
        return 0, controls
    language, _ = lexicon.best_language(words)
    if language is None:
        return 0, len(outside) + controls
    known = round(lexicon.coverage(outside, language) * len(outside))
    return known, len(outside) - known + controls


def _share(score: tuple[int, int]) -> float:
    known, unknown = score
    return known / (known + unknown) if known + unknown else 0.0


def _best_reading(data: bytes) -> Decoded | None:
    detected, readings = _readings(data)
    scores = {encoding: plausibility(text) for encoding, text in readings.items()}

    def rank(encoding: str) -> tuple[int, int]:
        known, unknown = scores[encoding]
        preference = _PREFERENCE.get(encoding, len(_PREFERENCE))
        return known - unknown, -preference

    ranked = sorted(readings, key=rank, reverse=True)
    if not ranked or (not detected and _share(scores[ranked[0]]) < _SURE_SHARE):
        return None  # binary, or nothing the detector or the lexicon can vouch for
    best = ranked[0]
    if detected and (_share(scores[best]) < _OVERRIDE_SHARE or rank(best)[0] <= rank(detected)[0]):
        # No reading is clearly made of more known words (a script the
        # lexicon lacks, or names only): the detector's byte statistics decide.
        best = detected
    share = _share(scores[best])
    runner_up = max((_share(scores[e]) for e in ranked if e != best), default=0.0)
    count = sum(scores[best])
    unsure = share < _SURE_SHARE or share - runner_up < _SURE_MARGIN or count < _SURE_WORDS
    return Decoded(readings[best], best, round(share, 2), unsure=unsure and len(readings) > 1)
