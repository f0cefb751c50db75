"""The library API: clean, Cleaner, profiles, filters(), errors."""

import pickle
import threading

import pytest

import textclean
from textclean import CleanConfig, Cleaner, UnknownNameError, apply_steps
from textclean.config import PROFILES


class TestClean:
    def test_default_profile(self):
        """clean() repairs mojibake and whitespace and keeps curly quotes."""
        assert textclean.clean("â€œHiâ€\x9d  there\r\n") == "“Hi” there"

    def test_ml_profile(self):
        """The ml profile also folds punctuation and compatibility characters."""
        assert textclean.clean("“ﬁne”…", profile="ml") == '"fine"...'

    def test_overrides(self):
        """Keyword overrides switch single filters by name."""
        assert textclean.clean("a  b", normalize_whitespace=False) == "a  b"

    def test_bytes_raise_type_error_with_the_fix(self):
        """Bytes are refused with a message that says how to decode them."""
        with pytest.raises(TypeError, match=r"textclean\.decode"):
            textclean.clean(b"bytes")  # type: ignore[arg-type]

    def test_unknown_profile_lists_valid(self):
        """An unknown profile name raises an error listing the valid ones."""
        with pytest.raises(UnknownNameError, match="default, ml, ascii"):
            textclean.clean("x", profile="nope")

    def test_cleaner_takes_profile_by_keyword(self):
        """Cleaner(profile="ml") is Cleaner("ml"), as clean() takes profile= too; twice is refused."""
        assert Cleaner(profile="ml").config == Cleaner("ml").config
        assert (
            Cleaner(profile="ml", normalize_whitespace=False).config
            == Cleaner("ml", normalize_whitespace=False).config
        )
        with pytest.raises(textclean.ConfigError, match="give the profile once"):
            Cleaner("ml", profile="web")

    def test_unknown_filter_lists_valid(self):
        """An unknown filter or setting name raises an error listing the valid ones."""
        with pytest.raises(UnknownNameError, match="fix_encoding"):
            textclean.clean("x", fix_everything=True)


class TestCleaner:
    def test_default_config(self):
        """Cleaner() uses the default profile."""
        assert Cleaner().config == PROFILES["default"] == CleanConfig()

    def test_pickles(self):
        """A Cleaner survives pickling with its config."""
        cleaner = Cleaner("ml", normalize_whitespace=False)
        copy = pickle.loads(pickle.dumps(cleaner))
        assert copy.config == cleaner.config
        assert copy.clean("“a”  b") == '"a"  b'

    def test_clean_many_is_lazy_and_ordered(self):
        """clean_many yields results in order, one at a time."""
        seen = []

        def texts():
            for text in ["a  1", "b  2", "c  3"]:
                seen.append(text)
                yield text

        results = Cleaner().clean_many(texts())
        assert seen == []
        assert next(results) == "a 1"
        assert seen == ["a  1"]
        assert list(results) == ["b 2", "c 3"]

    def test_threads_share_one_cleaner(self):
        """One cleaner used from many threads gives the same results."""
        cleaner = Cleaner()
        texts = [f"cafÃ© number {i}  \r\n" for i in range(200)]
        results: list[list[str]] = []

        def work():
            results.append([cleaner.clean(t) for t in texts])

        threads = [threading.Thread(target=work) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert all(r == [f"café number {i}" for i in range(200)] for r in results)

    def test_explain_steps_replay(self):
        """explain lists one step per filter that changed the text, and replays."""
        text = "cafÃ©\u200b  bar\r\n"
        cleaned = Cleaner().explain(text)
        assert cleaned.text == "café bar"
        assert [s.filter for s in cleaned.steps] == [
            "fix_encoding",
            "remove_control_chars",
            "normalize_whitespace",
        ]
        assert apply_steps(text, cleaned.steps) == cleaned.text
        control = cleaned.steps[1].changes
        assert [(c.start, c.end, c.before, c.after) for c in control] == [(4, 5, "\u200b", "")]


class TestRegistry:
    def test_filters_lists_every_config_switch(self):
        """Each filter in filters() is a boolean config field of the same name."""
        names = list(textclean.filters())
        assert names == list(textclean.ORDER)
        for name in names:
            assert isinstance(getattr(CleanConfig(), name), bool)
            assert textclean.filters()[name]

    def test_order_is_fixed(self):
        """Encoding first, whitespace before boilerplate, boilerplate last (ftfy issue #66)."""
        order = textclean.ORDER
        assert order[0] == "fix_encoding"
        assert order.index("normalize_whitespace") < order.index("remove_boilerplate")
        assert order.index("fix_homoglyphs") < order.index("remove_boilerplate")
        assert order.index("remove_control_chars") < order.index("normalize_unicode")

    def test_profiles(self):
        """Profiles hold only overrides of the defaults."""
        assert PROFILES["default"] == CleanConfig()
        assert PROFILES["ml"].unicode_form == "NFKC"
        assert PROFILES["ml"].normalize_punctuation
        assert PROFILES["ascii"].transliterate
        assert not PROFILES["default"].normalize_punctuation
