"""fix_homoglyphs settles in one call: its output is a text it leaves as it is, and explain agrees."""

import regex
from faker import Faker
from hypothesis import example, given
from hypothesis import strategies as st

from textclean._confusables import LOOKALIKES
from textclean._filters.homoglyphs import fix_homoglyphs
from textclean.changes import Change, apply_changes, compose_changes


def _words(locale):
    return sorted({w for w in Faker(locale).get_words_list() if regex.fullmatch(r"\p{L}+", w)})


_WORDS = {"en": _words("en_US"), "ru": _words("ru_RU"), "el": _words("el_GR")}
# Every twin Unicode lists for each letter, by the script written: English
# letters may become Cyrillic, Greek, Armenian, Cherokee or IPA, Russian and
# Greek letters Latin.
_TWINS: dict[str, dict[str, list[str]]] = {"en": {}, "ru": {}, "el": {}}
for _char, _latin in LOOKALIKES["Latin"].items():
    _TWINS["en"].setdefault(_latin, []).append(_char)
for _lang, _script in (("ru", "Cyrillic"), ("el", "Greek")):
    for _char, _own in LOOKALIKES[_script].items():
        if _char.isascii():
            _TWINS[_lang].setdefault(_own, []).append(_char)
# Separators and quotes cut segments; digits make science tokens.
_BETWEEN = (" ", " ", ", ", ". ", "\n", " = ", "\t", ' "', '" ', " «", "» ", " (", ") ", " 2", "5 ")


@st.composite
def _word(draw):
    lang = draw(st.sampled_from(sorted(_WORDS)))
    word = draw(st.sampled_from(_WORDS[lang]))
    rate = draw(st.sampled_from((0.0, 0.0, 0.3, 1.0)))
    return _swapped(draw, lang, word, rate) + draw(st.sampled_from(_BETWEEN))


def _swapped(draw, lang, word, rate):
    """``word`` with about ``rate`` of its letters swapped for twins of them."""
    letters = []
    for char in word:
        twins = _TWINS[lang].get(char)
        swapped = twins and rate and draw(st.floats(0, 1)) < rate
        letters.append(draw(st.sampled_from(twins)) if swapped else char)
    return "".join(letters)


_MIXED_TEXT = st.lists(_word(), min_size=1, max_size=14).map("".join)


@given(_MIXED_TEXT)
# Found by this property before the repair was made in rounds: a word whose
# neighbours were garbled had no context until they were repaired.
@example("895 «found «славный, мягкий. оᏼյеᴄꭲ: targets 2ᴄꭺո\tꬽʄ) teхt5 ")
@example("occurs «Εκτός = ꭤռ с. (ռαՠҽ\tχρησιμοποιούσες. | θέλεις.) ")
@example('"ϺꭚᏚꭎᏏᴄǀаѕƽ" ΤK: ѕtatemꬲnꭲ" неправда προκύπτουν5 ')
@example("пропадать 2cынoк5 пробовать. μετράει ꭲꮋе κi συνάδελφος. = ")
@example("ᴑсᲃꞟᴦѕ.5 ꭲᏂꭼ» ")
# A Latin twin in a Greek word before a digit: a swap, not a science token.
@example("Δημιουργια, όσο5 Tης5 μέρος ")
def test_repair_settles_and_explain_agrees(text):
    """Words of several scripts, twins, separators, quotes, digits: a second call changes nothing."""
    fixed = fix_homoglyphs(text)
    assert fix_homoglyphs(fixed) == fixed
    explained, changes = fix_homoglyphs.explain(text)
    assert explained == fixed
    assert apply_changes(text, changes) == fixed
    assert all(text[change.start : change.end] == change.before for change in changes)


# Texts of one script with Latin twins of its letters (the fast paths'
# texts), words touching digits and parentheses (science tokens, 2τo), or
# a Latin capital (NF-κB).
_DIGIT_AROUND = ("", "", "2", "10", "(2", "5)", "NF-", "B")


@st.composite
def _one_script_text(draw):
    lang = draw(st.sampled_from(("ru", "el")))
    words = []
    for _ in range(draw(st.integers(2, 10))):
        word = draw(st.sampled_from(_WORDS[lang]))
        swapped = _swapped(draw, lang, word, draw(st.sampled_from((0.0, 0.3, 0.6, 1.0))))
        before, after = draw(st.sampled_from(_DIGIT_AROUND)), draw(st.sampled_from(_DIGIT_AROUND))
        words.append(before + swapped + after)
    return draw(st.sampled_from((" ", ", ", ". "))).join(words)


@given(_one_script_text())
# The Greek fast path rewrote a word by a digit that the word rules keep as a
# science token (Greek and Latin letters in equal parts).
@example("Αυτό είναι 2τo)")
@example("Το σπίτι είναι μεγάλο oτ5 είναι καλό.")
# A Latin capital after a small Greek letter: a science token the rules keep.
@example("Η οδός κB ενεργοποιείται.")
# A mixed token joined to a digit after a bracket: the fast paths gave it the
# line's script, the word rules read it as a segment of its own ("ab").
@example("адвокат адвокат (2аB")
def test_explain_replays_to_the_filter_output_on_one_script_texts(text):
    """Explain's changes, applied to the text, give what the filter (its fast paths too) gives."""
    fixed = fix_homoglyphs(text)
    explained, changes = fix_homoglyphs.explain(text)
    assert explained == fixed
    assert apply_changes(text, changes) == fixed


class TestComposeChanges:
    def test_a_span_changed_twice_is_one_change_with_both_reasons(self):
        """The second round's change of a span the first changed replaces it, both reasons kept."""
        first = [Change(2, 5, "abc", "xyz", "one")]
        composed = compose_changes("..abc..", first, [Change(2, 5, "xyz", "XYZ", "two")])
        assert composed == (Change(2, 5, "abc", "XYZ", "one; then two"),)

    def test_spans_moved_by_a_longer_change_map_back(self):
        """A change after one that made the text longer is mapped to the original's offsets."""
        text = "ab cd"
        first = [Change(0, 1, "a", "AAA", "grow")]
        composed = compose_changes(text, first, [Change(5, 7, "cd", "CD", "caps")])
        assert composed == (first[0], Change(3, 5, "cd", "CD", "caps"))
        assert apply_changes(text, composed) == "AAAb CD"


class TestMixedTokenByDigit:
    def test_a_mixed_token_joined_to_a_digit_takes_its_lines_script(self):
        """``(2аB`` in Russian is no segment's own word: its Latin twin goes Cyrillic, in explain too."""
        text = "адвокат адвокат (2аB"
        assert fix_homoglyphs(text) == "адвокат адвокат (2аВ"
        assert fix_homoglyphs.explain(text)[0] == "адвокат адвокат (2аВ"

    def test_a_mixed_word_alone_in_its_segment_still_reads_as_a_word(self):
        """Without a digit, the bilingual rule stands: ``Saνe | Зберегти`` is ``Save``."""
        assert fix_homoglyphs("Saνe | Зберегти") == "Save | Зберегти"
