#!/usr/bin/env bash
# The cross-validation that chose SST-2's trainer and word vectors (bench/configs/sst2.json): its train and
# dev files joined into one (every row kept, as the benchmark keeps them), 10-fold stratified
# cross-validation with seeds 1, 2 and 3, accuracy per seed and their mean. Skips, with a message, when
# ../shared/datasets is absent. Takes about a minute and a half.
# Usage: scripts/sst2-cv.sh [CONFIG]   (default bench/configs/sst2.json)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
D=${DATASETS:-$root/../shared/datasets}/sst2
config=${1:-$root/bench/configs/sst2.json}
if [[ ! -f "$D/train.tsv" || ! -f "$D/dev.tsv" ]]; then
  echo "note: $D/train.tsv or dev.tsv not found: nothing to cross-validate" >&2
  exit 0
fi

dotnet build "$root/src/Classifier.Training/Classifier.Training.csproj" -c Release -nologo -v quiet >&2
cli="$root/src/Classifier.Training/bin/Release/net10.0/Classifier.Training.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
{ cat "$D/train.tsv"; tail -n +2 "$D/dev.tsv"; } > "$work/train-dev.tsv"
for seed in 1 2 3; do
  dotnet "$cli" cross-validate --task sentiment --data "$work/train-dev.tsv" --folds 10 --seed "$seed" \
    --config "$config" --keep-duplicates --format json 2>/dev/null > "$work/seed$seed.json"
done
/usr/bin/env python3 - "$work" <<'PY'
import json, sys
scores = [json.load(open(f"{sys.argv[1]}/seed{s}.json"))["accuracy"] for s in (1, 2, 3)]
for s, a in zip((1, 2, 3), scores):
    print(f"seed {s}: accuracy {a:.4f}")
print(f"mean: accuracy {sum(scores) / 3:.4f}")
PY
