"""Load a bench script as a module, for the tests of bench/ folders (not a package)."""

from __future__ import annotations

import importlib.util
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType


def load_bench_module(folder: Path, name: str) -> ModuleType:
    """``folder/name.py`` under a name no other bench script can shadow (``<folder>_<name>``)."""
    spec = importlib.util.spec_from_file_location(f"{folder.name}_{name}", folder / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
