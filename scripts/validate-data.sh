#!/usr/bin/env bash
# Validates the corpus in data/ (or DATA_DIR) against the corpus requirements: schema and labels,
# no leakage between splits, no over-used openings, label balance, size, targets and contrastive share.
# Usage: scripts/validate-data.sh [DATA_DIR] [--format markdown]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=${1:-$root/data}
shift $(( $# > 0 ? 1 : 0 )) || true
cli=(dotnet "$root/src/Classifier.Training/bin/Release/net10.0/Classifier.Training.dll")
[[ -f "${cli[1]}" ]] || dotnet build "$root/src/Classifier.Training/Classifier.Training.csproj" -c Release -nologo -v quiet >&2
# train, dev and test are required; the other held-out files are checked when the folder has them.
optional() { for f in "$@"; do [[ -f $f ]] && echo "$f"; done; return 0; }
mapfile -t sentiment_extra < <(optional "$data"/sentiment/{test_comparisons,test_measures,test_mood,test_reported,test_forward,test_objects,test_long,test_fresh}.tsv)
mapfile -t stance_extra < <(optional "$data"/stance/{test_fresh,test_people,test_people_fresh,test_people_named,test_people_former,test_long,test_unseen_fresh,test_unseen_issues,test_unseen_issues_fresh,test_unseen_issues_third,test_unseen_issues_fourth,test_everyday,test_digit_names}.tsv)
"${cli[@]}" validate-data --task sentiment "$data"/sentiment/{train,dev,test}.tsv ${sentiment_extra[@]+"${sentiment_extra[@]}"} \
  --min-label-share 0.25 --min-rows 6000 "$@"
# Files of targets never trained on: their targets must not occur in the other files.
unseen=(--unseen-targets "$data/stance/test_unseen_targets.tsv")
[[ -f $data/stance/test_unseen_fresh.tsv ]] && unseen+=(--unseen-targets "$data/stance/test_unseen_fresh.tsv")
[[ -f $data/stance/test_unseen_issues.tsv ]] && unseen+=(--unseen-targets "$data/stance/test_unseen_issues.tsv")
[[ -f $data/stance/test_unseen_issues_fresh.tsv ]] && unseen+=(--unseen-targets "$data/stance/test_unseen_issues_fresh.tsv")
[[ -f $data/stance/test_unseen_issues_third.tsv ]] && unseen+=(--unseen-targets "$data/stance/test_unseen_issues_third.tsv")
[[ -f $data/stance/test_unseen_issues_fourth.tsv ]] && unseen+=(--unseen-targets "$data/stance/test_unseen_issues_fourth.tsv")
# Targets are counted as training counts them, by the alias table retrain.sh trains with (the folder's, else the built-in).
aliases=()
[[ -f $data/stance/aliases.tsv ]] && aliases=(--aliases "$data/stance/aliases.tsv")
# The representatives table retrain.sh trains with, read as training reads it.
[[ -f $data/stance/representatives.tsv ]] && aliases+=(--representatives "$data/stance/representatives.tsv")
"${cli[@]}" validate-data --task stance "$data"/stance/{train,dev,test,test_unseen_targets}.tsv ${stance_extra[@]+"${stance_extra[@]}"} \
  --min-label-share 0.20 --min-rows 6000 --min-targets 40 --min-contrastive 0.33 \
  "${unseen[@]}" ${aliases[@]+"${aliases[@]}"} "$@"
