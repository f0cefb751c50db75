"""bench/fresh7: the blind evaluation set builds reproducibly and its scorer runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from bench_modules import load_bench_module

if TYPE_CHECKING:
    from types import ModuleType

_FOLDER = Path(__file__).resolve().parent.parent / "bench" / "fresh7"


if not (_FOLDER / "build.py").exists():  # an sdist ships tests/ but not bench/
    pytest.skip("bench/fresh7 is not in this tree", allow_module_level=True)


def _load(name: str) -> ModuleType:
    return load_bench_module(_FOLDER, name)


@pytest.fixture(scope="module")
def build() -> ModuleType:
    return _load("build")


@pytest.fixture(scope="module")
def records(build: ModuleType) -> list[dict[str, object]]:
    return build.build_records()


class TestBuild:
    def test_reproducible(self, build: ModuleType, records: list[dict[str, object]]) -> None:
        """Two builds from the committed sources give the same records, byte for byte."""
        assert build.digest(build.build_records()) == build.digest(records)

    def test_reproducible_in_another_process(
        self, build: ModuleType, records: list[dict[str, object]]
    ) -> None:
        """A fresh interpreter with another hash seed builds the same records."""
        script = _FOLDER / "build.py"
        env = {**os.environ, "PYTHONHASHSEED": "12345"}
        out = subprocess.run(
            [sys.executable, str(script)], capture_output=True, text=True, check=True, env=env
        ).stdout
        assert f"digest {build.digest(records)}" in out

    def test_records_have_every_field(self, records: list[dict[str, object]]) -> None:
        """Each record names its kind, language, input, expected output and source."""
        fields = {"id", "kind", "language", "input", "expected", "source", "damage", "base"}
        assert all(set(r) == fields for r in records)
        assert len({r["id"] for r in records}) == len(records)

    def test_genuine_is_expected_and_damage_differs(self, records: list[dict[str, object]]) -> None:
        """Genuine documents expect themselves back; every damaged one is changed."""
        for r in records:
            genuine = str(r["kind"]).startswith("genuine")
            assert (r["input"] == r["expected"]) == genuine, r["id"]

    def test_sizes_and_languages(self, records: list[dict[str, object]]) -> None:
        """At least 2,000 genuine documents in at least 15 languages."""
        genuine = [r for r in records if str(r["kind"]).startswith("genuine")]
        assert len(genuine) >= 2000
        assert len({r["language"] for r in genuine}) >= 15

    def test_split_keeps_source_documents_apart(
        self, build: ModuleType, records: list[dict[str, object]]
    ) -> None:
        """Tune and report share no source document, and tune is about 40%."""
        tune, report = build.part(records, "tune"), build.part(records, "report")
        assert len(tune) + len(report) == len(records)
        assert not {r["base"] for r in tune} & {r["base"] for r in report}
        assert 0.3 < len(tune) / len(records) < 0.5

    def test_every_pair_of_issue_12_is_damaged(self, records: list[dict[str, object]]) -> None:
        """Each legacy pair issue 12 lists has short and long documents."""
        pairs = {
            "cp1251 read as cp1252",
            "koi8_r read as cp1251",
            "cp866 read as cp1251",
            "cp1250 read as cp1252",
            "iso8859_2 read as cp1252",
            "cp1253 read as cp1252",
            "cp1254 read as cp1252",
            "cp1257 read as cp1252",
            "cp1252 read as cp1251",
            "cp850 read as cp1252",
            "mac_roman read as cp1252",
        }
        for kind in ("legacy_short", "legacy_long"):
            assert {r["damage"] for r in records if r["kind"] == kind} == pairs

    def test_damage_is_what_it_says(self, records: list[dict[str, object]]) -> None:
        """A legacy record's input is its expected text encoded and decoded as its damage names."""
        for r in records:
            if str(r["kind"]).startswith("legacy"):
                saved, _, _, read = str(r["damage"]).split()
                assert str(r["expected"]).encode(saved).decode(read) == r["input"]

    def test_mixed_script_words_are_flagged(self, build: ModuleType) -> None:
        """A Cyrillic word typed with a Latin i is no genuine text."""
        assert build.mixes_scripts("Рэспублiкi Беларусь")
        assert not build.mixes_scripts("Республика Беларусь, Minsk")


def test_score_runs_on_a_few_records(capsys: pytest.CaptureFixture[str]) -> None:
    """score.py scores a few tune records with all four cleaners and shows misses."""
    score = _load("score")
    assert score.main(["--part", "tune", "--limit", "12", "--failures", "1"]) == 0
    out = capsys.readouterr().out
    assert "bench/fresh7 tune: 12 records" in out
    assert "ftfy.fix_encoding" in out


def test_misses_show_where_texts_differ() -> None:
    """A miss deep in a long document is shown around its first difference."""
    score = _load("score")
    expected = "a" * 500 + "b" + "c" * 50
    got = "a" * 500 + "x" + "c" * 50
    want, out = score.around_difference(expected, got, width=20)
    assert want == "…" + "a" * 10 + "b" + "c" * 9
    assert out == "…" + "a" * 10 + "x" + "c" * 9


def test_score_refuses_failures_on_report() -> None:
    """Misses are shown for the tune part only."""
    score = _load("score")
    with pytest.raises(SystemExit):
        score.main(["--part", "report", "--failures", "3"])
