#!/usr/bin/env bash
# Round trips on the critical path of a release: how many answers it waits for, one after the other. The sandbox
# holds every API answer for LATENCY (`sandbox --latency`), so a run waits LATENCY per round trip on its critical
# path; requests sent side by side wait for it once. Round trips = (wall at LATENCY − wall at 0) / LATENCY, from the
# medians of RUNS runs at each: a first publish of the bundled example, a re-run with nothing to change, and a
# compatibility update of the released version (max: 10.3.3 → 10.4.1). Each run gets a fresh sandbox.
# Usage: bench/roundtrips.sh [LATENCY_MS]     (default 100)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
BIN=$(aot_binary)
latency_ms=${1:-100}
out="$BENCH_OUT/roundtrips"
rm -rf "$out" && mkdir -p "$out"
make_seed "$out/seed.yml" 0s 0s
make_workspace "$out/workspace"
manifest="$out/workspace/marketplace-release.yml"
cp "$manifest" "$out/manifest.yml"
scenarios=(first rerun update)
expected=(published unchanged updated)

# timed NAME STATUS: one `publish` of the workspace, its wall time (ms) to stdout; it must end with STATUS.
timed() {
  local name=$1 status=$2 ms
  ms=$(python3 "$BENCH_ROOT/bench/timeit.py" 1 --cwd "$out/workspace" -- "$BIN" publish --result "$out/$name.json" 2>/dev/null) \
    || fail "$name: publish failed"
  jq -e --arg s "$status" '.status == $s' "$out/$name.json" >/dev/null || fail "$name ended $(jq -r .status "$out/$name.json"), expected $status"
  echo "$ms"
}

for i in $(seq 1 "$RUNS"); do
  for latency in 0 "$latency_ms"; do
    start_sandbox "$out/seed.yml" "$out/sandbox-$latency-$i.log" "${latency}ms"
    export MARKETPLACE_BASE_URL="$SANDBOX_URL"
    rm -rf "$out/workspace/.marketplace-release"
    cp "$out/manifest.yml" "$manifest"
    before=0
    for k in 0 1 2; do
      name=${scenarios[$k]}
      if [ "$name" = update ]; then
        sed -i 's/^\(      max:\) 10\.3\.3$/\1 10.4.1/' "$manifest"
        grep -q '^      max: 10.4.1$' "$manifest" || fail "the example manifest's compatibility layout changed; fix bench/roundtrips.sh"
      fi
      timed "$name" "${expected[$k]}" >>"$out/$name-$latency.ms"
      requests=$(curl -sf "$SANDBOX_ADMIN/__sandbox/requests" | jq length)
      echo $((requests - before)) >"$out/$name.requests"
      before=$requests
    done
    stop_sandbox "$SANDBOX_PID"
  done
  log "run $i: $(for name in "${scenarios[@]}"; do printf '%s %s / %s ms; ' "$name" "$(tail -n1 "$out/$name-0.ms")" "$(tail -n1 "$out/$name-$latency_ms.ms")"; done)"
done

targets=(10 4 "")
labels=("first publish" "re-run with nothing to change" "compatibility update")
for k in 0 1 2; do
  name=${scenarios[$k]}
  at0=$(median <"$out/$name-0.ms"); atl=$(median <"$out/$name-$latency_ms.ms")
  trips=$(awk -v a="$atl" -v b="$at0" -v l="$latency_ms" 'BEGIN { printf "%.1f", (a - b) / l }')
  requests=$(cat "$out/$name.requests")
  if [ -n "${targets[$k]}" ]; then target="≤ ${targets[$k]}"; ok=$(met "$trips" "${targets[$k]}"); else target="(none)"; ok="–"; fi
  row "round trips at ${latency_ms} ms per answer: ${labels[$k]}" "$trips (wall ${atl} ms)" "wall at 0 ms: ${at0} ms; ${requests} requests" \
    "$(ratio "$trips" "$requests") per request" "$target" "$ok"
done
