"""Lines that are no prose but that no stage takes let a text of prose take the plain-prose shortcut."""

import importlib

from hypothesis import example, given
from hypothesis import strategies as st
from test_boilerplate_shortcuts import filter_pairs, plain_ends

from textclean._filters.boilerplate import RemoveBoilerplate, quiet_lines
from textclean._filters.boilerplate.blocks import Line
from textclean._filters.boilerplate.boxes import may_open_with_ad_marker, opens_with_ad_marker
from textclean._filters.boilerplate.lines import fewer_spaces, with_fewer_spaces
from textclean._filters.boilerplate.signals import MAX_SCORED_CHARS, ends_clause, without_notes

_QUICK_ENDS = ".!?…。！？"


class Strict(RemoveBoilerplate):
    """The filter with the shortcut as it was: every line a sentence of prose, else classified."""

    def _plain_prose(self, lines, removed):
        for line in lines:
            if not line:
                continue
            if len(line) >= 60 and line[-1] in _QUICK_ENDS and not line[0].isspace():
                continue
            if removed or line[0].isspace() or line[-1].isspace():
                return False
            if len(line) > MAX_SCORED_CHARS or (
                len(line) >= 60
                and without_notes(line).rstrip("\"'”’»)").endswith(tuple(_QUICK_ENDS))
            ):
                continue
            if not ends_clause(line) or self._known(line)[1] is not None:
                return False
        return plain_ends(self, lines, removed, self._end_verdict)


# Sentences of prose in several languages, and the same without their full stop.
_SENTENCES = [
    "Der Stadtrat hat am Dienstag beschlossen, die alte Bibliothek weiter zu öffnen.",
    "Die Entscheidung fiel nach einer langen Debatte über die Kosten und den Haushalt.",
    "Lo voglio davvero sapere perché non mi parla più da quella volta",
    "Mario non è un uomo felice La tua camera è molto grande",
    "Я вижу мёртвых людей и хочу побыть одна, сказала она ему вчера вечером",
    "Построй, и они придут А врагов ещё ближе держи, чем друзей своих",
    "Мову чудову, глибинне і пружне слово, немов гостру зброю, дав нам народ",
    "The council met on Tuesday to discuss the new budget for the coming year.",
    "It was the first meeting since the election, and it ran late into the night",
    "No quiero volver a casa. No tenemos todo el día",
    "Les autres sont prêts à tout. Le temps est une drogue pour eux",
]
_SHORT = [
    "Ich trinke Wasser. Ich denke schon.", "Das ist unmöglich. Ich verstehe nicht.",
    "Herzlichen Glückwunsch! Wer rastet, der rostet.", "Nadie lo quiere. No puedes salir.",
    "Kannst du mir helfen? Ich bin gleich da.", "Yo quería ir allí. Esto es tu culpa.",
    "Ich bin um 10 Uhr da.", "Ich habe Hunger.", "Gut.", "Sehr gut!",
]  # fmt: skip
# What the stages take lines by: marks at either end, inside, and furniture.
_MARKS = [
    "«", "»", "‹", "›", "<<", "→", "* ", "*", "(", ")", "©", "(c)", "Copyright", "Anzeige ",
    "ANZEIGE | ", "Sponsored: ", "Werbung – ", ": ", "Foto: Jane Roe", "? ", "?", "12", "@jane",
    "App Store", "Google Play", "Seite 1 von 5", "Weitere Artikel", "Mehr zum Thema", "also ",
    "(required)", "Name*", "Tel. 030 1234567", "10115 Berlin", "|", " - ", "#tag", "Tags:",
    " »", "« ", "»", "(Pflichtfeld)", "? Ja Nein", "Helpful? Yes No", "War der Artikel hilfreich?",
    "4 von 5", "Über uns", "Photograph: Jane Roe/AFP", "Quelle: dpa/x",
]  # fmt: skip
_WORDS = st.sampled_from(
    [
        "der",
        "die",
        "und",
        "ist",
        "nicht",
        "ein",
        "zu",
        "il",
        "la",
        "che",
        "non",
        "è",
        "и",
        "в",
        "не",
        "на",
        "я",
        "the",
        "and",
        "of",
        "to",
        "a",
        "is",
        "in",
    ]
)
_GENERATED = st.builds(
    lambda words, end: " ".join(words) + end,
    st.lists(_WORDS, min_size=3, max_size=40),
    st.sampled_from(["", ".", "!", "?", ":", "…", ".)", "»"]),
)
_DECORATED = st.builds(
    lambda line, mark, where: (
        mark + line
        if where == 0
        else line + mark
        if where == 1
        else line.replace(" ", f" {mark} ", 1)
    ),
    st.one_of(st.sampled_from(_SENTENCES), _GENERATED),
    st.sampled_from(_MARKS),
    st.integers(0, 2),
)
_LINE = st.one_of(
    st.sampled_from(_SENTENCES),
    st.sampled_from(_SENTENCES).map(lambda line: line.rstrip(".")),
    st.sampled_from(_SHORT),
    _GENERATED,
    _DECORATED,
    st.sampled_from(["Share this:", "Facebook", "Email", "By Jane Roe", "Advertisement", ""]),
    st.builds(lambda a, b: f"{a} {b}", st.sampled_from(_SENTENCES), st.sampled_from(_SENTENCES)),
)
# Texts of lines, some repeated (teasers' marks recur), some runs of paragraphs (page's runs).
DOCS = st.builds(
    lambda lines, repeat, joiner: joiner.join(lines + lines[:1] * repeat),
    st.lists(_LINE, min_size=1, max_size=14),
    st.integers(0, 3),
    st.sampled_from(["\n", "\n\n"]),
)
# The same with a body above or below: the stages read a text that has one.
_PROSE = st.sampled_from([line for line in _SENTENCES if line.endswith(".")])
_QUIET = st.one_of(
    st.sampled_from(_SENTENCES).map(lambda line: line.rstrip(".")),
    st.sampled_from(_SHORT),
    _GENERATED,
    _DECORATED,
    st.builds(lambda a, b: f"{a} {b}", st.sampled_from(_SENTENCES), st.sampled_from(_SENTENCES)),
)
BODIED = st.builds(
    lambda body, lines, below, joiner: joiner.join(lines + body if below else body + lines),
    st.lists(_PROSE, min_size=2, max_size=4),
    st.lists(st.one_of(_QUIET, _QUIET, _QUIET, _PROSE), min_size=1, max_size=10),
    st.booleans(),
    st.sampled_from(["\n", "\n\n"]),
)
# Short first lines over a body: titles, names over bios, labels, marks that recur.
_TITLES = [
    "Roses have scent of money", "Jane Roe", "Dr. Jane Roe", "About the author", "Anzeige",
    "Weitere Artikel", "Mehr zum Thema", "Newsletter", "Der Stadtrat tagt", "Snack chief",
    "Home", "Menü", "Lesen Sie auch", "Читайте также", "Was this helpful", "Jane Roe, Reporter",
    "Seite 2 von 5", "Page 3 of 7", "(16 Videos)", "12 Artikel", "Download on the App Store",
    "3,000 customers without power", "Top 10", "Poet Derek Walcott Dead At 87", "Tel. 030 1234567",
    "jane@example.com", "4 von 5", "Rated 5 out of 10", "2 min read", "Updated 12:04 GMT",
]  # fmt: skip
_BIO = "Jane Roe is a reporter who covers the courts and lives in Ohio with her family."
TITLED = st.builds(
    lambda title, body, lines, joiner: joiner.join([title, *body, *lines]),
    st.one_of(st.sampled_from(_TITLES), _GENERATED.map(lambda line: line[:40].strip() or "x")),
    st.lists(
        st.one_of(_PROSE, st.just(_BIO), st.builds(lambda a, b: f"{a} {b}", _PROSE, _PROSE)),
        min_size=1,
        max_size=4,
    ),
    st.lists(st.one_of(_QUIET, _PROSE, st.sampled_from(_TITLES)), max_size=6),
    st.sampled_from(["\n", "\n\n"]),
)
# A lone title: a short first line over paragraphs of prose (one of them wide), maybe a
# line after them; the stages that take short lines need other lines that are no prose.
LONE_TITLED = st.builds(
    lambda blank, title, body, last, joiner: joiner.join([*blank, title, *body, *last]),
    st.lists(st.just(""), max_size=2),
    st.one_of(
        st.sampled_from(_TITLES),
        _GENERATED.map(lambda line: line[:40].strip(" .!?…:") or "x"),
        _DECORATED.map(lambda line: line[:40].strip() or "x"),
    ),
    st.lists(
        st.one_of(_PROSE, st.just(_BIO), st.builds(lambda a, b: f"{a} {b}", _PROSE, _PROSE)),
        min_size=1,
        max_size=4,
    ).map(lambda body: [*body, f"{_SENTENCES[0]} {_SENTENCES[1]}"]),
    st.lists(st.one_of(_QUIET, _PROSE, st.sampled_from(_TITLES)), max_size=1),
    st.sampled_from(["\n", "\n\n"]),
)
_PAIRS = filter_pairs(Strict, "ich trinke wasser ich denke schon")


@given(st.one_of(DOCS, BODIED, TITLED, LONE_TITLED))
@example("\n".join(["Jane Roe", _BIO, _SENTENCES[0], _SENTENCES[1]]))
@example("\n\n".join(["Roses have scent of money", _SENTENCES[0], _SENTENCES[1]]))
@example("\n".join(["Jane Roe", f"{_SENTENCES[0]} {_SENTENCES[1]}", _BIO]))
@example("\n".join(["Top 10", f"{_SENTENCES[0]} {_SENTENCES[1]}", _SENTENCES[0]]))
@example("\n".join(["Roses", f"{_SENTENCES[0]} {_SENTENCES[1]}", "Roses"]))
@example("\n".join(["Seite 2 von 5", f"{_SENTENCES[0]} {_SENTENCES[1]}", _SENTENCES[0]]))
@example("\n".join(["(3 Videos)", "Die Mieten steigen", "Neue Pläne", "Der Hafen", _SENTENCES[0]]))
@example(  # a run of five paragraphs ending no sentence, and a body
    "\n".join(_SENTENCES[:2] + [line.rstrip(".") for line in _SENTENCES[2:7]])
)
@example(
    "\n".join([_SENTENCES[0], _SENTENCES[1], "Ich habe Hunger. Ich habe Durst.", *["Gut."] * 3])
)
@example("\n".join([_SENTENCES[0], _SENTENCES[1], "« " + _SENTENCES[4]]))
@example("\n".join([_SENTENCES[0], _SENTENCES[1], _SENTENCES[4] + ". Foto: Jane Roe"]))
@example("Mario non è un uomo felice La tua camera è molto grande\nGut.\nFacebook")
def test_quiet_lines_change_nothing(text):
    """With the widened shortcut or the classifier, the filter removes the same lines for the same reasons."""
    for remove, strict in _PAIRS:
        assert remove.explain(text) == strict.explain(text)


def test_texts_with_quiet_lines_take_the_shortcut():
    """Paragraphs without a final stop and lines of short sentences amid prose are plain prose; marked ones are not."""
    remove = RemoveBoilerplate()
    body = [_SENTENCES[0], _SENTENCES[1]]
    for quiet in (
        "Ich trinke Wasser. Ich denke schon.",
        _SENTENCES[4],
        "Mario non è un uomo felice La tua camera è molto grande",
    ):
        lines = [*body, quiet, body[0]]
        assert remove._plain_prose(lines, {}), quiet
        assert not RemoveBoilerplate(strength="web")._plain_prose(lines, {}), quiet
    # a short title above a body is plain alone; beside another quiet line (teasers' marks
    # and boxes' names are as short) or with a mark, it is classified
    wide = [f"{body[0]} {body[1]}", body[0]]  # (a paragraph: the text has a body)
    assert remove._plain_prose(["Roses have scent of money", *wide], {})
    assert remove._plain_prose(["", "Roses have scent of money", "", *wide], {})
    assert not remove._plain_prose(["Roses have scent of money", *wide, _SENTENCES[4]], {})
    assert not remove._plain_prose([*wide, "Roses have scent of money", *wide], {})
    for marked in ("Seite 2 von 5", "Top 10 roses", "Name*", "« Roses", "Roses? Yes"):
        assert not remove._plain_prose([marked, *wide], {}), marked
    assert not RemoveBoilerplate(strength="web")._plain_prose(["Roses", *wide], {})
    for marked in (
        "« " + _SENTENCES[4],
        _SENTENCES[4] + ". Foto: Jane Roe",
        "Ich bin um 10 Uhr da.",
        "Weitere Artikel zum Thema Haushalt und Bibliothek in der Stadt",
        "Sehr gut!",
    ):
        assert not remove._plain_prose([*body, marked, body[0]], {}), marked
    # no body: a text of lines without their stops loses only catalog lines
    assert remove._plain_prose(["Lo voglio davvero sapere", "Mario non è un uomo felice"], {})
    assert not remove._plain_prose(["Lo voglio davvero sapere", "Share this"], {})


def test_quiet_lines_bounds_are_the_stages_own():
    """The bounds quiet_lines keeps lines within are those of the stages it names."""

    def module(name):
        return importlib.import_module(f"textclean._filters.boilerplate.{name}")

    teasers, boxes, contacts = module("teasers"), module("boxes"), module("contacts")
    edge_lines, page, captions = module("edge_lines"), module("page"), module("captions")
    pagers, forms = module("pagers"), module("forms")
    assert max(teasers._MAX_MARK_CHARS, boxes._MAX_NAME_CHARS) < quiet_lines.PARAGRAPH_CHARS
    assert quiet_lines.MARK_CHARS == teasers._MAX_MARK_CHARS
    assert quiet_lines._RECURRING == teasers._MIN_MARKS
    assert quiet_lines.PARAGRAPH_SPACES >= contacts._MAX_WORDS
    assert quiet_lines.EDGE_CHARS >= edge_lines._MAX_CHARS
    assert edge_lines._GATE.pattern == r"\d|app|play|store|droid"  # (_edge_or_contact's words)
    assert min(page._MIN_RUN[False], page._INNER_RUN[False]) == quiet_lines.PAGE_RUN
    assert quiet_lines._CAPTION_TAIL >= captions._MAX_TAIL
    assert quiet_lines.QUESTION_SPACES >= boxes._MAX_QUESTION_WORDS + 2
    assert {mark[0] for mark in pagers._OPENING} <= quiet_lines._POINTING_FIRST
    assert {mark[-1] for mark in pagers._CLOSING} <= quiet_lines._POINTING_LAST
    assert set(pagers._GUILLEMETS) == set("«»‹›")
    assert set(pagers._MARKS) <= quiet_lines._POINTING_FIRST | quiet_lines._POINTING_LAST
    assert quiet_lines._CONTACT.pattern == contacts._DIGIT_OR_AT.pattern
    assert quiet_lines._CONTACT.flags == contacts._DIGIT_OR_AT.flags
    assert quiet_lines.PARAGRAPH_SPACES >= contacts._MAX_WORDS
    footer = module("footer")
    assert quiet_lines._FOOTER_PARAGRAPH_SPACES >= footer._MAX_AFTER_WORDS
    assert quiet_lines._FOOTER_LINES >= footer._MAX_AFTER
    assert set(forms._FIELD_MARKS) <= set(quiet_lines._FIELD_ENDS)
    assert quiet_lines._SENTENCE_LAST <= boxes._NAME_ENDS


@given(st.text(alphabet="apPlLyYsStTOoreEdDiIſİK@()[]9٣ ", max_size=12))
@example("ſtore")
@example("DROİD")
@example("Kontakt (AT) x")
def test_edge_or_contact_finds_what_the_stages_gates_find(line):
    """_edge_or_contact opens wherever edge_lines' gate or contacts' opens."""
    module = importlib.import_module("textclean._filters.boilerplate")
    edge_lines, contacts = module.edge_lines, module.contacts
    if edge_lines._GATE.search(line) or contacts._DIGIT_OR_AT.search(line):
        assert quiet_lines._edge_or_contact(line)


@given(st.one_of(_DECORATED, st.text(max_size=20)))
@example("ANZEIGE | Jetzt kaufen")
@example("– Sponsored – x")
def test_opens_with_ad_marker_is_the_gate_for_one_line(text):
    """opens_with_ad_marker says what may_open_with_ad_marker says of a text of that one line."""
    line = Line(0, text, 0, True, None, None)  # noqa: FBT003
    assert opens_with_ad_marker(text) == may_open_with_ad_marker([line])


def _reference_quiet_prose(lines: list[str], quiet: set[int]) -> bool:
    """quiet_prose as it was: each line of prose asked every mark in turn."""
    text = "\n".join(lines)
    colon = ":" in text
    field = "*" in text or ")" in text
    for index, line in enumerate(lines):
        if not line or index in quiet:
            continue
        if (
            not quiet_lines._unmarked(line)
            or (field and line.endswith(quiet_lines._FIELD_ENDS) and quiet_lines.field_text(line))
            or (colon and ":" in line[-90:] and quiet_lines.caption_credit(line))
            or (
                line.count(" ") < quiet_lines.PARAGRAPH_SPACES and quiet_lines._CONTACT.search(line)
            )
        ):
            return False
    return not quiet_lines._rights_at_end(lines)


@given(st.one_of(DOCS, BODIED, TITLED), st.sets(st.integers(0, 30), max_size=6))
def test_quiet_prose_answers_as_before(text, quiet):
    """All lines asked each mark at once find a marked line of prose where the line-by-line loop did."""
    lines = text.split("\n")
    assert quiet_lines.quiet_prose(lines, quiet) == _reference_quiet_prose(lines, quiet)


@given(
    st.text(st.sampled_from("ab  \t\u00a0\n.é"), max_size=400),
    st.integers(0, 30),
)
@example("word " * 40, 8)
@example("a" * 300 + " " * 7, 8)
def test_fewer_spaces_counts_as_str_count(line, count):
    """fewer_spaces, which reads a line's start first, says what line.count(" ") < count says."""
    assert fewer_spaces(line, count) == (line.count(" ") < count)


@given(
    st.lists(st.text(st.sampled_from("ab  \t\u00a0.é"), max_size=300), max_size=8),
    st.integers(0, 30),
)
@example(["word " * 40, "a" * 300 + " " * 7, "a b"], 8)
def test_with_fewer_spaces_keeps_what_fewer_spaces_keeps(lines, count):
    """with_fewer_spaces, one comprehension for all lines, keeps the lines fewer_spaces says yes to."""
    assert with_fewer_spaces(lines, count) == [line for line in lines if fewer_spaces(line, count)]
