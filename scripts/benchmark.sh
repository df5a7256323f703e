#!/usr/bin/env bash
# Regenerates docs/benchmarks.md: our pipeline on every public set in ../shared/datasets beside the
# scikit-learn anchor (../shared/tools/sklearn_baselines.py) run in this same session, the shipped
# models on their test splits and on real sentences they never saw, confusion matrices and learning
# curves (docs/images/). Sets that are absent are skipped with a message; without scikit-learn
# (apt-get install -y python3-sklearn) its column says "not run". Training times are the shortest of RUNS runs, ours and
# scikit-learn's alike (RUNS=3 by default; the machine's load varies from minute to minute). Takes about 10 minutes.
# Usage: [RUNS=N] scripts/benchmark.sh [--only KEY ...] [--no-curves]
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  # The comment above, which is the usage: what a first-time user tries first.
  sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"
  exit 0
fi
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
datasets=${DATASETS:-$root/../shared/datasets}
runs=${RUNS:-3}
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a whole number of 1 or more (got '$runs')" >&2; exit 2; }
tools=${SKLEARN_TOOLS:-$root/../shared/tools}
cd "$root"

dotnet build src/Classifier.Training/Classifier.Training.csproj -c Release -nologo -v quiet >&2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if [[ ! -d "$datasets" ]]; then
  echo "note: $datasets not found: the public benchmark rows are skipped" >&2
elif [[ -x /usr/bin/python3 ]] && /usr/bin/python3 -c "import sklearn" 2>/dev/null && [[ -f "$tools/sklearn_baselines.py" ]]; then
  for run in $(seq "$runs"); do
    echo "running the scikit-learn anchor, run $run of $runs (about two minutes)..." >&2
    DATASETS="$datasets" /usr/bin/python3 "$tools/sklearn_baselines.py" svm | tee "$out/main$run.txt" >&2
    DATASETS="$datasets" /usr/bin/python3 "$tools/sklearn_baselines.py" svm extra | tee "$out/extra$run.txt" >&2
    DATASETS="$datasets" /usr/bin/python3 bench/sklearn_extra.py "$tools" | tee "$out/more$run.txt" >&2
  done
else
  echo "note: scikit-learn not available (apt-get install -y python3-sklearn): its column says 'not run'" >&2
fi
# The anchor's logs, when it ran (none otherwise: the note above already said why, so no glob is passed on).
shopt -s nullglob
logs=("$out"/*.txt)
shopt -u nullglob
sklearn=()
((${#logs[@]})) && sklearn=(--sklearn "${logs[@]}")
dotnet src/Classifier.Training/bin/Release/net10.0/Classifier.Training.dll benchmark --datasets "$datasets" \
  ${sklearn[@]+"${sklearn[@]}"} --timing-runs "$runs" --configs bench/configs --models models --data data --out docs/benchmarks.md "$@"
