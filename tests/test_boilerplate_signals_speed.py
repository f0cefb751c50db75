"""
Cheaper per-line signals of remove_boilerplate answer as the versions they replace.

Each rewritten check is held to its former version, kept here as the
reference, on lines built from the words and marks the checks look for.
"""

from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.boilerplate.catalog import COPYRIGHT
from textclean._filters.boilerplate.signals import (
    _CUE_TABLE,
    _RIGHTS_MARK,
    _STEM_HEAD,
    _STEM_HEADS,
    _STEMS,
    MAX_SCORED_CHARS,
    LineSignals,
    _find_cues,
    _stem_category,
    _tokens,
    signals,
)
from textclean._filters.boilerplate.vocabulary import (
    _AGENCY_LETTERS,
    _BRACKETED,
    _MAX_BRACKETED_CHARS,
    _MAX_LABEL_START,
    _MAX_LABEL_WORDS,
    _abbreviated_credit,
    _by_credit,
    _names_source,
    bracketed_agency,
    credit_label,
    credit_word,
)


def _reference_credit_label(tokens: list[str]) -> bool:
    """credit_label as it was: the credit word found with next() over a generator."""
    if not 2 <= len(tokens) <= _MAX_LABEL_WORDS or tokens[-1].endswith((".", "!", "?", "…")):
        return _abbreviated_credit(tokens)
    if _by_credit(tokens):
        return True
    k = next(
        (k for k in range(min(_MAX_LABEL_START, len(tokens) - 1)) if credit_word(tokens[k])), -1
    )
    return k >= 0 and _names_source(tokens, k)


def _reference_bracketed_agency(line: str) -> bool:
    """bracketed_agency as it was: no test of the first character."""
    return len(line) <= _MAX_BRACKETED_CHARS and (
        (
            _BRACKETED.fullmatch(line) is not None
            and all(word[0].isupper() for word in line[1:-1].split())
        )
        or _AGENCY_LETTERS.fullmatch(line) is not None
    )


# Words and marks the checks look for, and others: credit words and their
# abbreviations, prepositions, agencies, names, brackets, rights marks.
_WORDS = (
    "Photo", "Foto:", "Fot.", "Photograph:", "Titelbild", "Bild", "Image", "courtesy", "of",
    "by", "von", "de", "Words", "Editing", "Reuters", "AP", "AFP", "dpa", "PAP", "Jane",
    "Roe", "archivo", "the", "council", "met", "©", "/", "|", "–", "-", "(c)", "Copyright",
    "2024", "All", "rights", "reserved", "(AP)", "(dpa)", "(apa/sda)", "(East", "News)",
    "Share", "Tags:", "Kommentare", "120", "Avec", "with", "Рис.", "фото", "İstanbul", "l'offerta",
    "#news", "Subscribe", "cookies", "you", "*", "E-Mail*", "12:30", "5", "min", "€", "29",
)  # fmt: skip
_LINES = st.one_of(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14).map(" ".join),
    st.text(st.sampled_from("(Ab c).:/©-"), min_size=1, max_size=35),
    st.text(min_size=1, max_size=60),
)


@given(_LINES)
def test_credit_label_answers_as_before(line: str) -> None:
    tokens = line.split()
    assert credit_label(tokens) == _reference_credit_label(tokens)


@given(_LINES)
def test_bracketed_agency_answers_as_before(line: str) -> None:
    assert bracketed_agency(line) == _reference_bracketed_agency(line)


@given(_LINES)
def test_signals_are_whole_and_in_place(line: str) -> None:
    line = line.strip()[:MAX_SCORED_CHARS]
    if not line:
        return
    found = signals(line)
    # built as a bare tuple: every field present, each where the class puts it
    assert type(found) is LineSignals
    assert len(found) == len(LineSignals._fields)
    assert found == LineSignals(*found)
    assert found.credit_label == (found.words <= 12 and _reference_credit_label(line.split()))
    assert found.rights_mark == (
        any(category == COPYRIGHT for category, _ in found.cues)
        and _RIGHTS_MARK.search(line) is not None
    )
    assert isinstance(found.rights_mark, bool)


def test_signals_of_known_lines() -> None:
    credit = signals("Foto: Jane Roe/Agentur")
    assert credit.cues == (("credit", "Foto"),)
    assert credit.start_cue
    rights = signals("© 2024 Example Media. All rights reserved.")
    assert rights.rights_mark
    assert signals("(dpa)").wire
    assert credit_word("Photograph:")
    assert not credit_word("The")
    assert not signals("The council met on Tuesday (dpa) to discuss it.").wire
    assert signals("The council met on Tuesday.").stopword_density == 2 / 5  # "the", "on"


@given(_LINES)
def test_remembered_credit_word_answers_as_measured(line: str) -> None:
    for token in line.split():
        assert credit_word(token) == credit_word.__wrapped__(token)


def _reference_find_cues(tokens: list[tuple[str, str]]) -> list[tuple[str, int, int]]:
    """_find_cues as it was: every word visited, each phrase of its first word compared in turn."""
    found = []
    i = 0
    while i < len(tokens):
        for words, category in _CUE_TABLE.get(tokens[i][1], ()):
            size = len(words)
            if size == 1 or tuple(t[1] for t in tokens[i : i + size]) == words:
                found.append((category, i, i + size))
                i += size
                break
        else:
            word = tokens[i][1]
            if (word[:_STEM_HEAD] in _STEM_HEADS or "'" in word or "’" in word) and (
                stemmed := _stem_category(word)
            ) is not None:
                found.append((stemmed, i, i + 1))
            i += 1
    return found


# Whole phrases and their words (those beginning several phrases, and the
# words inside them), stems and their inflections, elisions, and plain words.
_PHRASES = sorted({words for entries in _CUE_TABLE.values() for words, _ in entries})
_PHRASE_WORDS = sorted({word for words in _PHRASES for word in words})
_CUE_WORDS = st.one_of(
    st.sampled_from(_PHRASES).map(" ".join),
    st.sampled_from(_PHRASES).map(lambda words: " ".join(words[:-1])),  # a phrase cut short
    st.sampled_from(sorted(first for first, entries in _CUE_TABLE.items() if len(entries) > 2)),
    st.sampled_from(_PHRASE_WORDS),
    st.sampled_from(sorted(_STEMS)).map(lambda stem: stem + "ers"),
    st.sampled_from(["l'offerta", "d’affiliation", "l'", "'", "Share:", "(more)", "the", "x"]),
    st.text(min_size=1, max_size=8).filter(lambda word: not word.isspace()),
)


@given(st.lists(_CUE_WORDS, max_size=30).map(" ".join))
def test_find_cues_answers_as_before(line: str) -> None:
    """The phrases by length and the words visited find the cues the phrase-by-phrase loop found."""
    tokens = _tokens(line)
    assert _find_cues(tokens) == _reference_find_cues(tokens)
