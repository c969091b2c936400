#!/usr/bin/env bash
# Runs the reliability tests (fault matrix, kill and resume, adversarial manifests, secret hygiene, transport,
# concurrency) and writes every case with its outcome to docs/reliability.md.
# SOAK_RELEASES=300 bench/reliability-report.sh adds the soak (about 12 minutes more).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export RELIABILITY_REPORT="$PWD/docs/reliability.md"
dotnet test tests/Marketplace.Release.Reliability.Tests
echo "wrote $RELIABILITY_REPORT"
