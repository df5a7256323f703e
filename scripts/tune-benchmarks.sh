#!/usr/bin/env bash
# Regenerates bench/configs/KEY.json, the settings scripts/benchmark.sh uses for each public set, by
# running `tune` on the set's TRAINING data only (its dev split, or 5-fold cross-validation when it
# has none; for the 10-fold sets, which have no test split, that is cross-validation of the same file).
# Each search rejects settings that would train slower than MARGIN x scikit-learn's fit time on the
# same data, measured by ../shared/tools/sklearn_baselines.py in this session (its log is passed as
# the first argument, or the script runs it).
# Usage: scripts/tune-benchmarks.sh [SKLEARN_LOG...] ; env: BUDGET (minutes per set, default 6),
#        MARGIN (default 0.85), ONLY (space-separated keys), RESUME=1 (start each search from the set's
#        existing bench/configs/KEY.json instead of the defaults).
# Without RESUME=1 the search starts from threads 0 and tune writes this machine's core count into each config; the
# configs pin 2 (the figures of docs/benchmarks.md were measured so): set "threads" back to 2 to keep them comparable.
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  # The comment above, which is the usage: what a first-time user tries first.
  sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"
  exit 0
fi
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
D=${DATASETS:-$root/../shared/datasets}
tools=${SKLEARN_TOOLS:-$root/../shared/tools}
budget=${BUDGET:-6}
margin=${MARGIN:-0.85}
cd "$root"
[[ -d "$D" ]] || { echo "note: $D not found: nothing to tune" >&2; exit 0; }
dotnet build src/Classifier.Training/Classifier.Training.csproj -c Release -nologo -v quiet >&2
cli=(dotnet src/Classifier.Training/bin/Release/net10.0/Classifier.Training.dll)
logs=("$@")
if [[ ${#logs[@]} -eq 0 ]]; then
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  DATASETS="$D" /usr/bin/python3 "$tools/sklearn_baselines.py" svm > "$tmp/main.txt"
  DATASETS="$D" /usr/bin/python3 "$tools/sklearn_baselines.py" svm extra > "$tmp/extra.txt"
  DATASETS="$D" /usr/bin/python3 bench/sklearn_extra.py "$tools" > "$tmp/more.txt"
  logs=("$tmp"/*.txt)
fi
limit() { # limit LINE-LABEL -> MARGIN x scikit-learn's train seconds
  local s; s=$(grep -h "^$1 " "${logs[@]}" | sed -E 's/.*train_s= *([0-9.]+).*/\1/' | head -1)
  awk -v s="$s" -v m="$margin" 'BEGIN { printf "%.3f", s * m }'
}
tune() { # tune KEY TASK SKLEARN-LABEL METRIC ARGS...
  local key=$1 task=$2 label=$3 metric=$4; shift 4
  [[ -z "${ONLY:-}" || " $ONLY " == *" $key "* ]] || return 0
  local max; max=$(limit "$label")
  echo "== $key: $metric, at most ${max}s of training" >&2
  local start=()
  [[ "${RESUME:-}" == 1 && -f "bench/configs/$key.json" ]] && start=(--config "bench/configs/$key.json")
  "${cli[@]}" tune "${start[@]}" --task "$task" --metric "$metric" --budget-minutes "$budget" --max-train-seconds "$max" \
    --keep-duplicates --out "bench/configs/$key.json" "$@" | tail -n 1
}
tune sst2 sentiment "sst2 svm" accuracy --data "$D/sst2/train.tsv" --dev "$D/sst2/dev.tsv"
tune sst3 sentiment "sst5 svm" macroF1 --data "$D/sst5/train.tsv" --dev "$D/sst5/dev.tsv"
tune fpb50 sentiment "fpb-50agree 10-fold svm" macroF1 --data "$D/financial-phrasebank/sentences_50agree.tsv"
tune fpball sentiment "fpb-allagree 10-fold svm" macroF1 --data "$D/financial-phrasebank/sentences_allagree.tsv"
tune rt sentiment "rt-polarity 10-fold svm" accuracy --data "$D/rt-polarity/all.tsv"
tune se17 sentiment "semeval2017-4a svm" macroF1 --data "$D/semeval2017-task4a/train.tsv" --folds 3
tune se16 stance "semeval2016 per-target svm" favg --data "$D/semeval2016-task6/train.tsv" --data "$D/semeval2016-task6/dev.tsv"
# Task B's target (Donald Trump) never occurs in training: its settings are chosen over folds of whole training targets.
tune trump stance "semeval2016 per-target svm" favg --data "$D/semeval2016-task6/train.tsv" --data "$D/semeval2016-task6/dev.tsv" --unseen-targets
tune pstance stance "pstance (all targets, text only) svm" macroF1 --data "$D/pstance/train.tsv" --dev "$D/pstance/dev.tsv"
tune emergent stance "emergent (headline only) svm" macroF1 --data "$D/emergent/train.tsv"
tune ibm stance "ibm-claim-stance svm" macroF1 --data "$D/ibm-claim-stance/train.tsv" --unseen-targets
tune mpqa sentiment "mpqa-polarity 10-fold svm" accuracy --data "$D/mpqa-polarity/all.tsv"
