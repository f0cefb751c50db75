"""Short texts (a title, a sentence, a row of a dataset): what their fast paths skip changes nothing."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from textclean import FILTERS, ORDER, Cleaner
from textclean._filters import codepages
from textclean._filters.boilerplate import RemoveBoilerplate
from textclean.config import PROFILES
from textclean.scan import notable_chars

# Lines the boilerplate filter removes inside a page, alone as a whole text.
FURNITURE = [
    "Source link",
    "Share this:",
    "Related Articles",
    "Leave a Reply",
    "Subscribe to our newsletter",
    "Your email address will not be published. Required fields are marked *",
    "(Except for the headline, this story has not been edited by NDTV staff and is published "
    "from a syndicated feed.)",
    "All rights reserved © 2024 Example News",
    "Photo: AP",
    "6 min read",
    "Advertisement",
    "  Source link  ",
    "Jane Doe is a reporter who covers energy. She lives in Oslo.",
]
FILTERS_OF_EVERY_KIND = [
    RemoveBoilerplate(),
    RemoveBoilerplate(strength="web"),
    RemoveBoilerplate(user_lines=("Subscribe to The Daily", *FURNITURE)),
    RemoveBoilerplate(user_patterns=(r".*",)),
    RemoveBoilerplate(learned=frozenset({"source link", "share this"})),
]
ONE_LINE = st.one_of(
    st.sampled_from(FURNITURE),
    st.lists(st.sampled_from([*FURNITURE, "x", " ", "\r", "\t", "Email"]), max_size=4).map("".join),
    st.text().map(lambda text: text.replace("\n", " ")),
)


class TestOneLineKeepsItsLine:
    """remove_boilerplate's gate: a text without a line break is never changed by the filter."""

    @given(ONE_LINE)
    @example("Source link")
    @example("Subscribe to The Daily")
    def test_one_line_unchanged(self, text):
        """Whatever its words, and whatever the user's lines, a one-line text stays."""
        for remove in FILTERS_OF_EVERY_KIND:
            assert remove(text) == text

    @pytest.mark.parametrize("text", FURNITURE)
    def test_gate_says_no_work(self, text):
        """The pipeline's gate skips one-line texts and asks every text of two lines."""
        gate = FILTERS["remove_boilerplate"].gate
        assert gate is not None
        assert not gate(text, notable_chars(text))
        assert gate(text + "\nMore", notable_chars(text))

    def test_two_lines_still_cleaned(self):
        """The same line in a page still goes."""
        page = "The council met on Tuesday to discuss the budget for next year.\nSource link"
        assert Cleaner().clean(page) == page.split("\n", maxsplit=1)[0]


class TestCjkSetTest:
    """fix_legacy_codepage's set test on CJK text stops at the first character no Latin language writes."""

    def test_one_mask_for_many_ideographs(self):
        """Fifty ideographs never seen before cost the masks of one of them, and the verdict is unfit."""
        ideographs = frozenset(map(chr, range(0x2A700, 0x2A732)))  # CJK Extension C
        before = codepages._char_masks.cache_info().currsize
        assert codepages._plainly_genuine(ideographs) == codepages._UNFIT
        assert codepages._char_masks.cache_info().currsize - before <= 1

    @pytest.mark.parametrize(
        "text",
        [
            "長城是中國古代的軍事防禦工程，“長城”",
            "徳川家の当主が正二位内大臣兼右大将に叙任され",
            "나랏말싸미 듕귁에 달아",
        ],
    )
    def test_cjk_text_unchanged(self, text):
        """Chinese, Japanese and Korean sentences come back as they are."""
        assert Cleaner().clean(text) == text


PLAIN = st.text(alphabet=st.sampled_from([*map(chr, range(0x20, 0x7F)), "\t", "\n"]))
IDLE_ON_PLAIN = [
    (name, FILTERS[name].gate, FILTERS[name].build(config))
    for config in PROFILES.values()
    for name in ORDER
    if FILTERS[name].idle_on_plain and getattr(config, name)
]


class TestPlainTextSkipsCharacterFilters:
    """A text without notable characters (plain ASCII, no "&") skips the filters declared idle on it."""

    def test_declared_filters_are_gated(self):
        """Only a filter with a gate can be declared idle on plain text."""
        assert IDLE_ON_PLAIN
        assert all(gate is not None for _, gate, _ in IDLE_ON_PLAIN)

    @given(PLAIN.filter(lambda text: "&" not in text))
    @example("Ordinary English prose, with 'quotes' and -- dashes.\n\nA second paragraph.")
    @example("a\tb\n\n\n  c  ")
    def test_gate_says_no_and_filter_agrees(self, text):
        """Each declared filter's gate says no, and the filter indeed leaves the text as it is."""
        chars = notable_chars(text)
        assert not chars
        for name, gate, text_filter in IDLE_ON_PLAIN:
            assert not gate(text, chars), name
            assert text_filter(text) == text, name

    @given(st.one_of(PLAIN, st.text(max_size=40)))
    def test_cleaning_is_the_same(self, text):
        """Every profile cleans plain text as when every gate is asked."""
        for name in PROFILES:
            cleaner = Cleaner(name)
            asked = Cleaner(name)
            asked._plain_steps = tuple(range(len(asked._steps)))  # every gate asked
            assert cleaner.clean(text) == asked.clean(text)
