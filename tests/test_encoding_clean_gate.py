"""
fix_encoding's gate on clean accented text: refused without the filter, and never wrongly.

Accented prose holds characters of ftfy's trigger categories (``é``, ``ł``,
``ő``) in every text, so the set test alone lets it all through. The gate
then asks where its characters stand (_clean_as_it_stands): no entity, no
character the detector finds alone, and no run of characters outside ASCII
side by side that the detector's scan or a code page's lead and
continuation (Mac Roman's ``’é``) could make mojibake of in a line the
filter could undo. The properties: what the gate refuses, the filter leaves
as it is (genuine words of every language the lexicon ships, and random
accented text), and mojibake is never refused.
"""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from test_encoding_documents import CODECS, damage

from textclean import lexicon
from textclean._filters.encoding import FixEncoding, _clean_as_it_stands, may_change_text
from textclean.scan import notable_chars

fix_encoding = FixEncoding()
leaving_entities = FixEncoding(unescape_html=False)

# The most frequent words of every language the lexicon ships, Latin-script
# and the others: text as written, from word lists no rule here was made from.
_WORDS = {lang: lexicon.most_frequent(lang, 400) for lang in lexicon.LANGUAGES}
_ACCENTED = sorted(
    {char for words in _WORDS.values() for word in words for char in word if not char.isascii()}
)
# What stands between words in prose: spaces, no-break spaces, quotation
# marks, dashes and apostrophes, the pairs French and German make with
# letters (``l’é``, ``«\xa0``).
_BETWEEN = st.sampled_from(
    [" ", " ", " ", ", ", ". ", "\n", " — ", " « ", " » ", "\xa0", "’", "“", "”", "„"]
)


@st.composite
def _genuine_text(draw: st.DrawFn) -> str:
    words = draw(
        st.lists(st.sampled_from(_WORDS[draw(st.sampled_from(lexicon.LANGUAGES))]), max_size=30)
    )
    return "".join(word + draw(_BETWEEN) for word in words)


# Random accented text: the lexicon's letters outside ASCII, Latin-1's and
# Latin Extended-A's, punctuation, ASCII letters and spaces, in any order.
_RANDOM_ACCENTED = st.text(
    st.sampled_from(_ACCENTED)
    | st.characters(min_codepoint=0xA0, max_codepoint=0x17F)
    | st.sampled_from([*"ab e.’“”«»—–\n &;"]),
    max_size=60,
)


def _assert_refused_text_unchanged(text: str) -> None:
    chars = notable_chars(text)
    if _clean_as_it_stands(text, chars):
        assert not may_change_text(text, chars)
        assert fix_encoding(text) == text
        assert leaving_entities(text) == text
        assert fix_encoding.explain(text) == (text, ())


@given(_genuine_text())
@example("l’école où l’été « commence »\xa0!")
@example("’é\n’é é")
@example("cœur et œuvre")
@example("sœ. cœur, Œ")
def test_refused_genuine_text_comes_back_unchanged(text):
    """Words of the lexicon's languages with prose punctuation: refused means unchanged."""
    _assert_refused_text_unchanged(text)


@given(_RANDOM_ACCENTED)
@example("’é")
@example("Ă©")
def test_refused_random_accented_text_comes_back_unchanged(text):
    """Accented letters and punctuation in any order: refused means unchanged."""
    _assert_refused_text_unchanged(text)


@given(_genuine_text() | _RANDOM_ACCENTED, st.sampled_from(CODECS), st.integers(1, 2))
def test_mojibake_is_never_refused(text, codec, times):
    """
    Text of any language through a code page of issue 12, once or twice: mojibake is never refused.

    Every character outside ASCII becomes two or more that a code page
    writes as a UTF-8 lead and its continuations, so a damaged line holds
    no letter alone: the gate lets it through, whether or not the filter
    then finds it worth undoing.
    """
    try:
        shown = damage(text, codec, times)
    except UnicodeDecodeError:
        return
    if shown != text:
        assert not _clean_as_it_stands(shown, notable_chars(shown))
        assert may_change_text(shown, notable_chars(shown))


@pytest.mark.parametrize(
    "text",
    [
        "L’été dernier, l’école a fêté ses élèves à Besançon.\n\nÇa s’est bien passé.",
        "Zażółć gęślą jaźń: w Łodzi świeci słońce, więc idziemy nad rzekę.",
        "Příliš žluťoučký kůň úpěl ďábelské ódy; čeština je krásná.",
        "Árvíztűrő tükörfúrógép: a szélvédő mögött ülő sofőr köszönt.",
        "A ação começou às três horas; o coração não esqueceu a lição.",
        "Über die Brücke gingen „Müller“ und Jürgen — schön, größer, weiß.",
        "¿Qué pasó? ¡El niño comió piña y jamón en la montaña!",
    ],
)
def test_clean_accented_prose_is_refused(text):
    """Clean prose of French, Polish, Czech, Hungarian, Portuguese, German and Spanish: the filter is not run."""
    chars = notable_chars(text)
    assert not may_change_text(text, chars)
    assert fix_encoding(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "L’Ã©cole est fermÃ©e.",  # Windows-1252
        "Zaż\u00f3\u0142\u0107".encode().decode("sloppy-windows-1250"),
        "Příliš žluťoučký".encode().decode("macroman"),
        "café &amp; crème",  # an entity
        "cœur\x9c",  # a C1 control
    ],
)
def test_damaged_text_is_let_through(text):
    """Mojibake, entities and C1 controls open the gate, and the filter changes them."""
    assert may_change_text(text, notable_chars(text))
    assert fix_encoding(text) != text
