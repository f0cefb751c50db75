"""
What a new process pays before it cleans: the import, by module, and what it compiles and collects.

Every CLI run and every --jobs worker starts with this, so it bounds what
--jobs 2 can gain on an input (bench/run.py prints that bound, the first
use and the CLI's collections). This splits the import:

1. CPU seconds of ``import textclean`` and of ``import textclean;
   textclean.clean("x")``, each in a new process, the best of ``--runs``.
2. Each module's own import time (``python -X importtime``: wall-clock
   microseconds, the best of the runs, so only a quiet machine gives
   figures to compare), the largest first.
3. The patterns compiled while importing (re and regex), by the module that
   asked, and the collector's runs during the import.
4. With a JSONL file: the module-level patterns its texts never use in the
   default profile, and what compiling them costs (what compiling them on
   first use instead would take off a start that cleans such text).

Run: .venv/bin/python scripts/start_cost.py [--runs N] [FILE.jsonl]
(with the bytecode cache on, as an installed package runs).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys

_CPU = """
import time
began = time.process_time()
import textclean
imported = time.process_time() - began
textclean.clean("x")
print(imported, time.process_time() - began)
"""

# In a new process: the compiles (by the textclean module that asked) and the
# collections while textclean is imported.
_COMPILES = """
import collections, gc, json, re, sys, time
import regex
spent, collected = collections.Counter(), [0, 0.0]
def timed(compile_, engine):
    def run(*args, **kwargs):
        frame = sys._getframe(1)
        while frame and not frame.f_globals.get("__name__", "").startswith("textclean"):
            frame = frame.f_back
        began = time.process_time()
        try:
            return compile_(*args, **kwargs)
        finally:
            where = frame.f_globals["__name__"] if frame else "(not textclean)"
            spent[f"{engine} from {where}"] += time.process_time() - began
    return run
re.compile, regex.compile = timed(re.compile, "re"), timed(regex.compile, "regex")
started = [0.0]
def collecting(phase, info):
    if phase == "start":
        started[0] = time.process_time()
    else:
        collected[0] += 1
        collected[1] += time.process_time() - started[0]
gc.callbacks.append(collecting)
import textclean
gc.callbacks.remove(collecting)
print(json.dumps({"compiles": spent, "collections": collected}))
"""

# In a new process: replace each module-level pattern of textclean by a proxy
# that notes its use, clean the JSONL's texts, and time compiling the unused.
_UNUSED = """
import importlib, json, pkgutil, re, sys, time
import regex
import textclean
used = set()
class Noting:
    def __init__(self, key, pattern):
        self._key, self._pattern = key, pattern
    def __getattr__(self, name):
        used.add(self._key)
        return getattr(self._pattern, name)
found = {}
for info in pkgutil.walk_packages(textclean.__path__, "textclean."):
    if info.name.startswith(("textclean.integrations", "textclean.dask")):
        continue
    module = importlib.import_module(info.name)
    for name, value in list(vars(module).items()):
        if isinstance(value, (re.Pattern, regex.Pattern)):
            found[f"{module.__name__}.{name}"] = value
            setattr(module, name, Noting(f"{module.__name__}.{name}", value))
cleaner = textclean.Cleaner("default")
with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        cleaner.clean(json.loads(line)["text"])
costs = {}
for key, pattern in found.items():
    engine = re if isinstance(pattern, re.Pattern) else regex
    engine.purge()
    began = time.process_time()
    engine.compile(pattern.pattern, pattern.flags)
    costs[key] = (key in used, time.process_time() - began)
print(json.dumps(costs))
"""


def _python(code: str, *args: str, flags: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    return subprocess.run(
        [sys.executable, *flags, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )


def import_cpu(runs: int) -> tuple[float, float]:
    """The best CPU seconds of the import, and of the import and cleaning "x", in new processes."""
    found = [tuple(map(float, _python(_CPU).stdout.split())) for _ in range(runs)]
    return min(one for one, _ in found), min(both for _, both in found)


def module_self_times(runs: int) -> dict[str, int]:
    """Each module's own import time (microseconds), the best of ``runs`` new processes."""
    best: dict[str, int] = {}
    for _ in range(runs):
        shown = _python("import textclean", flags=("-X", "importtime")).stderr
        for line in shown.splitlines():
            matched = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
            if matched:
                name, own = matched[2], int(matched[1])
                best[name] = min(best.get(name, own), own)
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "jsonl", nargs="?", help="texts (a 'text' per line) to find unused patterns"
    )
    parser.add_argument(
        "--runs", type=int, default=5, help="new processes per figure; the best counts"
    )
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    imported, with_x = import_cpu(args.runs)
    print(
        f"import textclean: {imported * 1000:.0f} ms CPU; with clean('x'): {with_x * 1000:.0f} ms"
    )
    own = module_self_times(args.runs)
    ours = sum(us for name, us in own.items() if name.startswith("textclean"))
    print(f"\nOwn import time, best of {args.runs} (textclean's modules: {ours / 1000:.0f} ms)")
    for name, us in sorted(own.items(), key=lambda item: -item[1])[: args.top]:
        print(f"  {us / 1000:6.1f} ms  {name}")
    found = json.loads(_python(_COMPILES).stdout)
    compiles = collections.Counter(found["compiles"])
    count, seconds = found["collections"]
    print(
        f"\nCompiling patterns during the import: {sum(compiles.values()) * 1000:.0f} ms; "
        f"the collector ran {count} times, {seconds * 1000:.0f} ms"
    )
    for where, spent in compiles.most_common(args.top):
        print(f"  {spent * 1000:6.1f} ms  {where}")
    if args.jsonl:
        costs = json.loads(_python(_UNUSED, args.jsonl).stdout)
        unused = {key: spent for key, (used, spent) in costs.items() if not used}
        by_module = collections.Counter({key.rsplit(".", 1)[0]: 0.0 for key in unused})
        for key, spent in unused.items():
            by_module[key.rsplit(".", 1)[0]] += spent
        print(
            f"\nModule-level patterns: {len(costs)}, {sum(s for _, s in costs.values()) * 1000:.0f} ms "
            f"to compile; unused on {args.jsonl}: {len(unused)}, {sum(unused.values()) * 1000:.0f} ms"
        )
        for module, spent in by_module.most_common(args.top):
            print(f"  {spent * 1000:6.1f} ms  {module}")


if __name__ == "__main__":
    main()
