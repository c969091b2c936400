#!/usr/bin/env bash
# Publishes the CLI with Native AOT and runs GitHubAotTests against the binary: the proof that Octokit's
# reflection-based JSON works in the trimmed, AOT-compiled binary (see action/Marketplace.Release.Cli.csproj).
# Needs clang and zlib1g-dev (apt-get install -y clang zlib1g-dev).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet publish action -c Release -r linux-x64 -p:PublishAot=true -o "$out"
echo "binary: $(stat -c %s "$out/marketplace-release") bytes"
MARKETPLACE_RELEASE_AOT_BINARY="$out/marketplace-release" \
  dotnet test tests/Marketplace.Release.Cli.Tests --filter "FullyQualifiedName~GitHubAotTests" --logger "console;verbosity=normal"
