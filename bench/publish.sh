#!/usr/bin/env bash
# A full publish of the bundled example (resolve → verify, 15 requests) against a zero-latency sandbox (no
# processing delay, no upload spacing), against bench/publish-curl.sh making the same requests with curl.
# Each run of either gets a fresh sandbox, so both always find the same state. RUNS times each, medians.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
BIN=$(aot_binary)
out="$BENCH_OUT/publish"
rm -rf "$out" && mkdir -p "$out"
make_seed "$out/seed.yml" 0s 0s
make_workspace "$out/workspace"

# wall_ms COMMAND...: one timed run (bench/timeit.py: a fork/exec and nothing else inside the timing).
wall_ms() { python3 "$BENCH_ROOT/bench/timeit.py" 1 --cwd "$out/workspace" -- "$@" 2>/dev/null; }

: >"$out/cli.ms"; : >"$out/curl.ms"
for i in $(seq 1 "$RUNS"); do
  for who in cli curl; do
    start_sandbox "$out/seed.yml" "$out/sandbox-$who-$i.log"
    export MARKETPLACE_BASE_URL="$SANDBOX_URL"
    rm -rf "$out/workspace/.marketplace-release"
    if [ "$who" = cli ]; then
      wall_ms "$BIN" publish --result "$out/cli-$i.json" >>"$out/cli.ms" || fail "publish run $i"
      jq -e '.status == "published"' "$out/cli-$i.json" >/dev/null || fail "run $i did not publish"
    else
      wall_ms bash "$BENCH_ROOT/bench/publish-curl.sh" "$out/workspace" >>"$out/curl.ms" || fail "publish-curl run $i"
    fi
    # Both made the same number of API requests (the sandbox's log), or the comparison means nothing.
    curl -sf "$SANDBOX_ADMIN/__sandbox/requests" | jq length >"$out/requests-$who-$i"
    stop_sandbox "$SANDBOX_PID"
  done
  log "run $i: publish $(tail -n1 "$out/cli.ms") ms ($(cat "$out/requests-cli-$i") requests)," \
      "curl script $(tail -n1 "$out/curl.ms") ms ($(cat "$out/requests-curl-$i") requests)"
  [ "$(cat "$out/requests-cli-$i")" = "$(cat "$out/requests-curl-$i")" ] || fail "the two made different numbers of requests"
done
cli=$(median <"$out/cli.ms"); ref=$(median <"$out/curl.ms")
row "full publish, zero-latency sandbox ($(cat "$out/requests-cli-1") requests)" "${cli} ms" "curl script: ${ref} ms" "$(ratio "$cli" "$ref")" "≤ 1.5 × script" "$(met "$(ratio "$cli" "$ref")" 1.5)"
