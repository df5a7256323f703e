#!/usr/bin/env bash
# A trial of a data change, measured on every held-out file, without touching data/ or models/.
#
# Usage: scripts/trial.sh TASK [options]
#   TASK                 sentiment or stance
#   --add-train FILE     append FILE's rows (TSV with the header of TASK's train.tsv, or without one) to train.tsv
#   --add-dev FILE       the same for dev.tsv
#   --slice FILE         also score this held-out file (for example a batch's own test rows, with or without the
#                        header); repeatable
#   --drop-random N      leave out N training sentences drawn at random (all rows of each), a control for a batch
#   --copy-random N      append copies of N training rows drawn at random (stance only): the reader keeps a
#                        repeated row once, so this changes only the rule-made train_absent.tsv (the rule weighs
#                        targets by their rows); it repeats the notes' copy controls
#   --seed S             the draw's seed (default 1)
#   --config FILE        training settings (default models/TASK.config.json, else the trainer's defaults)
#   --data DIR           the data folder to start from (default data/)
#   --keep DIR           keep the trial's data folder and model in DIR, a new or empty folder or one an earlier
#                        trial kept (default: a temporary folder, removed)
#   --floors FILE        a table scripts/floors.sh printed: each row gets a last column with its file's floor and
#                        whether the figure is at or above it (✓) or below (✗), or "no floor", or, when the floor
#                        was set on another number of rows (a file added since, a --slice left out), "rows differ";
#                        after the table, how many files fell below their floor, beside how many each of the floors'
#                        own controls falls below when set against the others (floors.sh's last line), and whether
#                        the count limit holds: no more files below than the fewest any control falls below, and
#                        pooled-tests.tsv at or above its floor
# The data folder's stance/representatives.tsv, if present, is learned as scripts/retrain.sh learns it;
# REPRESENTATIVES=FILE in the environment reaches absent-targets.py and retrain.sh instead (REPRESENTATIVES= for none).
#
# It copies the data folder, makes the change, regenerates stance/train_absent.tsv when the folder has one
# (scripts/absent-targets.py), trains with scripts/retrain.sh and prints one markdown table: macro-F1 (and
# F_avg for stance) on dev.tsv, every test*.tsv, the test rows both second readers confirm (stance, when
# test_second_reading.tsv exists) and each --slice file, and beside each the macro-F1 change against the repository's
# model of the task (models/TASK.zip), the difference of the two figures each rounded to four decimals (so figure - change
# is that model's figure as evaluate gives it), with its 95% interval (paired bootstrap of 1,000 draws, `compare --samples
# 1000`; compare's default is 2,000), and last the same for
# pooled-tests.tsv: every test*.tsv file in one, less the rows of any --slice. Run it without a change for the baseline.
# When this checkout's code scores the repository's model otherwise than when it was trained (its dev figure has moved
# from its manifest's: a featurizer change being tried), a last note says so: the change column is then against the
# model as this code reads it, and the macro-F1 column should be set against the shipped figures instead.
# Trials differ by training, not by chance: the same inputs give the same table.
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  # The comment above, which is the usage: what a first-time user tries first.
  sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"
  exit 0
fi
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
usage() { sed -n '4,25p' "$0" >&2; exit 2; }
[[ $# -ge 1 ]] || usage
task=$1; shift
[[ $task == sentiment || $task == stance ]] || { echo "error: TASK must be sentiment or stance, not '$task'" >&2; exit 2; }
data=$root/data config="" keep="" floors="" seed=1 drop=0 copy=0
add_train=() add_dev=() slices=()
need() { [[ -f $2 ]] || { echo "error: $1 $2: no such file" >&2; exit 2; }; }
while [[ $# -gt 0 ]]; do
  case $1 in
    --add-train) need "$1" "${2:-}"; add_train+=("$(realpath "$2")"); shift 2 ;;
    --add-dev) need "$1" "${2:-}"; add_dev+=("$(realpath "$2")"); shift 2 ;;
    --slice) need "$1" "${2:-}"; slices+=("$(realpath "$2")"); shift 2 ;;
    --config) need "$1" "${2:-}"; config=$(realpath "$2"); shift 2 ;;
    --data) [[ -d ${2:-} ]] || { echo "error: --data ${2:-}: no such folder" >&2; exit 2; }; data=$(cd "$2" && pwd); shift 2 ;;
    --keep) [[ -n ${2:-} ]] || usage; keep=$2; shift 2 ;;
    --floors) need "$1" "${2:-}"; floors=$(realpath "$2"); shift 2 ;;
    --seed|--drop-random|--copy-random)
      [[ ${2:-} =~ ^[0-9]+$ ]] || { echo "error: $1 needs a whole number, not '${2:-}'" >&2; exit 2; }
      case $1 in --seed) seed=$2 ;; --drop-random) drop=$2 ;; --copy-random) copy=$2 ;; esac; shift 2 ;;
    -h|--help) usage ;;
    *) echo "error: unknown option '$1'" >&2; usage ;;
  esac
done
[[ -f $data/$task/train.tsv ]] || { echo "error: $data/$task/train.tsv not found" >&2; exit 2; }
if (( copy > 0 )) && [[ $task != stance ]]; then
  echo "error: --copy-random changes nothing for $task: the reader keeps a repeated row once; use --drop-random" >&2
  exit 2
fi
[[ -z $config && -f $root/models/$task.config.json ]] && config=$root/models/$task.config.json

if [[ -n $keep ]]; then
  # Only a new or empty folder, or one an earlier trial kept: the trial replaces its data/ folder.
  if [[ -d $keep && -n $(ls -A "$keep") && ! -f $keep/.trial ]]; then
    echo "error: --keep $keep: the folder is not empty and was not made by trial.sh; give a new folder" >&2
    exit 2
  fi
  mkdir -p "$keep"; work=$(cd "$keep" && pwd); touch "$work/.trial"
else
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fi
rm -rf "${work:?}/data"; mkdir -p "$work/data"
cp -r "$data/$task" "$work/data/$task"
[[ -f $data/lexicon.tsv ]] && cp "$data/lexicon.tsv" "$work/data/"
dir=$work/data/$task

# Prints the rows of TSV file $1 in the columns of $2's header: a byte-order mark and line ends are read as the CLI
# reads them, a header line (one naming text, target or label) is followed by name, in any order and with more columns,
# and must name every column of $2's (else an error, exit 1); a file without a header line is taken to be in $2's order.
# With a third argument, the header line is printed first.
rows_as() {
  /usr/bin/env python3 - "$@" <<'PY'
import re, sys
sys.stdout.reconfigure(encoding="utf-8")
src, like, with_header = sys.argv[1], sys.argv[2], len(sys.argv) > 3
def lines(path):
    """Its lines, split as the CLI splits them (LF or CRLF; a lone CR only in a file without LF), blank ones left out."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        t = f.read()
    return [l for l in (re.split(r"\r?\n", t) if "\n" in t else t.split("\r")) if l.strip()]
header = lines(like)[0]
names = [c.strip().lower() for c in header.split("\t")]
rows = lines(src)
first = [c.strip().lower() for c in rows[0].split("\t")] if rows else []
if with_header:
    print(header)
if set(first) & {"text", "target", "label"}:
    # A header line: every column of like's must be named in it.
    missing = [n for n in names if n not in first]
    if missing:
        sys.exit("error: %s: its header line (%s) has no column %s, which %s has; name its columns as that file does"
                 % (src, ", ".join(first), ", ".join(missing), "/".join(like.replace("\\", "/").split("/")[-2:])))
    order = [first.index(n) for n in names]
    for row in rows[1:]:
        fields = row.split("\t")
        # A row of another field count is left as it is, for the reader to report.
        print("\t".join(fields[i] for i in order) if len(fields) == len(first) else row)
else:
    print("\n".join(rows)) if rows else None
PY
}

# Appends rows (rows_as), without the file's own header line.
append() {
  [[ -s $2 && -n $(tail -c 1 "$2") ]] && echo >> "$2"
  rows_as "$1" "$2" >> "$2"
}
for f in ${add_train[@]+"${add_train[@]}"}; do append "$f" "$dir/train.tsv"; done
for f in ${add_dev[@]+"${add_dev[@]}"}; do [[ -f $dir/dev.tsv ]] || head -n 1 "$dir/train.tsv" > "$dir/dev.tsv"; append "$f" "$dir/dev.tsv"; done
if (( drop > 0 || copy > 0 )); then
  /usr/bin/env python3 - "$dir/train.tsv" "$drop" "$copy" "$seed" <<'PY'
import random, sys
path, drop, copy, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
with open(path, encoding="utf-8") as f:
    header, *rows = f.read().splitlines()
rng = random.Random(seed)
sentences = sorted({r.split("\t", 1)[0] for r in rows})
if drop > len(sentences) or copy > len(rows):
    sys.exit(f"error: the training file has {len(sentences)} sentences and {len(rows)} rows; cannot drop {drop} or copy {copy}")
gone = set(rng.sample(sentences, drop))
kept = [r for r in rows if r.split("\t", 1)[0] not in gone]
kept += rng.sample(rows, copy)
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join([header, *kept]) + "\n")
print(f"dropped {len(rows) + copy - len(kept)} rows of {drop} sentences, copied {copy} rows (seed {seed})", file=sys.stderr)
PY
fi
if [[ $task == stance && -f $dir/train_absent.tsv ]]; then
  /usr/bin/env python3 "$root/scripts/absent-targets.py" "$work/data" >&2
fi

# Trained as retrain.sh trains (the same files, aliases, lexicon and settings), into the trial's own models folder.
rm -rf "$work/models"; mkdir -p "$work/models"
[[ -n $config ]] && cp "$config" "$work/models/$task.config.json"
echo "training on $(($(wc -l < "$dir/train.tsv") - 1)) rows of $task/train.tsv..." >&2
"$root/scripts/retrain.sh" "$work/data" "$work/models" >&2
cli=(dotnet "$root/src/Classifier.Training/bin/Release/net10.0/Classifier.Training.dll")
model=$work/models/$task.zip

held=() tests=()
[[ -f $dir/dev.tsv ]] && held+=("$dir/dev.tsv")
for f in "$dir"/test*.tsv; do [[ -f $f && $(basename "$f") != test_second_reading.tsv ]] && tests+=("$f"); done
held+=(${tests[@]+"${tests[@]}"})
if [[ $task == stance && -f $dir/test_second_reading.tsv && -f $dir/test.tsv ]]; then
  awk -F'\t' 'NR==FNR {if (FNR>1 && $4==$3 && $6==$3) keep[$1]=1; next} FNR==1 || keep[FNR-1]' \
    "$dir/test_second_reading.tsv" "$dir/test.tsv" > "$work/test_confirmed.tsv"
  held+=("$work/test_confirmed.tsv")
fi
# A slice in train.tsv's columns, with its header line (rows_as: a slice without one gets train.tsv's).
n=0 slice_copies=()
for f in ${slices[@]+"${slices[@]}"}; do
  n=$((n + 1)); copy_to=$work/slice$n-$(basename "$f")
  rows_as "$f" "$dir/train.tsv" header > "$copy_to"
  held+=("$copy_to"); slice_copies+=("$copy_to")
done

# Every test*.tsv file in one (pooled-tests.tsv), in train.tsv's columns, less the rows of any slice (matched by every
# column but the label, by name): one figure for "everything else", steadier than each small file's, for a batch whose
# own rows are a slice. A test file may order its columns otherwise, or hold more (a source column), as the CLI allows.
if (( ${#tests[@]} >= 2 )); then
  # Each test file in train.tsv's columns first (rows_as), as the slices already are.
  n=0 in_columns=()
  for t in "${tests[@]}"; do
    n=$((n + 1)); in_columns+=("$work/columns$n-$(basename "$t")")
    rows_as "$t" "$dir/train.tsv" header > "${in_columns[-1]}"
  done
  /usr/bin/env python3 - "$work/pooled-tests.tsv" "${#in_columns[@]}" "${in_columns[@]}" ${slice_copies[@]+"${slice_copies[@]}"} <<'PY'
import sys
out, n = sys.argv[1], int(sys.argv[2])
tests, slices = sys.argv[3:3 + n], sys.argv[3 + n:]
def lines(path):
    """Its lines: rows_as wrote them, one per LF."""
    with open(path, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if l.strip()]
header = lines(tests[0])[0]
names = [c.strip().lower() for c in header.split("\t")]
key = [i for i, c in enumerate(names) if c != "label"]
def keyed(row):
    """A row's columns but the label, or the row whole when it has another field count (for the reader to report)."""
    f = row.split("\t")
    return tuple(f[i] for i in key) if len(f) == len(names) else (row,)
skip = {keyed(r) for s in slices for r in lines(s)[1:]}
kept = [r for t in tests for r in lines(t)[1:] if keyed(r) not in skip]
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join([header, *kept]) + "\n")
PY
  held+=("$work/pooled-tests.tsv")
fi

# Beside each figure, the change against the repository's model of the task (models/TASK.zip), with the paired
# bootstrap's 95% interval from `compare`: a change whose interval holds 0 is not a clear one.
baseline=$root/models/$task.zip
if [[ -f $baseline ]]; then
  head="| file | rows | macro-F1 | F_avg | macro-F1 change against models/$task.zip (95% interval) |" rule="|---|---|---|---|---|"
else
  head="| file | rows | macro-F1 | F_avg |" rule="|---|---|---|---|"
fi
[[ -n $floors ]] && head+=" floor |" rule+="---|"
echo "$head"; echo "$rule"
table=$work/table.md
for f in "${held[@]}"; do
  change=""
  if [[ -f $baseline ]]; then
    change=$("${cli[@]}" compare --model "$model" --baseline "$baseline" --data "$f" --format json --samples 1000 --flips 0 | /usr/bin/env python3 -c '
import json, sys
m = json.load(sys.stdin)["metrics"]["macroF1"]
# The change is that of the two figures each rounded to four decimals, so that figure - change is the shipped model'"'"'s figure
# as evaluate and REPORT.md give it (floors.sh reads it so); the difference of the unrounded ones could be 0.0001 off.
print("%+.4f (%+.4f to %+.4f)" % (round(m["model"], 4) - round(m["baseline"], 4), m["low"], m["high"]))')
  fi
  "${cli[@]}" evaluate --model "$model" --data "$f" --format json | /usr/bin/env python3 -c '
import json, re, sys
r = json.load(sys.stdin)
name, floors = sys.argv[1], sys.argv[3]
favg = "%.4f" % r["favg"] if r.get("favg") is not None else ""
change = " %s |" % sys.argv[2] if sys.argv[2] else ""
floor = ""
if floors:
    # floors.sh rows: | file | rows | shipped | control... | largest drop | floor |
    found = [l.strip().strip("|").split("|") for l in open(floors, encoding="utf-8")
             if re.match(r"^\| %s \| \d+ \|" % re.escape(name), l)]
    if not found:
        floor = " no floor |"
    elif int(found[0][1]) != r["examples"]:
        floor = " rows differ (floor set on %s) |" % found[0][1].strip()
    else:
        value = float(found[0][-1])
        floor = " %.4f %s |" % (value, "✓" if round(r["macroF1"], 4) >= value else "✗")
print("| %s | %d | %.4f | %s |%s%s" % (name, r["examples"], r["macroF1"], favg, change, floor))' "$(basename "$f")" "$change" "$floors"
done | tee "$table"
# How many files fell below their floor, beside what the floors' own controls do (floors.sh sets each against the others).
if [[ -n $floors ]]; then
  # Each mark is three bytes: an alternation of the two, not a bracket, which the C locale reads as a set of single bytes.
  judged=$(grep -cE ' (✓|✗) \|$' "$table" || true) below=$(grep -c ' ✗ |$' "$table" || true)
  printf '\nFiles below their floor: %s of %s.' "$below" "$judged"
  calibration=$(grep -m1 '^Controls against each other:' "$floors" || true)
  [[ -n $calibration ]] && printf ' %s' "$calibration"
  printf '\n'
  # The count limit (docs/retraining.md): no more files below their floor than the fewest any control falls below, and
  # pooled-tests.tsv (everything but the --slice files) at or above its own floor.
  fewest=$(grep -oE 'falls below [0-9]+' <<< "$calibration" | grep -oE '[0-9]+$' | sort -n | head -n 1 || true)
  pooled=$(grep -m1 '^| pooled-tests.tsv |' "$table" || true)
  if [[ -z $fewest ]]; then
    printf 'Count limit not judged: the floors carry no control counts; rerun scripts/floors.sh with two controls or more.\n'
  elif (( below > fewest )); then
    printf 'Count limit fails: %s below their floor, more than the fewest a control falls below (%s).\n' "$below" "$fewest"
  elif ! grep -qE ' (✓|✗) \|$' <<< "$pooled"; then
    printf 'Count limit not judged: pooled-tests.tsv has no floor set on these rows; rerun scripts/floors.sh with this trial'"'"'s --slice files.\n'
  elif grep -q ' ✗ |$' <<< "$pooled"; then
    printf 'Count limit fails: pooled-tests.tsv is below its floor.\n'
  else
    printf 'Count limit holds: %s below their floor, no more than the fewest a control falls below (%s), and pooled-tests.tsv at or above its floor.\n' "$below" "$fewest"
  fi
fi
# The change column reads the repository's model with this checkout's code. If that code featurises text otherwise than
# the code that trained the model (a change being tried), the column sets the candidate against the model as read now,
# not as it shipped: say so when the model's dev figure has moved from the one its manifest recorded.
if [[ -f $baseline && -f $data/$task/dev.tsv ]]; then
  "${cli[@]}" evaluate --model "$baseline" --data "$data/$task/dev.tsv" --format json | /usr/bin/env python3 -c '
import json, sys
r = json.load(sys.stdin)
recorded = r.get("model", {}).get("metrics", {}).get("dev")
if recorded and recorded.get("examples") == r["examples"] and abs(recorded["macroF1"] - r["macroF1"]) > 5e-6:
    print()
    print("Note: models/%s.zip scores dev.tsv %.4f here, against %.4f when it was trained (its manifest): this code or"
          " dev.tsv has changed since, so the change column sets the candidate against that model as this code reads it,"
          " not as it shipped; set the macro-F1 column against the shipped figures instead." % (sys.argv[1], r["macroF1"], recorded["macroF1"]))' "$task"
fi
[[ -n $keep ]] && echo "kept: $work/data and $model" >&2
exit 0
