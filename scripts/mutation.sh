#!/usr/bin/env bash
# Mutation testing with Stryker.NET: mutates one source file at a time (an operator flipped, a condition negated, a
# statement removed...) and runs the tests that cover it against each mutant; a mutant no test fails on ("survived")
# marks behaviour no test pins, or an equivalent change. Not part of CI: a file takes minutes to an hour. It installs
# Stryker.NET 5.1.0 from NuGet into artifacts/stryker/tool on first use.
#
# Usage: scripts/mutation.sh FILE TEST-FILTER [CONCURRENCY]
#   FILE         a source file under src/, e.g. src/Classifier.Training/Evaluation/Metrics.cs
#   TEST-FILTER  a `dotnet test --filter` expression naming the tests that cover it, e.g.
#                "FullyQualifiedName~MetricsTests": the full suite is far too slow to run once per mutant
#   CONCURRENCY  test runs side by side (default 1: the tests already use both cores)
# The report goes to artifacts/stryker/NAME/ (reports/mutation-report.html and .json, NAME the file's name without
# .cs); the script ends with the mutation score and the surviving mutants, each with its line and its change.
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" || $# -lt 2 ]]; then
  # The comment above, which is the usage: what a first-time user tries first.
  sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"
  [[ $# -ge 2 || "${1:-}" == "-h" || "${1:-}" == "--help" ]] && exit 0 || exit 1
fi
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
file=$1 filter=$2 concurrency=${3:-1}
[[ -f "$root/$file" ]] || { echo "error: $file: no such file under $root; give a path such as src/Classifier/Data/TsvFields.cs" >&2; exit 1; }
case "$file" in
  src/Classifier/*) project=Classifier.csproj ;;
  src/Classifier.Training/*) project=Classifier.Training.csproj ;;
  *) echo "error: $file: give a file under src/Classifier/ or src/Classifier.Training/" >&2; exit 1 ;;
esac

tool="$root/artifacts/stryker/tool"
if [[ ! -x "$tool/dotnet-stryker" ]]; then
  echo "installing Stryker.NET 5.1.0 into $tool..." >&2
  dotnet tool install dotnet-stryker --version 5.1.0 --tool-path "$tool" > /dev/null
fi

name=$(basename "$file" .cs)
out="$root/artifacts/stryker/$name"
rm -rf "$out"
cd "$root/tests/Classifier.Tests"
"$tool/dotnet-stryker" --project "$project" --mutate "**/${file#src/*/}" --test-case-filter "$filter" \
  --concurrency "$concurrency" --output "$out" --reporter json --reporter html --reporter progress --skip-version-check >&2

report="$out/reports/mutation-report.json"
[[ -f "$report" ]] || { echo "error: Stryker wrote no report ($report); see its output above" >&2; exit 1; }
python3 - "$report" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
mutants = [m for f in report["files"].values() for m in f["mutants"]]
count = lambda *states: sum(m["status"] in states for m in mutants)
detected, undetected = count("Killed", "Timeout"), count("Survived", "NoCoverage")
print(f"mutants: {len(mutants)}; killed {count('Killed')}, timeout {count('Timeout')}, survived {count('Survived')}, "
      f"no coverage {count('NoCoverage')}, not compiled or ignored {count('CompileError', 'Ignored')}")
if detected + undetected:
    print(f"mutation score: {100 * detected / (detected + undetected):.1f}%")
for m in sorted((m for m in mutants if m["status"] in ("Survived", "NoCoverage")), key=lambda m: m["location"]["start"]["line"]):
    print(f"  line {m['location']['start']['line']}: {m['status'].lower()}: {m['mutatorName']}: {m.get('replacement', '').splitlines()[0][:100] if m.get('replacement') else ''}")
PY
