#!/usr/bin/env bash
# Every performance measurement of the README's "Performance" section, in one run, each beside its reference,
# and bench/results.md with the table, the machine and its load. Takes about 11 minutes: the readiness bench
# waits out a 10-minute processing delay, so it starts first, in the background (its publishes sleep between
# looks and cost no CPU), and the other benches run one after the other meanwhile.
# Usage: bench/run-all.sh            RUNS (default 5) runs per measurement, medians.
#        BENCH_QUICK=1 bench/run-all.sh   shorter processing delays (no 10-minute wait), for trying the scripts.
#        BENCH_SKIP="image cake"          leave benches out (e.g. no Docker daemon on this machine).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
results="$BENCH_ROOT/bench/results.md"
: >"$BENCH_OUT/rows.md"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)

# Publish the Native AOT binary once; every bench measures this one binary.
export BENCH_BIN
BENCH_BIN=$(aot_binary)
log "binary: $BENCH_BIN ($(stat -c %s "$BENCH_BIN") bytes)"

skip() { case " ${BENCH_SKIP:-} " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
bench() {
  local name=$1; shift
  if skip "$name"; then log "skipping $name (BENCH_SKIP)"; return; fi
  log "== $name"
  "$BENCH_ROOT/bench/$name.sh" "$@" || fail "bench/$name.sh"
}
if [ "${BENCH_QUICK:-0}" = 1 ]; then delays=(3 12 30 60); else delays=(3 9 12 30 120 290 600); fi
bench readiness "${delays[@]}" >"$BENCH_OUT/readiness.log" 2>&1 &
readiness=$!
bench upload 200
bench publish
bench roundtrips
bench requests
bench report
bench start
bench image
bench cake
log "waiting for the readiness bench (processing delays up to ${delays[-1]} s)"
wait "$readiness" || { cat "$BENCH_OUT/readiness.log" >&2; fail "bench/readiness.sh"; }
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
mem=$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
{
  echo "# Performance results"
  echo
  echo "Measured by \`bench/run-all.sh\` on $started (RUNS=$RUNS, medians; readiness: single runs per delay)."
  echo
  echo "| what | measured | reference (same run) | ratio | target | met |"
  echo "|---|---|---|---|---|---|"
  cat "$BENCH_OUT/rows.md"
  echo
  if [ -f "$BENCH_OUT/readiness/readiness.md" ]; then
    echo "Artifact readiness per processing delay (lateness measured from the sandbox's own processed moment):"
    echo
    cat "$BENCH_OUT/readiness/readiness.md"
    echo
  fi
  echo "Machine: $cpu, $(nproc) cores, $mem RAM, $(uname -sr), .NET SDK $(dotnet --version)," \
       "curl $(curl --version | head -n1 | cut -d' ' -f2)$(docker version --format ', Docker {{.Server.Version}}' 2>/dev/null || true)."
  echo "Load average (1, 5, 15 min) before: $load_before; after: $load_after."
  echo "Binary: $(stat -c %s "$BENCH_BIN") bytes (Native AOT, linux-x64)."
} >"$results"
log "wrote $results"
cat "$results"
