#!/usr/bin/env bash
# The churn floors a change must stay above: random controls (scripts/trial.sh --drop-random N --seed S, seeds 1 to C),
# each a retraining that should change nothing real, set against the repository's model of the task (models/TASK.zip)
# on every held-out file. Per file it prints the shipped model's macro-F1, each control's change, the largest drop and
# the floor: shipped - max(0.002, largest drop). A candidate (a batch, a setting) whose figure on some file falls
# below that file's floor has moved it further than retraining alone did. Fix the floors, and the rule, before
# running the candidate; save the table and pass it to trial.sh --floors, which checks each figure against its floor.
# With two controls or more it also sets each control against the floors of the others and prints how many files each
# falls below: what retraining alone does to the limit. Read a candidate's count (trial.sh prints it) against those.
#
# Usage: scripts/floors.sh TASK [--controls C] [--drop N] [--config FILE] [--data DIR] [--slice FILE]...
#   TASK             sentiment or stance
#   --controls C     how many controls (default 3; seeds 1 to C)
#   --drop N         training sentences each control leaves out (default 50). Size the controls to the change: as many
#                    sentences as carry the training rows it adds, removes or relabels, or, for a setting, the rows whose
#                    features it changes (rows / the training file's rows per sentence, about 1.85 for stance and 1 for
#                    sentiment); 50 only when no count applies. Larger controls churn more and leave wider floors.
#   --config FILE    training settings (default models/TASK.config.json), as for trial.sh
#   --data DIR       the data folder (default data/), as for trial.sh
#   --slice FILE     also set a floor on this held-out file (for example the rows of a kind a batch is for), as for
#                    trial.sh; repeatable
# About a minute per control for sentiment and three for stance on this repository's data.
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  # The comment above, which is the usage: what a first-time user tries first.
  sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"
  exit 0
fi
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
usage() { sed -n '11,22p' "$0" >&2; exit 2; }
[[ $# -ge 1 ]] || usage
task=$1; shift
[[ $task == sentiment || $task == stance ]] || { echo "error: TASK must be sentiment or stance, not '$task'" >&2; exit 2; }
controls=3 drop=50 pass=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --controls|--drop)
      [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || { echo "error: $1 needs a whole number above 0, not '${2:-}'" >&2; exit 2; }
      [[ $1 == --controls ]] && controls=$2 || drop=$2; shift 2 ;;
    --config|--data) [[ -n ${2:-} ]] || usage; pass+=("$1" "$2"); shift 2 ;;
    --slice) [[ -f ${2:-} ]] || { echo "error: --slice ${2:-}: no such file" >&2; exit 2; }; pass+=("$1" "$(realpath "$2")"); shift 2 ;;
    -h|--help) usage ;;
    *) echo "error: unknown option '$1'" >&2; usage ;;
  esac
done
[[ -f $root/models/$task.zip ]] || { echo "error: models/$task.zip not found: the floors are set against it" >&2; exit 2; }

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
for seed in $(seq 1 "$controls"); do
  echo "control $seed of $controls: $drop training sentences left out (seed $seed)..." >&2
  "$root/scripts/trial.sh" "$task" --drop-random "$drop" --seed "$seed" ${pass[@]+"${pass[@]}"} > "$work/control$seed.md"
done

/usr/bin/env python3 - "$work" "$controls" "$task" "$drop" <<'PY'
import re, sys
work, controls, task, drop = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
# trial.sh rows: | file | rows | macro-F1 | F_avg | change (interval) |
row = re.compile(r"^\| (\S+) \| (\d+) \| ([0-9.]+) \| [^|]* \| ([+-][0-9.]+) ")
files, shipped, changes, counts = [], {}, {}, {}
for seed in range(1, controls + 1):
    for line in open(f"{work}/control{seed}.md", encoding="utf-8"):
        m = row.match(line)
        if not m:
            continue
        name, score, change = m.group(1), float(m.group(3)), float(m.group(4))
        if name not in changes:
            files.append(name)
            changes[name] = []
            shipped[name] = round(score - change, 4)
            counts[name] = int(m.group(2))
        changes[name].append(change)
if not files:
    sys.exit("error: no held-out file in the controls' tables")
print(f"Floors for models/{task}.zip: {controls} random controls, {drop} training sentences left out each (seeds 1-{controls}).")
print()
print("| file | rows | shipped macro-F1 | " + " | ".join(f"control {s}" for s in range(1, controls + 1)) + " | largest drop | floor |")
print("|---|---:|---:|" + "---:|" * controls + "---:|---:|")
for name in files:
    largest = max(0.0, -min(changes[name]))
    floor = shipped[name] - max(0.002, largest)
    cells = " | ".join(f"{c:+.4f}" for c in changes[name])
    print(f"| {name} | {counts[name]} | {shipped[name]:.4f} | {cells} | {largest:.4f} | {floor:.4f} |")
# Each control is a change that does nothing real. Set against the floors the other controls give, as a candidate is set
# against all of them, it shows how many files such a change falls below by churn alone.
if controls >= 2:
    below = []
    for k in range(controls):
        others = {name: [c for j, c in enumerate(changes[name]) if j != k] for name in files}
        below.append(sum(1 for name in files if changes[name][k] < -max(0.002, max(0.0, -min(others[name]))) - 5e-5))
    print()
    print(f"Controls against each other: set against the floors of the other {controls - 1}, "
          + ", ".join(f"control {k + 1} falls below {n}" for k, n in enumerate(below))
          + f" of the {len(files)} floors. A change that does nothing real falls below about as many (trial.sh --floors counts a candidate's).")
PY
# trial.sh's note that this checkout's code scores the model otherwise than it was trained: the shipped column (each
# control's figure less its change) is then the model as this code reads it.
if grep -q '^Note:' "$work/control1.md"; then
  printf '\nNote: this checkout scores models/%s.zip otherwise than when it was trained (its dev figure has moved from' "$task"
  printf ' its manifest'"'"'s), so the shipped column and the floors are that model as this code reads it, not as it shipped.\n'
fi
exit 0
