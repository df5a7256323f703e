#!/usr/bin/env bash
# The cross-validation that chose SemEval-2016's settings (bench/configs/se16.json): its train and dev
# files joined into one, 5-fold stratified cross-validation with seeds 1, 2 and 3, F_avg per seed and
# their mean. Skips, with a message, when ../shared/datasets is absent. Takes about half a minute.
# Usage: scripts/se16-cv.sh [CONFIG]   (default bench/configs/se16.json)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
D=${DATASETS:-$root/../shared/datasets}/semeval2016-task6
config=${1:-$root/bench/configs/se16.json}
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
  dotnet "$cli" cross-validate --task stance --data "$work/train-dev.tsv" --folds 5 --seed "$seed" \
    --config "$config" --format json 2>/dev/null > "$work/seed$seed.json"
done
/usr/bin/env python3 - "$work" <<'PY'
import json, sys
scores = [json.load(open(f"{sys.argv[1]}/seed{s}.json"))["favg"] for s in (1, 2, 3)]
for s, f in zip((1, 2, 3), scores):
    print(f"seed {s}: F_avg {f:.4f}")
print(f"mean: F_avg {sum(scores) / 3:.4f}")
PY
