#!/usr/bin/env bash
# `report --weeks 52` of an app with 52 weeks of install records (12 host versions) and 5,000 feedback records
# (100 pages of 50), against a zero-latency sandbox: wall time and peak RSS (`/usr/bin/time -v`) of the whole
# command, beside bench/report-curl.sh making the same data requests with curl (4 metric pages, 100 feedback pages).
# Targets: ≤ 2 s and < 80 MB. One sandbox serves every run (a report only reads). RUNS times each, medians.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
BIN=$(aot_binary)
out="$BENCH_OUT/report"
rm -rf "$out" && mkdir -p "$out"
export MARKETPLACE_DEVELOPER_ID=2b9c4d1e-6f3a-4e7b-8c5d-0a1b2c3d4e5f
product=4d8e2f1a-3b5c-4a6d-9e7f-1a2b3c4d5e6f
make_seed "$out/base-seed.yml" 0s 0s
python3 "$BENCH_ROOT/bench/make-report-seed.py" "$out/base-seed.yml" "$out/seed.yml" 5000
make_workspace "$out/workspace"
start_sandbox "$out/seed.yml" "$out/sandbox.log"
export MARKETPLACE_BASE_URL="$SANDBOX_URL"

# The same weeks the CLI asks for: the 52 full weeks before this week's Monday.
monday=$(date -u -d "$(date -u +%F) -$(( ($(date -u +%u) + 6) % 7 )) days" +%F)
from=$(date -u -d "$monday -364 days" +%F); to=$(date -u -d "$monday -1 day" +%F)

: >"$out/cli.ms"; : >"$out/cli.kib"; : >"$out/curl.ms"; : >"$out/curl.kib"
for i in $(seq 1 "$RUNS"); do
  before=$(curl -sf "$SANDBOX_ADMIN/__sandbox/requests" | jq length)
  ( cd "$out/workspace" && /usr/bin/time -v -o "$out/cli-$i.time" "$BIN" report --weeks 52 --json "$out/cli-$i.json" >"$out/cli-$i.md" ) \
    || { cat "$out/cli-$i.md" >&2; fail "report run $i"; }
  after=$(curl -sf "$SANDBOX_ADMIN/__sandbox/requests" | jq length)
  /usr/bin/time -v -o "$out/curl-$i.time" bash "$BENCH_ROOT/bench/report-curl.sh" "$SANDBOX_URL" "$MARKETPLACE_DEVELOPER_ID" com.example.timesheets "$product" "$from" "$to" >"$out/curl-$i.log" \
    || fail "report-curl run $i"
  for who in cli curl; do
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; printf "%.1f\n", s * 1000 }' "$out/$who-$i.time" >>"$out/$who.ms"
    rss_kib "$out/$who-$i.time" >>"$out/$who.kib"
  done
  jq -e '(.trend | length) == 52 and .health.total == 5000' "$out/cli-$i.json" >/dev/null || fail "run $i did not report 52 weeks and 5,000 feedback"
  log "run $i: report $(tail -n1 "$out/cli.ms") ms, $(tail -n1 "$out/cli.kib") KiB, $((after - before)) requests;" \
      "curl $(tail -n1 "$out/curl.ms") ms, $(tail -n1 "$out/curl.kib") KiB ($(cat "$out/curl-$i.log"))"
done
echo "$((after - before))" >"$out/requests"
cli=$(median <"$out/cli.ms"); ref=$(median <"$out/curl.ms")
cli_mb=$(median <"$out/cli.kib" | awk '{ printf "%.1f", $1 / 1024 }'); ref_mb=$(median <"$out/curl.kib" | awk '{ printf "%.1f", $1 / 1024 }')
row "report, 52 weeks of installs + 5,000 feedback ($(cat "$out/requests") requests): wall time" "$(awk -v v="$cli" 'BEGIN { printf "%.2f s", v / 1000 }')" \
    "curl, the same data requests: $(awk -v v="$ref" 'BEGIN { printf "%.2f s", v / 1000 }')" "$(ratio "$cli" "$ref")" "≤ 2 s" "$(met "$cli" 2000)"
row "report, same: peak RSS" "${cli_mb} MB" "curl script: ${ref_mb} MB" "$(ratio "$cli_mb" "$ref_mb")" "< 80 MB" "$(met "$cli_mb" 79.99)"
