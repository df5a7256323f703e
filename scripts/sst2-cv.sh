#!/usr/bin/env bash
# The cross-validation that chose SST-2's trainer and word vectors (bench/configs/sst2.json): its train and
# dev files joined into one (every row kept, as the benchmark keeps them), 10-fold stratified
# cross-validation with seeds 1, 2 and 3, accuracy per seed and their mean. Skips, with a message, when
# ../shared/datasets is absent. Takes about a minute and a half.
# Usage: scripts/sst2-cv.sh [CONFIG [cross-validate options...]]   (default bench/configs/sst2.json)
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  # The comment above, which is the usage: what a first-time user tries first.
  sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"
  exit 0
fi
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
exec "$root/scripts/set-cv.sh" sst2 sentiment 10 accuracy "${1:-$root/bench/configs/sst2.json}" --keep-duplicates "${@:2}"
