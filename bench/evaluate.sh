#!/usr/bin/env bash
# Every labelled set's score on one checkout, each written to OUTDIR/<set>.txt (report parts).
#   bench/evaluate.sh CHECKOUT OUTDIR [PART]     PART: report (default) or tune
# CHECKOUT needs its .venv (a symlink to another checkout's is fine) and bench/data fetched by
# `make bench`; realpages needs the trafilatura snapshot (bench/realpages/README.md), realpages3
# its two snapshots (bench/realpages3/README.md). The sets run two at a time.
set -u
checkout=$(cd "$1" && pwd)
out=$(mkdir -p "$2" && cd "$2" && pwd)
part=${3:-report}
py="$checkout/.venv/bin/python"
cd "$checkout"
run() { local name=$1; shift; { time PYTHONPATH="$checkout" "$py" "$@"; } >"$out/$name.txt" 2>&1; }
trafilatura=${TRAFILATURA:-/work/.mirror/adbar+trafilatura/repo}
run homoglyph_eval bench/homoglyph_eval.py --held &
run fresh7 bench/fresh7/score.py . --part "$part" &
wait
run heldout bench/heldout/score.py . --part "$part" &
run heldout3 bench/heldout3/score.py . --part "$part" &
wait
run realpages bench/realpages/score.py --repo "$trafilatura" --part "$part" &
run realpages2 bench/realpages2/score.py --part "$part" &
wait
run realpages3 bench/realpages3/score.py --part "$part" &
run codepages scripts/eval_codepages.py heldout &
wait
run codepages_fresh scripts/eval_codepages_fresh.py &
run boilerplate_eval bench/boilerplate_eval.py &
wait
run variants6 bench/variants6.py &
run fresh18 bench/fresh18/score.py --file bench/fresh18/pages2.txt &
wait
run genuine_sweep bench/genuine_sweep.py
grep -l "Traceback" "$out"/*.txt && echo "evaluate: some set failed (above)" || echo "evaluate: all sets ran; outputs in $out"
