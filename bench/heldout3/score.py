#!/usr/bin/env python3
"""
Score a textclean checkout on the held-out sets in this folder.

    python score.py /path/to/checkout [--json out.json] [--failures N] [--sets encoding,homoglyphs,boilerplate]

The checkout's ``textclean`` package is imported from the given path (sys.path),
never from an installed copy. If the running interpreter lacks textclean's
dependencies and the checkout has ``.venv/bin/python``, the script re-runs itself
with that interpreter.

Sets (JSONL, one document per line, fields id/kind/language/input/expected):
  encoding.jsonl     mojibake, double mojibake, legacy code-page mix-ups, genuine text
  homoglyphs.jsonl   look-alike letters, styled and fullwidth forms, genuine non-Latin text
  boilerplate.jsonl  articles with labelled boilerplate lines (``labels``), and negatives

Comparison ignores trailing whitespace on each line and trailing newlines.
For the encoding and look-alike sets, every filter that is not about that
family is switched off by name ("isolated"); the plain profile is also run
("full profile") to show interactions with the other filters.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Filter families, matched against filter names so renamed or new filters are found.
FAMILY = {
    "encoding": re.compile(r"encod|mojibake|legacy|code_?page|charset"),
    "homoglyphs": re.compile(r"homoglyph|look_?alike|confusab|styled|fullwidth|unicode"),
}


def norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.split("\n")).rstrip("\n")


PART = "all"  # "tune", "report" or "all": the halves split by a hash of each id


def part_of(doc_id: str) -> str:
    """A stable half for each document: tune on one half, report on the other."""
    return "tune" if hashlib.sha256(doc_id.encode()).digest()[0] % 2 == 0 else "report"


def load(name: str) -> list[dict]:
    path = HERE / f"{name}.jsonl"
    with open(path, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return [d for d in docs if PART == "all" or part_of(d["id"]) == PART]


def pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:5.1f}%" if b else "   n/a"


# --------------------------------------------------------------------------- textclean access
def import_textclean(checkout: Path):
    for cand in (checkout, checkout / "src"):
        if (cand / "textclean" / "__init__.py").exists():
            sys.path.insert(0, str(cand))
            break
    else:
        sys.exit(f"no textclean package under {checkout} (or {checkout}/src)")
    import textclean  # noqa: PLC0415

    where = Path(textclean.__file__).resolve()
    if checkout.resolve() not in where.parents:
        sys.exit(f"imported textclean from {where}, not from {checkout}")
    return textclean


def filter_names(tc) -> list[str]:
    for getter in (lambda: list(tc.ORDER), lambda: list(tc.FILTERS), lambda: list(tc.filters())):
        try:
            names = getter()
            if names:
                return [str(n) for n in names]
        except Exception:  # noqa: BLE001, S112
            continue
    return []


def profiles(tc) -> list[str]:
    names = list(getattr(tc, "PROFILES", {}) or {})
    return [p for p in ("default", "web") if p in names] or ["default"]


class Runner:
    """Calls textclean.clean with a profile and overrides; drops overrides the checkout rejects."""

    def __init__(self, tc, profile: str, overrides: dict[str, bool]) -> None:
        self.tc = tc
        self.profile = profile
        self.overrides = dict(overrides)
        self.dropped: list[str] = []
        while True:
            try:
                tc.clean("probe text", profile=profile, **self.overrides)
                break
            except Exception as exc:  # noqa: BLE001  unknown filter/setting names
                bad = [n for n in self.overrides if n in str(exc)]
                if not bad:
                    if not self.overrides:
                        raise
                    bad = [next(iter(self.overrides))]
                for n in bad:
                    self.overrides.pop(n, None)
                    self.dropped.append(n)
        self.errors = 0

    def __call__(self, text: str) -> str | None:
        try:
            return self.tc.clean(text, profile=self.profile, **self.overrides)
        except Exception:  # noqa: BLE001  counted as an error, the document as not repaired
            self.errors += 1
            return None


def isolated_overrides(names: list[str], family: str) -> dict[str, bool]:
    keep = FAMILY[family]
    return {n: False for n in names if not keep.search(n)}


# --------------------------------------------------------------------------- repair sets
def score_repair(docs: list[dict], fn, label: str, failures: int, out: dict) -> None:
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # repaired|unchanged, total
    gen_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # changed, total
    shown: Counter = Counter()
    t0 = time.perf_counter()
    size = 0
    oks: list[bool] = []
    for d in docs:
        size += len(d["input"].encode("utf-8"))
        got = fn(d["input"])
        ok = got is not None and norm(got) == norm(d["expected"])
        oks.append(ok)
        k = d["kind"]
        by_kind[k][1] += 1
        by_kind[k][0] += ok
        if k.startswith("genuine"):
            gen_lang[d["language"]][1] += 1
            gen_lang[d["language"]][0] += not ok
        if not ok and shown[k] < failures:
            shown[k] += 1
            print(f"    FAIL {d['id']} [{k}/{d['language']}]\n      in : {d['input'][:160]!r}\n"
                  f"      got: {(got or '<error>')[:160]!r}\n      exp: {d['expected'][:160]!r}")
    secs = time.perf_counter() - t0
    dmg = [k for k in by_kind if not k.startswith("genuine")]
    gen = [k for k in by_kind if k.startswith("genuine")]
    d_ok = sum(by_kind[k][0] for k in dmg)
    d_n = sum(by_kind[k][1] for k in dmg)
    g_ch = sum(by_kind[k][1] - by_kind[k][0] for k in gen)
    g_n = sum(by_kind[k][1] for k in gen)
    print(f"  {label}: damaged fully repaired {d_ok}/{d_n} {pct(d_ok, d_n)} | genuine changed {g_ch}/{g_n}"
          f" | {size / 1e6 / secs if secs else 0:.2f} MB/s")
    for k in sorted(dmg):
        ok, n = by_kind[k]
        print(f"      {k:28s} repaired {ok:4d}/{n:<4d} {pct(ok, n)}")
    for k in sorted(gen):
        ok, n = by_kind[k]
        print(f"      {k:28s} changed  {n - ok:4d}/{n:<4d}")
    if any(d.get("subkind") for d in docs):
        sub: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for d, ok in zip(docs, oks):
            if d.get("subkind"):
                sub[d["subkind"]][0] += ok
                sub[d["subkind"]][1] += 1
        moji = {k: v for k, v in sub.items() if k.startswith("utf-8")}
        legacy = {k: v for k, v in sub.items() if not k.startswith("utf-8")}
        for title, part in (("mojibake by code page", moji), ("legacy by pair", legacy)):
            if part:
                print(f"      {title}: " + ", ".join(
                    f"{k.removeprefix('utf-8 read as ')} {v[0]}/{v[1]}" for k, v in sorted(part.items())))
    changed_langs = {lang: v for lang, v in gen_lang.items() if v[0]}
    if changed_langs:
        print("      genuine changed by language: "
              + ", ".join(f"{lang} {v[0]}/{v[1]}" for lang, v in sorted(changed_langs.items())))
    out[label] = {
        "damaged_repaired": d_ok, "damaged_total": d_n, "genuine_changed": g_ch, "genuine_total": g_n,
        "per_kind": {k: {"ok": v[0], "total": v[1]} for k, v in by_kind.items()},
        "genuine_changed_by_language": {k: v[0] for k, v in gen_lang.items()},
        "seconds": round(secs, 2),
    }


# --------------------------------------------------------------------------- boilerplate
def _key(line: str) -> str:
    return " ".join(line.split())


def kept_lines(inp: list[str], out: list[str]) -> list[bool]:
    """Which input lines survive in the output (in order; lightly edited lines count as kept)."""
    a = [_key(x) for x in inp]
    b = [_key(x) for x in out if x.strip()]
    kept = [False] * len(a)
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            for i in range(i1, i2):
                kept[i] = True
        elif tag == "replace":
            used = set()
            for i in range(i1, i2):
                for j in range(j1, j2):
                    if j not in used and difflib.SequenceMatcher(None, a[i], b[j]).ratio() > 0.8:
                        kept[i] = True
                        used.add(j)
                        break
    return kept


def score_boilerplate(docs: list[dict], fn, label: str, failures: int, out: dict) -> None:
    tp = fp = fn_ = 0
    kind_tot: Counter = Counter()
    kind_rem: Counter = Counter()
    ckind_tot: Counter = Counter()
    ckind_rem: Counter = Counter()
    lang_tot: Counter = Counter()
    lang_rem: Counter = Counter()
    pos_docs = all_gone = exact = 0
    dockind_tot: Counter = Counter()
    dockind_gone: Counter = Counter()
    neg_docs = neg_touched = neg_lines_removed = 0
    pos_docs_content_lost = 0
    shown = 0
    t0 = time.perf_counter()
    for d in docs:
        inp = d["input"].split("\n")
        got = fn(d["input"])
        kept = kept_lines(inp, got.split("\n")) if got is not None else [True] * len(inp)
        labels = d["labels"]
        assert len(labels) == len(inp), d["id"]
        removed_bp = removed_ct = total_bp = 0
        kinds_in_doc = defaultdict(lambda: [0, 0])
        for line, lab, k in zip(inp, labels, kept):
            if lab["label"] == "boilerplate":
                total_bp += 1
                kind_tot[lab["kind"]] += 1
                lang_tot[d["language"]] += 1
                kinds_in_doc[lab["kind"]][1] += 1
                if not k:
                    tp += 1
                    removed_bp += 1
                    kind_rem[lab["kind"]] += 1
                    lang_rem[d["language"]] += 1
                    kinds_in_doc[lab["kind"]][0] += 1
                else:
                    fn_ += 1
            else:
                ckind_tot[lab["kind"]] += 1
                if not k:
                    fp += 1
                    removed_ct += 1
                    ckind_rem[lab["kind"]] += 1
        if d["kind"] == "negative":
            neg_docs += 1
            neg_touched += removed_ct > 0
            neg_lines_removed += removed_ct
        else:
            pos_docs += 1
            gone = removed_bp == total_bp
            all_gone += gone
            exact += gone and removed_ct == 0
            pos_docs_content_lost += removed_ct > 0
            for k, (r, t) in kinds_in_doc.items():
                dockind_tot[k] += 1
                dockind_gone[k] += r == t
        if failures and shown < failures and (removed_ct or (d["kind"] != "negative" and removed_bp < total_bp)):
            shown += 1
            print(f"    DOC {d['id']} [{d['kind']}/{d['language']}]")
            for line, lab, k in zip(inp, labels, kept):
                wrong = (lab["label"] == "boilerplate") == k
                if wrong:
                    print(f"      {'MISSED' if k else 'REMOVED'} {lab['label']}:{lab['kind']}: {line[:110]!r}")
    secs = time.perf_counter() - t0
    prec = tp / (tp + fp) if tp + fp else float("nan")
    rec = tp / (tp + fn_) if tp + fn_ else float("nan")
    print(f"  {label}: line precision {prec:.3f} recall {rec:.3f} (removed {tp} boilerplate, {fp} content; "
          f"missed {fn_}) | docs with all boilerplate gone {all_gone}/{pos_docs} {pct(all_gone, pos_docs)}, "
          f"and no content lost {exact}/{pos_docs} {pct(exact, pos_docs)} | {secs:.1f}s")
    print(f"      negatives: documents with a line removed {neg_touched}/{neg_docs}, lines removed {neg_lines_removed}"
          f" | positives with content lost {pos_docs_content_lost}/{pos_docs}")
    print("      recall by boilerplate kind (lines; docs where that kind is all gone):")
    for k in sorted(kind_tot):
        print(f"        {k:10s} {kind_rem[k]:4d}/{kind_tot[k]:<4d} {pct(kind_rem[k], kind_tot[k])}"
              f"   docs {dockind_gone[k]:3d}/{dockind_tot[k]:<3d} {pct(dockind_gone[k], dockind_tot[k])}")
    print("      recall by language: " + ", ".join(
        f"{lang} {pct(lang_rem[lang], lang_tot[lang]).strip()}" for lang in sorted(lang_tot)))
    print("      content removed by kind: " + (", ".join(
        f"{k} {ckind_rem[k]}/{ckind_tot[k]}" for k in sorted(ckind_tot) if ckind_rem[k]) or "none"))
    out[label] = {
        "precision": prec, "recall": rec, "tp": tp, "fp": fp, "fn": fn_,
        "docs_all_boilerplate_gone": all_gone, "docs_exact": exact, "positive_docs": pos_docs,
        "negative_docs": neg_docs, "negative_docs_touched": neg_touched, "negative_lines_removed": neg_lines_removed,
        "recall_by_kind": {k: [kind_rem[k], kind_tot[k]] for k in kind_tot},
        "docs_kind_gone": {k: [dockind_gone[k], dockind_tot[k]] for k in dockind_tot},
        "content_removed_by_kind": {k: [ckind_rem[k], ckind_tot[k]] for k in ckind_tot},
        "seconds": round(secs, 2),
    }


# --------------------------------------------------------------------------- main
def maybe_reexec(checkout: Path) -> None:
    try:
        import ftfy  # noqa: F401, PLC0415
        import regex  # noqa: F401, PLC0415
    except ImportError:
        py = checkout / ".venv" / "bin" / "python"
        if py.exists() and Path(sys.executable).resolve() != py.resolve() and not os.environ.get("HELDOUT_REEXEC"):
            os.environ["HELDOUT_REEXEC"] = "1"
            os.execv(str(py), [str(py), __file__, *sys.argv[1:]])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("checkout", type=Path)
    ap.add_argument("--sets", default="encoding,homoglyphs,boilerplate")
    ap.add_argument("--json", type=Path, help="write all figures here")
    ap.add_argument("--failures", type=int, default=0, help="print up to N failures per kind")
    ap.add_argument("--no-ftfy", action="store_true", help="skip the ftfy comparison")
    ap.add_argument("--no-full", action="store_true", help="skip the full-profile runs of the repair sets")
    ap.add_argument("--part", choices=("tune", "report", "all"), default="all",
                    help="score one half only (split by a hash of the id): tune on one, report the other")
    args = ap.parse_args(argv)
    global PART
    PART = args.part
    maybe_reexec(args.checkout)
    tc = import_textclean(args.checkout)
    names = filter_names(tc)
    profs = profiles(tc)
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    print(f"textclean {getattr(tc, '__version__', '?')} from {Path(tc.__file__).parent}")
    print(f"filters: {', '.join(names) or '?'}")
    print(f"profiles scored: {', '.join(profs)} (available: {', '.join(getattr(tc, 'PROFILES', {}) or ['?'])})")
    results: dict = {"checkout": str(args.checkout), "filters": names, "profiles": profs}

    for family in ("encoding", "homoglyphs"):
        if family not in sets:
            continue
        docs = load(family)
        kinds = Counter(d["kind"] for d in docs)
        print(f"\n=== {family}.jsonl: {len(docs)} documents ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))})")
        res: dict = {}
        for prof in profs:
            ov = isolated_overrides(names, family)
            run = Runner(tc, prof, ov)
            on = [n for n in names if n not in run.overrides]
            note = f" (could not switch off: {', '.join(run.dropped)})" if run.dropped else ""
            print(f"  -- profile {prof}, isolated: filters left on {', '.join(on)}{note}")
            score_repair(docs, run, f"{prof}/isolated", args.failures, res)
            if run.errors:
                print(f"      errors raised: {run.errors}")
            if not args.no_full:
                full = Runner(tc, prof, {})
                score_repair(docs, full, f"{prof}/full-profile", 0, res)
                if full.errors:
                    print(f"      errors raised: {full.errors}")
        if not args.no_ftfy:
            try:
                import ftfy  # noqa: PLC0415

                print(f"  -- ftfy {ftfy.__version__} for comparison")
                score_repair(docs, ftfy.fix_text, "ftfy.fix_text", 0, res)
                score_repair(docs, ftfy.fix_encoding, "ftfy.fix_encoding", 0, res)
            except ImportError:
                print("  (ftfy not importable: comparison skipped)")
        results[family] = res

    if "boilerplate" in sets:
        docs = load("boilerplate")
        pos = sum(d["kind"] != "negative" for d in docs)
        print(f"\n=== boilerplate.jsonl: {len(docs)} documents ({pos} with boilerplate, {len(docs) - pos} negatives)")
        res = {}
        for prof in profs:
            run = Runner(tc, prof, {})
            score_boilerplate(docs, run, prof, args.failures, res)
            if run.errors:
                print(f"      errors raised: {run.errors}")
        results["boilerplate"] = res

    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
