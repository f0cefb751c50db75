"""Start-up: what importing textclean builds, and what it leaves to a text's first need."""

import json
import subprocess
import sys

import pytest

import textclean
from textclean._filters import encoding, masking
from textclean._filters.homoglyphs import fast

# Tables built on first need: a process that cleans only ASCII text never
# builds them, so its import and first pass are shorter (each CLI run and
# each spawned worker starts a process).
_BUILT_ON_FIRST_NEED = (
    "textclean._filters.encoding:_maybe_bad_pattern",
    "textclean._filters.encoding:_misread_gate",
    "textclean._filters.encoding:_sure_pairs",
    "textclean._filters.masking:_url_pattern",
    "textclean._filters.homoglyphs.fast:_directions",
    "textclean._filters.homoglyphs.styled:_styled_letter",
    "textclean._filters.homoglyphs.styled:_styled_word",
)

_CHILD = """
import importlib, sys
import textclean
cleaner = textclean.Cleaner("default", mask_urls=True)  # masking is off by default
for text in sys.argv[2:]:
    cleaner.clean(text)
for name in sys.argv[1].split():
    module, _, function = name.partition(":")
    print(name, getattr(importlib.import_module(module), function).cache_info().currsize)
"""


def _built_in_new_process(*texts: str) -> dict[str, int]:
    """How many entries each first-need builder holds in a new process after cleaning ``texts``."""
    shown = subprocess.run(
        [sys.executable, "-c", _CHILD, " ".join(_BUILT_ON_FIRST_NEED), *texts],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {name: int(size) for name, size in (line.split() for line in shown.splitlines())}


class TestBuiltOnFirstNeed:
    def test_an_import_and_ascii_text_build_none_of_them(self) -> None:
        """Importing textclean and cleaning plain ASCII text (no URL) compiles none of them."""
        built = _built_in_new_process("The council met on Tuesday.\nIt voted for the budget.")
        assert built == dict.fromkeys(_BUILT_ON_FIRST_NEED, 0)

    def test_a_text_that_needs_them_builds_them(self) -> None:
        """Mojibake, a URL, mixed scripts and styled letters build what each needs, once."""
        built = _built_in_new_process(
            # (an entity: not decoded at once, see encoding._transcoded_whole)
            "The cafÃ© served crÃ¨me brÃ»lÃ©e &amp; tea.",
            "See https://example.com/page for more.",
            "Мocква — cтолица Poccии.",
            "Th\N{CYRILLIC SMALL LETTER IE} c\N{CYRILLIC SMALL LETTER A}t sat on the mat.",
            "\N{MATHEMATICAL BOLD CAPITAL H}\N{MATHEMATICAL BOLD SMALL E}llo 𝟑𝐃 world",
        )
        assert built["textclean._filters.encoding:_maybe_bad_pattern"] >= 1
        assert built["textclean._filters.encoding:_misread_gate"] == 1
        assert built["textclean._filters.masking:_url_pattern"] == 1
        assert built["textclean._filters.homoglyphs.fast:_directions"] == 1
        assert built["textclean._filters.homoglyphs.styled:_styled_word"] == 1

    @pytest.mark.parametrize(
        "builder",
        [
            encoding._maybe_bad_pattern,
            encoding._misread_gate,
            masking._url_pattern,
            fast._directions,
        ],
    )
    def test_each_builds_one_object_shared_by_every_caller(self, builder: object) -> None:
        """A builder returns the same object each time: the pattern is compiled once a process."""
        assert callable(builder)
        assert builder() is builder()

    def test_the_cleaner_gives_the_same_text_either_way(self) -> None:
        """The patterns built on first need clean as the module constants did (a known repair)."""
        assert textclean.clean("The cafÃ© served crÃ¨me brÃ»lÃ©e.") == (
            "The café served crème brûlée."
        )


# Builders the CLI's import fills, and why: memos of a few answers that
# module constants ask for, not tables.
_FILLED_BY_IMPORT = {
    "textclean._filters.codepages._high_bytes_in": "the 128 high bytes of each code page",
    "textclean._filters.encoding._category": "three small classes of its gate",
    "textclean._filters.homoglyphs.letters.script_of": "the script of the look-alike letters",
    "textclean.scan.chars_matching": "the characters of a few gates' patterns",
}

# In a new interpreter: import the CLI (as the `textclean` script and each
# --jobs worker's parent do), then name every cached function of textclean
# and whether it holds anything.
_CLI_IMPORT = """
import json, sys
import textclean.cli
found = {}
for name, module in list(sys.modules.items()):
    if name.startswith("textclean"):
        for attr, value in vars(module).items():
            if getattr(value, "__module__", None) == name and hasattr(value, "cache_info"):
                found[f"{name}.{attr}"] = value.cache_info().currsize
print(json.dumps(found))
"""


class TestCliImport:
    def test_importing_the_cli_builds_no_table(self) -> None:
        """Every table and pattern built on first need stays unbuilt by the CLI's import."""
        shown = subprocess.run(
            [sys.executable, "-c", _CLI_IMPORT], capture_output=True, text=True, check=True
        ).stdout
        sizes: dict[str, int] = json.loads(shown)
        # The builders are found, call_to_action's key sets among them.
        assert "textclean._filters.boilerplate.signals._keys" in sizes
        assert len(sizes) > 80
        filled = sorted(name for name, size in sizes.items() if size)
        assert set(filled) <= set(_FILLED_BY_IMPORT), filled
