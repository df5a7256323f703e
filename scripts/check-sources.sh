#!/usr/bin/env bash
# Checks labeled sentences against the texts they must not copy or closely paraphrase: the public data sets in
# ../shared/datasets and the seed article in ../shared/seeds (validate-data --near-sources). Skips, with a message,
# when those folders are absent (they are research-only and never committed). Takes about a minute for data/.
# Usage: scripts/check-sources.sh                          every labeled file in data/, near-copy thresholds:
#                                                          a word 3-gram containment or a character 4-gram Jaccard
#                                                          similarity of 0.5 with one source sentence fails
#        scripts/check-sources.sh --screen TASK FILE...    new sentences (in the labeled TSV format) before they are
#                                                          added: the stricter screening thresholds, 0.4 and 0.2
#        scripts/check-sources.sh --screen-data TASK FILE...
#                                                          new sentences against data/TASK's own labeled files (all
#                                                          but FILE... themselves), so that a new held-out file or
#                                                          batch holds no near-copy of a sentence already there: a
#                                                          word 3-gram containment of 0.6 or a character 4-gram
#                                                          Jaccard of 0.4 fails (the batches' screen); it needs no
#                                                          ../shared, and takes seconds
#        With --screen or --screen-data, options of validate-data after FILE... are passed on: --near-report R.tsv lists each sentence's
#        closest source sentence and the one sharing two or more names with it (see docs/cli.md, validate-data)
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  # The comment above, which is the usage: what a first-time user tries first.
  sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"
  exit 0
fi
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=$root/data
# Every file of labeled sentences: each task's train, dev and test files, the other held-out and kept-aside files
# (test_*.tsv, not_added_*.tsv), but not the readers' records, alias and representative tables. train_absent.tsv repeats
# train.tsv's sentences with other targets, so it and test_absent_targets.tsv are checked in a run of their own.
labeled() {
  local task=$1 f name
  for f in "$data/$task"/*.tsv; do
    name=$(basename "$f" .tsv)
    case $name in
      train|dev|test|test_*|not_added_*) ;;
      *) continue ;;
    esac
    case $name in test_second_reading|train_absent|test_absent_targets) continue ;; esac
    echo "$f"
  done
}
cli=(dotnet "$root/src/Classifier.Training/bin/Release/net10.0/Classifier.Training.dll")
# The CLI, built if it is not: only once there is something to check.
build_cli() { [[ -f "${cli[1]}" ]] || dotnet build "$root/src/Classifier.Training/Classifier.Training.csproj" -c Release -nologo -v quiet >&2; }
if [[ ${1:-} == --screen-data ]]; then
  [[ $# -ge 3 ]] || { echo "usage: scripts/check-sources.sh --screen-data TASK FILE..." >&2; exit 2; }
  task=$2
  shift 2
  [[ $task == sentiment || $task == stance ]] || { echo "error: TASK is sentiment or stance, not '$task'" >&2; exit 2; }
  # The task's labeled files as the full check lists them (labeled, above: not the readers' records, reading_*.tsv,
  # which repeat a held-out file's sentences, nor the rule-made absent-target files), but the files screened, which
  # would match themselves once they are in data/.
  screened=" "
  for f in "$@"; do screened+="$(realpath -m -- "$f") "; done
  others=()
  while IFS= read -r f; do
    [[ $screened == *" $(realpath -m -- "$f") "* ]] || others+=("$f")
  done < <(labeled "$task")
  (( ${#others[@]} > 0 )) || { echo "note: $data/$task has no other labeled file to screen against" >&2; exit 0; }
  build_cli
  exec "${cli[@]}" validate-data --task "$task" "$@" --near-sources "${others[@]}" --near-containment 0.6 --near-jaccard 0.4
fi
shared=${SHARED:-$root/../shared}
sources=()
for d in "$shared/datasets" "$shared/seeds"; do [[ -d $d ]] && sources+=("$d"); done
if (( ${#sources[@]} == 0 )); then
  echo "note: neither $shared/datasets nor $shared/seeds found: nothing to check against" >&2
  exit 0
fi

build_cli
if [[ ${1:-} == --screen ]]; then
  [[ $# -ge 3 ]] || { echo "usage: scripts/check-sources.sh --screen TASK FILE..." >&2; exit 2; }
  task=$2
  shift 2
  exec "${cli[@]}" validate-data --task "$task" "$@" --near-sources "${sources[@]}" --near-containment 0.4 --near-jaccard 0.2
fi

status=0
mapfile -t sentiment_files < <(labeled sentiment)
mapfile -t stance_files < <(labeled stance)
unseen=()
for f in "$data"/stance/test_unseen_*.tsv; do [[ -f $f ]] && unseen+=(--unseen-targets "$f"); done
echo "sentiment: ${#sentiment_files[@]} files; stance: ${#stance_files[@]} files and train_absent, test_absent_targets" >&2
"${cli[@]}" validate-data --task sentiment "${sentiment_files[@]}" --near-sources "${sources[@]}" || status=1
"${cli[@]}" validate-data --task stance "${stance_files[@]}" ${unseen[@]+"${unseen[@]}"} --near-sources "${sources[@]}" || status=1
"${cli[@]}" validate-data --task stance "$data"/stance/{train_absent,test_absent_targets}.tsv --near-sources "${sources[@]}" || status=1
exit $status
