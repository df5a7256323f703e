#!/usr/bin/env bash
# Retrains the default models from labeled data and prints their metrics on the held-out split.
#
# Usage: scripts/retrain.sh [DATA_DIR] [MODELS_DIR]
#   DATA_DIR    folder with sentiment/{train,dev,test}.tsv and stance/{train,dev,test}.tsv (default: data/)
#   MODELS_DIR  where sentiment.zip and stance.zip are written (default: models/)
# A task whose train.tsv is missing is skipped. dev.tsv and test.tsv are optional; when present
# their metrics are printed and recorded inside the model. If MODELS_DIR holds <task>.config.json
# (written by `tune`), training uses those settings. DATA_DIR/lexicon.tsv and
# DATA_DIR/stance/aliases.tsv, if present, replace the built-in polarity lexicon and alias table. Models are written atomically: a failed run
# leaves the previous model files as they were.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=$(cd "${1:-$root/data}" && pwd)
models=${2:-$root/models}
mkdir -p "$models"
models=$(cd "$models" && pwd)

echo "building the training CLI..." >&2
dotnet build "$root/src/Classifier.Training/Classifier.Training.csproj" -c Release -nologo -v quiet >&2
cli=(dotnet "$root/src/Classifier.Training/bin/Release/net10.0/Classifier.Training.dll")

trained=0
for task in sentiment stance; do
  dir="$data/$task"
  if [[ ! -f "$dir/train.tsv" ]]; then
    echo "skipping $task: $dir/train.tsv not found" >&2
    continue
  fi
  args=(train --task "$task" --data "$dir/train.tsv" --out "$models/$task.zip")
  [[ -f "$dir/dev.tsv" ]] && args+=(--dev "$dir/dev.tsv")
  [[ -f "$dir/test.tsv" ]] && args+=(--test "$dir/test.tsv")
  [[ -f "$models/$task.config.json" ]] && args+=(--config "$models/$task.config.json")
  [[ $task == stance && -f "$dir/aliases.tsv" ]] && args+=(--aliases "$dir/aliases.tsv")
  [[ -f "$data/lexicon.tsv" ]] && args+=(--lexicon "$data/lexicon.tsv")
  echo "== $task" >&2
  "${cli[@]}" "${args[@]}"
  if [[ -f "$dir/test.tsv" ]]; then
    "${cli[@]}" evaluate --model "$models/$task.zip" --data "$dir/test.tsv"
  fi
  trained=$((trained + 1))
done

if [[ $trained -eq 0 ]]; then
  echo "error: no task trained: $data has neither sentiment/train.tsv nor stance/train.tsv" >&2
  exit 2
fi
if [[ "$models" == "$root/models" ]]; then
  echo "rebuilding the library (and the CLI) so LoadDefault() embeds the new models..." >&2
  dotnet build "$root/src/Classifier.Training/Classifier.Training.csproj" -c Release -nologo -v quiet >&2
fi
