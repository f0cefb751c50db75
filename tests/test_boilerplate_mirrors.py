"""remove_boilerplate: lines a page prints both above and below its article (mirrors.py)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.boilerplate import RemoveBoilerplate
from textclean._filters.boilerplate.blocks import Line
from textclean._filters.boilerplate.mirrors import body, fold, may_mirror, mirrored_lines

default = RemoveBoilerplate()
web = RemoveBoilerplate(strength="web")

# Written for these tests after the rule was frozen.
BODY = [
    "The lighthouse on the northern cape was switched off for the last time on Sunday"
    " evening, after one hundred and twelve years of service to the fishing fleet.",
    "Its lamp will be moved to the town museum, where volunteers plan to show how the"
    " keepers lived, and the tower itself will be sold to a foundation that restores it.",
    "Fishermen who gathered at the harbour said the satellite beacons that replaced it work"
    " well, but that the coast will feel darker without the familiar sweep of light.",
]
GERMAN_BODY = [
    "Die Gemeinde hat am Dienstag beschlossen, das alte Hallenbad im Frühjahr zu schließen,"
    " weil die Sanierung des Daches mehr kosten würde als ein Neubau am Stadtrand.",
    "Die Schwimmvereine sollen bis zur Eröffnung des neuen Bades in der Nachbarstadt"
    " trainieren, und die Gemeinde will die Fahrten mit einem Bus unterstützen.",
]
TITLE = "Lighthouse goes dark after 112 years"
MENUS = {
    "en": ["News", "Weather", "Ferries"],
    "de": ["Lokales", "Sport", "Veranstaltungen"],
    "es": ["Portada", "Deportes", "Cultura y ocio"],
}


def lines_of(*parts):
    return [line for part in parts for line in part]


def kept(filter_, lines):
    return filter_("\n".join(lines)).split("\n")


class TestPrintedOnBothSidesGoes:
    """A short line the page prints above the article and again below it is the template's."""

    @pytest.mark.parametrize("language", sorted(MENUS))
    def test_a_menu_above_that_the_footer_repeats_goes(self, language):
        """Three menu links under the site's name, and the same links in the footer."""
        menu = MENUS[language]
        body = GERMAN_BODY if language == "de" else BODY
        text = lines_of(["Coastal Times", *menu, TITLE], body, ["Imprint", *menu])
        for filter_ in (default, web):
            out = kept(filter_, text)
            assert not set(menu) & set(out)
            assert all(paragraph in out for paragraph in body)
            assert TITLE in out

    def test_copies_differing_in_case_and_marks_are_one_line(self):
        """'SPORT »' above and 'Sport' below are the same link."""
        text = lines_of(
            ["SPORT »", "LOKALES »", TITLE], GERMAN_BODY, ["Sport", "Lokales", "Impressum"]
        )
        out = kept(default, text)
        assert "SPORT »" not in out
        assert "LOKALES »" not in out

    def test_the_reason_names_the_repetition_and_the_body(self):
        """The explanation says the line is printed on both sides, and where the body is."""
        text = "\n".join(lines_of(["Coastal Times", *MENUS["en"], TITLE], BODY, MENUS["en"]))
        _, changes = default.explain(text)
        reasons = [c.reason for c in changes if c.before.strip() == "Weather"]
        assert reasons
        assert all(
            "printed both above the title and below the body (lines 6-8)" in r for r in reasons
        )


class TestTheArticlesLinesStay:
    """The body's own lines, the title and what is printed on one side only stay."""

    def test_the_title_repeated_in_a_breadcrumb_stays(self):
        """The title over the body is the article's, though the footer names it again."""
        text = lines_of([TITLE], BODY, ["Home", "Coast", TITLE])
        assert TITLE in kept(default, text)

    def test_a_post_title_its_archive_list_repeats_stays(self):
        """A blog's archive below the post lists the post's title among the others."""
        archive = ["Older posts", "Winter at the harbour", TITLE, "Nets and knots"]
        text = lines_of(["Harbour notes", TITLE], BODY, archive)
        assert TITLE in kept(default, text)

    def test_subheadings_a_contents_list_repeats_stay(self):
        """Headings between paragraphs are in the body, wherever else they are printed."""
        headings = ["The last keeper", "What happens to the lamp"]
        text = lines_of(
            [TITLE, *headings], BODY[:1], headings[:1], BODY[1:2], headings[1:], BODY[2:]
        )
        out = kept(default, text)
        assert out.count("The last keeper") >= 1
        assert out.count("What happens to the lamp") >= 1

    def test_key_facts_a_recap_repeats_stay(self):
        """Lines between the title and the body are the article's, though repeated below it."""
        facts = ["Route: harbour to cape", "Closing: 12 May"]
        text = lines_of(["Coastal Times", TITLE, *facts], BODY, facts)
        assert kept(default, text).count("Route: harbour to cape") == 2

    @pytest.mark.parametrize(
        "score", ["2 - 1", "3:1", "1\N{EN DASH}1", "6-4 6-3", "\u2605\u2605\u2605\u2605\u2606"]
    )
    def test_teams_above_a_score_a_recap_repeats_stay(self, score):
        """A line of no letters (a score, a rating) is no title: the teams above it are the article's."""
        teams = ["Harbour United", "Cape Rovers"]
        text = lines_of(["Match report", *teams, score], BODY, teams)
        assert kept(default, text).count("Cape Rovers") == 2

    def test_interface_strings_around_a_help_sentence_stay(self):
        """'Log out' above and below one sentence frames no article."""
        strings = ["Log out", "Sign in", "Wrong user name or password.", "Log out", "Members"]
        assert kept(default, strings).count("Log out") == 2

    def test_a_line_printed_twice_below_the_body_only_is_not_mirrored(self):
        """Two copies on one side are no frame: the stage leaves them to the others."""
        content = _content([*BODY, "Serves 4", "Serves 4"])
        removed: dict[int, str] = {}
        mirrored_lines(content, removed)
        assert removed == {}

    def test_without_a_body_nothing_goes(self):
        """A list of interface strings that repeats itself has no article to frame."""
        strings = ["Save", "Cancel", "Open file", "Settings", "Save", "Cancel"]
        assert kept(default, strings) == strings


def _content(texts, prose_from=70):
    """Lines as the classifier hands them on: long sentences are prose, the rest is not."""
    return [
        Line(i, text, len(text.split()), len(text) >= prose_from and text.endswith("."), None, None)
        for i, text in enumerate(texts)
    ]


class TestParts:
    """fold, body and the gate."""

    def test_fold_keeps_letters_and_digits(self):
        """Case, marks, spaces and separators go; digits alone or one character fold to nothing."""
        assert fold("Kon\N{SOFT HYPHEN}takt | ") == "kontakt"
        assert fold("Seite 2") == fold("SEITE-2") == "seite2"
        assert fold("2024") == ""
        assert fold("»") == ""

    def test_body_is_the_stretch_of_prose(self):
        """Menus before and after weigh against; the paragraphs between are the body."""
        content = _content(["Home", "News", *BODY, "Home", "News"])
        assert body(content, {}) == (2, 4)

    def test_body_of_no_prose_is_none(self):
        """Short lines alone weigh nothing for a body."""
        assert body(_content(["Home", "News", "Home"]), {}) == (-1, -1)

    @given(
        st.lists(
            st.sampled_from(["Home", "HOME", "News", "12", "Kontakt »", *BODY, "Serves 4"]),
            max_size=14,
        ),
        st.sets(st.integers(0, 13)),
    )
    def test_gate_holds_whenever_a_line_would_go(self, texts, gone):
        """may_mirror rules out only texts the stage removes nothing from."""
        content = _content(texts)
        removed = {i: "earlier stage" for i in gone if i < len(texts)}
        before = dict(removed)
        mirrored_lines(content, removed)
        if not may_mirror(content):
            assert removed == before
        assert set(before) <= set(removed)
