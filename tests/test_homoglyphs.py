"""fix_homoglyphs: look-alike letters repaired in both directions, genuine text untouched."""

import random
import re
import unicodedata

import pytest
import regex
from faker import Faker
from hypothesis import example, given
from hypothesis import strategies as st

from textclean import Cleaner
from textclean._confusables import LOOKALIKES, UNICODE_VERSION
from textclean._filters.homoglyphs import _judge_whole, fix_homoglyphs
from textclean._filters.homoglyphs.fast import fast_repair
from textclean._filters.homoglyphs.letters import range_class
from textclean.scan import code_points


def _words(locale):
    return sorted({w for w in Faker(locale).get_words_list() if regex.fullmatch(r"\p{L}+", w)})


EN, RU, UK, EL = _words("en_US"), _words("ru_RU"), _words("uk_UA"), _words("el_GR")
# Latin letters swapped for Cyrillic twins, and Cyrillic letters for Latin twins.
LATIN_TO_CYRILLIC = {c: t for c, t in LOOKALIKES["Cyrillic"].items() if c.isascii()}
CYRILLIC_TO_LATIN = {c: t for c, t in LOOKALIKES["Latin"].items() if "\u0400" <= c <= "\u04ff"}
# English words that give their script away (a letter with no Cyrillic twin), to set a context.
EN_ANCHORS = [w for w in EN if any(c not in LATIN_TO_CYRILLIC for c in w)]
RU_ANCHORS = [w for w in RU if any(c not in CYRILLIC_TO_LATIN for c in w)]


def _sentences(words, anchors):
    sentence = st.lists(st.sampled_from(words), min_size=1, max_size=12)
    anchored = st.tuples(sentence, st.sampled_from(anchors)).map(lambda p: [p[1], *p[0]])
    return st.lists(anchored.map(" ".join), min_size=1, max_size=4).map("\n".join)


def _inject(text, table, rate, seed):
    rng = random.Random(seed)
    return "".join(table[c] if c in table and rng.random() < rate else c for c in text)


class TestTable:
    def test_generated_from_unicode_data(self):
        """The table records its Unicode version and pairs letters only."""
        assert UNICODE_VERSION.count(".") == 2
        for table in LOOKALIKES.values():
            for char, twin in table.items():
                assert char.isalpha()
                assert twin.isalpha()
                # Cherokee capitals pair with small Latin letters they look like (Ꮟ b).
                assert (
                    char.isupper() == twin.isupper()
                    or not (char.isupper() or char.islower())
                    or unicodedata.name(char).startswith("CHEROKEE LETTER")
                )

    def test_key_pairs_present(self):
        """The classic twins are in the table, in both directions."""
        assert LOOKALIKES["Latin"]["\N{CYRILLIC SMALL LETTER A}"] == "a"
        assert LOOKALIKES["Cyrillic"]["p"] == "\N{CYRILLIC SMALL LETTER ER}"
        assert LOOKALIKES["Latin"]["\N{GREEK SMALL LETTER OMICRON}"] == "o"


class TestMixedWords:
    @pytest.mark.parametrize(
        ("broken", "fixed"),
        [
            ("Th\u0430t is it", "That is it"),
            ("Mосква", "Москва"),
            ("пpивет", "привет"),
            ("Gοοgle search", "Google search"),
            ("Καλημέρα κόσμo, φίλε", "Καλημέρα κόσμο, φίλε"),
        ],
    )
    def test_mixed_word_repaired_to_its_script(self, broken, fixed):
        """A word mixing scripts is written in one."""
        assert fix_homoglyphs(broken) == fixed

    @pytest.mark.parametrize(
        "token",
        ["α-helix", "β-blocker", "Δt", "x ∈ ℝ", "5 μm", "10 Ω", "μA", "kΩ", "ΔG", "γ-rays"],
    )
    def test_legitimate_mixed_tokens_kept(self, token):
        """Greek symbols in Latin text are not look-alikes."""
        text = f"The value of {token} was measured in the lab"
        assert fix_homoglyphs(text) == text


class TestContext:
    def test_lone_cyrillic_a_in_english(self):
        """A lone Cyrillic а in an English sentence becomes a."""
        assert fix_homoglyphs("This is \u0430 test") == "This is a test"

    def test_lone_cyrillic_a_in_russian_stays(self):
        """In a Russian sentence the same а is a Russian word."""
        text = "Он пришёл, \u0430 она ушла"
        assert fix_homoglyphs(text) == text

    def test_latin_o_in_russian(self):
        """A Latin o standing for the Russian preposition о is repaired."""
        assert fix_homoglyphs("Мы говорили o погоде") == "Мы говорили о погоде"

    def test_all_lookalike_word_follows_context(self):
        """
        A word of Latin twins turns Cyrillic where the text shows swapping.

        Without swapping, only where its Cyrillic reading is a word far
        likelier than its Latin one is in English (the language such text
        quotes): ``yxo`` is ``ухо``, ``poca`` is ``роса``; ``Max`` stays.
        """
        assert fix_homoglyphs("У него бoлит yxo и гoлова") == "У него болит ухо и голова"
        assert fix_homoglyphs("Он сказал yxo и ушёл") == "Он сказал ухо и ушёл"
        assert fix_homoglyphs("адвокат poca") == "адвокат роса"
        assert fix_homoglyphs("Он выбрал тариф Max и ушёл") == "Он выбрал тариф Max и ушёл"
        assert fix_homoglyphs("Он сказал Opera и ушёл") == "Он сказал Opera и ушёл"

    def test_foreign_words_kept(self):
        """Foreign words in another language's sentence stay as written."""
        for text in [
            "Он сказал OK и ушёл",
            "Пётр I и XX век",
            "Компания Apple выпустила iPhone",
            "The Russian word спасибо means thanks",
            "Η λέξη computer είναι αγγλική",
        ]:
            assert fix_homoglyphs(text) == text

    def test_explain_names_rule(self):
        """explain reports each word with the rule that decided it."""
        _, changes = fix_homoglyphs.explain("Th\u0430t is \u0430 test")
        assert [(c.start, c.before, c.after) for c in changes] == [
            (0, "Th\u0430t", "That"),
            (8, "\u0430", "a"),
        ]
        assert changes[0].reason.startswith("mixed-script word")
        assert changes[1].reason.startswith("look-alike word in Latin context")


class TestStyledLetters:
    def test_fullwidth_and_math_words(self):
        """Words of fullwidth or mathematical letters become plain."""
        assert fix_homoglyphs("Ｂｒｅａｋｉｎｇ: 𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 𝑵𝒆𝒘𝒔") == "Breaking: Breaking News"

    def test_single_math_letter_kept(self):
        """A lone mathematical letter is a variable, not styling."""
        assert fix_homoglyphs("let 𝑥 be real") == "let 𝑥 be real"


GENUINE = [
    "Москва — столица России. Я люблю читать книги о истории.",
    "Київ — столиця України. Ґанок і їжак, є й ще.",
    "София е столицата на България. Тя е красив град.",
    "Београд је главни град Србије. Ја волим ову земљу.",
    "Қазақстан — Орталық Азиядағы мемлекет. Алматы үлкен қала.",
    "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας. Ο καιρός είναι καλός.",
    "Τι κάνεις; Είμαι καλά, ευχαριστώ.",
    "Crème brûlée, naïve façade, São Paulo, Zürich, Łódź",
]


@pytest.mark.parametrize("text", GENUINE)
def test_genuine_text_untouched(text):
    """Genuine text in Cyrillic, Greek and accented Latin comes back unchanged."""
    assert fix_homoglyphs(text) == text


@given(_sentences(EN, EN_ANCHORS), st.floats(0.01, 1.0), st.integers(0, 2**32))
# Stress profile: "bіlӏ" in a text whose language was guessed as Serbo-Croatian ("bili").
@example("above American American\ndespite American American American drug\nAmerican bill", 0.5, 0)
def test_latin_words_with_cyrillic_twins_restored(text, rate, seed):
    """English text with Cyrillic twins injected at any rate cleans back to the original."""
    injected = _inject(text, LATIN_TO_CYRILLIC, rate, seed)
    assert fix_homoglyphs(injected) == text


@given(_sentences(RU, RU_ANCHORS), st.floats(0.01, 1.0), st.integers(0, 2**32))
def test_cyrillic_words_with_latin_twins_restored(text, rate, seed):
    """Russian text with Latin twins injected at any rate cleans back to the original."""
    injected = _inject(text, CYRILLIC_TO_LATIN, rate, seed)
    assert fix_homoglyphs(injected) == text


@given(
    st.sampled_from([RU, UK, EL]).flatmap(
        lambda words: st.lists(st.sampled_from(words), min_size=1, max_size=30)
    )
)
def test_genuine_words_unchanged(words):
    """Genuine Russian, Ukrainian and Greek word sequences are never changed."""
    text = " ".join(words)
    assert fix_homoglyphs(text) == text


@given(
    st.lists(st.sampled_from(RU_ANCHORS), min_size=2, max_size=10),
    st.lists(st.sampled_from(EN_ANCHORS), min_size=1, max_size=3),
    st.integers(0, 10),
)
def test_foreign_words_in_sentences_kept(russian, english, position):
    """English words inside Russian sentences, and the reverse, keep their own script."""
    words = list(russian)
    for word in english:
        words.insert(position % (len(words) + 1), word)
    text = " ".join(words)
    assert fix_homoglyphs(text) == text
    flipped = " ".join([*english, russian[0], *english])
    assert fix_homoglyphs(flipped) == flipped


def test_seed_002_has_no_cyrillic_after_cleaning():
    """The seed that switches to Cyrillic а mid-article cleans to Latin only."""
    from conftest import FIXTURES

    cleaned = Cleaner().clean((FIXTURES / "seeds" / "002_51ae614f1aabc98d.txt").read_text("utf-8"))
    assert not regex.search(r"\p{Script=Cyrillic}", cleaned)
    assert "This fact has an impact on society’s psychological state" in cleaned


@given(_sentences(EN, EN_ANCHORS), st.floats(0.01, 1.0), st.integers(0, 2**32), st.text(max_size=8))
@example("American American", 1.0, 0, "\U0003d000")  # a letter to regex, not to unicodedata
def test_shortcut_for_latin_text_agrees_with_the_rules(text, rate, seed, extra):
    """Where the Latin-text shortcut applies, it gives what the word-by-word rules give."""
    injected = _inject(text, LATIN_TO_CYRILLIC, rate, seed) + extra
    shortcut = fast_repair(injected, _judge_whole)
    if shortcut is not None:
        assert shortcut == fix_homoglyphs.explain(injected)[0]


class TestRangeClass:
    @given(st.text(st.characters(max_codepoint=0x3000), max_size=200))
    @example("".join(map(chr, range(0x10000))))
    @example("]^-\\[&~|az")
    def test_matches_exactly_its_characters(self, chars):
        """The class of ``chars`` takes every one of them and no other character."""
        body = range_class(chars)
        taken = set(re.findall(f"[{body}]", code_points(0, 0x10000))) if body else set()
        assert taken == set(chars)
