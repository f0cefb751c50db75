"""remove_boilerplate's cheap gates: each rules out only what the full test would, so outputs stay."""

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.boilerplate import RemoveBoilerplate, boxes
from textclean._filters.boilerplate.bios import (
    _NAMED,
    _SELF_INTRODUCTION,
    _WRITES,
    _WRITES_SEARCHED,
    WRITES_PARTS,
    _may_write,
    bio_sentence,
    may_be_bio_sentence,
)
from textclean._filters.boilerplate.blocks import Line
from textclean._filters.boilerplate.lines import positions_at
from textclean._filters.boilerplate.signals import (
    DISCLOSURE_PARTS,
    PROGRAMME_PARTS,
    Parts,
    _disclosure_hint,
    affiliate_disclosure,
    may_disclose,
    may_name_disclosure,
    may_name_programme,
    may_prompt_sign_up,
    sign_up_lines,
    site_prompt,
    stoplists,
    stopword_density,
)
from textclean._filters.boilerplate.vocabulary import (
    DISCLOSURE_STEMS,
    PROGRAMMES,
    SIGN_UP,
    SITE_POSSESSIVES,
    TURKISH_SIGN_UP,
)

BODY = (
    "The council met on Tuesday to discuss the new budget for the coming year. It was the first"
    " meeting since the election.\n\nMembers argued for three hours before agreeing on a"
    " compromise that pleased few, the mayor said after the meeting."
)


class TestNamedWriter:
    """A bio sentence's verb must begin within 60 characters; only that much is searched."""

    @pytest.mark.parametrize("verb", ["writes", "has covered", "takip ediyor", "relacjonuje"])
    def test_verb_just_within_the_reach_is_found(self, verb):
        """A verb beginning at character 59 of a long line still makes a bio sentence."""
        name = "Anna Roe "
        line = f"{name}{'y' * (59 - len(name) - 1)} {verb} for The Times about transport and more."
        assert line.index(verb) == 59
        assert bio_sentence(line)

    def test_verb_beyond_the_reach_is_not(self):
        """A verb beginning at character 60 is too far from the name."""
        name = "Anna Roe "
        line = f"{name}{'y' * (60 - len(name) - 1)} writes for The Times about transport."
        assert line.index("writes") == 60
        assert not bio_sentence(line)

    def test_a_longer_word_is_no_verb(self):
        """The word boundary after a verb near the searched end sees the next letter."""
        name = "Anna Roe "
        line = f"{name}{'y' * (59 - len(name) - 1)} writesx for The Times about transport."
        assert not bio_sentence(line)


class TestDisclosureGates:
    """The link and sign-up gates answer as the full tests do, whatever the script of the line."""

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("This article contains affiliate links.", True),
            ("This article contains “affiliate” links.", True),  # not ASCII: every stem
            ("Эта статья содержит партнерские ссылки, мы получаем комиссию.", True),
            ("The commission published its report on Monday.", False),
            ("The Commission’s links to industry were examined.", False),
        ],
    )
    def test_affiliate_disclosure(self, line, expected):
        """Disclosures in any script are found; a commission of people is not one."""
        assert affiliate_disclosure(line) is expected
        assert affiliate_disclosure(line, line.casefold()) is expected

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("Subscribe to our newsletter and get the news every evening.", True),
            ("«Subscribe» to our newsletter today.", True),
            ("Bültenimize abone olun, haberlerimizi kaçırmayın.", True),  # Turkish: no first word
            ("Join our volunteers at the harbour on Saturday, the club said.", False),
            ("Our newsletter, the mayor said, was sent to subscribers.", False),
        ],
    )
    def test_site_prompt(self, line, expected):
        """A prompt opens with a sign-up word, or signs up in Turkish anywhere."""
        assert site_prompt(line) is expected
        assert site_prompt(line, line.casefold()) is expected

    @given(st.text(alphabet="aflinkcomsubrIé“’ ,.ığ", max_size=60))
    def test_folded_line_changes_nothing(self, line):
        """Passing the folded line gives the answer folding it inside gives."""
        folded = line.casefold()
        assert affiliate_disclosure(line, folded) == affiliate_disclosure(line)
        assert site_prompt(line, folded) == site_prompt(line)


class TestRounds:
    """The kept lines _find reports are those the text comes back with."""

    @pytest.mark.parametrize(
        "text",
        [
            BODY,
            f"{BODY}\n\nShare this:\n\nLike this:\n\nRelated",
            f"Menu\n\n{BODY}\n\nThis article contains affiliate links.\n\nSource link",
        ],
    )
    def test_call_and_explain_agree(self, text):
        """__call__ (which keeps _find's kept lines) and explain return the same text."""
        remove = RemoveBoilerplate()
        assert remove(text) == remove.explain(text)[0]
        assert remove(remove(text)) == remove(text)


def _density_by_language(words: list[str]) -> float:
    """stopword_density as jusText defines it: each stoplist's share, the largest."""
    if not words:
        return 0.0
    return max(sum(word in stoplist for word in words) for stoplist in stoplists().values()) / len(
        words
    )


_STOPWORDS = sorted(set().union(*stoplists().values()))


class TestPackedDensity:
    """stopword_density sums packed stoplist memberships; it counts as each stoplist does."""

    @given(
        st.lists(
            st.one_of(st.sampled_from(_STOPWORDS), st.text(max_size=6)),
            max_size=300,  # past the longest list a packed field counts (255 words)
        )
    )
    def test_density_is_the_best_stoplist_share(self, words):
        """Any words, stopwords of many languages among them, and lists past 255 words."""
        assert stopword_density(words) == _density_by_language(words)

    @pytest.mark.parametrize("size", [254, 255, 256, 400])
    def test_every_word_a_stopword_of_one_language(self, size):
        """A full field (all words English stopwords) neither overflows nor spills."""
        words = ["the"] * size
        assert stopword_density(words) == 1.0


class TestLaterReadings:
    """Later readings take the first reading's anywhere matches of the lines they keep."""

    @pytest.mark.parametrize(
        "text",
        [
            f"Menu\n\nHome\n\n{BODY}\n\nSource link\n\nAbout the author\n\nJane Roe writes about"
            " transport for The Times since 2019.\n\nShare this:",
            f"Advertisement\n\n{BODY}\n\nAdvertisement\n\nMore body here.\n\nSource link",
        ],
    )
    def test_user_lines_stay_matched_in_later_readings(self, text):
        """A line the user removes anywhere goes in every reading; output as a fresh reading."""
        remove = RemoveBoilerplate(user_lines=("More body here.",))
        once = remove(text)
        assert "More body here." not in once
        assert remove(once) == once
        assert remove.explain(text)[0] == once

    def test_a_sentence_ending_needs_no_closer_stripped(self):
        """_classify takes a line ending in a sentence's own last character for one unstripped."""
        from textclean._filters import boilerplate

        assert set(boilerplate._QUICK_ENDS) == set(boilerplate._SENTENCE_ENDS)
        assert not set(boilerplate._CLOSERS) & boilerplate._QUICK_ENDS

    @pytest.mark.parametrize(
        "text",
        [
            f"Advertisement\n\n{BODY}\n\nSource link\n\n- Anzeige -\n\nShare this:",
            f"Source link\n\n{BODY}\n\nShare this:\n\nMore body here.\n\nAdvertisement",
        ],
    )
    def test_ad_labels_found_in_any_reading(self, text):
        """A text read twice (a first removal) finds advertisement labels as one read once does."""
        remove = RemoveBoilerplate()
        once = remove(text)
        assert "Advertisement" not in once
        assert remove(once) == once


_OPENINGS = [
    "Ana Lopes ",
    "Jan van Dijk ",
    "I'm ",
    "ich bin ",
    "Je suis ",
    "Я ",
    "ben ",
    "The ",
    "",
]
_BIO_WORDS = [
    "writes for The Times about transport",
    "is a reporter",
    "journalist",
    "schreibt für die Zeitung über Politik",
    "since 2019",
    "lebt in Berlin",
    "covers sport",
    "and",
    "freelance",
]


class TestBioSentenceGate:
    """_sentence_verdict asks bio_sentence only of lines may_be_bio_sentence lets through."""

    @given(
        st.sampled_from(_OPENINGS),
        st.lists(st.sampled_from(_BIO_WORDS), max_size=6),
        st.text(max_size=20),
    )
    def test_no_bio_sentence_is_ruled_out(self, opening, words, tail):
        """Every line bio_sentence accepts opens with a name or a self-introduction."""
        line = opening + " ".join(words) + tail
        if bio_sentence(line):
            assert may_be_bio_sentence(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Ana Lopes é jornalista e escreve sobre clima desde 2019.",
            "Ik ben Sanne, freelance journalist in Gent.",
            "Jan Kowalski pisze dla Gazety o transporcie od 2017 roku.",
        ],
    )
    def test_bio_sentences_pass(self, line):
        """Bio sentences in several languages pass the gate, and end the text as before."""
        assert bio_sentence(line)
        assert may_be_bio_sentence(line)


_OPENING_WORDS = [
    "Ana Lopes", "Das Billige", "Ich bin", "ICH BIN", "i'm", "I’m", "Я", "я", "Ben", "sono", "de",
    "von", "Jean-Luc", "İch", "ſoy", "\u212aim", "O’Brien", "Ünal", "Mc", "ǅemal", "x",
]  # fmt: skip


class TestBioOpening:
    """may_be_bio_sentence asks one pattern: a name or a self-introduction, as the two said."""

    @given(
        st.lists(st.sampled_from(_OPENING_WORDS) | st.text(max_size=5), max_size=4).map(" ".join)
    )
    def test_answers_as_the_two_patterns(self, line):
        """The joined pattern matches a line's start wherever either pattern matches it."""
        either = _NAMED.match(line) is not None or _SELF_INTRODUCTION.match(line) is not None
        assert may_be_bio_sentence(line) is either


def _writes_verbs() -> list[str]:
    """Each verb _WRITES matches, as written in its alternation ("writes?" both ways)."""
    body = _WRITES.pattern.removeprefix(r"\b(?:").removesuffix(r")\b")
    verbs = []
    for verb in body.split("|"):
        verbs += [verb[:-2], verb[:-1]] if verb.endswith("s?") else [verb]
    return verbs


class TestWritesGate:
    """_writes_for asks _WRITES only of a line whose searched start holds a part of a verb."""

    def test_every_verb_holds_a_part(self):
        """Each verb of _WRITES's alternation holds one of WRITES_PARTS."""
        verbs = _writes_verbs()
        assert len(verbs) > 30
        for verb in verbs:
            assert regex.fullmatch(r"[\p{L} ]+", verb), verb  # a plain word: the list is read right
            assert any(part in verb for part in WRITES_PARTS), verb

    @given(
        st.lists(
            st.sampled_from([*_writes_verbs(), "Ana Lopes", "für die Zeitung", "über", "re-"])
            | st.text(max_size=8),
            max_size=8,
        ).map(" ".join)
    )
    def test_gate_holds_wherever_the_pattern_finds_a_verb(self, line):
        """Wherever _WRITES finds a verb in the searched start, the gate lets the line through."""
        if _WRITES.search(line, 0, _WRITES_SEARCHED) is not None:
            assert _may_write(line)

    def test_examples(self):
        """A verb past the searched start, or none, closes the gate (with the fast extra)."""
        pytest.importorskip("ahocorasick_rs")
        assert _may_write("Ana Lopes schreibt für die Zeitung über Klima.")
        assert not _may_write("Das Billige ist immer das Teuerste.")
        assert not _may_write("x" * _WRITES_SEARCHED + " writes")
        assert bio_sentence("Joost Mulder schrijft voor De Rivierbode over wonen.")


_QUESTION_LINES = [
    "Wie alt bist du?", "Was this helpful? Yes No", "¿Te gustó?", "Yes", "No", "",
    "  Helpful?  ", "Das ist gut. Und du?", "x?y", "Questions? Call us", "?", "A long sentence "
    "that asks nothing and goes on long enough to be read as prose by the classifier.",
]  # fmt: skip


class TestQuestionLines:
    """boxes._asking finds the asking lines by searches or by asking each line: the same lines."""

    @given(
        st.lists(st.sampled_from(_QUESTION_LINES) | st.text(max_size=12), max_size=14),
        st.sampled_from(["\n", "\n\n"]),
    )
    def test_both_ways_find_the_same_lines(self, lines, joiner):
        """Each line holding a question mark, not prose, that asks: whichever way is taken."""
        text = joiner.join(lines)
        content, _ = RemoveBoilerplate()._classify(text.split("\n"))
        by_marks = [
            pos
            for pos in positions_at(content, boxes._question_lines(text))
            if not content[pos].prose and boxes._asks(content[pos].text)
        ]
        by_lines = [
            pos for pos, line in enumerate(content) if not line.prose and boxes._asks(line.text)
        ]
        assert by_marks == by_lines
        if "?" in text:
            assert boxes._asking(text, content) == by_lines


class TestAdMarkerGate:
    """The substring test of a text's lowercase answers as the case-insensitive marker pattern."""

    def test_every_code_point_lowers_as_the_pattern_matches_it(self):
        """Outside LOWER_UNLIKE_MARKER, a character matches a marker's letter iff it lowers to it."""
        letters = sorted(set("".join(boxes.AD_MARKERS)))
        any_letter = regex.compile("(?i)[" + "".join(map(regex.escape, letters)) + "]")
        for point in range(0x110000):
            char = chr(point)
            lower = char.lower()
            if char == lower == char.upper() == char.casefold() and char not in letters:
                continue  # uncased and no marker's letter: matches none, lowers to itself
            if char in boxes.LOWER_UNLIKE_MARKER:
                continue
            if any_letter.fullmatch(char) is None:
                assert not set(lower) & set(letters), char
                continue
            hits = [x for x in letters if regex.fullmatch("(?i)" + regex.escape(x), char)]
            assert hits == [lower], (char, hits, lower)

    def test_every_marker_holds_a_part(self):
        """The parts tested first rule out only texts without any marker."""
        for marker in boxes.AD_MARKERS:
            assert any(part in marker for part in boxes.AD_MARKER_PARTS), marker

    @given(
        st.lists(
            st.sampled_from(sorted(boxes.AD_MARKERS))
            | st.text(alphabet="aeknoprsuwİıſKСсᲃАдвертисемнАNZEIGE. \n", max_size=12),
            max_size=6,
        ),
        st.lists(st.booleans(), min_size=1),
    )
    def test_gate_answers_as_the_pattern(self, parts, upper):
        """Markers in mixed case among look-alike letters: the gate says what the pattern says."""
        text = "".join(
            part.upper() if upper[i % len(upper)] else part for i, part in enumerate(parts)
        )
        assert boxes.holds_ad_marker(text) == (boxes._AD_MARKER.search(text) is not None)

    @pytest.mark.parametrize(
        ("text", "held"),
        [
            ("Body text.\n\nADVERTISEMENT\n\nMore.", True),
            ("Body text.\n\n- Anzeige -", True),
            ("Body text.\n\nРЕКЛАМА", True),
            ("Body text.\n\nPUBLİCİDAD", True),  # a Turkish dotted capital: the pattern decides
            ("Body text about the weather.", False),
        ],
    )
    def test_examples(self, text, held):
        """Markers in capitals, in Cyrillic, with a dotted capital I; a text without any."""
        assert boxes.holds_ad_marker(text) is held
        assert (boxes._AD_MARKER.search(text) is not None) is held


def _lines(*texts: str) -> list[Line]:
    return [Line(i, text, 0, True, None, None) for i, text in enumerate(texts)]  # noqa: FBT003


_SPACE = regex.compile(r"\s")
_DECORATED_MARKERS = st.builds(
    lambda lead, marker, upper, tail: lead + (marker.upper() if upper else marker) + tail,
    st.text(alphabet=boxes.AD_LEAD + "·:._\u00a0\x1c", max_size=4),
    st.sampled_from(sorted(boxes.AD_MARKERS)),
    st.booleans(),
    st.sampled_from(["", " -", " - Heute mal ausgehen?", ". Dieser Beitrag", " | x", ":", " -·-"])
    | st.text(alphabet="aA -|.\u00a0", max_size=8),
)


class TestAdOpeningGate:
    """may_open_with_ad_marker rules out only texts where ad_label and ad_prefix find no line."""

    def test_every_space_and_sign_before_a_label_is_stripped(self):
        """Every character split() or \\s reads as a space, and every sign, is in AD_LEAD; no letter."""
        for point in range(0x110000):
            char = chr(point)
            if char.isspace() or _SPACE.fullmatch(char):
                assert char in boxes.AD_LEAD, hex(point)
        assert set("*-–—[(«|") | set(boxes._DECORATION) <= set(boxes.AD_LEAD)
        assert not any(regex.search(r"\p{L}", char.casefold()) for char in boxes.AD_LEAD)

    def test_every_marker_opens_with_four_letters(self):
        """A marker's first word has the four letters its opening is read by."""
        for marker in boxes.AD_MARKERS:
            assert len(marker.split()[0]) >= boxes._OPENING, marker

    @given(st.lists(_DECORATED_MARKERS | st.text(max_size=30), min_size=1, max_size=4))
    def test_gate_holds_for_every_label_line(self, texts):
        """A line that is a label or opens with one passes the gate, in any decoration and case."""
        texts = [text.strip() or "x" for text in texts]
        if any(boxes.ad_label(text) or boxes.ad_prefix(text) for text in texts):
            assert boxes.may_open_with_ad_marker(_lines(*texts))

    @given(
        st.lists(_DECORATED_MARKERS | st.text(max_size=30), min_size=1, max_size=6),
        st.lists(st.booleans(), min_size=6, max_size=6),
    )
    def test_lines_kept_open_with_no_marker_if_all_did_not(self, texts, kept):
        """Later readings keep the first reading's answer when it was no: each line answers alone."""
        texts = [text.strip() or "x" for text in texts]
        subset = [text for text, keep in zip(texts, kept, strict=False) if keep]
        if not boxes.may_open_with_ad_marker(_lines(*texts)):
            assert not boxes.may_open_with_ad_marker(_lines(*subset))

    @pytest.mark.parametrize(
        ("text", "held"),
        [
            ("- Anzeige -", True),
            ("ANZEIGE - Heute mal ausgehen?", True),
            ("[Sponsored] A new phone", True),
            ("\u00a0PAID\u00a0CONTENT", True),
            ("The paper ran an advertisement for the shop.", False),
            ("Anzeige gegen den Fahrer wurde erstattet.", True),  # opens with one: ad_prefix asks
        ],
    )
    def test_examples(self, text, held):
        """Labels in decoration and capitals pass; a marker inside a sentence does not."""
        assert boxes.may_open_with_ad_marker(_lines("Body text.", text)) is held


_RATING_TEXT = st.lists(
    st.sampled_from(["4", "4,7", "3.5", "5", "10", "50", " ", "\u2003", "\n", "x", "Von", "OF"])
    | st.sampled_from(boxes.RATING_CONNECTORS)
    | st.sampled_from([c.upper() for c in boxes.RATING_CONNECTORS]),
    max_size=8,
).map("".join)


class TestRatingGate:
    """may_hold_rating rules out only texts where _RATING finds no rating."""

    def test_spaces_are_the_patterns(self):
        """RATING_SPACES holds every character _RATING's \\s matches."""
        for point in range(0x110000):
            if _SPACE.fullmatch(chr(point)):
                assert chr(point) in boxes.RATING_SPACES, hex(point)

    def test_connector_ends_are_every_case_of_the_last_letters(self):
        """Every character a connector's last letter matches case-blind is in RATING_CONNECTOR_ENDS."""
        lasts = "".join(sorted({connector[-1] for connector in boxes.RATING_CONNECTORS}))
        last = regex.compile("(?i)[" + regex.escape(lasts) + "]")
        for point in range(0x110000):
            if last.fullmatch(chr(point)):
                assert chr(point) in boxes.RATING_CONNECTOR_ENDS, hex(point)

    @given(_RATING_TEXT)
    def test_gate_answers_as_the_pattern_says_none(self, text):
        """Wherever _RATING finds a rating, the gate lets it be looked for."""
        if boxes._RATING.search(text) is not None:
            assert boxes.may_hold_rating(text)

    @pytest.mark.parametrize(
        ("text", "held"),
        [
            ("War der Artikel nützlich?\n(95 Stimmen: 4,73 von 5)", True),
            ("Rated 4.5/5 by readers", True),
            ("3 OUT OF\u2003 10", True),
            ("In 1995 the town had 5,000 people and 10 schools.", False),
        ],
    )
    def test_examples(self, text, held):
        """Ratings in several connectors and spaces pass; numbers in prose do not."""
        assert boxes.may_hold_rating(text) is held


class TestProgrammeGate:
    """A text that names no shop programme's part needs no programme test per line."""

    def test_every_programme_holds_a_part(self):
        """Each of PROGRAMMES holds one of PROGRAMME_PARTS."""
        for phrase in PROGRAMMES:
            assert any(part in phrase for part in PROGRAMME_PARTS), phrase

    @given(
        st.lists(
            st.sampled_from(
                [*PROGRAMMES, "As an", "I earn from", "we", "affiliate links", "Amazon", "link"]
            )
            | st.text(max_size=10),
            max_size=6,
        ).map(" ".join)
    )
    def test_gate_answers_as_the_full_test(self, line):
        """affiliate_disclosure with the text's programme answer says what it says alone."""
        folded = line.casefold()
        programmes = may_name_programme(folded)
        assert affiliate_disclosure(line, folded, programmes=programmes) == affiliate_disclosure(
            line
        )


_DISCLOSURE_WORDS = [
    form
    for stem in DISCLOSURE_STEMS
    for form in (stem, stem.capitalize(), stem.upper(), stem.title() + "ed")
]


class TestDisclosureStemGate:
    """A text holding no part of a disclosure stem's form fails the hint on every line."""

    def test_every_form_the_hint_matches_holds_a_part(self):
        """Each stem, capitalised or in capitals, casefolded, holds one of DISCLOSURE_PARTS."""
        for stem in DISCLOSURE_STEMS:
            for form in (stem, stem.capitalize(), stem.upper()):
                assert any(part in form.casefold() for part in DISCLOSURE_PARTS), form

    @given(
        st.lists(
            st.sampled_from([*_DISCLOSURE_WORDS, "links", "We earn", "click", "ORTAKLIK"])
            | st.text(max_size=8),
            max_size=6,
        ).map(" ".join)
    )
    def test_gate_holds_wherever_the_hint_does(self, line):
        """Wherever _disclosure_hint finds a stem, the text's gate lets the line be asked."""
        if _disclosure_hint().search(line) is not None:
            assert may_name_disclosure(line.casefold())

    @given(
        st.lists(
            st.sampled_from([*_DISCLOSURE_WORDS, *PROGRAMMES, "links", "we may earn", "click"])
            | st.text(max_size=8),
            max_size=8,
        ).map(" ".join)
    )
    def test_disclosures_answer_as_without_the_gates(self, line):
        """A line the gates pass by is one affiliate_disclosure rejects."""
        folded = line.casefold()
        if not (may_name_programme(folded) or may_name_disclosure(folded)):
            assert not affiliate_disclosure(line)


# Pieces of sign-up prompts and near misses: sign-up words with the
# punctuation site_prompt strips around them, glued to other words, in capitals.
_SIGN_UP_PIECES = st.sampled_from([
    *(f"{word} " for word in sorted(SIGN_UP)), *sorted(TURKISH_SIGN_UP),
    *(f" {word} " for word in sorted(SITE_POSSESSIVES)), " newsletter", "newsletter",
    "membership", "abonelik", "bültenimize", "«", "»", "(", ")", "-", ".", ":", "…", "¡", "\u00a0",
    "\t", "\n", " ", "x", "un", "SUBSCRIBE", "Sign", "volunteer",
])  # fmt: skip


# Up to six lines made of those pieces (a line may hold a line break: callers drop it).
_PROMPT_LINES = st.lists(
    st.lists(_SIGN_UP_PIECES | st.text(max_size=4), max_size=8).map("".join),
    min_size=1,
    max_size=6,
)


class TestSignUpGate:
    """A text whose lines open with no sign-up word and hold no Turkish one has no site prompt."""

    @given(_PROMPT_LINES)
    def test_gate_holds_wherever_a_line_prompts(self, lines):
        """Wherever site_prompt says yes to a line, the gate of the lines' text says yes too."""
        lines = [line.strip() for line in lines if "\n" not in line]
        folded = "\n".join(lines).casefold()
        if lines and any(
            site_prompt(line, fold) for line, fold in zip(lines, folded.split("\n"), strict=True)
        ):
            assert may_prompt_sign_up(folded)

    @given(_PROMPT_LINES)
    def test_lines_found_are_every_line_that_prompts(self, lines):
        """sign_up_lines names each line site_prompt says yes to, in order, once."""
        lines = [line.strip() for line in lines if "\n" not in line]
        folded = "\n".join(lines).casefold()
        found = sign_up_lines(folded)
        if not lines:  # every line held a line break: the text is one empty line
            assert found == []
            return
        if found is None:  # a Turkish sign-up word: every line is asked
            assert any(phrase.split()[-1] in folded for phrase in TURKISH_SIGN_UP)
            return
        assert found == sorted(set(found))
        assert all(0 <= number < len(folded.split("\n")) for number in found)
        for number, (line, fold) in enumerate(zip(lines, folded.split("\n"), strict=True)):
            if site_prompt(line, fold):
                assert number in found

    def test_lines_found_in_examples(self):
        """Lines opening with a sign-up word are found, after blank lines and at the start."""
        assert sign_up_lines("subscribe\n\n«join» our club\nthe body.") == [0, 2]
        assert sign_up_lines("the body.\nsubscribe\nsubscribe") == [1, 2]
        assert sign_up_lines("the body.\nwe subscribe.") == []
        assert sign_up_lines("bültenimize abone olun") is None

    def test_examples(self):
        """A prompt opening any line opens the gate; prose with the words inside does not."""
        assert may_prompt_sign_up("the body.\n«subscribe» to our newsletter")
        assert may_prompt_sign_up("abonnez-vous à notre newsletter.")
        assert may_prompt_sign_up("bültenimize abone olun")
        assert not may_prompt_sign_up("we asked readers to subscribe.\nsign-ups rose.")


_ALL_PARTS = (*PROGRAMME_PARTS, *DISCLOSURE_PARTS)


class TestParts:
    """A gate's parts, sorted by script, are found exactly where a plain search finds one."""

    @given(
        st.lists(
            st.sampled_from([*_ALL_PARTS, *(part[:-1] for part in _ALL_PARTS), "“", "é", "к"])
            | st.text(max_size=6),
            max_size=6,
        ).map("".join)
    )
    def test_answers_as_a_search_for_each(self, text):
        """Parts.in_text says what any(part in text) says, for texts in any script."""
        for parts in (PROGRAMME_PARTS, DISCLOSURE_PARTS, _ALL_PARTS):
            expected = any(part in text for part in parts)
            assert Parts.of(parts).in_text(text) == expected
            assert Parts.of(parts, fast=False).in_text(text) == expected

    @given(
        st.lists(
            st.sampled_from([*_ALL_PARTS, *(part[:-1] for part in _ALL_PARTS), "“", "\n"])
            | st.text(max_size=6),
            max_size=6,
        ).map("".join)
    )
    def test_both_gates_at_once_answer_as_each(self, text):
        """may_disclose says what the programme and disclosure gates say, one after the other."""
        programmes = may_name_programme(text)
        assert may_disclose(text) == (programmes, programmes or may_name_disclosure(text))

    @pytest.mark.parametrize("fast", [True, False])
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("", False),
            ("the council met.", False),
            ("affiliate", True),
            ("aff\ud800iliate links", False),  # a lone surrogate: the searches answer
            ("\ud800 affiliate links", True),
            ("“партнерские” ссылки", True),
            ("fil\nli", False),
        ],
    )
    def test_examples_with_and_without_the_automaton(self, text, expected, fast):
        """The automaton and the searches agree, on texts the automaton cannot read too."""
        assert Parts.of(_ALL_PARTS, fast=fast).in_text(text) is expected

    def test_the_fast_extra_builds_an_automaton(self):
        """With ahocorasick-rs installed (make install), the gates read a text once."""
        pytest.importorskip("ahocorasick_rs")
        assert Parts.of(_ALL_PARTS).automaton is not None
        assert Parts.of(_ALL_PARTS, fast=False).automaton is None

    def test_every_part_is_kept(self):
        """Sorting loses no part and adds none."""
        sorted_parts = Parts.of(_ALL_PARTS)
        kept = [*sorted_parts.ascii, *(p for _, parts in sorted_parts.others for p in parts)]
        assert sorted(kept) == sorted(_ALL_PARTS)
