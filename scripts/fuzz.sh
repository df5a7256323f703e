#!/usr/bin/env bash
# Fuzzes the library with afl-fuzz through SharpFuzz: the TSV reader, Predict (with explanations,
# mention finding and sentence splitting), model loading (model: whole files; entry: one entry of a
# valid model replaced and the file re-signed, to reach the parsers behind the checksums). Not part of CI: it needs afl-fuzz
# (`apt-get install -y afl++`) and the SharpFuzz tool (`dotnet tool install --global SharpFuzz.CommandLine`).
#
# Usage: scripts/fuzz.sh [EXECS] [TARGET...]
#   EXECS    executions per target (default 1000000); targets: tsv predict model entry (default: all)
# Targets run side by side, one afl-fuzz each. Findings go to artifacts/fuzz/TARGET/default/
# (crashes/, hangs/, fuzzer_stats); the script ends with each target's execution count and replays
# every crashing input to print its exception. Seeds: tests/Classifier.Fuzz/Seeds/TARGET/.
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  # The comment above, which is the usage: what a first-time user tries first.
  sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"
  exit 0
fi
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
execs=${1:-1000000}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(tsv predict model entry)
out="$root/artifacts/fuzz"
bin="$out/bin"     # instrumented: runs only under afl-fuzz (outside it, instrumented code has no trace map and crashes)
plain="$out/plain" # the same build uninstrumented: writes seeds and replays crashing inputs
export PATH="$PATH:$HOME/.dotnet/tools"
command -v afl-fuzz > /dev/null || { echo "error: afl-fuzz not found; apt-get install -y afl++" >&2; exit 1; }
command -v sharpfuzz > /dev/null || { echo "error: sharpfuzz not found; dotnet tool install --global SharpFuzz.CommandLine" >&2; exit 1; }

echo "publishing and instrumenting the harness..." >&2
rm -rf "$bin" "$plain"
dotnet publish "$root/tests/Classifier.Fuzz/Classifier.Fuzz.csproj" -c Release -o "$bin" -nologo -v quiet >&2
cp -r "$bin" "$plain"
sharpfuzz "$bin/Classifier.dll" >&2

# Seeds for the model and entry targets: three small models (linear sentiment, linear stance with a small
# lexicon and the untouched-issue check, so with topics.bin, FastTree sentiment), trained
# here so that they match the current format. Done before any fuzzer starts, so a failure leaves none running.
if [[ " ${targets[*]} " == *" model "* || " ${targets[*]} " == *" entry "* ]]; then
  rm -rf "$out/seeds-model"; mkdir -p "$out/seeds-model"
  dotnet build "$root/src/Classifier.Training/Classifier.Training.csproj" -c Release -nologo -v quiet >&2
  train() { dotnet "$root/src/Classifier.Training/bin/Release/net10.0/Classifier.Training.dll" train "$@" > /dev/null; }
  head -n 200 "$root/data/lexicon.tsv" > "$out/tiny-lexicon.tsv" # the stance seed carries a small lexicon.tsv
  printf '{ "featurizer": { "maxFeatures": 1000, "charNgramMin": 3, "charNgramMax": 3 } }\n' > "$out/tiny.json"
  printf '{ "featurizer": { "maxFeatures": 1000, "charNgramMin": 3, "charNgramMax": 3 }, "trainer": { "trainer": "ova-fasttree", "trees": 4, "leaves": 4 } }\n' > "$out/tiny-trees.json"
  train --task sentiment --data "$root/data/sentiment/dev.tsv" --config "$out/tiny.json" --no-lexicon --out "$out/tiny-sentiment.zip"
  printf '{ "featurizer": { "maxFeatures": 1000, "charNgramMin": 3, "charNgramMax": 3, "untouchedIssueMargin": 0.1 } }\n' > "$out/tiny-stance.json"
  train --task stance --data "$root/data/stance/dev.tsv" --config "$out/tiny-stance.json" --lexicon "$out/tiny-lexicon.tsv" --out "$out/tiny-stance.zip"
  train --task sentiment --data "$root/data/sentiment/dev.tsv" --config "$out/tiny-trees.json" --no-lexicon --out "$out/tiny-trees.zip"
  { printf '\x00'; cat "$out/tiny-sentiment.zip"; } > "$out/seeds-model/sentiment.bin"
  { printf '\x00'; cat "$out/tiny-trees.zip"; } > "$out/seeds-model/trees.bin"
  { printf '\x01'; cat "$out/tiny-stance.zip"; } > "$out/seeds-model/stance.bin"
  export CLASSIFIER_FUZZ_MODELS="$out"
  rm -rf "$out/seeds-entry"; dotnet "$plain/Classifier.Fuzz.dll" entry-seeds "$out/seeds-entry"
fi

trap 'kill $(jobs -p) 2> /dev/null || true' EXIT INT TERM
for target in "${targets[@]}"; do
  seeds="$root/tests/Classifier.Fuzz/Seeds/$target"
  [[ $target == model || $target == entry ]] && seeds="$out/seeds-$target"
  rm -rf "${out:?}/$target"
  echo "fuzzing $target for $execs executions..." >&2
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 \
    AFL_FORKSRV_INIT_TMOUT=60000 \
    afl-fuzz -i "$seeds" -o "$out/$target" -E "$execs" -t 2000 -m none -- dotnet "$bin/Classifier.Fuzz.dll" "$target" \
    > "$out/$target.log" 2>&1 &
done
wait

status=0
for target in "${targets[@]}"; do
  stats="$out/$target/default/fuzzer_stats"
  if [[ ! -f $stats ]]; then
    echo "$target: afl-fuzz did not start; see $out/$target.log" >&2; status=1; continue
  fi
  get() { sed -nE "s/^$1 *: *//p" "$stats"; }
  echo "$target: $(get execs_done) executions in $(( $(get last_update) - $(get start_time) )) s, $(get corpus_count) inputs in the corpus, $(get saved_crashes) crashes, $(get saved_hangs) hangs"
  crashes=("$out/$target/default/crashes"/id*)
  if [[ -e ${crashes[0]} ]]; then
    status=1
    dotnet "$plain/Classifier.Fuzz.dll" "$target" "${crashes[@]}" || true
  fi
done
exit $status
