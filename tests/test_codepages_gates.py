"""
fix_legacy_codepage's cheap gates leave a text only where the full path would leave it too.

(And fix_encoding's gate, which asks Russian and Greek lines one by one.)

Each gate clears genuine text before any word is looked up or pair scored.
Each is checked against the filter with that gate shut (every text taken
the full path): on real translations in many languages, genuine, with
look-alike letters planted, and mixed up by every pair.
"""

import gzip
import json
import random
from collections.abc import Callable
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from textclean._filters import _orthography, codepages, encoding
from textclean._filters.codepages import PAIRS, fix_legacy_codepage
from textclean.scan import notable_chars

DATA = Path(__file__).resolve().parent / "data" / "translations.jsonl.gz"
TRANSLATIONS = [
    json.loads(line)["text"] for line in gzip.decompress(DATA.read_bytes()).decode().splitlines()
]
# Cyrillic letters and the Latin ones that look like them, as look-alike text plants them.
_CYRILLIC_TWINS = "аеорсхуАЕОРСХВНКМТ"
_LATIN_TWINS = "aeopcxyAEOPCXBHKMT"
_TO_LATIN = str.maketrans(_CYRILLIC_TWINS, _LATIN_TWINS)
_TO_CYRILLIC = str.maketrans(_LATIN_TWINS, _CYRILLIC_TWINS)
_CYRILLIC = [text for text in TRANSLATIONS if any("а" <= char <= "я" for char in text)]
_LATIN = [text for text in TRANSLATIONS if text.isascii() or "à" <= max(text) <= "ž"]


def _with_twins(text: str, seed: int, share: float) -> str:
    """``text`` with about ``share`` of its Cyrillic letters that have Latin twins swapped for them."""
    rng = random.Random(seed)
    return "".join(
        char.translate(_TO_LATIN) if char in _CYRILLIC_TWINS and rng.random() < share else char
        for char in text
    )


def _with_twin_words(text: str, seed: int, share: float) -> str:
    """``text`` with about ``share`` of its words written with Cyrillic look-alikes, as spam does."""
    rng = random.Random(seed)
    return " ".join(
        word.translate(_TO_CYRILLIC) if rng.random() < share else word for word in text.split(" ")
    )


def _mix_up(text: str, pair: codepages.Pair | None) -> str:
    """The text saved in the pair's code page and read in the other, where it can be."""
    if pair is None:
        return text
    try:
        return text.encode(pair.saved).decode(pair.read)
    except UnicodeError:
        return text


def _cleared_by(text: str, scan: object, gate: Callable[[str], bool]) -> bool:
    """Whether the filter is left by ``gate``: asked where ``scan`` finds first."""
    verdict = codepages._plainly_genuine(notable_chars(text))
    scans = codepages._telltale_scans(text)
    return codepages._first_finding(text, verdict, scans) is scan and gate(text)


def _twins_gate_clears(text: str) -> bool:
    """Whether the filter is left by _latin_twins_only: asked where the Cyrillic scan finds first."""
    return _cleared_by(text, codepages._CYRILLIC_TELLTALE, codepages._latin_twins_only)


def _read_back_gate_clears(text: str) -> bool:
    """Whether the filter is left by _cyrillic_read_as_no_language (see _twins_gate_clears)."""
    return _cleared_by(text, codepages._CYRILLIC_IN_LATIN, codepages._cyrillic_read_as_no_language)


def _full_path(text: str) -> str:
    """The filter with the look-alike gates shut: every flagged text's words looked up."""
    with (
        mock.patch.object(codepages, "_latin_twins_only", return_value=False),
        mock.patch.object(codepages, "_cyrillic_read_as_no_language", return_value=False),
        mock.patch.object(codepages, "_cyrillic_acronyms_only", return_value=False),
    ):
        return fix_legacy_codepage(text)


# Paragraphs of Cyrillic translations (a document's lines), then twins planted, then maybe mixed up.
_TWIN_TEXTS = st.builds(
    lambda texts, seed, share, pair: _mix_up(_with_twins("\n".join(texts), seed, share), pair),
    st.lists(st.sampled_from(_CYRILLIC), min_size=1, max_size=24),
    st.integers(0, 2**32),
    st.floats(0, 0.5),
    st.sampled_from([None, None, None, *PAIRS]),
)


class TestLatinTwinsOnly:
    """Mostly Cyrillic text whose only telltales are Latin look-alikes in its words."""

    @pytest.mark.parametrize(
        "text",
        [
            "Мы обсудили прогрaммирoвание и пpоблемы с нaшими коллегaми вчера.",
            "pабствo и paбoторговля запрещаются во всех их видах.",
            "Базы NoSQL хранят дaнные иначе, чем реляционные.",  # a Latin word's own capitals
        ],
    )
    def test_lookalike_text_is_cleared_by_the_gate(self, text):
        """Latin twins planted in Russian: left in one pass, and the full path leaves it too."""
        text = "\n".join([text] * 6)  # (a text of some length: see _TWINS_TEXT)
        assert _twins_gate_clears(text)
        assert codepages.fix_legacy_codepage(text) == text == _full_path(text)

    @pytest.mark.parametrize(
        "text",
        [
            "%(delta)s тому\n%(count)sКгодину тому\n%(count)sКсекунда вґд цього часу",
            "ЮЕТЕЪ %(count)sљУЕЛХОДХ\n%(num)d ОЕДЕМА",
            "Программа zгpущена",
        ],
    )
    def test_other_telltales_keep_the_gate_shut(self, text):
        """A capital after a small letter, or a Latin letter no Cyrillic one looks like: not cleared."""
        text = "\n".join([text, _with_twins(" ".join(_CYRILLIC[:40]), 1, 0.2)])
        assert len(text) >= codepages._TWINS_TEXT
        assert not codepages._latin_twins_only(text)

    def test_a_few_words_are_not_cleared(self):
        """A short text is judged on its words: ``Ідo`` is DOS Russian read as Windows-1251."""
        assert not codepages._latin_twins_only("Ідo")

    def test_mostly_ascii_text_is_not_asked(self):
        """Western text read as Windows-1251 holds Cyrillic letters among Latin ones: left to the scans."""
        text = "Le café est très réputé, déjà célèbre à Paris. " * 6
        shown = text.encode("cp1252").decode("cp1251")
        assert not codepages._latin_twins_only(shown)
        assert fix_legacy_codepage(shown) != shown

    @given(_TWIN_TEXTS)
    @example("%(count)sКгодину тому\n" * 20)
    @example("Ïðèâåò, ìèð! Прoграмма\n" * 20)
    def test_where_the_gate_clears_a_text_the_full_path_leaves_it(self, text):
        """The gate only ever saves work: the filter's output is the full path's."""
        if _twins_gate_clears(text):
            assert _full_path(text) == text
        assert fix_legacy_codepage(text) == _full_path(text)

    def test_translations_come_out_as_on_the_full_path(self):
        """Cyrillic translations, 12 a text, with twins planted and mixed up by every 4th pair."""
        lines = _CYRILLIC[::3]
        texts = [
            _with_twins("\n".join(lines[start : start + 12]), start, 0.3)
            for start in range(0, len(lines), 12)
        ]
        texts += [_mix_up(text, pair) for text in texts[::7] for pair in PAIRS[::4]]
        cleared = [text for text in texts if _twins_gate_clears(text)]
        assert len(cleared) > len(texts) // 4  # the gate has work to do on such text
        assert [fix_legacy_codepage(text) for text in texts] == [_full_path(t) for t in texts]


def _acronyms_gate_clears(text: str) -> bool:
    """Whether the filter is left by _cyrillic_acronyms_only (see _twins_gate_clears)."""
    return _cleared_by(text, codepages._CYRILLIC_TELLTALE, codepages._cyrillic_acronyms_only)


# Names written in capitals and small letters, as Russian and Ukrainian news write them.
_MIXED_CASE_NAMES = ["КамАЗ", "ЮУрГУ", "МинЧС", "ВолгаИнформ", "КрасЭйр", "АиФ", "ЛогоВАЗу"]


def _with_names(text: str, seed: int) -> str:
    """``text`` with a mixed-case name put before some of its words."""
    rng = random.Random(seed)
    words = text.split(" ")
    for _ in range(1 + len(words) // 20):
        words.insert(rng.randrange(len(words) + 1), rng.choice(_MIXED_CASE_NAMES))
    return " ".join(words)


# Paragraphs of Cyrillic translations with mixed-case names, and a pair to mix them up by.
_NAME_TEXTS = st.tuples(
    st.builds(
        lambda texts, seed: _with_names("\n".join(texts), seed),
        st.lists(st.sampled_from(_CYRILLIC), min_size=1, max_size=12),
        st.integers(0, 2**32),
    ),
    st.sampled_from(PAIRS),
)


class TestCyrillicAcronymsOnly:
    """Cyrillic text whose only telltales are names in capitals and small letters (``КамАЗ``)."""

    @pytest.mark.parametrize(
        "text",
        [
            "Завод КамАЗ и ЮУрГУ подписали новый договор о подготовке инженеров для производства.",
            "По данным МинЧС, пожар на складе потушили за два часа, пострадавших нет.",
            "Cайт агентства ВолгаИнформ сообщает, что авиакомпания КрасЭйр отменила рейсы.",
            # Short words bound to the next by no-break spaces, as Russian typography does.
            "Он в\xa0целом согласен, но\xa0всё же не\xa0покидает мысль о\xa0новом договоре.",
        ],
    )
    def test_names_among_known_words_are_cleared_by_the_gate(self, text):
        """Left before any pair is scored, and the full path leaves the text too."""
        assert _acronyms_gate_clears(text)
        assert codepages.fix_legacy_codepage(text) == text == _full_path(text)

    @pytest.mark.parametrize(
        "text",
        [
            "аналитиковАналитики считают, что новый договор о подготовке инженеров подпишут.",
            "кАзла видели на дороге возле завода, где строят новые грузовики для армии.",
            "Завод КамАЗ и ЮУрГУ",  # too few small words to tell their language
            "Завод КамDЗ и ЮУрГУ подписали новый договор о подготовке инженеров.",  # Latin D
        ],
    )
    def test_other_words_keep_the_gate_shut(self, text):
        """Led by a small letter, too few small words, or a Latin letter: left to the scoring."""
        assert not codepages._cyrillic_acronyms_only(text)

    def test_a_case_swapping_mix_up_is_still_repaired(self):
        """KOI8-R and Windows-1251 read as each other: the small words are shuffled capitals."""
        text = (
            "Завод КамАЗ и ЮУрГУ подписали новый договор о подготовке инженеров для производства."
        )
        for saved, read in (("koi8-r", "cp1251"), ("cp1251", "koi8-r"), ("cp866", "cp1251")):
            shown = text.encode(saved).decode(read)
            assert not codepages._cyrillic_acronyms_only(shown)
            assert fix_legacy_codepage(shown) == text

    @given(_NAME_TEXTS)
    @example(
        ("Завод КамАЗ и ЮУрГУ подписали новый договор о подготовке инженеров.\n" * 3, PAIRS[0])
    )
    def test_the_gate_clears_genuine_text_only(self, case):
        """
        It leaves genuine text, as it is; never one a pair mixed up.

        (Where the full path scores genuine text, it may misread a short
        line, ``АиФ авг`` as ``Ршд рту``: the gate, asked first, saves that.)
        """
        text, pair = case
        if _acronyms_gate_clears(text):
            assert codepages.fix_legacy_codepage(text) == text
        shown = _mix_up(text, pair)
        if shown != text:
            assert not _acronyms_gate_clears(shown)

    def test_translations_come_out_as_on_the_full_path(self):
        """
        Cyrillic translations with names, 6 a text, genuine and mixed up by every 3rd pair.

        As on the full path, or left as they are where the gate clears them:
        the full path misreads 2 of these 1,170 texts' names (``релации АиФ``
        as ``релации ји‘``), the gate leaves them.
        """
        lines = _CYRILLIC[::3]
        texts = [
            _with_names("\n".join(lines[start : start + 6]), start)
            for start in range(0, len(lines), 6)
        ]
        texts += [_mix_up(text, pair) for text in texts[::5] for pair in PAIRS[::3]]
        cleared = [text for text in texts if _acronyms_gate_clears(text)]
        assert len(cleared) > len(texts) // 10  # the gate has work to do on such text
        differing = [text for text in texts if fix_legacy_codepage(text) != _full_path(text)]
        assert all(text in cleared and fix_legacy_codepage(text) == text for text in differing)
        assert len(differing) <= 2


# Paragraphs of Latin-script translations, some words written with Cyrillic look-alikes,
# then maybe mixed up (Western text read as Windows-1251 makes Cyrillic letters too).
_TWIN_WORD_TEXTS = st.builds(
    lambda texts, seed, share, pair: _mix_up(_with_twin_words("\n".join(texts), seed, share), pair),
    st.lists(st.sampled_from(_LATIN), min_size=1, max_size=12),
    st.integers(0, 2**32),
    st.floats(0, 0.5),
    st.sampled_from([None, None, None, *codepages._READ_AS_CYRILLIC, *PAIRS]),
)


class TestCyrillicReadAsNoLanguage:
    """Latin text whose only telltales are Cyrillic look-alikes no pair can have made."""

    def test_english_with_lookalikes_is_cleared_by_the_gate(self):
        """``а``, ``е``, ``о``, ``р``, ``с`` read back as Windows-1252 are ``à``, ``å``, ``î``, ``ð``, ``ñ``."""
        text = "The Russiаn stаte аnnоunсed а pаrtiаl mоbilizаtiоn, sаys the rероrt."
        assert _read_back_gate_clears(text)
        assert codepages.fix_legacy_codepage(text) == text == _full_path(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Il y а deux chаts.",  # ``à``: French
            "The Russiаn stаte, sаys the rеpоrt.",  # ``à``, ``î``: French but for ``å``
            "Schon im Sommer schien die Vertragsverlдngerung fьr Gйrard sicher.",  # ``д``: no twin
            "Le café est très réputé".encode("cp1252").decode("cp1251"),
        ],
    )
    def test_letters_of_one_language_keep_the_gate_shut(self, text):
        """What a pair reads back as one language's letters, or Cyrillic no Latin letter looks like."""
        assert not codepages._cyrillic_read_as_no_language(text)

    @given(_TWIN_WORD_TEXTS)
    @example("Vous avez dаns votre pаnier " * 3)
    def test_where_the_gate_clears_a_text_the_full_path_leaves_it(self, text):
        """The gate only ever saves work: the filter's output is the full path's."""
        if _read_back_gate_clears(text):
            assert _full_path(text) == text
        assert fix_legacy_codepage(text) == _full_path(text)

    def test_translations_come_out_as_on_the_full_path(self):
        """Latin-script translations, 6 a text, with look-alike words, and mixed up by every 3rd pair."""
        lines = _LATIN[::7]
        texts = [
            _with_twin_words("\n".join(lines[start : start + 6]), start, 0.3)
            for start in range(0, len(lines), 6)
        ]
        texts += [_mix_up(text, pair) for text in texts[::9] for pair in PAIRS[::3]]
        cleared = [text for text in texts if _read_back_gate_clears(text)]
        assert len(cleared) > len(texts) // 4  # the gate has work to do on such text
        assert [fix_legacy_codepage(text) for text in texts] == [_full_path(t) for t in texts]


class TestOrthography:
    """A text's letters are one language's when its orthography writes them all, frequent or not."""

    @pytest.mark.parametrize(
        "text",
        [
            "Le Père Noël, naïf, est déjà là où il faut.",  # French ``ï`` with ``à ù``
            "Lætitia habite à L'Haÿ-les-Roses.",  # French ``æ ÿ``
            "Det är så här: Stråhle går på kafé à la carte.",  # Swedish ``à``
            "Han så på ham, og hun gikk òg dit, på tvers, få år.",  # Norwegian ``ò``
        ],
    )
    def test_genuine_text_of_rare_letters_is_one_languages_and_left(self, text):
        """Letters its frequent words hold too few of (the lexicon's alphabet lacks them)."""
        chars = notable_chars(text)
        lang_letters = {c.casefold() for c in chars if c.isalpha()}
        assert any(not lang_letters <= codepages._alphabet(lang)[0] for lang in ("fr", "sv", "nb"))
        assert not codepages._latin_letters_of_no_language(chars)
        assert codepages.fix_legacy_codepage(text) == text

    def test_the_table_is_generated_and_names_its_source(self):
        """The orthographies come from scripts/gen_orthography.py, which names the release read."""
        assert codepages._ORTHOGRAPHY is _orthography.ORTHOGRAPHY
        assert "gflanguages==0.7.11" in (_orthography.__doc__ or "")
        assert {"fr", "cs", "it", "sh"} <= set(codepages._ORTHOGRAPHY)
        assert all(
            letters == "".join(sorted(letters)) for letters in _orthography.ORTHOGRAPHY.values()
        )

    def test_the_table_holds_small_letters_outside_ascii_of_latin_languages(self):
        for lang, letters in codepages._ORTHOGRAPHY.items():
            assert lang in codepages._LATIN_LANGUAGES
            assert len(set(letters)) == len(letters)
            assert all(c.isalpha() and not c.isascii() and c.casefold() == c for c in letters)

    @given(
        st.sampled_from(sorted(codepages._ORTHOGRAPHY)).flatmap(
            lambda lang: st.text(
                st.sampled_from("abcdefghijklmnopqrstuvwxyz " + codepages._ORTHOGRAPHY[lang]),
                min_size=1,
            )
        )
    )
    def test_any_text_of_one_orthographys_letters_is_one_languages(self, text):
        """Capitals too: the check casefolds."""
        for variant in (text, text.upper(), text.title()):
            assert not codepages._latin_letters_of_no_language(notable_chars(variant))


# Translations in every language, and the same as UTF-8 read in a code page (mojibake).
_MOJIBAKE_OR_NOT = st.builds(
    lambda texts, codec: (
        "\n".join(texts)
        if codec is None
        else "\n".join(texts).encode("utf-8").decode(codec, errors="replace")
    ),
    st.lists(st.sampled_from(TRANSLATIONS), min_size=1, max_size=8),
    st.sampled_from([None, *encoding._MISREAD_CODECS]),
)


class TestEncodingGateLineByLine:
    """fix_encoding's gate asks mostly Cyrillic or Greek text's lines alone, not the text first."""

    @given(_MOJIBAKE_OR_NOT)
    @example("Ð¿Ñ€Ð¸Ð²ÐµÑ‚\nпривет")
    def test_a_line_the_gate_finds_is_found_in_the_text(self, text):
        """What the scan of the whole text was asked first for: a line it finds in, it finds in too."""
        gate = encoding._misread_gate()
        undoable = next(encoding._undoable_lines(text, 0, len(text)), None) is not None
        if undoable:
            assert gate.search(text) is not None
            runs = encoding._gate_text(text, lone=False)
            assert runs
            assert gate.search(runs) is not None
        assert encoding._holds_undoable_line(text) == undoable


# Damage the blind set bench/blind13l found in the default profile (round 13): a formula
# mixing a Greek letter with Latin letters and a digit or superscript, in English prose, was
# read as Windows-1252 shown as DOS 437 (``πr²`` to ``ãrý``). A mix-up's own words mixing
# scripts (``nπo``) still go to the scoring; the Cyrillic and Greek repairs are kept.
@pytest.mark.parametrize(
    "text",
    [
        "The area of a circle is πr².",
        "A = πr²",
        "Use πr² for the area, not 2πr.",
        "The receptor subunit IL2Rγ binds it, and α1β2 does not.",
    ],
)
def test_formula_with_greek_letter_is_left(text):
    assert codepages.fix_legacy_codepage(text) == text
    assert codepages.fix_legacy_codepage.explain(text) == (text, ())


@pytest.mark.parametrize(
    ("original", "saved", "read"),
    [
        ("Привет мир, как дела в 2024 году?", "cp1251", "cp1252"),
        ("Ελληνικά κείμενα 2024", "cp1253", "cp1252"),
    ],
)
def test_mix_ups_with_digits_are_still_repaired(original, saved, read):
    assert codepages.fix_legacy_codepage(original.encode(saved).decode(read)) == original
