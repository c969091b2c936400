#!/usr/bin/env bash
# The Cake addin: what `#addin nuget:?package=Cake.Marketplace` adds to a Cake script's run, against the same
# script without the directive. The addin is packed from this checkout into a local folder feed under a fresh
# version (so no stale package from the global cache is measured) and installed once, untimed: the install is
# a one-off download per machine, the load is paid on every run. Both scripts make the same call to Cake's own
# alias; the one with the addin also touches an alias of it (MarketplaceSettings), so its assemblies are loaded,
# not just referenced. RUNS runs each, alternating, medians.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
out="$BENCH_OUT/cake"
rm -rf "$out" && mkdir -p "$out/feed" "$out/addins"
cd "$BENCH_ROOT"   # `dotnet cake` finds the repository's tool manifest (.config/dotnet-tools.json) from here
dotnet tool restore >"$out/tool-restore.log" 2>&1 || { cat "$out/tool-restore.log" >&2; fail "dotnet tool restore"; }
version="0.0.0-bench.$(date +%Y%m%d%H%M%S)"
log "packing Cake.Marketplace $version"
dotnet pack src/Cake.Marketplace/Cake.Marketplace.csproj -c Release -o "$out/feed" -p:PackageVersion="$version" -nologo \
  >"$out/pack.log" 2>&1 || { tail -n 30 "$out/pack.log" >&2; fail "dotnet pack"; }

cat >"$out/without.cake" <<'CAKE'
Task("Default").Does(() => Information("ready"));
RunTarget("Default");
CAKE
cat >"$out/with.cake" <<CAKE
#addin nuget:file://$out/feed/?package=Cake.Marketplace&version=$version
Task("Default").Does(() => Information("ready: " + new MarketplaceSettings().GetType().Assembly.GetName().Name));
RunTarget("Default");
CAKE
export CAKE_PATHS_ADDINS="$out/addins" NO_COLOR=1
cake() { python3 "$BENCH_ROOT/bench/timeit.py" 1 --cwd "$BENCH_ROOT" -- dotnet cake "$@" 2>/dev/null; }
# Untimed first runs: the addin's install into CAKE_PATHS_ADDINS, and Cake's own first-run work.
dotnet cake "$out/with.cake" >"$out/first-with.log" 2>&1 || { cat "$out/first-with.log" >&2; fail "the script with the addin"; }
grep -q 'ready: Cake.Marketplace' "$out/first-with.log" || fail "the addin's alias did not run: $(cat "$out/first-with.log")"
dotnet cake "$out/without.cake" >"$out/first-without.log" 2>&1 || { cat "$out/first-without.log" >&2; fail "the script without the addin"; }

: >"$out/with.ms"; : >"$out/without.ms"
for i in $(seq 1 "$RUNS"); do
  cake "$out/without.cake" >>"$out/without.ms"
  cake "$out/with.cake" >>"$out/with.ms"
  log "run $i: without $(tail -n1 "$out/without.ms") ms, with the addin $(tail -n1 "$out/with.ms") ms"
done
with=$(median <"$out/with.ms"); without=$(median <"$out/without.ms")
extra=$(awk -v a="$with" -v b="$without" 'BEGIN { printf "%.0f", a - b }')
row "Cake: a script with \`#addin\` Cake.Marketplace" "${with} ms (+${extra} ms)" "same script without: ${without} ms" "$(ratio "$with" "$without")" "≤ +1500 ms" "$(met "$extra" 1500)"
