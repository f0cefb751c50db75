"""
Time two checkouts on the same fresh bench documents, each text cleaned once per process.

    python bench/ab.py BASE BRANCH [--kinds "en clean,es"] [--docs 60] [--rounds 4]
                       [--only fix_legacy_codepage] [--profile default] [--warm 8]

Each round draws new documents of each kind from the bench pools (`make bench` fetches them
into bench/data), then runs BASE and BRANCH in separate processes, in alternating order, on
the same documents. A process warms up on other documents first (first use is its own
figure, in `make bench`), then times every document once with CPU time, so no cache keyed
on a text, line or word gains from a repeat. Prints MB/s per checkout and round and the
median ratio BRANCH/BASE (above 1: the branch is faster). CPU time, not wall time, so a
loaded machine blurs the figures less; still compare only runs made side by side.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _documents(kind: str, seed: str, count: int) -> list[str]:
    sys.path.insert(0, str(HERE))
    import corpus

    builder = corpus.Builder(corpus.fetch_pools(HERE / "data"), random.Random(seed), recycle=True)
    if kind.startswith("short "):
        return [builder.short_document(kind.removeprefix("short ")) for _ in range(count)]
    return [builder.document(kind, 8000) for _ in range(count)]


def _worker(args: argparse.Namespace) -> int:
    sys.path.insert(0, str(Path(args.worker).resolve()))
    import textclean

    if args.only:
        chosen = set(args.only.split(","))
        cleaner = textclean.Cleaner(**{name: name in chosen for name in textclean.filters()})
    else:
        cleaner = textclean.Cleaner(args.profile)
    for text in _documents(args.kind, f"warm/{args.seed}", args.warm):
        cleaner.clean(text)
    docs = _documents(args.kind, args.seed, args.docs)
    # A full collection costs 15 ms or more once the tables are loaded, and when one falls due
    # depends on every allocation before it (even the checkout's path): one landing in one
    # process and not the other made identical code time 2x apart. The CLI freezes what
    # start-up made (runner.py); so does this.
    gc.collect()
    gc.freeze()
    size = sum(len(text.encode("utf-8")) for text in docs)
    spent = 0.0
    for text in docs:
        start = time.process_time()
        cleaner.clean(text)
        spent += time.process_time() - start
    digest = hashlib.sha256("\0".join(docs).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    print(json.dumps({"bytes": size, "seconds": spent, "docs": digest}))
    return 0


def _run(checkout: str, kind: str, seed: str, options: argparse.Namespace) -> float:
    command = [sys.executable, __file__, "--worker", checkout, "--kind", kind, "--seed", seed]
    command += ["--docs", str(options.docs), "--profile", options.profile]
    command += ["--warm", str(options.warm)]
    if options.only:
        command += ["--only", options.only]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"ab: {checkout} failed on {kind}:\n{done.stderr[-3000:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return figures["bytes"] / 1e6 / max(figures["seconds"], 1e-9)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", nargs="?")
    parser.add_argument("branch", nargs="?")
    parser.add_argument("--kinds", default="en clean,en raw,es,ru,ru look-alikes")
    parser.add_argument("--docs", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument(
        "--only", help="comma-separated filters to run alone (default: the profile)"
    )
    parser.add_argument("--profile", default="default")
    parser.add_argument(
        "--warm",
        type=int,
        default=8,
        help="documents cleaned before timing (8: first use falls in the timed part; "
        "a few hundred: the steady state)",
    )
    parser.add_argument(
        "--tag", default="ab", help="seed prefix: another tag draws other documents"
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--kind", help=argparse.SUPPRESS)
    parser.add_argument("--seed", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return _worker(args)
    if not (args.base and args.branch):
        parser.error("give BASE and BRANCH checkouts")
    print(f"{'kind':<22} {'base MB/s':>10} {'branch MB/s':>12} {'ratio':>6}   per round")
    for kind in args.kinds.split(","):
        ratios, bases, branches = [], [], []
        for round_ in range(args.rounds):
            seed = f"{args.tag}/{kind}/{round_}"
            # Keyed by role, not path, so a control of one checkout against itself runs twice.
            if round_ % 2 == 0:
                base = _run(args.base, kind, seed, args)
                branch = _run(args.branch, kind, seed, args)
            else:
                branch = _run(args.branch, kind, seed, args)
                base = _run(args.base, kind, seed, args)
            bases.append(base)
            branches.append(branch)
            ratios.append(branch / base)
        spread = " ".join(f"{r:.2f}" for r in ratios)
        print(
            f"{kind:<22} {statistics.median(bases):>10.2f} {statistics.median(branches):>12.2f} "
            f"{statistics.median(ratios):>6.2f}   {spread}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
