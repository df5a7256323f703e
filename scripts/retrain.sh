#!/usr/bin/env bash
# Retrains the default models from labeled data and prints their metrics on the held-out split.
#
# Usage: scripts/retrain.sh [--task sentiment|stance] [DATA_DIR] [MODELS_DIR]
#   --task TASK (or --task=TASK) retrains that task alone; the other task's model in MODELS_DIR is kept as it is and
#               carried (below)
#   DATA_DIR    folder with sentiment/{train,dev,test}.tsv and stance/{train,dev,test}.tsv (default: data/)
#   MODELS_DIR  where sentiment.zip and stance.zip are written (default: models/, the shipped models, and only when
#               DATA_DIR is the repository's data/: with another DATA_DIR, MODELS_DIR must be given, and be another folder)
# A DATA_DIR that is no folder, another DATA_DIR than data/ without MODELS_DIR, or a MODELS_DIR that is a file or cannot
# be written to, is an error (exit 2) said before anything is built or trained. A run that fails or is stopped removes a
# MODELS_DIR it made itself (and the parent folders it made for it), each only while empty; a folder that was already
# there is never removed.
# DATA_DIR/stance/train_absent.tsv, if present (scripts/absent-targets.py DATA_DIR makes it), is trained on
# with stance/train.tsv. The optional inputs a task used, and those the shipped models used (from data/) that DATA_DIR
# lacks, are printed on stderr and listed under "Trained with" in REPORT.md. A task whose train.tsv is missing is skipped
# (with --task, that task's missing train.tsv is an error, exit 2).
# A task this run does not train (the other task of --task, or one skipped) whose model is in MODELS_DIR is carried: its
# model is left as it is, and its lines of MODELS_DIR/REPORT.md (its "Trained with" lines, summary rows, comparison,
# details and notes) are copied into the new report and README.md's table, under a line naming the report that measured
# it. A kept model that report does not list, or a report of an older layout (another summary table), is not carried:
# stderr says so, and the new report does not list that model.
# dev.tsv and test.tsv are optional; when present
# their metrics are printed and recorded inside the model. Training uses MODELS_DIR/<task>.config.json (written by
# `tune`) if there is one, else the shipped models' models/<task>.config.json, so that your labels are trained as the
# shipped models were (an empty object, {}, in MODELS_DIR/<task>.config.json trains with the CLI's built-in defaults). DATA_DIR/lexicon.tsv and DATA_DIR/stance/aliases.tsv, if present,
# replace the built-in polarity lexicon and alias table (those of data/, which the shipped models used: a folder without
# them is trained with the same, and the report says so); with DATA_DIR/stance/representatives.tsv, if present, the
# stance model also learns the people who speak for its targets (REPRESENTATIVES=FILE reads another file instead, and
# REPRESENTATIVES= set empty trains without any; scripts/absent-targets.py follows the same rule). Models are written
# atomically: every task is trained and measured in a temporary folder inside MODELS_DIR first, and the models, REPORT.md and
# the README.md table are moved into MODELS_DIR only when every task has succeeded, so a failed run (one task failing
# after another trained) leaves the previous model files, report and README as they were, as does Ctrl+C (exit 130, once the step
# under way, even the build, ends); the temporary folder
# (.retrain.XXXXXX, holding owner.pid) of a run killed outright is removed by the next run once its owner is gone (one that
# cannot be removed is named, and the run carries on without it; one of another user is named and left). The owner is
# a process id of the run's PID namespace, which owner.pid records with the host name (only that without /proc): a folder
# made in another container or on another machine sharing MODELS_DIR names a process this run cannot look up, so it is
# named and left, never removed (delete it yourself once no run there is going). A folder from a retrain.sh that did not
# record its namespace is judged as before, by this namespace's processes: give each container its own MODELS_DIR, or do
# not run two at once, while such folders may be about. Every
# task's inputs (training data, dev, test, held-out files, settings and tables) are read first (train --check), so a bad
# file fails in seconds, before any task trains (every task the run trains is checked, and the problems of all said).
# The metrics on every held-out file (those the task folder's held-out.txt lists, in its order, as
# data/sentiment/held-out.txt and data/stance/held-out.txt do; then its test.tsv and any other test_*.tsv not listed,
# such as your own test_mine.tsv, in name order) go to MODELS_DIR/REPORT.md (a task with none is measured on its
# dev.tsv, which the report says also fitted the calibration, or said to be unmeasured); a summary table (sizes and
# headline metrics) is also written into MODELS_DIR/README.md when that file has the <!-- metrics:start --> and
# <!-- metrics:end --> markers, as models/README.md has.
set -euo pipefail
# The options (--task, --help), anywhere among the arguments; the rest are DATA_DIR and MODELS_DIR, in that order.
only="" positional=()
while [[ $# -gt 0 ]]; do
  case $1 in
    -h|--help)
      # The comment above, which is the usage: what a first-time user tries first.
      sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"
      exit 0 ;;
    --task)
      if [[ $# -lt 2 || -z $2 || $2 == -* ]]; then
        echo "error: --task needs a task, sentiment or stance (scripts/retrain.sh --task sentiment [DATA_DIR] [MODELS_DIR])" >&2
        exit 2
      fi
      only=$2; shift 2 ;;
    --task=*)
      only=${1#--task=}; shift
      [[ -n $only ]] || { echo "error: --task needs a task, sentiment or stance (scripts/retrain.sh --task=sentiment [DATA_DIR] [MODELS_DIR])" >&2; exit 2; } ;;
    --) shift; positional+=("$@"); break ;;
    -?*)
      echo "error: unknown option $1: retrain.sh takes --task sentiment|stance, then [DATA_DIR] [MODELS_DIR] (scripts/retrain.sh --help)" >&2
      exit 2 ;;
    *) positional+=("$1"); shift ;;
  esac
done
if [[ -n $only && $only != sentiment && $only != stance ]]; then
  echo "error: --task $only: no such task; give sentiment or stance" >&2
  exit 2
fi
if [[ ${#positional[@]} -gt 2 ]]; then
  echo "error: too many arguments (${positional[*]:2}): retrain.sh takes [--task sentiment|stance] [DATA_DIR] [MODELS_DIR]" >&2
  exit 2
fi
set -- ${positional[@]+"${positional[@]}"}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# DATA_DIR and MODELS_DIR are arguments: set in the environment instead, they would be ignored and the shipped models replaced.
if [[ ( -n ${DATA_DIR:-} && $# -lt 1 ) || ( -n ${MODELS_DIR:-} && $# -lt 2 ) ]]; then
  echo "error: DATA_DIR and MODELS_DIR are arguments, not environment variables: run" >&2
  echo "  scripts/retrain.sh ${only:+--task $only }${DATA_DIR:-data} ${MODELS_DIR:-MODELS_DIR}" >&2
  echo "(with them only in the environment this would overwrite the shipped models in $root/models)" >&2
  exit 2
fi
if [[ ! -d ${1:-$root/data} ]]; then
  echo "error: DATA_DIR ${1:-$root/data}: $([[ -e ${1:-$root/data} ]] && echo "not a folder" || echo "folder not found");" \
    "give the folder that holds sentiment/train.tsv and/or stance/train.tsv (scripts/retrain.sh DATA_DIR MODELS_DIR)" >&2
  exit 2
fi
data=$(cd "${1:-$root/data}" && pwd)
if [[ -n $only && ! -f $data/$only/train.tsv ]]; then
  echo "error: --task $only: $data/$only/train.tsv not found; give the folder that holds it, or leave out --task" >&2
  exit 2
fi
# models/ holds the shipped models, which the library embeds: only the repository's own data/ may replace them.
if [[ $# -lt 2 && "$(cd "$data" && pwd -P)" != "$(cd "$root/data" && pwd -P)" ]]; then
  echo "error: give MODELS_DIR too (scripts/retrain.sh ${only:+--task $only }$1 MODELS_DIR): without it the models trained from $data" >&2
  echo "would overwrite the shipped models in $root/models, which the library embeds (LoadDefault) and which" >&2
  echo "retrain.sh compares yours against. Only the repository's data/ retrains those." >&2
  exit 2
fi
models=${2:-$root/models}
if [[ -e $models && ! -d $models ]]; then
  echo "error: MODELS_DIR $models is a file, not a folder; give the folder the models are to be written to" >&2
  exit 2
fi
# The shipped models' folder, however it is named (models, ./models/, a link to it): given as MODELS_DIR with another
# DATA_DIR it would be overwritten as surely as when MODELS_DIR is left out.
shipped=$(cd "$root/models" 2>/dev/null && pwd -P || printf '%s' "$root/models")
if [[ -d $models && "$(cd "$models" && pwd -P)" == "$shipped" && "$(cd "$data" && pwd -P)" != "$(cd "$root/data" && pwd -P)" ]]; then
  echo "error: MODELS_DIR $2 is the repository's models/, the shipped models the library embeds (LoadDefault):" >&2
  echo "only the repository's data/ retrains those. Give another folder (scripts/retrain.sh ${only:+--task $only }$1 my-models)." >&2
  exit 2
fi
# The folders of MODELS_DIR's path that are not there yet, deepest first: this run makes them, and a run that fails
# (or is stopped) removes them again, each only while empty (rmdir), so it leaves no empty MODELS_DIR behind; a folder
# that was already there is never removed, whatever it holds.
made=() at=$models
while [[ ! -e $at && ! -L $at ]]; do
  made+=("$at")
  [[ $(dirname "$at") != "$at" ]] || break
  at=$(dirname "$at")
done
kept=""
unmake() {
  [[ -z $kept && ${#made[@]} -gt 0 ]] || return 0
  local gone=() d
  for d in "${made[@]}"; do rmdir "$d" 2>/dev/null || break; gone+=("$d"); done
  if [[ ${#gone[@]} -gt 0 ]]; then
    local above=""; [[ ${#gone[@]} -gt 1 ]] && above=" (and $(printf '%s, ' "${gone[@]:1}" | sed 's/, $//'))"
    echo "note: removed ${gone[0]}$above, made by this run for the models, as the run did not finish" >&2
  fi
  return 0
}
trap unmake EXIT
mkdir -p "$models" 2>/dev/null || { echo "error: MODELS_DIR $models cannot be created; give a folder you can write to" >&2; exit 2; }
models=$(cd "$models" && pwd)

# Work folders left by a run that was killed outright (kill -9, a lost machine: no trap runs) are removed: only those of
# retrain.sh's own name (.retrain.XXXXXX), yours, whose recorded owner (owner.pid, written as the folder is made) is no
# longer running. One with a live owner belongs to a run still going; one without an owner.pid (made by an older
# retrain.sh, or whose run was killed as it began) cannot be told from a live one's and is left, said so. Where /proc
# gives it, owner.pid also holds the owner's start time (ticks since boot), so that a process id the system has since
# given to another process (after a reboot, or many processes later) is not taken for the owner still running.
# Owners are looked up in this PID namespace only, so owner.pid names the namespace too (pid:[inode]@HOST from /proc, else
# host:HOST): a folder made in another namespace (another container, or another machine, sharing MODELS_DIR) names a
# process this run cannot see, alive or not, and is left, said so, as a folder of another user is. One whose owner.pid
# names no namespace (an older retrain.sh's) is judged by this namespace's processes, as it always was. One that cannot
# be removed is said so, and the run goes on, since it needs nothing from it.
started() { { sed 's/.*) //' "/proc/$1/stat" | cut -d' ' -f20; } 2>/dev/null || true; }
# The host name goes with the namespace: every Linux host's first namespace is pid:[4026531836], and containers' are
# numbered from one base on each host, so two machines may record the same pid:[…]. One word (owner.pid is split on spaces).
pid_namespace() {
  local ns host
  ns=$(readlink /proc/self/ns/pid 2>/dev/null || true)
  host=$(hostname 2>/dev/null || uname -n 2>/dev/null || true)
  host=${host//[[:space:]]/_}
  [[ $ns =~ ^pid:\[[0-9]+\]$ ]] && echo "$ns@$host" || echo "host:$host"
}
namespace=$(pid_namespace)
for left in "$models"/.retrain.??????; do
  [[ -d $left && ! -L $left ]] || continue
  # Whose: stat's user id against ours (bash's -O where stat has no -c, as on BSD).
  left_uid=$(stat -c %u "$left" 2>/dev/null || true) mine=true
  if [[ $left_uid =~ ^[0-9]+$ ]]; then [[ $left_uid == "$(id -u)" ]] || mine=false; else [[ -O $left ]] || mine=false; fi
  if [[ $mine == false ]]; then
    echo "note: $left, a retrain.sh work folder of another user ($(stat -c %U "$left" 2>/dev/null || echo unknown)), is left as it is;" \
      "if no retrain.sh of theirs is running on $models, they (or an administrator) can delete it" >&2
    continue
  fi
  owner=$(head -c 400 "$left/owner.pid" 2>/dev/null || true)
  owner_started="" owner_namespace=""
  # PID, then its start time where /proc gave one, then (since this retrain.sh) its namespace: one word, not all digits.
  if [[ $owner =~ ^([0-9]+)(\ ([0-9]+))?(\ ([^[:space:]]*[^0-9[:space:]][^[:space:]]*))?$ ]]; then
    owner=${BASH_REMATCH[1]} owner_started=${BASH_REMATCH[3]} owner_namespace=${BASH_REMATCH[5]}
  fi
  if [[ -n $owner_namespace && $owner_namespace != "$namespace" ]]; then
    echo "note: $left, the work folder of a retrain.sh (process $owner) in another PID namespace ($owner_namespace, not" \
      "this run's $namespace: another container or machine sharing $models), is left as it is: that process cannot be looked" \
      "up from here; if no retrain.sh is running there on $models, delete it" >&2
    continue
  fi
  if [[ ! $owner =~ ^[0-9]+$ ]]; then
    echo "note: $left was left by an earlier retrain.sh that recorded no owner; if no retrain.sh is running on $models, delete it" >&2
  elif { ! kill -0 "$owner" 2>/dev/null && [[ ! -d /proc/$owner ]]; } \
      || [[ -n $owner_started && -n $(started "$owner") && $(started "$owner") != "$owner_started" ]]; then
    if failed=$(rm -rf "$left" 2>&1); then
      echo "removed $left, the work folder of a retrain.sh (process $owner) that is no longer running (killed before it could clean up)" >&2
    else
      # rm's own words name the first file it could not remove; only the reason is kept ("Permission denied").
      failed=$(head -n 1 <<< "$failed"); failed=${failed##*: }
      echo "note: $left, the work folder of a retrain.sh (process $owner) that is no longer running, could not be removed" \
        "(${failed:-rm failed}); carrying on without it: delete it yourself (rm -rf '$left'), or check the folder's permissions" >&2
    fi
  fi
done

report=$(mktemp); summary=$(mktemp); against=$(mktemp); settings_lines=$(mktemp)
# The models trained, REPORT.md and README.md wait here (in MODELS_DIR, so moving them in is a rename) until every task is
# done. Made before anything is built or trained, so that a folder that cannot be written to is said so at once.
stage=""
trap 'rm -f "$report" "$summary" "$against" "$settings_lines"; [[ -z $stage ]] || rm -rf "$stage"; unmake' EXIT
# Ctrl+C (or a TERM) stops the run once the step going finishes. Without these traps bash carries on whenever that step
# takes the signal as a request to finish and exits normally, as 'dotnet build' does: the run would then train and
# replace the models it was asked to stop short of. The EXIT trap above removes the work folder.
moving=""
interrupted() {
  if [[ -n $moving ]]; then
    echo "retrain.sh interrupted while moving the new files into $models: check which of them are new (REPORT.md last)" >&2
  else
    echo "retrain.sh interrupted: stopped before replacing anything; the files in $models are as they were" >&2
  fi
  exit "$1"
}
trap 'interrupted 130' INT
trap 'interrupted 143' TERM
if ! stage=$(mktemp -d "$models/.retrain.XXXXXX" 2>/dev/null); then
  stage=""
  echo "error: MODELS_DIR $models cannot be written to (read-only, or not yours); give a folder you can write to," \
    "or make this one writable; nothing was trained and its files are as they were" >&2
  exit 2
fi
# Whose folder this is, so that a later run can tell it from a live run's should this one be killed (see above).
owner_start=$(started $$)
echo "$$${owner_start:+ $owner_start} $namespace" > "$stage/owner.pid"

# The tasks this run trains (--task's, else those with a train.tsv), and those it carries: a task not trained whose model
# is in MODELS_DIR keeps that model, and the new report keeps its lines of the previous one (carry, below), so that the
# report and README.md's table still list every model of the folder, as that report measured it.
previous="$models/REPORT.md"
# The summary table's header, as this retrain.sh writes it: a report with another (an older retrain.sh's) is not carried.
summary_header='| model | size | held-out file | examples | accuracy | macro-F1 | macro-F1 95% interval | F_avg | ECE |'
# The tasks carried, each with the date of the report that measured it.
declare -A carried=()
for task in sentiment stance; do
  if [[ -n $only ]]; then [[ $task == "$only" ]] && continue
  else [[ -f "$data/$task/train.tsv" ]] && continue; fi
  [[ -f "$models/$task.zip" ]] || continue
  if [[ -n $only ]]; then retrain_it="retrain it too (leave out --task) to measure it"
  else retrain_it="give $data a $task/train.tsv to retrain and measure it"; fi
  if [[ ! -f $previous ]]; then
    echo "note: $models/$task.zip is kept as it is, not retrained, but there is no $previous to carry its figures from," \
      "so the new report will not list it; $retrain_it" >&2
  elif ! grep -q "^| \`$task.zip\` |" "$previous"; then
    echo "note: $models/$task.zip is kept as it is, not retrained, but $previous has no rows for it, so the new report" \
      "will not list it either; $retrain_it" >&2
  elif ! grep -qxF "$summary_header" "$previous"; then
    echo "note: $models/$task.zip is kept as it is, not retrained, but $previous is of an older layout (its summary table" \
      "is not this retrain.sh's), so its lines are not carried and the new report will not list it; $retrain_it" >&2
  else
    # The date of the run that measured it: a report that carried it already names that run's; else its own.
    when=$(sed -n -E "s/^\`$task\.zip\` is carried from the report of ([0-9]{4}-[0-9]{2}-[0-9]{2}).*/\1/p" "$previous" | head -n 1)
    [[ -n $when ]] || when=$(sed -n -E '3s/^Written by .* on ([0-9]{4}-[0-9]{2}-[0-9]{2}) from .*/\1/p' "$previous")
    carried[$task]=${when:-an unknown date}
  fi
done

# A carried task's part of the previous report: its "Trained with" lines (settings), its rows of the summary table
# (summary), or its blocks (#### `task.zip` ...) of the comparison with the shipped models (against) or of the details
# (details), as they were; a block keeps the blank line that ends it.
carry() {
  awk -v zip="\`$1.zip\`" -v task="$1" -v part="$2" '
    /^## / { section = $0; block = 0; next }
    /^#### / { block = index($0, "#### " zip " ") == 1 }
    # A task measured on its dev.tsv, for want of a held-out file, has a note before its blocks: it goes with them.
    /^\*\*(sentiment|stance): / { block = index($0, "**" task ":") == 1 }
    part == "settings" && section == "" {
      if (/^- /) keep = index($0, "- " task ":") == 1; else if (!/^  /) keep = 0
      if (keep) print
      next
    }
    part == "summary" && section == "## Summary" && index($0, "| " zip " |") == 1 { print; next }
    (part == "against" && section == "## Against the shipped models" || part == "details" && section == "## Details") && block {
      print; last = $0
    }
    END { if ((part == "against" || part == "details") && last != "") print "" }' "$previous"
}

echo "building the training CLI..." >&2
dotnet build "$root/src/Classifier.Training/Classifier.Training.csproj" -c Release -nologo -v quiet >&2
cli=(dotnet "$root/src/Classifier.Training/bin/Release/net10.0/Classifier.Training.dll")

trained=0
{
  echo "# Model report"
  echo
  echo "Written by \`scripts/retrain.sh\` on $(date -u +%Y-%m-%d) from \`$(basename "$data")/\`; do not edit by hand."
  echo
} > "$report"
printf '%s\n|---|---|---|---|---|---|---|---|---|\n' "$summary_header" > "$summary"
trained_tasks=() carried_lines=""
# The file names (without .tsv) folder $1's held-out.txt lists, in its order: the first word of each line, "#" starting a
# comment (a role after the name is for validate-data.sh, which checks the list). A line whose name is not test.tsv or
# test_*.tsv of the folder, or repeats one, is left out, said so on stderr when $2 is given. None without a list.
listed_held() {
  [[ -f $1/held-out.txt ]] || return 0
  awk -v note="${2:-}" -v list="$1/held-out.txt" '
    NR == 1 { sub(/^\xef\xbb\xbf/, "") }
    { sub(/\r$/, ""); sub(/#.*/, "") }
    NF {
      bad = $1 !~ /^test(_[^\/]+)?\.tsv$/ ? "'"'"'" $1 "'"'"' is not test.tsv or test_*.tsv" : ($1 in seen) ? $1 " is listed again" : ""
      if (bad != "") {
        if (note != "") printf "note: %s:%d: %s: line left out (validate-data.sh fails on it)\n", list, NR, bad > "/dev/stderr"
        next
      }
      seen[$1] = 1
      name = $1
      sub(/\.tsv$/, "", name)
      print name
    }' "$1/held-out.txt"
}
# The held-out files of a task folder, without .tsv: those its held-out.txt lists (data/sentiment/held-out.txt), in the
# list's order, then its test.tsv and any other test_*.tsv of its own (an analyst's test_mine.tsv) not listed, in name
# order, but for one whose header has no text column (a record of readings such as data/stance/test_second_reading.tsv),
# said so on stderr when a second argument is given; so is a listed file that is not there. (An empty file or one that is
# not a regular file is passed on, for the check to refuse with its file and reason.) A file that is another one reached
# again through a symbolic link is left out, said so with the second argument.
# Whether file $1 was listed already under another name (test_mine.tsv a symbolic link to test.tsv), said so when $2 is
# given; else it is remembered. Reads and fills held_files' map "seen" (a file that does not exist is never "again").
again() {
  local real
  real=$(realpath -e "$1" 2>/dev/null) || return 1
  if [[ -n ${seen[$real]:-} ]]; then
    [[ -n ${2:-} ]] && echo "note: $1 is the same file as ${seen[$real]}: measured once" >&2
    return 0
  fi
  seen[$real]=$1
  return 1
}
held_files() {
  local held f name listed
  local -A seen=()
  mapfile -t listed < <(listed_held "$1" "${2:-}")
  for held in ${listed[@]+"${listed[@]}"}; do
    if [[ ! -f "$1/$held.tsv" ]]; then
      [[ -n ${2:-} ]] && echo "note: $1/held-out.txt lists $held.tsv, which is not there: not measured" >&2
      continue
    fi
    again "$1/$held.tsv" "${2:-}" || echo "$held"
  done
  for f in "$1"/test.tsv "$1"/test_*.tsv; do
    [[ -e $f || -L $f ]] || continue
    name=$(basename "$f" .tsv)
    [[ " ${listed[*]-} " == *" $name "* ]] && continue
    again "$f" "${2:-}" && continue
    # Its first non-blank line names a text column (in any case, spaces around it aside), as the reader reads headers; an
    # empty file, a folder or a broken link counts, so that the check below refuses it with the reader's own message.
    if [[ ! -f $f ]] || awk 'NF { seen = 1; sub(/^\xef\xbb\xbf/, ""); sub(/\r$/, ""); n = split($0, f, "\t"); for (i = 1; i <= n; i++) { c = tolower(f[i]); gsub(/^[ ]+|[ ]+$/, "", c); if (c == "text") found = 1 }; exit } END { exit !(found || !seen) }' "$f"; then
      echo "$name"
    elif [[ -n ${2:-} ]]; then
      echo "note: $f has no text column in its header: not a labeled file, so not measured" >&2
    fi
  done
  return 0
}
# The train command of a task: sets dir, args (without the check), settings and people.
task_args() {
  local task=$1
  dir="$data/$task"
  args=(train --task "$task" --data "$dir/train.tsv" --out "$stage/$task.zip")
  # Rule-made rows (scripts/absent-targets.py): sentences paired with a country or organisation they do not name.
  [[ -f "$dir/train_absent.tsv" ]] && args+=(--data "$dir/train_absent.tsv")
  [[ -f "$dir/dev.tsv" ]] && args+=(--dev "$dir/dev.tsv")
  [[ -f "$dir/test.tsv" ]] && args+=(--test "$dir/test.tsv")
  # The settings: MODELS_DIR's own, else the shipped model's (training with the CLI's built-in defaults instead would
  # make a weaker model, and the report below would blame your labels for it).
  settings=""
  if [[ -f "$models/$task.config.json" ]]; then settings="$models/$task.config.json"
  elif [[ -f "$root/models/$task.config.json" ]]; then settings="$root/models/$task.config.json"; fi
  [[ -n $settings ]] && args+=(--config "$settings")
  [[ $task == stance && -f "$dir/aliases.tsv" ]] && args+=(--aliases "$dir/aliases.tsv")
  # The people who speak for the targets: the folder's table, another (REPRESENTATIVES=FILE) or none (REPRESENTATIVES=)
  people=${REPRESENTATIVES-$dir/representatives.tsv}
  [[ -z ${REPRESENTATIVES+set} && ! -f $people ]] && people=""
  [[ $task == stance && -n $people ]] && args+=(--representatives "$people")
  [[ -f "$data/lexicon.tsv" ]] && args+=(--lexicon "$data/lexicon.tsv")
  return 0
}
# Every input of both tasks is read first, as training and evaluation will read it (train --check), so that a bad file
# (a malformed row in stance/train.tsv, a bad held-out file, settings or table) fails in seconds with the reader's message,
# before any task trains, rather than after sentiment has trained. Both tasks are checked before the run stops, so that
# a mistake in each is said in one run.
checked=0
for task in sentiment stance; do
  [[ -f "$data/$task/train.tsv" && ( -z $only || $task == "$only" ) ]] || continue
  task_args "$task"
  checks=()
  while IFS= read -r held; do
    [[ $held != test ]] && checks+=(--check-file "$dir/$held.tsv")
  done < <(held_files "$dir" note)
  echo "checking the $task inputs..." >&2
  "${cli[@]}" "${args[@]}" --check ${checks[@]+"${checks[@]}"} || { code=$?; [[ $checked -eq 0 || $code -lt $checked ]] && checked=$code; }
done
[[ $checked -eq 0 ]] || exit "$checked"
for task in sentiment stance; do
  if [[ -n ${carried[$task]:-} ]]; then
    carry "$task" settings >> "$settings_lines"
    carry "$task" summary >> "$summary"
    carry "$task" against >> "$against"
    carry "$task" details >> "$report"
    carried_lines+="\`$task.zip\` is carried from the report of ${carried[$task]}: this run did not retrain it"
    carried_lines+=" ($([[ -n $only ]] && echo "\`--task $only\`" || echo "\`$(basename "$data")/$task/train.tsv\` not found")),"
    carried_lines+=" so its lines below are that report's, and the model file is as that run wrote it."$'\n'
    echo "keeping $models/$task.zip as it is ($([[ -n $only ]] && echo "--task $only" || echo "$data/$task/train.tsv not found")):" \
      "not retrained; its lines of REPORT.md, measured on ${carried[$task]}, are carried into the new one" >&2
    continue
  fi
  [[ -z $only || $task == "$only" ]] || continue
  if [[ ! -f "$data/$task/train.tsv" ]]; then
    echo "skipping $task: $data/$task/train.tsv not found" >&2
    continue
  fi
  task_args "$task"
  # The optional inputs used, and those the shipped models (trained from the repository's data/) used but DATA_DIR
  # lacks: without them a model is weaker for a reason other than its labels.
  used=(); lacking=()
  optional=("$task/train_absent.tsv" "$task/dev.tsv" lexicon.tsv)
  [[ $task == stance ]] && optional+=(stance/aliases.tsv stance/representatives.tsv)
  for input in "${optional[@]}"; do
    if [[ $input == stance/representatives.tsv && -n ${REPRESENTATIVES+set} ]]; then
      if [[ -n $people ]]; then used+=("$people (REPRESENTATIVES)")
      elif [[ -f "$root/data/$input" ]]; then lacking+=("$input (REPRESENTATIVES= set empty)"); fi
    elif [[ -f "$data/$input" ]]; then used+=("$input")
    # Without its own, train falls back to the lexicon and alias table built into the CLI, which are data/'s.
    elif [[ $input == lexicon.tsv || $input == stance/aliases.tsv ]]; then used+=("$input (built in, as for the shipped model)")
    elif [[ -f "$root/data/$input" ]]; then lacking+=("$input"); fi
  done
  # Each input's path in backticks, a note after it (" (built in, ...)") outside them.
  joined() { local out="" x name; for x in "$@"; do name=${x%% (*}; out+="${out:+, }\`$name\`${x#"$name"}"; done; echo "$out"; }
  shown=${settings#"$root/"}
  if [[ -n $shown ]]; then
    echo "== $task (settings: $shown)" >&2
    echo "- $task: the settings in \`$shown\`" >> "$settings_lines"
  else
    echo "== $task (settings: the built-in defaults of the training CLI)" >&2
    echo "- $task: the built-in defaults of the training CLI" >> "$settings_lines"
  fi
  if [[ ${#used[@]} -gt 0 ]]; then
    echo "   optional inputs used: $(joined "${used[@]}" | tr -d '`')" >&2
    echo "  - optional inputs used: $(joined "${used[@]}")" >> "$settings_lines"
  else
    echo "   optional inputs used: none" >&2
    echo "  - optional inputs used: none" >> "$settings_lines"
  fi
  if [[ ${#lacking[@]} -gt 0 ]]; then
    echo "warning: the shipped $task model was trained with $(joined "${lacking[@]}" | tr -d '`') from data/, which $data lacks:" >&2
    echo "   this model is trained without them, so part of any gap to the shipped model comes from that, not from the labels" >&2
    echo "  - **not used, though the shipped model was trained with them (from \`data/\`):** $(joined "${lacking[@]}"); part of any gap to the shipped model comes from that, not from the labels" >> "$settings_lines"
  fi
  "${cli[@]}" "${args[@]}"
  if [[ -f "$dir/test.tsv" ]]; then
    "${cli[@]}" evaluate --model "$stage/$task.zip" --data "$dir/test.tsv"
  fi
  # KiB with a thousands separator, as `train` prints it
  size=$(( ($(wc -c < "$stage/$task.zip") + 512) / 1024 )); size=$(sed -E ':a;s/([0-9])([0-9]{3})($|,)/\1,\2\3/;ta' <<< "$size")
  mapfile -t task_held < <(held_files "$dir")
  measured=(${task_held[@]+"${task_held[@]}"})
  # A folder with no held-out file is measured on its dev file, said to be one (dev also fitted the calibration, so its
  # figures are optimistic), rather than left out of the report.
  if [[ ${#task_held[@]} -eq 0 && -f "$dir/dev.tsv" ]]; then
    measured=(dev)
    echo "note: $dir has no test.tsv or other test_*.tsv: the report measures the $task model on dev.tsv, which also fitted its calibration" >&2
    printf '%s\n\n' "**$task: no held-out file** (\`test.tsv\` or another \`test_*.tsv\`) in \`$(basename "$data")/$task/\`, so the figures below are on \`dev.tsv\`, which also fitted the model's calibration: optimistic. Add a \`test.tsv\` the model never saw for an honest measure." >> "$report"
  elif [[ ${#task_held[@]} -eq 0 ]]; then
    echo "note: $dir has no dev.tsv, test.tsv or other test_*.tsv: nothing measures the $task model" >&2
    printf '%s\n\n' "**$task: nothing measured**: \`$(basename "$data")/$task/\` has no \`test.tsv\`, other \`test_*.tsv\` or \`dev.tsv\`. Add a \`test.tsv\` the model never saw to measure it." >> "$report"
  fi
  for held in ${measured[@]+"${measured[@]}"}; do
    md=$("${cli[@]}" evaluate --model "$stage/$task.zip" --data "$dir/$held.tsv" --format markdown)
    printf '%s\n\n' "$md" >> "$report"
    # the headline line reads: "N examples: accuracy **a**, macro-F1 **m**[, F_avg **f**]."
    line=$(grep -m1 ' examples: accuracy ' <<< "$md")
    n=${line%% examples*}; acc=$(sed -E 's/.*accuracy \*\*([0-9.]+).*/\1/' <<< "$line")
    f1=$(sed -E 's/.*macro-F1 \*\*([0-9.]+).*/\1/' <<< "$line")
    favg=$(grep -q 'F_avg' <<< "$line" && sed -E 's/.*F_avg \*\*([0-9.]+).*/\1/' <<< "$line" || echo "")
    # and the calibration line: "calibration: mean confidence c against accuracy a (...), ECE e (15 bins), ..."
    ece=$(grep -m1 '^calibration: ' <<< "$md" | sed -E 's/.*ECE ([0-9.]+).*/\1/')
    interval=$(grep -m1 '^95% intervals' <<< "$md" | sed -E 's/.*macro-F1 ([0-9]+\.[0-9]+) to ([0-9]+\.[0-9]+).*/\1-\2/')
    printf '| `%s.zip` | %s KiB | `%s/%s.tsv` | %s | %s | %s | %s | %s | %s |\n' "$task" "$size" "$task" "$held" "$n" "$acc" "$f1" "$interval" "$favg" "$ece" >> "$summary"
    # Models written elsewhere than models/ are also set against the shipped (embedded) model of the task, row for row.
    if [[ "$(cd "$models" && pwd -P)" != "$shipped" ]]; then
      { "${cli[@]}" compare --model "$stage/$task.zip" --data "$dir/$held.tsv" --format markdown --samples 1000 --flips 0; echo; } >> "$against"
    fi
  done
  trained=$((trained + 1))
  trained_tasks+=("$task")
done

if [[ $trained -eq 0 ]]; then
  echo "error: no task trained: $data has neither sentiment/train.tsv nor stance/train.tsv" >&2
  exit 2
fi
{
  [[ -z $carried_lines ]] || printf '%s\n' "$carried_lines"
  echo "Trained with:"; echo; cat "$settings_lines"; echo
  echo "## Summary"; echo; cat "$summary"; echo
  if [[ -s "$against" ]]; then
    echo "## Against the shipped models"; echo
    echo "The library's embedded model (the baseline) and this one on each held-out file: each metric, the change and its"
    echo "95% interval (paired bootstrap of 1,000 draws: \`compare --samples 1000\`, whose default is 2,000, so its interval differs"
    echo "a little); \"better\" or \"worse\" only when the interval excludes 0."; echo
    cat "$against"
  fi
  echo "## Details"; echo
} | cat - <(tail -n +5 "$report") > "$report.full"
head -n 4 "$report" | cat - "$report.full" > "$stage/REPORT.md"
rm -f "$report.full"
readme="$models/README.md"
if [[ -f "$readme" ]] && grep -q '<!-- metrics:start -->' "$readme"; then
  awk -v table="$summary" '
    /<!-- metrics:start -->/ { print; while ((getline l < table) > 0) print l; skip = 1; next }
    /<!-- metrics:end -->/ { skip = 0 }
    !skip { print }' "$readme" > "$stage/README.md"
fi
# Every task trained and was measured: only now are the previous models, report and table replaced (each by a rename).
moving=1 kept=1
for task in "${trained_tasks[@]}"; do
  mv -f "$stage/$task.zip" "$models/$task.zip"
done
mv -f "$stage/REPORT.md" "$models/REPORT.md"
[[ -f "$stage/README.md" ]] && mv -f "$stage/README.md" "$readme"
# train's and evaluate's lines above name the work folder the models were written to, gone now: say where they are.
echo "models: $(for task in "${trained_tasks[@]}"; do printf '%s, ' "$models/$task.zip"; done | sed 's/, $//') (moved from the work folder the lines above name)" >&2
echo "report: $models/REPORT.md" >&2
if [[ "$(cd "$models" && pwd -P)" == "$shipped" ]]; then
  echo "rebuilding the library (and the CLI) so LoadDefault() embeds the new models..." >&2
  dotnet build "$root/src/Classifier.Training/Classifier.Training.csproj" -c Release -nologo -v quiet >&2
fi
