"""Hypothesis profiles: ``dev`` explores, ``ci`` is derandomized so a red run can be reproduced."""

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from textclean import io as tio

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=150,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=300, deadline=None)
settings.register_profile("stress", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(params=sorted(tio.BACKENDS))
def backend(request):
    """Run the test with each installed JSON parser (orjson and the standard library)."""
    previous = tio._parse
    tio.use_json_backend(request.param)
    yield request.param
    tio._parse = previous
