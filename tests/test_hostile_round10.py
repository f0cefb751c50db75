"""
Round 10's new code under a hostile user: a damaged Latin table, caches by value, threads.

The Latin word-form table (homoglyphs/latin.py) is read on first use: a damaged
one names the file, as the stoplists do (tests/test_data_files.py). The caches
by value of the character-set gates and of fix_encoding's quiet runs hold a
bounded number of bounded entries: a count alone bounds no memory when each
entry is a Chinese document's whole character set or a line-long run.
"""

import gzip
import os
import pickle
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from textclean import Cleaner, cli
from textclean._filters import encoding
from textclean._filters.homoglyphs import _chars_may_hold, charset, latin
from textclean.errors import DataFileError

LOREM = (
    "Iste \ua781ure ullam quasi a saepe sed minima unde b\u04cfand\ua647t\ua781\u03b9s"
    " praesentium voluptatum deleniti atque corrupti quos dolores et quas molestias."
)


@pytest.fixture
def latin_file(tmp_path, monkeypatch):
    """Write the Latin table's text, gzipped, where latin.py reads it; the real one after."""
    path = tmp_path / "latin_forms.txt.gz"
    monkeypatch.setattr(latin, "_data_file", lambda: path)
    latin._tables.cache_clear()

    def write(text: str) -> Path:
        path.write_bytes(gzip.compress(text.encode("ascii")))
        return path

    yield write
    latin._tables.cache_clear()


SHIPPED = latin._data_file()


def shipped_text() -> str:
    return gzip.decompress(SHIPPED.read_bytes()).decode("ascii")


class TestLatinTable:
    def test_a_stems_pairs_damaged_name_the_file_when_asked(self, latin_file):
        """
        A stem's pairs are read when first asked: a damaged line is the file's error.

        Before, the ValueError of int("q") came out of the filter: the CLI's
        "internal error", exit 3, the file unnamed.
        """
        text = shipped_text().replace("\null 296 297\n", "\null 296 q\n", 1)
        assert "\null 296 q\n" in text
        path = latin_file(text)
        assert latin.latin_word("saepe")  # the rest of the table still answers
        with pytest.raises(DataFileError) as error:
            latin.latin_word("ullam")
        assert str(error.value).startswith(f"{path}: textclean's installed data file is damaged")

    def test_an_empty_section_is_no_silent_no(self, latin_file):
        """No endings would answer "not Latin" for every word: the file is named instead."""
        text = shipped_text()
        start = text.index("\n#endings\n") + len("\n#endings\n")
        path = latin_file(text[:start] + text[text.index("#stems\n") :])
        with pytest.raises(DataFileError) as error:
            latin.latin_word("saepe")
        assert str(error.value).startswith(f"{path}: ")

    def test_the_longest_ending_is_an_endings(self):
        """Each word is cut at most that many ways: the lines' lengths (404) are no bound."""
        tables = latin._tables()
        assert tables.longest == max(map(len, tables.endings))
        assert tables.longest < 20

    @pytest.mark.parametrize("how", ["truncated", "missing"])
    def test_cli_exits_2_naming_the_file(self, tmp_path, how):
        """A copied package with its Latin table damaged: imports, then exit 2 naming it."""
        copy = tmp_path / "textclean"
        shutil.copytree(
            Path(cli.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__")
        )
        table = copy / "data" / "latin_forms.txt.gz"
        if how == "missing":
            table.unlink()
        else:
            table.write_bytes(table.read_bytes()[:1000])
        cleaned = subprocess.run(
            [sys.executable, "-m", "textclean.cli", "clean"],
            input=LOREM + "\n",
            env={**os.environ, "PYTHONPATH": str(tmp_path)},
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
        )
        assert cleaned.returncode == cli.EXIT_ERROR
        assert f"{table}: textclean's installed data file is damaged" in cleaned.stderr
        assert "Traceback" not in cleaned.stderr
        assert cleaned.stdout == ""


def chinese(seed: int, size: int = 1000) -> frozenset[str]:
    """A set of ``size`` CJK ideographs, a different one for each seed."""
    return frozenset(chr(0x4E00 + (seed * 7919 + at * 31) % 20000) for at in range(size))


class TestCachesByValue:
    def test_large_sets_are_not_remembered(self):
        """Chinese documents' sets: before, 4,096 of them were held (730 MB in one process)."""
        charset._classify.cache_clear()
        _chars_may_hold.cache_clear()
        cleaner = Cleaner()
        for seed in range(20):
            cleaner.clean("".join(sorted(chinese(seed))) + " \u0425\u043e\u0440\u043e\u0448\u043e.")
        assert charset._classify.cache_info().currsize <= 2
        assert _chars_may_hold.cache_info().currsize <= 2
        # The same answers as remembered sets get.
        big = chinese(1, charset.MEMO_LARGEST + 1)
        assert charset.CharSet.of(big) == charset._classify.__wrapped__(big)

    def test_flags_table_has_a_limit(self, monkeypatch):
        """A stream of every code point cannot grow the table of each character's bits past it."""
        monkeypatch.setattr(charset, "_FLAGS_LIMIT", 100)
        monkeypatch.setattr(charset, "_FLAGS", charset._Flags())
        for seed in range(5):
            charset._classify.__wrapped__(chinese(seed, 90))
            assert len(charset._FLAGS) <= 100

    def test_long_quiet_runs_are_not_remembered(self):
        """Runs are counted, not their characters: a line-long run is not kept."""
        encoding._QUIET_RUNS.clear()
        run = "\u00e9\u00e8" * 5000
        text = "Le caf\u00e9 est tr\u00e8s bon. " * 2000 + run + " et la suite, tr\u00e8s bien."
        assert Cleaner().clean(text) == text
        assert sum(map(len, encoding._QUIET_RUNS)) <= 64 * len(encoding._QUIET_RUNS)
        assert run not in encoding._QUIET_RUNS


MIXED = [
    LOREM,
    "\u0421\u043e\u0432\u0435\u0442 \u043c\u0438\u043d\u0438\u0441\u0442\u0440\u043e\u0432"
    " \u0441\u043e\u0431\u0440\u0430\u043b\u0441\u044f \u0432\u043e \u0432\u0442\u043e\u0440"
    "\u043d\u0438\u043a, Microsoft \u0438 Google.",
    "\u00d1\u00ee\u00e2\u00e5\u00f2 \u00ec\u00e8\u00ed\u00e8\u00f1\u00f2\u00f0\u00ee\u00e2",
    "Th\u0435 \u0441\u043euncil m\u0435t \u043en Tu\u0435sday.",
    "\u0397 \u03ba\u03c5\u03b2\u03ad\u03c1\u03bd\u03b7\u03c3\u03b7 \u03bc\u03b5 \u03c4\u03bf"
    " iPhone \u03ba\u03b1\u03b9 \u03c4\u03bf Linux.",
    "P\u0159\u00edli\u0161 \u017elu\u0165ou\u010dk\u00fd k\u016f\u0148 \u00fap\u011bl"
    " \u010f\u00e1belsk\u00e9 \u00f3dy.",
    "caf\u00c3\u00a9 cr\u00c3\u00a8me &amp; br\u00c3\u00bbl\u00c3\u00a9e",
    "\u6771\u4eac\u90fd\u306e\u4eba\u53e3\u306f\u7d041400\u4e07\u4eba\u3067\u3059\u3002",
    "Menu\nHome\nNews\nThe council met on Tuesday to discuss the budget for the next year,"
    " and nobody agreed.\nShare on Facebook\nTweet\nEmail\n",
]


def test_one_cleaner_in_eight_threads_answers_as_in_one():
    """
    The one-entry caches by identity and the caches by value are module-level.

    Each entry is replaced in one assignment and compared by identity while
    it holds its text: threads interleaving on copies and on the same
    objects get what one thread gets, and so does a pickled Cleaner.
    """
    texts = [text if at % 2 else "".join(list(text)) for at in range(40) for text in MIXED]
    for profile in ("default", "ml"):
        cleaner = Cleaner(profile)
        alone = [cleaner.clean(text) for text in texts]
        assert alone != texts
        with ThreadPoolExecutor(8) as pool:
            assert list(pool.map(cleaner.clean, texts)) == alone
        copied = pickle.loads(pickle.dumps(cleaner))
        assert [copied.clean(text) for text in texts] == alone
