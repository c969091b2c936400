#!/usr/bin/env bash
# Soak: RELEASES (default 300) consecutive releases of distinct versions by the real CLI process against one sandbox
# injecting a random fault of the reliability matrix into each. Fails when a release ends inconsistent or the CLI's
# peak memory grows with the count. About 2.5 s per release on 2 cores.
# Usage: bench/soak.sh [RELEASES] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export SOAK_RELEASES=${1:-300}
export SOAK_SEED=${2:-20261124}
dotnet test tests/Marketplace.Release.Reliability.Tests --filter "FullyQualifiedName~SoakTests" --logger "console;verbosity=normal"
