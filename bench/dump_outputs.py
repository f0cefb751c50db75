"""
Clean a fixed set of texts with every profile and with each context filter alone; write the outputs.

Two checkouts that should give the same answers (a speed change, a refactor) are compared by
running this once against each and comparing the two files byte for byte:

    PYTHONPATH=CHECKOUT python bench/dump_outputs.py out.json [--bench-docs N]

Texts: the seeds, every input of bench/heldout and bench/heldout3, bench/variants6, fresh7's
tune part, and (when `make bench` has fetched its pools into bench/data) N fresh documents of
each bench kind drawn with fixed seeds. Only the tune parts of the labelled sets are read for
fresh7; the others' inputs are read whole, since no label is looked at.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _module(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def texts(bench_docs: int) -> list[tuple[str, str]]:
    seeds = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
    found = [(f"seed/{path.name}", path.read_text(encoding="utf-8")) for path in seeds]
    for folder in ("heldout", "heldout3"):
        for path in sorted((HERE / folder).glob("*.jsonl")):
            for line in path.open(encoding="utf-8"):
                record = json.loads(line)
                found.append((f"{folder}/{record['id']}", record["input"]))
    for line in (HERE / "variants6.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        found.append((f"variants6/{record['id']}", record["text"]))
    fresh7 = _module("fresh7_build_dump", HERE / "fresh7" / "build.py")
    for index, record in enumerate(fresh7.part(fresh7.build_records(), "tune")):
        found.append((f"fresh7/{index}", record["input"]))
    data = HERE / "data"
    if bench_docs and (data / "pools.json").exists():
        sys.path.insert(0, str(HERE))
        import corpus

        pools = corpus.fetch_pools(data)
        kinds = list(corpus.Builder(pools, random.Random(0), recycle=True).kinds)
        for kind in kinds:
            builder = corpus.Builder(pools, random.Random(f"dump/{kind}"), recycle=True)
            found += [
                (f"bench/{kind}/{i}", builder.document(kind, 6000)) for i in range(bench_docs)
            ]
        for kind in corpus.SHORT_KINDS:
            builder = corpus.Builder(pools, random.Random(f"dump/short/{kind}"), recycle=True)
            found += [
                (f"bench/short {kind}/{i}", builder.short_document(kind)) for i in range(bench_docs)
            ]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--bench-docs", type=int, default=40, help="fresh bench documents per kind")
    args = parser.parse_args()
    import textclean

    names = list(textclean.filters())
    cleaners = {
        "default": textclean.Cleaner(),
        "web": textclean.Cleaner("web"),
        "ml": textclean.Cleaner("ml"),
    }
    for alone in ("fix_encoding", "fix_legacy_codepage", "fix_homoglyphs", "remove_boilerplate"):
        if alone in names:
            cleaners[alone] = textclean.Cleaner(**{name: name == alone for name in names})
    outputs: dict[str, str] = {}
    items = texts(args.bench_docs)
    for key, text in items:
        for name, cleaner in cleaners.items():
            outputs[f"{key}|{name}"] = cleaner.clean(text)
    args.out.write_text(json.dumps(outputs, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()[:16]
    print(
        f"{len(items)} texts x {len(cleaners)} cleaners = {len(outputs)} outputs, sha256 {digest}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
