#!/usr/bin/env bash
# Regenerates docs/benchmarks.md: our pipeline on every public set in ../shared/datasets beside the
# scikit-learn anchor (../shared/tools/sklearn_baselines.py) run in this same session, the shipped
# models on their test splits and on real sentences they never saw, confusion matrices and learning
# curves (docs/images/). Sets that are absent are skipped with a message; without scikit-learn
# (apt-get install -y python3-sklearn) its column says "not run". Takes about 15 minutes.
# Usage: scripts/benchmark.sh [--only KEY ...] [--no-curves]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
datasets=${DATASETS:-$root/../shared/datasets}
tools=${SKLEARN_TOOLS:-$root/../shared/tools}
cd "$root"

dotnet build src/Classifier.Training/Classifier.Training.csproj -c Release -nologo -v quiet >&2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if [[ ! -d "$datasets" ]]; then
  echo "note: $datasets not found: the public benchmark rows are skipped" >&2
elif [[ -x /usr/bin/python3 ]] && /usr/bin/python3 -c "import sklearn" 2>/dev/null && [[ -f "$tools/sklearn_baselines.py" ]]; then
  echo "running the scikit-learn anchor (several minutes)..." >&2
  DATASETS="$datasets" /usr/bin/python3 "$tools/sklearn_baselines.py" svm | tee "$out/main.txt" >&2
  DATASETS="$datasets" /usr/bin/python3 "$tools/sklearn_baselines.py" svm extra | tee "$out/extra.txt" >&2
  DATASETS="$datasets" /usr/bin/python3 bench/sklearn_extra.py "$tools" | tee "$out/more.txt" >&2
else
  echo "note: scikit-learn not available (apt-get install -y python3-sklearn): its column says 'not run'" >&2
fi
dotnet src/Classifier.Training/bin/Release/net10.0/Classifier.Training.dll benchmark --datasets "$datasets" \
  --sklearn "$out"/*.txt --configs bench/configs --models models --data data --out docs/benchmarks.md "$@"
