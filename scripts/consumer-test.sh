#!/usr/bin/env bash
# Packs the library, creates a throwaway console app outside the solution that references the fresh
# .nupkg from a local folder feed, and runs tests/consumer/Program.cs with it: both default models must
# load through LoadDefault() and label clear-cut sentences correctly, also when the app is published as
# a single file. Then builds samples/WebApi (the README's ASP.NET example) against the same package,
# starts it on loopback and posts a sentence to /sentiment and to /stance (with targets, without, and with a blank
# target, which must get a 400 naming it). Fails if the .nupkg
# exceeds 10 MB. Run by .ci/run.
# Usage: scripts/consumer-test.sh   (no arguments; a few minutes)
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  # The comment above, which is the usage: what a first-time user tries first.
  sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"
  exit 0
fi
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/packages"   # a fresh cache: never a stale copy of the same version

dotnet pack "$root/src/Classifier/Classifier.csproj" -c Release -o "$work/feed" -nologo -v quiet
nupkg=$(ls "$work"/feed/Classifier.*.nupkg | grep -v '\.snupkg$' | head -n 1)
version=$(basename "$nupkg" .nupkg | sed 's/^Classifier\.//')
size=$(stat -c %s "$nupkg")
echo "package: $(basename "$nupkg"), $((size / 1024)) KiB"
if (( size > 10 * 1024 * 1024 )); then
  echo "error: the package is larger than 10 MB" >&2
  exit 1
fi
ls "$work"/feed/Classifier.*.snupkg > /dev/null

mkdir -p "$work/app"
cat > "$work/app/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
</Project>
XML
cp "$root/tests/consumer/Program.cs" "$work/app/Program.cs"
cat > "$work/app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
# An empty Directory.Build.props keeps the app independent of any settings above it.
echo "<Project />" > "$work/Directory.Build.props"
echo "<Project />" > "$work/Directory.Packages.props"
cd "$work/app"
dotnet add package Classifier --version "$version" > /dev/null
echo "== dotnet run"
dotnet run -c Release
echo "== single-file publish"
dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishSingleFile=true -o "$work/single" -nologo -v quiet
"$work/single/Consumer"

echo "== samples/WebApi (the README's ASP.NET example)"
mkdir -p "$work/web"
cp "$root/samples/WebApi/Program.cs" "$root/samples/WebApi/WebApi.csproj" "$work/web/"
cp "$work/app/nuget.config" "$work/web/"
sed -i "s/Include=\"Classifier\" Version=\"[^\"]*\"/Include=\"Classifier\" Version=\"$version\"/" "$work/web/WebApi.csproj"
dotnet build "$work/web" -c Release -nologo -v quiet -o "$work/web/bin"
port=$((20000 + RANDOM % 20000))
dotnet "$work/web/bin/WebApi.dll" --urls "http://127.0.0.1:$port" > "$work/web.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
cp "$root/tests/consumer/post.cs" "$work/post.cs"
post() { (cd "$work" && dotnet run post.cs -- "http://127.0.0.1:$port$1" "$2"); }
answer=$(post /sentiment '{"text":"Artillery fire killed twelve civilians overnight."}')
echo "POST /sentiment -> $answer"
[[ "$answer" == *'"label":"negative"'* ]] || { echo "error: unexpected answer from samples/WebApi" >&2; exit 1; }
answer=$(post /stance '{"text":"Pyongyang praised Seoul for its restraint but accused Washington of plotting an invasion.","targets":["South Korea","United States"]}')
echo "POST /stance -> $answer"
[[ "$answer" == *'"label":"favor"'*'"label":"against"'* ]] || { echo "error: unexpected stance answer from samples/WebApi" >&2; exit 1; }
answer=$(post /stance '{"text":"Pyongyang praised Seoul for its restraint but accused Washington of plotting an invasion."}')
echo "POST /stance (no targets) -> $answer"
[[ "$answer" == *'"target":"North Korea"'*'"target":"South Korea"'*'"label":"favor"'*'"target":"United States"'*'"label":"against"'* ]] \
  || { echo "error: unexpected stance answer from samples/WebApi without targets (expected the three targets it names)" >&2; exit 1; }
# A blank target is the client's mistake: 400 with the message naming it, not a 500.
if answer=$(post /stance '{"text":"Seoul praised Tokyo.","targets":["Japan",""]}'); then
  echo "error: samples/WebApi accepted a blank target" >&2; exit 1
fi
echo "POST /stance (a blank target) -> $answer"
[[ "$answer" == *'targets[1] (0-based) is empty or white space'* ]] \
  || { echo "error: samples/WebApi did not answer a blank target with a 400 naming it" >&2; exit 1; }
echo "consumer test passed"
