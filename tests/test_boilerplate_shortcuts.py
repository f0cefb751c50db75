"""remove_boilerplate's shortcuts decide what measuring a line in full decides, only sooner."""

import importlib
import sys
from unittest import mock

from hypothesis import example, given
from hypothesis import strategies as st

from textclean._filters.boilerplate import RemoveBoilerplate, _quiet_verdict
from textclean._filters.boilerplate.bios import find_author_bio
from textclean._filters.boilerplate.signals import (
    _CUES,
    EDGE,
    call_to_action,
    ends_clause,
    plain_sentence_words,
    score,
    signals,
    stoplists,
    unmarked_paragraph,
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
    # inflected and elided cues, credit labels, consent notices
    "подписчикам", "subskrybentom", "abbonati", "l'offerta", "d'affiliation", "Words by Jane",
    "Photograph:", "Fotografía de Ana", "Titelbild:", "cookies", "Cookies", "we", "your",
    "analytics", "advertising", "personalise", "browsing", "Wir", "verwenden", "usamos",
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
@example("Words by Jane Roe and the team of the paper;")
@example("Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und zu analysieren.")
@example("Подписчикам доступны все материалы нашего сайта и архив за десять лет.")
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


class _DisjointFromNothing:
    """A word set no sentence is disjoint from: call_to_action's first set test lets all through."""

    def isdisjoint(self, _words: object) -> bool:
        return False


@given(LINES)
@example("By signing up, you agree to our Terms of Use.")
@example("Sign up to get the best stories in your inbox.")
@example("Ten artykuł jest dostępny tylko dla subskrybentów.")
@example("Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und zu analysieren.")
def test_call_to_action_rules_out_only_what_its_cues_rule_out(line):
    """The set test that opens call_to_action changes no score: the tests after it decide alike."""
    module = importlib.import_module("textclean._filters.boilerplate.signals")
    gated = call_to_action(line)
    keys = module._keys()._replace(any=_DisjointFromNothing())
    with mock.patch.object(module, "_keys", return_value=keys):
        assert call_to_action(line) == gated


@given(LINES)
@example("Weitere Artikel zum Thema")
@example("Scopri l'offerta per i nuovi abbonati")
@example("İLGİLİ HABERLER")
@example("Ten artykuł jest dostępny tylko dla subskrybentów.")
@example("Trump's son-in-law Kushner to face 'Russia' panel")
@example("Découvrez l'abonnement d'été")
@example("Tiger Woods: 'I'll never feel great again'")
def test_a_line_ruled_out_by_the_cue_gate_holds_no_cue(line):
    """plain_sentence_words' set tests find a cue wherever _find_cues finds one."""
    module = importlib.import_module("textclean._filters.boilerplate.signals")
    words = [w for w in (raw.strip(module._PUNCTUATION) for raw in line.casefold().split()) if w]
    assert module._may_hold_cue(line, words) == bool(module._find_cues(module._tokens(line)))


@given(LINES)
def test_ends_clause_is_the_sentence_end_signal(line):
    """ends_clause says what signals' sentence_end says."""
    assert ends_clause(line) == signals(line).sentence_end


class Unhurried(RemoveBoilerplate):
    """The filter without its shortcuts: every short line measured, every text classified."""

    def _verdict(self, line):
        rule, found, candidate = self._measure(line)
        return rule, found, candidate, found.prose and candidate is None, found.words

    def _measure_waiting(self, content, waiting, catalog, *, measure):  # noqa: ARG002
        super()._measure_waiting(content, waiting, catalog, measure=True)

    def _plain_prose(self, lines, removed):
        # Only texts of long sentences, each ending the line (the first shortcut).
        for line in lines:
            if line and (len(line) < 60 or line[-1] not in ".!?…。！？" or line[0].isspace()):
                return False
        return plain_ends(self, lines, removed, self._sentence_verdict)


def plain_ends(remove, lines, removed, verdict):
    """The shortcut's last questions: no call to action at either end (by ``verdict``), no bio."""
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        for index in order:
            line = lines[index]
            if line and index not in removed:
                found = verdict(line)
                if found is not None and found.value >= EDGE:
                    return False
                break
    return "author_bio" in remove.disabled or not find_author_bio(lines, dict(removed))


_PARAGRAPH = (
    "The council met on Tuesday to discuss the new budget for the coming year. It was the first"
    " meeting since the election, and it ran late."
)
_FURNITURE = [
    "Share this:", "Facebook", "Twitter", "Email", "Print", "Advertisement", "Source link",
    "Leave a Reply", "Related Articles", "Weitere Artikel", "Tags: Politik, Berlin",
    "Photo: Jane Roe/Agency", "6 min read", "Home › World › Europe", "By Jane Roe",
    "Jane Roe is a reporter who covers the courts. She lives in Ohio.", "Sign up for our newsletter",
    "© 2024 Daily Herald. All rights reserved.", "Menu", "—AP", "About the author",
    "By signing up, you agree to our Terms of Use and Privacy Policy.", "  Share this:  ",
    "Mehr zum Thema", "Lesen Sie auch: Warum die Mieten weiter steigen", "",
    "Save my name, email, and website in this browser for the next time I comment.",
    "Email.", "Teilen auf WhatsApp",
]  # fmt: skip
_DOC_LINE = st.one_of(
    LINES,
    LINES,
    st.sampled_from(_FURNITURE),
    st.just(_PARAGRAPH),
    st.builds(lambda line: line * 9, LINES),  # long lines, with or without an ending
)
DOCS = st.builds(
    lambda lines, joiner: joiner.join(lines),
    st.lists(_DOC_LINE, min_size=1, max_size=12),
    st.sampled_from(["\n", "\n\n"]),
)


def filter_pairs(other, learned):
    """The filter and ``other`` (a class), alike in four settings: default, web, disabled, learned."""
    return [
        (RemoveBoilerplate(**settings), other(**settings))
        for settings in (
            {},
            {"strength": "web"},
            {"disabled": frozenset({"author_bio", "share_widget"})},
            {"learned": frozenset({learned})},
        )
    ]


_PAIRS = filter_pairs(Unhurried, "the council met on tuesday")


@given(DOCS)
@example(  # a sentence-shaped line the page stage takes unmeasured: the same reason
    "The council met on Tuesday to discuss the new budget for the coming year. "
    "It was the first meeting since the election, and it ran late.\n"
    "ab ab ab ab.\nFacebook\nab ab ab ab ab ab ab.\nFoto: ab ab ab ab."
)
@example("Weitere Artikel\nWarum die Mieten steigen\nNeue Pläne für den Hafen\n" + _PARAGRAPH)
@example("Das ist wichtig. Selbst ist die Frau.\nShare this:\nFacebook\nTwitter")
@example("Lo so che Mario è occupato\nFacebook\nTwitter\nSource link\nEmail")
@example("Password\nEmail\nNon conosco il suo nome")
@example(
    "Home › Welt › Europa\nFacebook\n"
    "Der Stadtrat hat am Dienstag beschlossen, die Bibliothek im Zentrum weiter zu öffnen.\n"
    "Die Entscheidung fiel nach einer langen Debatte über die Kosten und den Haushalt.\n"
    "Teilen auf WhatsApp\nEmail"
)
@example("Teilen auf WhatsApp\nEmail.\nNon conosco il suo nome")
@example(
    "Das ist wichtig. Selbst ist die Frau.\n"
    "Save my name, email, and website in this browser for the next time I comment.\n"
    "By signing up, you agree to our Terms of Use and Privacy Policy.\n"
    "Ich habe keine Kinder, aber wir haben heute geschlossen."
)
def test_shortcuts_change_nothing(text):
    """With or without its shortcuts, the filter removes the same lines for the same reasons."""
    for remove, unhurried in _PAIRS:
        assert remove.explain(text) == unhurried.explain(text)


def test_a_body_is_a_paragraph_or_two_long_sentences():
    """Lines left waiting are decided by the body rule: one long sentence is none, two are one."""
    remove = FILTERS[0]
    first = (
        "Der Stadtrat hat am Dienstag beschlossen, die alte Bibliothek im Zentrum der Stadt"
        " weiter zu öffnen."
    )
    second = (
        "Die Entscheidung fiel nach einer langen Debatte über die Kosten, den Haushalt und die"
        " neuen Pläne."
    )
    menu = "Home › Welt › Europa"
    assert remove(f"{menu}\n{first}") == f"{menu}\n{first}"  # no body: only catalog lines go
    assert remove(f"{menu}\n{first}\n{second}") == f"{first}\n{second}"


def test_casefolding_keeps_words_and_their_punctuation_apart():
    """No character folds into a space or punctuation, nor punctuation into another: _tokens folds the line once."""
    module = importlib.import_module("textclean._filters.boilerplate.signals")
    punctuation = set(module._PUNCTUATION)
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        folded = char.casefold()
        assert folded, char
        if char in punctuation:
            assert folded == char, char
        else:
            assert punctuation.isdisjoint(folded), char
            assert any(c.isspace() for c in folded) == char.isspace(), char


@given(st.one_of(LINES, st.text()))
@example("İLGİLİ HABERLER: «Ä» — x")
def test_tokens_strip_then_fold_each_token(line):
    """_tokens gives each token as written and its word stripped, then casefolded, as token by token."""
    module = importlib.import_module("textclean._filters.boilerplate.signals")
    expected = [
        (raw, raw.strip(module._PUNCTUATION).casefold().replace("i\u0307", "i"))
        if "İ" in line
        else (raw, raw.strip(module._PUNCTUATION).casefold())
        for raw in line.split()
    ]
    assert module._tokens(line) == expected


_URLS = st.sampled_from(
    ["https://x.org/a", "www.example", "bbc.co.uk", "news.com", "@jane", "a@b", "GMT", "12 UTC",
     "xUTC", "CEST", "EST.", "ftp://x", "x.de", "x.dex", "x-y.ch"]
)  # fmt: skip


@given(st.lists(st.one_of(_URLS, _PLAIN), min_size=1, max_size=8).map(" ".join))
def test_the_url_and_time_zone_gates_pass_every_match(line):
    """A line the cheap patterns rule out holds no URL, handle or time zone."""
    module = importlib.import_module("textclean._filters.boilerplate.signals")
    if module._URL.search(line):
        assert module._MAY_URL.search(line)
    if module._TIME_ZONE.search(line):
        assert module._MAY_TIME_ZONE.search(line)


def test_every_cue_phrase_is_found_by_its_key():
    """The cue gate keys each phrase on one of its words and checks the rest: each phrase as a line passes it."""
    module = importlib.import_module("textclean._filters.boilerplate.signals")
    for phrase in _CUE_PHRASES:
        words = [w for w in module._bare_words(phrase) if w]
        assert module._may_hold_cue(phrase, words), phrase


_CREDIT_TOKENS = st.builds(
    lambda lead, stem, tail, end: lead + stem + tail + end,
    st.sampled_from(["", "(", "«", "*", "Bild", "Titel", "Top"]),
    st.sampled_from(
        [*importlib.import_module("textclean._filters.boilerplate.vocabulary")._CREDIT_STEMS,
         "foto", "Fot", "Ph", "ILL", "bild", "x", "ab", ""]
    ),
    st.sampled_from(["", "s", "graph", "grafía", "nachweis", "a"]),
    st.sampled_from(["", ".", ":", ".:", ")", "»"]),
)  # fmt: skip


@given(st.one_of(_CREDIT_TOKENS, st.text(max_size=12)))
def test_credit_word_compares_a_word_with_the_stems_of_its_first_letters(token):
    """credit_word, looking up stems by a word's first letters, says what comparing all stems says."""
    vocabulary = importlib.import_module("textclean._filters.boilerplate.vocabulary")
    word = token.strip(vocabulary._STRIP)
    if word.endswith(".") and word[:-1].casefold() in vocabulary._CREDIT_ABBREVIATIONS:
        expected = True
    else:
        word = word.rstrip(".:").casefold()
        expected = len(word) >= 3 and (
            word.startswith(vocabulary._CREDIT_STEMS)
            or (word.endswith(vocabulary._CREDIT_SUFFIXES) and len(word) > 6)
        )
    assert vocabulary.credit_word(token) == expected


# Paragraphs ending no sentence (as pools of chat lines and titles write
# them), long and short (a title at a text's top: a few words), with cue
# phrases, separators and shaped tokens put in: a field's star, a time
# zone, a wire's "with", words announcing more, a year, a price in words.
_TITLE_SHAPES = ["|", " - ", "#x", "*", "Name*", "GMT", "With", "AFP", "also", "More", "87"]
PARAGRAPHS = st.builds(
    _line,
    st.sampled_from(sorted(_STOPWORDS)).flatmap(
        lambda lang: st.lists(
            st.one_of(st.sampled_from(_STOPWORDS[lang]), _PLAIN), min_size=1, max_size=45
        )
    ),
    st.lists(
        st.tuples(st.integers(0, 50), st.one_of(_SPECIAL, st.sampled_from(_TITLE_SHAPES))),
        max_size=3,
    ),
    st.sampled_from(["", ")", "»", " x", "]", "*"]),
    st.booleans(),
)
# Titles of a few words, as articles open with them, and lines of their length with a shape.
_TITLES = (
    "Council votes to keep the old library open after a long debate",
    "Acclaimed Poet And Playwright Derek Walcott Dead At 87",
    "Senate hearings for Supreme Court pick to begin March 20",
    "200-lb gold coin worth estimated $4 million is stolen",
    "Photograph: Jane Roe for the Daily Courier and its readers",
    "With AFP and Reuters and the Associated Press",
    "Updated at 12:04 GMT on the third of March",
    "Live coverage from the summit in Brussels GMT",
    "Elsewhere: internationally acclaimed storytelling",
    "Correspondence-address-of-the-applicant please*",
    "Kettle with a handle and a lid for the kitchen – 29 €",
)


@given(PARAGRAPHS)
@example("Mario è preso dal suo lavoro Quella è una nuova storia per me Io voglio sapere")
@example("Wir verwenden Cookies um Inhalte und Anzeigen zu personalisieren und zu analysieren")
@example("Home | News | Sport | Weather | Culture | Travel | Contact us | Jobs | Help")
@example("Jane Roe is a reporter who lives in Ohio and writes about the courts since 2019")
def test_an_unmarked_paragraph_holds_no_cue_and_scores_nothing(line):
    """A paragraph unmarked_paragraph lets through has no cue, announces nothing, scores nothing."""
    _unmarked_holds_no_cue(line)


def test_titles_are_unmarked_only_without_a_shape():
    """A title of a few words is unmarked; one with a price, a date, a label or a wire is measured."""
    assert unmarked_paragraph(_TITLES[0])
    assert unmarked_paragraph(_TITLES[1])  # a number, no date and no price
    assert unmarked_paragraph(_TITLES[2])  # a date in a line of more than 8 words
    assert not any(map(unmarked_paragraph, _TITLES[3:]))
    for line in _TITLES:
        _unmarked_holds_no_cue(line)


def _unmarked_holds_no_cue(line):
    if unmarked_paragraph(line):
        found = signals(line)
        assert not found.cues
        assert not found.announces_more
        assert score(found).category is None


@given(PARAGRAPHS)
@example("Mario è preso dal suo lavoro Quella è una nuova storia per me Io voglio sapere")
@example("Jane Roe is a reporter who lives in Ohio and writes about the courts since 2019")
@example("Ik ben Sanne freelance journalist in Gent en schrijf over klimaat en energie sinds 2019")
def test_a_quiet_paragraph_is_what_measuring_it_finds(line):
    """The driver's short test of a paragraph says what its measured verdict says."""
    for remove in (*FILTERS, RemoveBoilerplate(strength="web")):
        expected = _quiet_verdict(remove._verdict(line))
        remove._measured.pop(line, None)  # (asked unmeasured, as a first reading asks it)
        assert remove._quiet_paragraph(line) == expected


_SIGNALS = importlib.import_module("textclean._filters.boilerplate.signals")
_KEY_SETS = _SIGNALS._keys()


def _every_wrapping(keys: frozenset[str]) -> frozenset[str]:
    """Each key bare, after one of _KEY_LEADS, before one of _KEY_TRAILS, or both."""
    leads, trails = ("", *_SIGNALS._KEY_LEADS), ("", *_SIGNALS._KEY_TRAILS)
    return frozenset(lead + key + trail for lead in leads for key in keys for trail in trails)


# call_to_action's word sets as round 12 built them: every key in every wrapping.
_WRAPPED_SETS = [(keys, _every_wrapping(keys)) for keys in _KEY_SETS if keys]
_WRAPPING = st.sampled_from(sorted({*_SIGNALS._KEY_WRAPPING, "),", ").", "-", "x"}))


@given(
    st.lists(_WRAPPING, max_size=3),
    st.sampled_from(sorted(_KEY_SETS.any | _KEY_SETS.cookie)),
    st.lists(_WRAPPING, max_size=3),
)
@example([], "newsletter", ["),"])
@example(["(", "("], "newsletter", [])
@example(["«"], "cookies", ["»"])
@example(["("], "", [")"])
def test_an_unwrapped_word_is_a_key_exactly_when_it_is_a_wrapped_key(leads, key, trails):
    """_unwrapped finds a key where the sets of every wrapped key held the word, and only there."""
    word = "".join(leads) + key + "".join(trails)
    for keys, wrapped in _WRAPPED_SETS:
        assert (_SIGNALS._unwrapped(word) in keys) == (word in wrapped), (word, sorted(keys)[:3])


def test_no_key_is_empty():
    """call_to_action reads stripped words for unwrapped ones where none is a key: "" is none."""
    assert "" not in _KEY_SETS.any


# Words joined by apostrophes as elisions and possessives write them ("l'offerta",
# "dell'abbonamento", "Trump's"), with cue words, stems and plain words on either side.
_ELIDED_HEADS = st.sampled_from(["l", "d", "dell", "all", "qu", "trump", "i", "rock", "n", ""])
_ELIDED_TAILS = st.one_of(
    st.sampled_from([p for p in _CUE_PHRASES if " " not in p]),
    st.sampled_from(["offerta", "abonnement", "affiliation", "abbonati", "s", "ll", "roll"]),
    _PLAIN,
)
_ELIDED = st.builds(
    lambda head, mark, tail: f"{head}{mark}{tail}",
    _ELIDED_HEADS,
    st.sampled_from("'’"),
    _ELIDED_TAILS,
)


@given(st.lists(st.one_of(_ELIDED, _PLAIN, st.sampled_from(_CUE_PHRASES)), min_size=1, max_size=12))
@example(["Scopri", "l'offerta"])
@example(["Trump's", "wall"])
@example(["dell’abbonamento", "annuale"])
def test_an_apostrophe_leaves_the_cue_gate_exact(words):
    """The cue gate reads each elision as _stem_category does: no cue it lets through is missed."""
    module = importlib.import_module("textclean._filters.boilerplate.signals")
    line = " ".join(words)
    folded = [w for w in (raw.strip(module._PUNCTUATION) for raw in line.casefold().split()) if w]
    if module._cue_free(line, folded):
        assert not module._find_cues(module._tokens(line))


def test_a_title_with_an_apostrophe_and_no_cue_is_not_measured():
    """
    A title whose apostrophes elide no cue takes unmarked_paragraph's short way, not the measure.

    Counted: the text is read without measuring any line; a title eliding a cue is measured.
    """
    body = (
        "The council met on Tuesday and voted to keep the old library open for now. " * 3
    ).strip()
    for title, measured in (
        ("Trump's son-in-law Kushner to face Russia investigation panel", 0),
        ("Tiger Woods: 'I'll never feel great again' after the surgery", 0),
        ("Scopri l'offerta dell'estate per tutta la famiglia", 1),
    ):
        remove = RemoveBoilerplate()  # (nothing measured yet: each title is asked afresh)
        with mock.patch.object(
            RemoveBoilerplate, "_measure", autospec=True, side_effect=RemoveBoilerplate._measure
        ) as measure:
            text = f"{title}\n\n{body}\n\n{body}"
            assert (remove(text) == text) == (not measured)  # (the offer goes)
        assert measure.call_count == measured, title
