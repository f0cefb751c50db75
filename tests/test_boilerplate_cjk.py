"""wide_cues: cue phrases found inside lines of Chinese, Japanese and Korean, and only there."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.boilerplate import wide_cues
from textclean._filters.boilerplate.signals import find_cues, signals


class TestWideCues:
    @pytest.mark.parametrize(
        ("line", "category"),
        [
            ("相关文章", "related_links"),
            ("分享至：微信 微博", "share_widget"),
            ("관련기사를", "related_links"),  # a particle joined to the cue
            ("来源：中央社", "credit"),
            ("김철수 기자", "credit"),
            ("評論(12)", "comment_form"),
        ],
    )
    def test_cue_found_inside_a_line(self, line, category):
        """A cue is found as a substring of a wide line, whatever follows it."""
        assert signals(line).cues[0][0] == category

    @pytest.mark.parametrize(
        "line",
        ["作者认为，阅读很重要", "专家评论：房价还会涨吗", "市場シェアが拡大", "사진을 보면"],
    )
    def test_a_word_of_prose_is_no_cue(self, line):
        """A credit word inside a line, or a word prose uses among other words, is no cue."""
        assert signals(line).cues == ()

    def test_a_label_opens_the_line(self):
        """A cue and a full-width colon opening the line is a label, as "Photo:" is."""
        assert signals("责任编辑：张三").start_cue

    def test_words_of_a_wide_line(self):
        """A Han or Kana character is half a word; a Hangul token is one."""
        assert wide_cues.words("今天天气很好") == 3
        assert wide_cues.words("관련 뉴스 더보기") == 3

    def test_the_cue_table_of_words_is_not_asked_of_wide_cues(self):
        """The wide cues are found by their own matcher: the word table knows none of them."""
        assert find_cues("相关文章") == []


@given(st.text(alphabet=st.characters(max_codepoint=0x303F), max_size=80))
def test_no_wide_line_below_the_wide_scripts(line):
    """A line without a character of the wide scripts is never a wide line (signals asks nothing)."""
    assert not wide_cues.wide_line(line)


@given(
    st.text(alphabet="相关文章分享到评论登录来源：（）관련기사댓글 기자シェア記事 12", max_size=40)
)
def test_wide_cues_never_raise_and_point_into_the_line(line):
    """Whatever the line, its cues are written in it, in their categories."""
    line = line.strip()
    if line and wide_cues.wide_line(line) and (found := wide_cues.find(line)) is not None:
        for category, cue in found.cues:
            assert cue in line
            assert category in wide_cues.WIDE_CUES
