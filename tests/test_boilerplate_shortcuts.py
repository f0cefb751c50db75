"""remove_boilerplate's shortcuts decide what measuring a line in full decides, only sooner."""

from hypothesis import example, given
from hypothesis import strategies as st

from textclean._filters.boilerplate import RemoveBoilerplate
from textclean._filters.boilerplate.signals import (
    _CUES,
    call_to_action,
    plain_sentence_words,
    score,
    signals,
    stoplists,
)

FILTERS = (RemoveBoilerplate(), RemoveBoilerplate(disabled=frozenset({"author_bio", "prompt"})))
# Words of prose in several languages, cue words and phrases of every
# category, and tokens with the shapes signals weigh (labels, agency tags,
# dates, prices, handles, separators, names).
_STOPWORDS = {lang: sorted(stoplists()[lang])[:60] for lang in ("en", "de", "fr", "es", "it", "ru")}
_CUE_PHRASES = sorted({phrase for phrases in _CUES.values() for phrase in phrases})
_SHAPES = [
    "Foto:", "Photo:", "©", "—AP", "(AFP)", "AP/DPA", "12:04", "3.4.2024", "€12,99", "$5",
    "@jane", "www.example.com", "|", "›", "·", "#tag", "Jane", "Roe", "By", "Von", "journalist",
    "Ich", "bin", "lives", "in", "writes", "since", "2019", "said", "the", "council", "Tags:",
]  # fmt: skip
_PLAIN = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäéñ", min_size=1, max_size=9)
_SPECIAL = st.one_of(st.sampled_from(_CUE_PHRASES), st.sampled_from(_SHAPES))
_ENDING = st.sampled_from([".", "!", "?", ":", ";", "", ".»", "…", ".)", "?”", "。"])


def _line(words: list[str], special: list[tuple[int, str]], ending: str, title: bool) -> str:
    words = words or ["x"]
    for at, word in special:
        words.insert(at % (len(words) + 1), word)
    line = " ".join(words) + ending
    return line[:1].upper() + line[1:] if title else line


# Sentences of one language's stopwords and other words, with up to two cue phrases or shaped tokens put in:
# plain sentences, and lines one word away from one.
LINES = st.builds(
    _line,
    st.sampled_from(sorted(_STOPWORDS)).flatmap(
        lambda lang: st.lists(
            st.one_of(st.sampled_from(_STOPWORDS[lang]), _PLAIN), min_size=4, max_size=34
        )
    ),
    st.lists(st.tuples(st.integers(0, 40), _SPECIAL), max_size=2),
    _ENDING,
    st.booleans(),
)


@given(LINES)
@example("Das ist wichtig. Selbst ist die Frau.")
@example("Das sehe ich auch so. Wir haben geschlossen.")
@example("Teilen Sie diesen Artikel mit Ihren Freunden auf Facebook.")
@example("Ich bin Sanne, freelance journalist in Gent und schreibe über Klima.")
def test_a_plain_sentence_is_prose_that_scores_nothing(line):
    """A line plain_sentence_words counts is prose by signals, with its words, no cue, no score."""
    words = plain_sentence_words(line)
    if words:
        found = signals(line)
        assert found.prose
        assert found.words == words
        assert not found.cues
        assert score(found).category is None
        assert call_to_action(line).category is None


@given(LINES)
@example("Das ist wichtig. Selbst ist die Frau.")
@example("By signing up, you agree to our Terms of Use and our Privacy Policy.")
@example("Jane Roe is a reporter who lives in Ohio and writes about the courts.")
@example("Copyright 2024 the council and all the rights of it are reserved here.")
def test_a_line_left_unmeasured_is_what_measuring_it_finds(line):
    """A short line the driver leaves unmeasured has no catalog line, no candidate, and is prose."""
    for remove in FILTERS:
        rule, found, candidate, prose, words = remove._verdict(line)
        if found is None:
            assert (rule, candidate, prose) == (None, None, True)
            rule, measured, candidate = remove._measure(line)
            assert rule is None
            assert candidate is None
            assert measured.prose
            assert measured.words == words
            # and an edge run that reaches it finds no call to action or bio in it
            assert remove._sentence_verdict(line) is None


def test_plain_sentences_are_left_unmeasured():
    """Short sentences of prose take the shortcut; furniture, bylines and calls to action do not."""
    remove = FILTERS[0]
    for line in (
        "Das ist wichtig. Selbst ist die Frau.",
        "Ich verstehe nicht. Taten sagen mehr als Worte.",
        "Il mio è più grande del suo e lo so che Mario è occupato.",
    ):
        assert remove._verdict(line)[1] is None, line
    for line in (
        "Teilen Sie diesen Artikel mit Ihren Freunden.",
        "By signing up, you agree to our Terms of Use.",
        "Weitere Artikel",
        "Photo: Jane Roe/Agency",
        "Ik ben Sanne, freelance journalist in Gent.",
    ):
        assert remove._verdict(line)[1] is not None, line
