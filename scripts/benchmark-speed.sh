#!/usr/bin/env bash
# Regenerates the "Speed" section of docs/benchmarks.md. Runs scikit-learn's throughput anchor and then
# our measurements back to back in this session, on the same files: PredictBatch and 1/2-thread Predict
# throughput (the shipped sentiment settings, and the SST-2 benchmark settings), stance throughput (the shipped stance settings on SemEval-2016's
# tweets toward their targets), per-call latency and allocations, fresh-process start-up, training time and memory on
# SemEval-2017, the ML.NET equivalence check, a 1,000,000-prediction soak, and the memory of streaming
# predict over 100,000 and 1,000,000 lines. Needs ../shared/datasets and python3-sklearn. About 12 minutes.
# Usage: scripts/benchmark-speed.sh   (no arguments; env DATASETS, the public sets' folder, and SKLEARN_TOOLS, that of
#        sklearn_throughput.py: default ../shared/datasets and ../shared/tools)
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  # The comment above, which is the usage: what a first-time user tries first.
  sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"
  exit 0
fi
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
D=${DATASETS:-$root/../shared/datasets}
tools=${SKLEARN_TOOLS:-$root/../shared/tools}
cd "$root"
[[ -d "$D" ]] || { echo "note: $D not found: nothing to measure" >&2; exit 0; }
# Every figure is set against scikit-learn's, run in the same session: without it there is nothing to measure against,
# so say so before the build rather than with Python's traceback a minute in.
if [[ ! -f "$tools/sklearn_throughput.py" ]]; then
  echo "error: $tools/sklearn_throughput.py not found: the speed table sets every figure against it (give its folder in SKLEARN_TOOLS)" >&2
  exit 2
fi
if ! /usr/bin/python3 -c "import sklearn" 2>/dev/null; then
  echo "error: scikit-learn is not installed for /usr/bin/python3, and the speed table sets every figure against it:" \
    "install it (apt-get install -y python3-sklearn) and run again" >&2
  exit 2
fi
dotnet build bench/Classifier.Benchmarks/Classifier.Benchmarks.csproj -c Release -nologo -v quiet >&2
bench=(dotnet bench/Classifier.Benchmarks/bin/Release/net10.0/Classifier.Benchmarks.dll)
cli=(dotnet src/Classifier.Training/bin/Release/net10.0/Classifier.Training.dll)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
results="$work/results.jsonl"
record() { echo "{\"name\": \"$1\", \"result\": $2}" >> "$results"; echo "$1: $2" >&2; }

echo "scikit-learn throughput and training anchors..." >&2
# This machine's speed drifts from run to run (a shared VM), so throughput figures are the median of several
# runs, ours alternating one and two threads so that both see the same conditions.
median() { # median FIELD < JSON lines -> the line whose FIELD is the median
  sed -E "s/.*\"$1\": ?([0-9.]+).*/\1 &/" | sort -n -k1,1 | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }' | cut -d' ' -f2-
}
for _ in 1 2 3; do /usr/bin/python3 "$tools/sklearn_throughput.py" "$D/sst2/train.tsv" "$D/sst2/test.tsv" --min 50000; done > "$work/sklearn.jsonl"
record sklearn-sst2 "$(median sentencesPerSecond < "$work/sklearn.jsonl")"
for _ in 1 2 3; do /usr/bin/python3 "$tools/sklearn_throughput.py" "$D/semeval2016-task6/train.tsv" "$D/semeval2016-task6/test.tsv" --min 50000; done > "$work/sklearn-se16.jsonl"
record sklearn-se16 "$(median sentencesPerSecond < "$work/sklearn-se16.jsonl")"
record sklearn-se17 "$(/usr/bin/python3 "$tools/sklearn_throughput.py" "$D/semeval2017-task4a/train.tsv" "$D/semeval2017-task4a/test.tsv" --min 1000)"

# The main model has the shipped sentiment model's settings (what LoadDefault gives); the second, the settings of
# the SST-2 accuracy row (bench/configs/sst2.json: an ensemble with word vectors, slower to score).
"${cli[@]}" train --task sentiment --data "$D/sst2/train.tsv" --out "$work/sst2.zip" --keep-duplicates --config models/sentiment.config.json >&2
"${cli[@]}" train --task sentiment --data "$D/sst2/train.tsv" --out "$work/sst2-accuracy.zip" --keep-duplicates --config bench/configs/sst2.json >&2
throughput() { "${bench[@]}" throughput --model "$work/sst2.zip" --data "$D/sst2/test.tsv" --min 50000 "$@"; }
accuracy() { "${bench[@]}" throughput --model "$work/sst2-accuracy.zip" --data "$D/sst2/test.tsv" --min 50000 "$@"; }
for _ in 1 2 3 4 5; do
  throughput >> "$work/batch.jsonl"; throughput --threads 1 >> "$work/t1.jsonl"; throughput --threads 2 >> "$work/t2.jsonl"
  accuracy >> "$work/accuracy-batch.jsonl"; accuracy --threads 1 >> "$work/accuracy-1.jsonl"
done
# Latency: the median of the one-thread runs' p50 (and of their p99), each run's own figure over its 50,000 calls: the
# run of median throughput alone moved p50 by a quarter from one benchmark to the next on one build.
latency() { /usr/bin/python3 -c 'import json, statistics, sys
runs = [json.loads(l) for l in sys.stdin if l.strip()]
print(json.dumps({k: statistics.median(r[k] for r in runs) for k in ("p50Micros", "p99Micros")}))'; }
record throughput-batch "$(median sentencesPerSecond < "$work/batch.jsonl")"
record throughput-1 "$(median sentencesPerSecond < "$work/t1.jsonl")"
record throughput-1-latency "$(latency < "$work/t1.jsonl")"
record throughput-2 "$(median sentencesPerSecond < "$work/t2.jsonl")"
record accuracy-batch "$(median sentencesPerSecond < "$work/accuracy-batch.jsonl")"
record accuracy-1 "$(median sentencesPerSecond < "$work/accuracy-1.jsonl")"
record accuracy-1-latency "$(latency < "$work/accuracy-1.jsonl")"

# Stance: a model trained on SemEval-2016's tweets with the shipped stance model's settings, alias table and lexicon,
# scoring each test tweet toward its own target (scikit-learn's anchor reads the text alone, as its script does).
"${cli[@]}" train --task stance --data "$D/semeval2016-task6/train.tsv" --out "$work/se16.zip" --config models/stance.config.json \
  --aliases data/stance/aliases.tsv --lexicon data/lexicon.tsv >&2
stance() { "${bench[@]}" throughput --model "$work/se16.zip" --data "$D/semeval2016-task6/test.tsv" --min 50000 "$@"; }
for _ in 1 2 3 4 5; do stance >> "$work/stance-batch.jsonl"; stance --threads 1 >> "$work/stance-1.jsonl"; done
record stance-batch "$(median sentencesPerSecond < "$work/stance-batch.jsonl")"
record stance-1 "$(median sentencesPerSecond < "$work/stance-1.jsonl")"
record stance-1-latency "$(latency < "$work/stance-1.jsonl")"

# Start-up, alternating with a bare process that never touches the library (the same machine state for both).
for _ in $(seq 1 9); do "${bench[@]}" startup >> "$work/startup.jsonl"; "${bench[@]}" bare >> "$work/bare.jsonl"; done
record startup "$(sort -t: -k2 -n <(sed -E 's/.*"firstPredictionMs":([0-9.]+).*/\1 &/' "$work/startup.jsonl") | sed -n 5p | cut -d' ' -f2-)"
record bare "$(sort -t: -k2 -n <(sed -E 's/.*"toFirstLineMs":([0-9.]+).*/\1 &/' "$work/bare.jsonl") | sed -n 5p | cut -d' ' -f2-)"

se17config=(); [[ -f bench/configs/se17.json ]] && se17config=(--config bench/configs/se17.json)
record train-se17 "$("${bench[@]}" train --data "$D/semeval2017-task4a/train.tsv" --lexicon data/lexicon.tsv "${se17config[@]}")"
record verify-default "$("${bench[@]}" verify --data "$D/sst2/train.tsv" --test "$D/sst2/test.tsv" --lexicon data/lexicon.tsv)"
record verify-shipped "$("${bench[@]}" verify --data "$D/sst2/train.tsv" --test "$D/sst2/test.tsv" --lexicon data/lexicon.tsv --config models/sentiment.config.json)"
record soak "$("${bench[@]}" soak --model models/sentiment.zip --stance-model models/stance.zip --data "$D/sst2/test.tsv" --count 1000000)"

cut -f1 "$D/sst2/test.tsv" | tail -n +2 > "$work/lines.txt"
: > "$work/small.txt"; while [[ $(wc -l < "$work/small.txt") -lt 100000 ]]; do cat "$work/lines.txt" >> "$work/small.txt"; done
: > "$work/large.txt"; for _ in $(seq 1 10); do cat "$work/small.txt" >> "$work/large.txt"; done
peak() { /usr/bin/time -f "%M %e" "${cli[@]}" predict --model "$work/sst2.zip" --file "$1" --format json 2>&1 >/dev/null | tail -n 1; }
read -r small_kb _ <<< "$(peak "$work/small.txt")"
read -r large_kb large_s <<< "$(peak "$work/large.txt")"
record stream "{\"smallLines\": $(wc -l < "$work/small.txt"), \"smallPeakMB\": $((small_kb / 1024)), \"largeLines\": $(wc -l < "$work/large.txt"), \"largePeakMB\": $((large_kb / 1024)), \"largeSeconds\": $large_s}"

"${bench[@]}" speed-report --results "$results" --out docs/benchmarks.md
