#!/usr/bin/env bash
# The cross-validation that chose SemEval-2016's settings (bench/configs/se16.json): its train and dev
# files joined into one, 5-fold stratified cross-validation with seeds 1, 2 and 3, F_avg per seed and
# their mean. Skips, with a message, when ../shared/datasets is absent. Takes about half a minute.
# Usage: scripts/se16-cv.sh [CONFIG [cross-validate options...]]   (default bench/configs/se16.json)
#   e.g. scripts/se16-cv.sh bench/configs/se16.json --aliases my-aliases.tsv
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  # The comment above, which is the usage: what a first-time user tries first.
  sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"
  exit 0
fi
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
exec "$root/scripts/set-cv.sh" semeval2016-task6 stance 5 favg "${1:-$root/bench/configs/se16.json}" "${@:2}"
