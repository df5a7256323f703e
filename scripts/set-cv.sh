#!/usr/bin/env bash
# Stratified cross-validation of one public set's train and dev files joined into one, with fold seeds
# 1, 2 and 3: a metric per seed and their mean. The cross-validations that chose benchmark settings
# (scripts/se16-cv.sh, scripts/sst2-cv.sh) call it. Skips, with a message, when the files are absent.
# Usage: scripts/set-cv.sh SET TASK FOLDS METRIC CONFIG [cross-validate options...]
#   e.g. scripts/set-cv.sh sst2 sentiment 10 accuracy bench/configs/sst2.json --keep-duplicates
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  # The comment above, which is the usage: what a first-time user tries first.
  sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"
  exit 0
fi
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
set_name=$1 task=$2 folds=$3 metric=$4 config=$5
shift 5
D=${DATASETS:-$root/../shared/datasets}/$set_name
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
  dotnet "$cli" cross-validate --task "$task" --data "$work/train-dev.tsv" --folds "$folds" --seed "$seed" \
    --config "$config" --format json "$@" 2>/dev/null > "$work/seed$seed.json"
done
/usr/bin/env python3 - "$work" "$metric" <<'PY'
import json, sys
work, metric = sys.argv[1], sys.argv[2]
label = "F_avg" if metric == "favg" else metric
scores = [json.load(open(f"{work}/seed{s}.json"))[metric] for s in (1, 2, 3)]
for s, v in zip((1, 2, 3), scores):
    print(f"seed {s}: {label} {v:.4f}")
print(f"mean: {label} {sum(scores) / 3:.4f}")
PY
