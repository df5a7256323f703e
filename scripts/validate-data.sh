#!/usr/bin/env bash
# Validates the corpus in data/ (or DATA_DIR) against the corpus requirements: schema and labels,
# no leakage between splits, no over-used openings, label balance, size, targets and contrastive share.
# Usage: scripts/validate-data.sh [DATA_DIR] [--format markdown] [validate-data options]
# Both tasks are checked, and the problems of both listed, before it fails (exit 2 when either has a problem). A task
# whose DATA_DIR/TASK/train.tsv is missing is skipped, as retrain.sh skips it; dev.tsv and test.tsv are checked when
# present (retrain.sh trains without them), and their absence is noted. So are the held-out files the task folder's
# held-out.txt lists (data/stance/held-out.txt: one file a line, and after it a role: unseen-targets, whose targets
# must occur in none of the other files, or mostly-none, checked apart as below since most rows are none by design); a
# line of that list naming a file not there or other than test.tsv or a test_*.tsv, named twice, with another role or
# with a role for test.tsv fails the check with the list's line.
# Your own test_*.tsv, not listed, is named on stderr and checked apart, for bad rows and duplicates only (a slice of
# one kind of sentence fails the per-file limits); one whose header names no text column (a record of readings) is named
# and left out, as retrain.sh leaves it out. The thresholds are those of the
# repository's corpus (--min-rows 6000, --min-label-share 0.25 for sentiment and 0.20 for stance, --min-targets 40,
# --min-contrastive 0.33); one given here replaces its default, so a smaller folder of your own can be checked with its
# own (scripts/validate-data.sh my-data --min-rows 500). The stance-only options (--min-targets, --min-contrastive,
# --unseen-targets, --aliases, --representatives) go to the stance check only.
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  # The comment above, which is the usage: what a first-time user tries first.
  sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"
  exit 0
fi
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=${1:-$root/data}
shift $(( $# > 0 ? 1 : 0 )) || true
if [[ ! -d $data ]]; then
  echo "error: $data: data folder not found; give the folder that holds sentiment/ and stance/ (scripts/validate-data.sh DATA_DIR)" >&2
  exit 2
fi
cli=(dotnet "$root/src/Classifier.Training/bin/Release/net10.0/Classifier.Training.dll")
[[ -f "${cli[1]}" ]] || dotnet build "$root/src/Classifier.Training/Classifier.Training.csproj" -c Release -nologo -v quiet >&2
# The options given: those of the stance checks apart, and each threshold given replacing its default.
common=(); stance_only=(); given=" "
while [[ $# -gt 0 ]]; do
  option=$1; shift
  case ${option%%=*} in
    --min-targets|--min-contrastive|--unseen-targets|--aliases|--representatives)
      stance_only+=("$option"); [[ $option != *=* && $# -gt 0 ]] && { stance_only+=("$1"); shift; } ;;
    *) common+=("$option") ;;
  esac
  given+="${option%%=*} "
done
default() { [[ $given == *" $1 "* ]] || echo "$1 $2"; }
# train is required; dev and test are checked when the folder has them, as retrain.sh trains a folder without them (a
# folder lacking dev.tsv or test.tsv is said so, on stderr).
splits() {
  local f absent=()
  echo "$1"
  for f in "${@:2}"; do if [[ -f $f ]]; then echo "$f"; else absent+=("$(basename "$f")"); fi; done
  if [[ ${#absent[@]} -gt 0 ]]; then
    local joined; joined=$(IFS=,; echo "${absent[*]}"); joined=${joined//,/, }
    echo "note: $(dirname "$1") has no $joined: not checked (retrain.sh trains without $([[ ${#absent[@]} -eq 1 ]] && echo it || echo them))" >&2
  fi
  return 0
}
# Any other test_*.tsv of a task folder (an analyst's own test_mine.tsv) is listed (and named on stderr) to be checked
# apart, by own_files, for what makes a row bad (a label, a column, an encoding) and for duplicates, but not against the
# corpus's limits: its label shares and size are its own (a slice of one kind of sentence fails the per-file limits).
others() {
  local dir=$1 f name; shift
  for f in "$dir"/test_*.tsv; do
    [[ -e $f ]] || continue
    name=$(basename "$f" .tsv)
    [[ " $* " == *" $name "* || $name == test_second_reading ]] && continue
    # A file whose first non-blank line names no text column (a record of readings) is no labeled file: retrain.sh leaves
    # it out by the same test, so it is named and left out here too (an empty file or a folder is checked, and refused).
    if [[ -f $f ]] && ! awk 'NF { seen = 1; sub(/^\xef\xbb\xbf/, ""); sub(/\r$/, ""); n = split($0, f, "\t"); for (i = 1; i <= n; i++) { c = tolower(f[i]); gsub(/^[ ]+|[ ]+$/, "", c); if (c == "text") found = 1 }; exit } END { exit !(found || !seen) }' "$f"; then
      echo "note: $f has no text column in its header: not a labeled file, so not checked (retrain.sh does not measure it)" >&2
      continue
    fi
    echo "note: $f is not in $dir/held-out.txt: checked for bad rows and duplicates, not against the corpus's limits (its label shares are its own)" >&2
    echo "$f"
  done
  return 0
}
# The --format given, if any, for the own-files check (the corpus's thresholds given do not apply to it).
format=()
for ((i = 0; i < ${#common[@]}; i++)); do
  case ${common[i]} in
    --format=*) format=("${common[i]}") ;;
    --format) format=(--format "${common[i + 1]:-}") ;;
  esac
done
# Checks a task's own held-out files (others) with every limit off: bad rows, repeated rows, a stance target of only
# function words. Sets status and the task's outcome as the corpus check does.
own_files() {
  local task=$1; shift
  [[ $# -gt 0 ]] || return 0
  local limits=(--min-label-share 0 --min-rows 0 --max-opening-share 1)
  [[ $task == stance ]] && limits+=(--min-targets 0 --min-contrastive 0 ${tables[@]+"${tables[@]}"})
  printf '\n%s files checked apart, for bad rows and repeats only (%s):\n\n' "$task" \
    "$([[ $task == stance ]] && echo "mostly none by design, or not in held-out.txt" || echo "not in held-out.txt")"
  "${cli[@]}" validate-data --task "$task" "$@" "${limits[@]}" ${format[@]+"${format[@]}"} || {
    code=$?; [[ $status -eq 0 || $code -lt $status ]] && status=$code; own_failed=1; }
  return 0
}
# Reads folder $1's held-out.txt (data/sentiment/held-out.txt): one held-out file a line, in the order retrain.sh reports
# them, a role after it (unseen-targets, mostly-none), "#" starting a comment. Fills listed (every name, without .tsv),
# corpus (those held to the corpus's limits, test.tsv aside: a split), unseen_listed and mostly_none. A line that names
# no .tsv file of the folder, names one twice or gives another role is said with the list's file and line, and fails
# the task's check (list_failed).
read_list() {
  local list=$1/held-out.txt n=0 line name role rest problem
  listed=() corpus=() unseen_listed=() mostly_none=() list_failed=0
  [[ -f $list ]] || return 0
  while IFS= read -r line || [[ -n $line ]]; do
    n=$((n + 1)); line=${line%$'\r'}; line=${line%%#*}
    ((n == 1)) && line=${line#$'\xef\xbb\xbf'}
    name="" role="" rest=""
    read -r name role rest <<< "$line" || true
    [[ -n $name ]] || continue
    problem=""
    if [[ ! $name =~ ^test(_[^/]+)?\.tsv$ ]]; then
      problem="'$name' is not a held-out file name; write one test.tsv or test_*.tsv of this folder a line, such as test_fresh.tsv"
    elif [[ -n $rest || ( -n $role && $role != unseen-targets && $role != mostly-none ) ]]; then
      problem="'$role${rest:+ $rest}' is not a role; after the file name write unseen-targets, mostly-none or nothing"
    elif [[ $name == test.tsv && -n $role ]]; then
      problem="test.tsv is checked as the test split; give it no role"
    elif [[ ! -f $1/$name ]]; then
      problem="$name is not in $1; add the file or remove the line"
    elif [[ " ${listed[*]-} " == *" ${name%.tsv} "* ]]; then
      problem="$name is listed twice; keep the line at its place in the report's order and remove the other"
    fi
    if [[ -n $problem ]]; then
      echo "error: $list:$n: $problem" >&2
      list_failed=1
      continue
    fi
    name=${name%.tsv}
    listed+=("$name")
    case $role in
      mostly-none) mostly_none+=("$1/$name.tsv"); continue ;;
      unseen-targets) unseen_listed+=("$1/$name.tsv") ;;
    esac
    [[ $name == test ]] || corpus+=("$1/$name.tsv")
  done < "$list"
  return 0
}
status=0; checked=0; stance_failed=0; outcomes=()
if [[ -f $data/sentiment/train.tsv ]]; then
  mapfile -t sentiment_splits < <(splits "$data"/sentiment/{train,dev,test}.tsv)
  read_list "$data/sentiment"
  sentiment_extra=(${corpus[@]+"${corpus[@]}"})
  mapfile -t sentiment_own < <(others "$data/sentiment" test ${listed[@]+"${listed[@]}"})
  sentiment_own=(${mostly_none[@]+"${mostly_none[@]}"} ${sentiment_own[@]+"${sentiment_own[@]}"})
  ((list_failed)) && status=2
  # shellcheck disable=SC2046 # each default is an option and its value
  "${cli[@]}" validate-data --task sentiment "${sentiment_splits[@]}" ${sentiment_extra[@]+"${sentiment_extra[@]}"} \
    $(default --min-label-share 0.25) $(default --min-rows 6000) ${common[@]+"${common[@]}"} || status=$?
  own_failed=0; own_files sentiment ${sentiment_own[@]+"${sentiment_own[@]}"}
  checked=$((checked + 1)); outcomes+=("sentiment $( ((status == 0)) && echo passed || echo failed)")
else
  echo "skipping sentiment: $data/sentiment/train.tsv not found" >&2
fi
if [[ -f $data/stance/train.tsv ]]; then
  mapfile -t stance_splits < <(splits "$data"/stance/{train,dev,test}.tsv)
  read_list "$data/stance"
  stance_extra=(${corpus[@]+"${corpus[@]}"})
  mapfile -t stance_own < <(others "$data/stance" test ${listed[@]+"${listed[@]}"})
  stance_own=(${mostly_none[@]+"${mostly_none[@]}"} ${stance_own[@]+"${stance_own[@]}"})
  ((list_failed)) && { status=2; stance_failed=1; }
  # Files of targets never trained on (unseen-targets in the list): their targets must not occur in the other files.
  unseen=()
  for f in ${unseen_listed[@]+"${unseen_listed[@]}"}; do unseen+=(--unseen-targets "$f"); done
  # Targets are counted as training counts them, by the alias table retrain.sh trains with (the folder's, else the built-in).
  tables=()
  [[ -f $data/stance/aliases.tsv && $given != *" --aliases "* ]] && tables+=(--aliases "$data/stance/aliases.tsv")
  # The representatives table retrain.sh trains with, read as training reads it.
  [[ -f $data/stance/representatives.tsv && $given != *" --representatives "* ]] && tables+=(--representatives "$data/stance/representatives.tsv")
  # shellcheck disable=SC2046 # each default is an option and its value
  ((checked > 0)) && echo
  "${cli[@]}" validate-data --task stance "${stance_splits[@]}" ${stance_extra[@]+"${stance_extra[@]}"} \
    $(default --min-label-share 0.20) $(default --min-rows 6000) $(default --min-targets 40) $(default --min-contrastive 0.33) \
    ${unseen[@]+"${unseen[@]}"} ${tables[@]+"${tables[@]}"} ${stance_only[@]+"${stance_only[@]}"} ${common[@]+"${common[@]}"} || {
      code=$?; [[ $status -eq 0 || $code -lt $status ]] && status=$code; stance_failed=1; }
  own_failed=0; own_files stance ${stance_own[@]+"${stance_own[@]}"}
  ((own_failed)) && stance_failed=1
  checked=$((checked + 1)); outcomes+=("stance $( ((stance_failed)) && echo failed || echo passed)")
else
  echo "skipping stance: $data/stance/train.tsv not found" >&2
fi
if [[ $checked -eq 0 ]]; then
  echo "error: nothing to check: $data has neither sentiment/train.tsv nor stance/train.tsv" >&2
  exit 2
fi
# Each task ends its own output with "validation passed" or "validation failed", so with both checked the last line said
# only the stance part's: one line for both, on stderr (stdout is the report, `--format markdown` included).
if ((checked > 1)); then
  echo "validate-data.sh: ${outcomes[0]}, ${outcomes[1]}" >&2
fi
exit "$status"
