"""
Score a textclean checkout on the sets in this folder, with bench/heldout/score.py.

The author of this set scored it with an unchanged copy of that scorer; one
scorer serves both sets, pointed at the .jsonl files here:

    .venv/bin/python bench/heldout3/score.py . --part report
"""

import importlib.util
import sys
from pathlib import Path

_SCORER = Path(__file__).resolve().parent.parent / "heldout" / "score.py"
_spec = importlib.util.spec_from_file_location("heldout_score", _SCORER)
assert _spec is not None and _spec.loader is not None, _SCORER
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)
score.HERE = Path(__file__).resolve().parent  # the sets it loads: this folder's
score.__file__ = __file__  # re-run under the checkout's .venv, it runs this file again
part_of = score.part_of

if __name__ == "__main__":
    sys.exit(score.main())
