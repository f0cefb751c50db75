"""
The work fix_encoding and fix_legacy_codepage remember or skip gives what doing it anew gives.

Each shortcut (a word found once for the hits inside it, answers kept per
word or per plan) is checked against the plain computation it stands for,
on text that reaches its edges: words as long as the reach, hits at line
and text ends, scripts mixed inside words.
"""

import re
import unicodedata
from string import ascii_lowercase

import ftfy
import ftfy.bad_codecs  # registers sloppy-windows-1252
from hypothesis import example, given
from hypothesis import strategies as st

from textclean import lexicon
from textclean._filters import codepages, encoding
from textclean.scan import non_plain, notable_chars

# Latin and Cyrillic letters (look-alikes among them), accented letters,
# the symbols the telltale scans look for, spaces and ASCII punctuation.
_LETTERS = "aeopcxiAEOPCXyzqáèöüçñаеорсхуАЕОРСХйпжЖЯщ¤¦§©«¬®°±µ¶·№»…†‡€‰‹›•™‘’“”–—"
_TEXT = st.text(st.sampled_from(_LETTERS + "  .,-'\n"), max_size=300)
_LONG_WORDS = st.lists(
    st.text(st.sampled_from(_LETTERS), min_size=1, max_size=2 * codepages._REACH + 5),
    max_size=6,
).map(" ".join)


_WORD_CHAR = re.compile(f"[{codepages._WORD_CHAR}]")


def _word_around_anew(text: str, at: int) -> tuple[int, int]:
    """The run of word characters around ``at``, within the reach of it, a character at a time."""
    low, high = max(0, at - codepages._REACH), min(len(text), at + codepages._REACH)
    start = end = at
    while start > low and _WORD_CHAR.match(text, start - 1):
        start -= 1
    while end < high and _WORD_CHAR.match(text, end):
        end += 1
    return start, end


def _flagged_words_anew(text: str) -> list[str]:
    """_flagged_words as it was: the word around every hit looked up afresh."""
    found = []
    for scan in codepages._telltale_scans(text, for_words=True):
        for hit in scan.finditer(text):
            word = text[slice(*_word_around_anew(text, hit.start()))]
            if not word.isascii():
                found.append(codepages._trim(word))
    return found


class TestFlaggedWords:
    @given(st.one_of(_TEXT, _LONG_WORDS))
    @example("прогрaмма " * 3)
    @example("mоbilizаtiоn" + "о" * codepages._REACH)
    @example("Ïðèâåò" * 20)
    def test_a_word_found_once_for_its_hits_is_the_word_each_hit_finds(self, text):
        """A hit inside the last word found (shorter than the reach) has that word around it."""
        every = _flagged_words_anew(text)
        assert codepages._flagged_words(text, len(text) + 1) == every
        assert codepages._flagged_words(text) == every[: codepages._MAX_WORDS]

    @given(st.one_of(_TEXT, _LONG_WORDS), st.integers(min_value=0, max_value=400))
    @example("a.b " + "é" * 50, 2)
    def test_the_word_around_a_position_is_its_run_of_word_characters(self, text, at):
        """Found from the spaces, or by scans where other characters stand between, it is the run."""
        at = min(at, len(text))
        assert codepages._word_around(text, at) == _word_around_anew(text, at)


def _looks_genuine_anew(text: str) -> bool:
    """_looks_genuine as it was: readings worked out anew, each language's lexicon asked in turn."""
    words = _flagged_words_anew(text)[: codepages._MAX_WORDS]
    if not words:
        return False
    fold = codepages._written_with_lookalikes(words)
    readings = [
        () if codepages._odd_case(w) else (codepages._readings(w) if fold else (lexicon.key(w),))
        for w in words
    ]
    # Every language's table asked in turn, as before the lexicon's index.
    return any(
        sum(
            1
            for keys in readings
            if keys is codepages._CYRILLIC_WITH_LATIN or not table.keys().isdisjoint(keys)
        )
        / len(words)
        >= codepages._GENUINE
        for table in map(lexicon.words, lexicon.LANGUAGES)
    )


class TestLooksGenuine:
    @given(_TEXT)
    @example("The mоbilizаtiоn of the army, прогрaмма")
    @example("Ïðèâåò, êàê äåëà? Ñåãîäíÿ ÿ ðàáîòàþ äîìà.")
    @example("Þetta er með öllu rétt")
    def test_remembered_word_facts_give_the_same_verdict(self, text):
        """Readings kept per word, from earlier texts, decide as readings worked out anew."""
        assert codepages._looks_genuine(text) == _looks_genuine_anew(text)

    def test_word_facts_stay_bounded(self, monkeypatch):
        """A stream of distinct words empties the table instead of growing it past its limit."""
        monkeypatch.setattr(codepages, "_WORD_FACTS", {})
        monkeypatch.setattr(codepages, "_READINGS", {})
        monkeypatch.setattr(codepages, "_FLAGGED_WORDS", {})
        monkeypatch.setattr(codepages, "_WORD_FACTS_LIMIT", 5)
        for number in range(20):
            codepages._word_facts(f"wоrd{number}")
            codepages._word_readings(f"wоrd{number}")
            codepages._flagged_word(f"wоrd{number}")
        assert 0 < len(codepages._WORD_FACTS) <= 5
        assert 0 < len(codepages._READINGS) <= 5
        assert 0 < len(codepages._FLAGGED_WORDS) <= 5


class TestSampleWords:
    @given(st.text(st.sampled_from(_LETTERS + ".,'"), max_size=20))
    @example("castell…")
    @example("poichè")
    def test_a_remembered_sample_word_is_the_word_worked_out_anew(self, token):
        """The trimmed word, and whether some language knows it, as _unflagged_suspect asked."""
        word = codepages._trim(token)
        known = None if word.isascii() else codepages._known_anywhere(lexicon.key(word))
        assert codepages._sample_word(token) == (word, known)


def _brings_unwanted_anew(line: str, fixed: str) -> bool:
    new = set(non_plain(fixed)) - set(line)
    return any(unicodedata.category(char) in encoding._UNWANTED_CATEGORIES for char in new)


class TestBringsUnwanted:
    @given(
        st.text(st.characters(max_codepoint=0xFFFF), max_size=30),
        st.text(st.characters(max_codepoint=0xFFFF), max_size=30),
    )
    @example("а®Ґ", "\u0ba5")
    @example("x\x85", "x\x85")
    @example("Ã©", "é\ue000")
    def test_the_same_answer_as_a_set_of_the_line(self, line, fixed):
        """Characters seen to be wanted, passed over, never hide an unwanted one the line lacks."""
        assert encoding._brings_unwanted(line, fixed) == _brings_unwanted_anew(line, fixed)

    def test_wanted_characters_stay_bounded(self, monkeypatch):
        """The characters remembered as wanted stop at the limit."""
        monkeypatch.setattr(encoding, "_WANTED", set())
        monkeypatch.setattr(encoding, "_WANTED_LIMIT", 3)
        assert not encoding._brings_unwanted("", "éèêëā")
        assert len(encoding._WANTED) == 3


class TestRepeatedLines:
    def test_a_line_met_again_is_repaired_once(self, monkeypatch):
        """Fifty copies of a damaged line and three of another cost two repairs, as ftfy makes them."""
        calls = []
        line_repair = encoding._line_repair

        def counted(line, config, *, simple):
            calls.append(line)
            return line_repair(line, config, simple=simple)

        monkeypatch.setattr(encoding, "_line_repair", counted)
        # Lines of clean accented text between them: each is repaired alone.
        text = "Â x\nnaïve\n" * 50 + "cafÃ© au lait\nnaïve\n" * 3 + "Â x"
        assert encoding.fix_encoding(text) == ftfy.fix_text(text, encoding.FTFY_ENCODING_ONLY)
        assert sorted(set(calls)) == sorted(calls) == ["cafÃ© au lait\n", "Â x", "Â x\n"]


# Every character the Latin telltales are led by, the letters their branches
# name more often, and the ASCII letters, digits and spaces they look at.
_TELLTALE_TEXT = st.text(
    st.sampled_from(sorted(codepages._LATIN_LEADS))
    | st.sampled_from("ìðþýõèïµ…æøòùëçËÈÌÒÙÐÞ·¾½¼³²¹ˆŸ†‡ÄÉáéüß")
    | st.sampled_from("aelmszbk Z0."),
    max_size=40,
)


def _plain_telltale() -> re.Pattern[str]:
    return re.compile(f"[{codepages._LATIN_LEAD}](?:{'|'.join(codepages._LATIN_TELLTALES)})")


class TestTelltaleScan:
    def test_scan_finds_what_the_plain_alternation_finds_around_each_lead(self):
        """Each character the scan is led by, in every context a branch asks for: the same hits."""
        plain = _plain_telltale()
        before = ("", " ", "a", "aa", "a ", "0", "à", "aè")
        after = ("", " ", "a", "b", "e", "s", "0", "àà", " a", "a ")
        for lead in sorted(codepages._LATIN_LEADS):
            for head in before:
                for tail in after:
                    text = head + lead + tail
                    assert [hit.start() for hit in codepages._LATIN_TELLTALE.finditer(text)] == [
                        hit.start() for hit in plain.finditer(text)
                    ], text

    @given(_TELLTALE_TEXT)
    @example("nÄ ì a ò e · la kð Ý x õa ç b a È a ¾ 1")
    def test_scan_finds_what_the_plain_alternation_finds(self, text):
        """The branches tried behind one test of their lead letter match where the plain ones do."""
        plain = re.compile(f"[{codepages._LATIN_LEAD}](?:{'|'.join(codepages._LATIN_TELLTALES)})")
        assert [hit.start() for hit in codepages._LATIN_TELLTALE.finditer(text)] == [
            hit.start() for hit in plain.finditer(text)
        ]


class TestGateAnswers:
    @given(_TEXT)
    def test_remembered_answer_is_the_answer(self, text):
        """The gate's answer asked twice of the same objects is its answer for them."""
        chars = notable_chars(text)
        first = codepages.may_change_text(text, chars)
        assert codepages.may_change_text(text, chars) == first
        assert codepages.may_change_text.__wrapped__(text, chars) == first

    @given(_TEXT)
    @example("Ãx")
    @example("slovo ї")
    def test_unflagged_text_is_searched_only_where_it_can_match(self, text):
        """Where no character _NOT_UNFLAGGED is led by stands, it finds nothing."""
        if codepages._NOT_UNFLAGGED_LEADS.isdisjoint(notable_chars(text)):
            assert codepages._NOT_UNFLAGGED.search(text) is None


# Accented letters, the characters the mojibake and code-page gates look
# for (leads and continuations of UTF-8 in the code pages, "’" before "é" in
# Mac Roman), Cyrillic and Greek letters, spaces and ASCII.
_RUN_TEXT = st.text(
    st.sampled_from("éèàçœŒ’“”«»\xa0ÄÖÜßąęłńśźżčřšžůýáíňťďΆΈάέπαБВГРСвЂ├╝¶·€™°±µ¼½¾ÐÞðþ")
    | st.sampled_from("ab x.\n"),
    max_size=40,
)


# What ftfy's detector may flag alone: C1 controls, "Ã" and "Â", "œ" before no letter.
_LONE_TEXT = st.text(st.sampled_from("ÃÂœŒ\x81\x9cé ab.\n"), max_size=10)


def _as_mojibake(text: str) -> str:
    """``text``'s UTF-8 read as Windows-1252, as the bench's mojibake documents are made."""
    return text.encode("utf-8").decode("sloppy-windows-1252")


def _gates_on_runs(runs: str) -> tuple[bool, bool]:
    return (
        encoding._maybe_bad_pattern(before_ascii=False).search(runs) is not None,
        encoding._misread_gate().search(runs) is not None,
    )


class TestQuietRuns:
    @given(st.lists(_RUN_TEXT, min_size=1, max_size=4))
    @example(["Příliš žluťoučký kůň", "s’écouler d’être", "cafÃ© ├╝"])
    @example(["naïve café", "naïve ÐÞ"])
    def test_runs_remembered_quiet_give_the_gates_the_answers_of_all_runs(self, texts):
        """Texts asked in turn: each text's unsettled runs give both gates what all its runs give."""
        for text in texts:
            if not encoding._ALONE_IN_RUNS.isdisjoint(notable_chars(text)):
                continue  # (the lone characters: all the runs are asked of)
            runs = encoding._gate_text(text, lone=False)
            assert _gates_on_runs(runs) == _gates_on_runs(encoding.non_ascii_runs(text)), text

    @given(st.lists(_RUN_TEXT | _RUN_TEXT.map(_as_mojibake) | _LONE_TEXT, min_size=1, max_size=4))
    @example(["Příliš žluťoučký kůň", "Ã© café", "cœur «\xa0oui\xa0»", "cafÃ©\nx"])
    def test_a_text_of_quiet_runs_has_no_bad_line(self, texts):
        """_has_bad_line, asked in turn, answers as ftfy's detector on each line."""
        for text in texts:
            lines = text.split("\n")
            flagged = any(
                ftfy.badness.is_bad(line + "\n" * (index < len(lines) - 1))
                for index, line in enumerate(lines)
            )
            assert encoding._has_bad_line(text, notable_chars(text)) == flagged, text

    def test_quiet_runs_stay_bounded(self, monkeypatch):
        """A stream of distinct runs empties the set instead of growing it past its limit."""
        monkeypatch.setattr(encoding, "_QUIET_RUNS", set())
        monkeypatch.setattr(encoding, "_QUIET_RUNS_LIMIT", 4)
        for letter in "áéíóúýčďěňřšťž":
            assert encoding._gate_text(f"a{letter}{letter} b", lone=False) == ""
        assert 0 < len(encoding._QUIET_RUNS) <= 4


class TestWholeDocument:
    def test_a_document_damaged_throughout_is_not_decoded_whole(self, monkeypatch):
        """Runs of damaged lines transcoded at once, ASCII between them: no line asks for it."""
        calls = []
        whole_document = encoding.FixEncoding._whole_document

        def counted(self, text):
            calls.append(text)
            return whole_document(self, text)

        monkeypatch.setattr(encoding.FixEncoding, "_whole_document", counted)
        text = "Ã‰tÃ© Ã  Paris\n\nLa cafÃ©tÃ©ria est ouverte.\n"
        assert encoding.fix_encoding(text) == "Été à Paris\n\nLa cafétéria est ouverte.\n"
        assert calls == []
        # A clean line holding what the document's plan changes asks for it.
        text += "Hinzugef├╝gt\n"
        encoding.fix_encoding(text)
        assert calls == [text]


# Letters, digits and spaces around the punctuation and dashes a pair shows letters as.
_AROUND_LEADS = "aZéßΩя1 _-.\n"
_LEADS = "".join(sorted(codepages._PUNCT_FROM_LETTERS | codepages._DASHES_FROM_LETTERS))


class TestMatchesAtLeads:
    def test_the_leads_are_outside_ascii(self):
        """notable_chars holds every character outside ASCII, so it holds each lead a text has."""
        assert all(ord(char) > 0x7F for char in _LEADS)

    @given(st.text(st.sampled_from(_AROUND_LEADS + _LEADS[::7] + "–—•“”„"), max_size=200))
    @example("a—b " * 40 + "ab—c")
    @example("“x” " * 30 + "za¤b")
    @example("a" + "¤" * 70 + "b")
    @example("a" + "¤" * 70 + " b")
    def test_asking_at_the_leads_finds_what_the_scan_finds(self, text):
        """Asked where each lead stands, or by its own scan where they crowd, a pattern says the same."""
        chars = notable_chars(text)
        punctuation = codepages._PUNCT_FROM_LETTERS.intersection(chars)
        found = codepages._matches_at_leads(
            codepages._PUNCT_INSIDE_WORD,
            text,
            punctuation,
            codepages._PUNCT_WINDOW,
            codepages._PUNCT_FROM_LETTERS,
        )
        assert found == (codepages._PUNCT_INSIDE_WORD.search(text) is not None)
        dashes = codepages._DASHES_FROM_LETTERS.intersection(chars)
        found = codepages._matches_at_leads(codepages._DASH_BY_A_LETTER, text, dashes)
        assert found == (codepages._DASH_BY_A_LETTER.search(text) is not None)


# Words and lines as the scores see them: Latin, accented, Cyrillic and Greek
# letters, what mix-ups show letters as, typography, and Romanian cedillas.
_SCORED_LETTERS = _LETTERS + "ÏðèâåòşţŞŢßŐőĄąαβγΣσςİı"
_SCORED_WORD = st.text(st.sampled_from(_SCORED_LETTERS), min_size=1, max_size=12)
_LANGUAGE_SETS = sorted({
    langs for pair in codepages.PAIRS for langs in (pair.languages, pair.read_languages)
})  # fmt: skip


def _plausibility_anew(words: list[str], languages: tuple[str, ...]) -> float:
    model = codepages._letter_pairs(languages)
    scores = [
        model.get(padded[i : i + 2], codepages._UNSEEN)
        for word in words
        for padded in [f" {codepages._spelled_for(word.casefold(), languages)} "]
        for i in range(len(padded) - 1)
    ]
    return sum(scores) / len(scores)


def _best_known_anew(words: list[str], languages: tuple[str, ...]) -> tuple[str, float]:
    total = sum(len(word) for word in words) or 1
    keyed = [(lexicon.key(word), len(word)) for word in words]
    shares = []
    for lang in languages:
        table = lexicon.words(lang)
        listed = codepages._as_listed(keyed, lang)
        shares.append((lang, sum(length for key, length in listed if key in table) / total))
    return max(shares, key=lambda share: share[1])


def _changed_pairs_gain_anew(line: str, fixed: str, pair: codepages.Pair) -> float:
    after: list[str] = []
    before: list[str] = []
    for start, end in list(codepages._tokens(line))[: codepages._MAX_WORDS]:
        old = f" {line[start:end].casefold()} "
        new = f" {fixed[start:end].casefold()} "
        if len(old) != len(new):
            old = f" {line[start:end].lower()} "
            new = f" {fixed[start:end].lower()} "
            if len(old) != len(new):
                continue
        for i in range(len(old) - 1):
            if old[i : i + 2] != new[i : i + 2]:
                before.append(old[i : i + 2])
                after.append(new[i : i + 2])
    if not after:
        return 0.0
    model_after = codepages._letter_pairs(pair.languages)
    model_before = codepages._letter_pairs(pair.read_languages)
    return (
        sum(
            model_after.get(codepages._spelled_for(bigram, pair.languages), codepages._UNSEEN)
            for bigram in after
        )
        - sum(
            model_before.get(codepages._spelled_for(bigram, pair.read_languages), codepages._UNSEEN)
            for bigram in before
        )
    ) / len(after)


def _letters_to_quotes_anew(line: str, fixed: str) -> int:
    if len(line) != len(fixed):
        return 0
    return sum(
        1
        for old, new in zip(non_plain(line), non_plain(fixed), strict=True)
        if new in codepages._TYPOGRAPHIC and old != new and old.isalpha()
    )


# Runs of one character, typography among them, long and short.
_QUOTE_RUNS = st.lists(
    st.tuples(st.sampled_from("“”‘’‚„«»\"'–—…\xa0 aé."), st.integers(1, 9)), max_size=12
)


def _unpaired_quotes_anew(fixed: str, closing: frozenset[str]) -> set[int]:
    padded = f" {fixed} "
    opened: list[int] = []
    unpaired: set[int] = set()
    for at, char in enumerate(fixed):
        if char not in codepages._QUOTES and char not in codepages._CLOSES_TOO:
            continue
        before, after = padded[at], padded[at + 2]
        if char in codepages._CLOSES_TOO:
            if opened and not after.isalnum():
                opened.pop()
        elif char in closing and not after.isalnum() and before not in codepages._BREAKING_SPACES:
            if opened:
                opened.pop()
            else:
                unpaired.add(at)
        elif (
            char in codepages._OPENING
            and not before.isalnum()
            and after not in codepages._BREAKING_SPACES
        ):
            opened.append(at)
        else:
            unpaired.add(at)
    return unpaired.union(opened)


def _quotes_in_place_anew(line: str, fixed: str) -> int:
    if len(line) != len(fixed):
        return 0
    padded = f" {fixed} "
    closing = codepages._CLOSING.union(
        *(shut for low, shut in codepages._LOW_QUOTES if low in fixed)
    )
    unpaired = _unpaired_quotes_anew(fixed, closing)
    return sum(
        1
        for at, (old, new) in enumerate(zip(line, fixed, strict=True))
        if new in codepages._TYPOGRAPHIC
        and old != new
        and old.isalpha()
        and at not in unpaired
        and codepages._stands_as_typography(new, padded[at], padded[at + 2], closing)
    )


def _glued_symbols_made_letters_anew(line: str, fixed: str) -> bool:
    if len(line) != len(fixed):
        return False
    changed = [i for i, (shown, new) in enumerate(zip(line, fixed, strict=True)) if shown != new]
    return bool(changed) and all(
        not line[i].isalpha()
        and fixed[i].isalpha()
        and ((i > 0 and line[i - 1].isalpha()) or (i + 1 < len(line) and line[i + 1].isalpha()))
        for i in changed
    )


class TestScoresRemembered:
    """Scores kept per word (and repairs scored once per pair alike) are the scores worked out anew."""

    @given(st.lists(_SCORED_WORD, min_size=1, max_size=8), st.sampled_from(_LANGUAGE_SETS))
    @example(["citeşte", "Şi"], codepages.CENTRAL)
    @example(["Straße", "STRASSE"], codepages.WESTERN)
    def test_word_scores_are_those_worked_out_anew(self, words, languages):
        """Letter statistics, known shares, odd words and alphabets, word by word or anew."""
        for _ in range(2):  # (worked out, then remembered)
            assert codepages._plausibility(words, languages) == _plausibility_anew(words, languages)
            assert codepages._best_known(words, languages) == _best_known_anew(words, languages)
            assert codepages._known_letters(words, languages, spelled=False) == [
                sum(len(word) for word in words if lexicon.known(word, lang)) for lang in languages
            ]
            assert [codepages._glued_symbols(word) for word in words] == [
                codepages._glued_symbols_anew(word) for word in words
            ]
            assert codepages._odd_words(words) == sum(
                1
                for word in words
                for part in (word.split() if codepages._SPACES.intersection(word) else (word,))
                if codepages._odd_case(part) or codepages._mixes_scripts(part)
            )
            letters = set(codepages._folded("".join(words)))
            assert codepages._one_alphabet(words, languages) == any(
                letters <= codepages._alphabet(lang)[0] for lang in languages
            )

    @given(_TEXT, st.sampled_from(codepages.PAIRS))
    @example("Ïðèâåò, ìèð! Ñòðàññå", codepages.PAIRS[0])
    @example("Za¿ó³æ gêœl¹ jaŸñ „x”", codepages.PAIRS[2])
    @example("D„nisch ô%(path)sö", codepages.PAIRS[15])
    @example("„wort“ ‚x‘ «a» \"b\" 'c' don’t – x … \xa0", codepages.PAIRS[0])
    def test_line_scores_are_those_worked_out_anew(self, line, pair):
        """Letter pairs a repair changes, letters made typography, symbols made letters."""
        fixed = codepages._convert(line, pair)
        if fixed is None:
            return
        for _ in range(2):
            assert codepages._changed_pairs_gain(line, fixed, pair) == _changed_pairs_gain_anew(
                line, fixed, pair
            )
            assert codepages._words(line) == [
                word
                for start, end in list(codepages._tokens(line))[: codepages._MAX_WORDS]
                if (word := codepages._trim_anew(line[start:end]))
            ]
        assert codepages._letters_to_quotes(line, fixed) == _letters_to_quotes_anew(line, fixed)
        assert codepages._quotes_in_place(line, fixed) == _quotes_in_place_anew(line, fixed)
        for closing in (codepages._CLOSING, codepages._CLOSING | {"“", "‘"}):
            assert codepages._unpaired_quotes(fixed, closing) == _unpaired_quotes_anew(
                fixed, closing
            )
        assert codepages._glued_symbols_made_letters(
            line, fixed
        ) == _glued_symbols_made_letters_anew(line, fixed)

    @given(_QUOTE_RUNS, st.lists(st.sampled_from("éöaA.“„ "), max_size=40))
    @example([("„", 5), ("é", 2), ("“", 7)], [])
    @example([("‚", 40)], [])
    @example([("‚", 9), ("‘", 4), ("”", 9)], ["é", "é", "."])
    def test_runs_of_quotes_read_as_one_by_one(self, runs, olds):
        """Long runs of one quote or dash (a long word a pair shows so) are read as each alone is."""
        fixed = "".join(char * count for char, count in runs)
        # What the line held there: a letter a pair made typography, or other characters.
        line = "".join(
            (olds[at % len(olds)] if olds else "é") if char in codepages._TYPOGRAPHIC else char
            for at, char in enumerate(fixed)
        )
        for closing in (codepages._CLOSING, codepages._CLOSING | {"“", "‘"}):
            assert codepages._unpaired_quotes(fixed, closing) == _unpaired_quotes_anew(
                fixed, closing
            )
        assert codepages._quotes_in_place(line, fixed) == _quotes_in_place_anew(line, fixed)

    @given(_TEXT)
    @example("Ïðèâåò, ìèð! Ñîîáùåíèå")
    @example("Za¿ó³æ gêœl¹ jaŸñ")
    def test_repairs_alike_score_as_each_alone(self, line):
        """A repair scored once for every pair making it scores as each pair tried alone does."""
        found = list(codepages._candidates(line))
        changing = codepages._changing_pairs
        orders = changing(frozenset(non_plain(line)), flagged=True)
        alone = []
        try:
            for order in orders:
                codepages._changing_pairs = lambda *_, order=order, **__: (order,)  # type: ignore[assignment]
                alone += codepages._candidates(line)
        finally:
            codepages._changing_pairs = changing
        assert found == alone

    def test_remembered_scores_stay_bounded(self, monkeypatch):
        """A stream of distinct words empties a table instead of growing it past its limit."""
        monkeypatch.setattr(codepages, "_WORD_MEMO_LIMIT", 5)
        monkeypatch.setattr(codepages, "_TRIMMED", {})
        monkeypatch.setattr(codepages, "_KNOWING", {})
        monkeypatch.setattr(codepages, "_LISTINGS", {})
        for number in range(20):
            word = "wörd" + ascii_lowercase[number]
            assert codepages._words(word) == [word]
            codepages._best_known([word], codepages.WESTERN)
        assert 0 < len(codepages._TRIMMED) <= 5
        assert 0 < len(codepages._KNOWING[codepages.WESTERN, True]) <= 5
        assert 0 < len(codepages._LISTINGS) <= 5

    @given(st.sampled_from(range(len(codepages.PAIRS))), st.data())
    def test_a_text_of_no_lossy_character_loses_no_letter(self, order, data):
        """Without the characters a pair makes fewer letters or more controls of, it makes none."""
        pair = codepages.PAIRS[order]
        lossy = codepages._lossy_chars(order)
        kept = sorted(set(codepages._upper_half(pair.read)) - lossy) + list("ab \x01")
        text = data.draw(st.text(st.sampled_from(kept), max_size=40))
        fixed = codepages._convert(text, pair, compose=False)
        assert fixed is not None
        assert codepages._letter_count(fixed) >= codepages._letter_count(text)
        assert len(codepages._CONTROL.findall(fixed)) <= len(codepages._CONTROL.findall(text))
        assert codepages._letters_to_quotes(text, fixed) == 0


# Greek and Cyrillic prose with the Latin telltale scan's leads among it (guillemets,
# middle dots, accented letters, symbols), Latin letters and digits beside them.
_LATIN_LEAD_SAMPLE = "«»·…µ†‡ˆ¤¦§©®°±¶ÀÈËÌÒÙàèìòùæøëïçðþýõÐÞ¾½¼³²¹─▀ŠŒŸ"
_AROUND_LATIN_LEADS = "aeszkmlABελαмир 0\n"


class TestLatinScanAtLeads:
    @given(st.text(st.sampled_from(_LATIN_LEAD_SAMPLE + _AROUND_LATIN_LEADS * 3), max_size=120))
    @example("Ο «λόγος» · ήταν")
    @example("a ¤b è x a Ë b õa")
    @example("Ë" * 40 + "àèì")
    def test_asking_at_the_leads_finds_what_the_scan_finds(self, text):
        """The Latin telltale scan asked where its leads stand says what its own scan says."""
        found = codepages._scan_finds(codepages._LATIN_TELLTALE, text)
        assert found == (codepages._LATIN_TELLTALE.search(text) is not None)

    def test_every_lead_is_outside_ascii_and_in_the_class(self):
        """The leads are exactly the scan's first class, every one in notable_chars' range."""
        lead = re.compile(f"[{codepages._LATIN_LEAD}]")
        assert all(ord(char) > 0x7F for char in codepages._LATIN_LEADS)
        assert {
            chr(code) for code in range(0x80, 0x110000) if lead.match(chr(code))
        } == codepages._LATIN_LEADS
