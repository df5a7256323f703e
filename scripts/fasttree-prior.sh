#!/usr/bin/env bash
# Measures what tune's FastTree prior rests on (CandidateTimes.FastTreeTimesLinear and FastTreeSecondsPerRow in
# src/Classifier.Training/Tuning/CandidateTimes.cs): on the first N rows of data/sentiment/train.tsv, featurised once
# with the default settings, the seconds each trainer of tune's trainer grid takes to learn (as tune times a candidate:
# the learner and its 50-row equivalence check), FastTree 100x20 last. Prints one JSON line per run and, per size, a
# summary: FastTree's seconds, its ratio to maxent and to the slowest linear trainer, and its seconds per row.
# Usage: scripts/fasttree-prior.sh [SIZES] ; SIZES is a comma-separated list of row counts (default 1000,3000);
#        env LINEAR=first times one setting of each linear trainer instead of the whole grid; CONFIG=FILE featurises
#        with FILE's settings instead of the defaults (scripts/fasttree-prior-nochars.json: without char n-grams).
# About 2 minutes on an idle 2-core machine at the default sizes, nearly all of it FastTree (0.026 s per row), about three
# times as long with other jobs running (FastTree uses every core): run it on a quiet machine; 1 minute without chars.
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  # The comment above, which is the usage: what a first-time user tries first.
  sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"
  exit 0
fi
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
data=data/sentiment/train.tsv
[[ -f "$data" && -f data/lexicon.tsv ]] || { echo "note: $data or data/lexicon.tsv not found: nothing to measure" >&2; exit 0; }
dotnet build bench/Classifier.Benchmarks/Classifier.Benchmarks.csproj -c Release -nologo -v quiet >&2
dotnet bench/Classifier.Benchmarks/bin/Release/net10.0/Classifier.Benchmarks.dll tree-cost --data "$data" \
  --lexicon data/lexicon.tsv --sizes "${1:-1000,3000}" --linear "${LINEAR:-all}" ${CONFIG:+--config "$CONFIG"}
