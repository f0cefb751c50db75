"""Golden tests: the seed articles and the labelled cases in fixtures/golden."""

import json

import pytest
from conftest import FIXTURES

from textclean import Cleaner, apply_steps, clean

SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))


def _cases():
    for path in sorted(FIXTURES.glob("golden/*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            case = json.loads(line)
            marks = [pytest.mark.xfail(strict=True)] if case["expect"] == "fail" else []
            yield pytest.param(case, id=case["label"], marks=marks)


@pytest.mark.parametrize("case", list(_cases()))
def test_golden_case(case):
    """Each labelled case cleans to its expected text, and its explanation replays."""
    profile = case.get("profile", "default")
    assert clean(case["input"], profile=profile) == case["expected"]
    cleaned = Cleaner(profile).explain(case["input"])
    assert apply_steps(case["input"], cleaned.steps) == cleaned.text


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.stem)
def test_seed_matches_expected(seed):
    """Each seed article cleans to its checked expected output."""
    expected = (FIXTURES / "expected" / seed.name).read_text("utf-8")
    assert clean(seed.read_text("utf-8")) == expected


def test_every_seed_has_expected_output():
    """The fixture folders stay in step."""
    assert len(SEEDS) == 5
    assert sorted(p.name for p in (FIXTURES / "expected").glob("*.txt")) == [s.name for s in SEEDS]
