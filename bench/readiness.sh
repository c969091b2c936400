#!/usr/bin/env bash
# Artifact readiness: how late `publish` notices that the sandbox has processed its artifact, and how many
# GET /rest/3/artifacts/{id} it made meanwhile, measured against the sandbox's own timestamps (the upload's
# `uploadedAt` + the seed's processing delay is the moment it turns PROCESSED; its request log has each look).
# Usage: bench/readiness.sh [DELAY_SECONDS...]   (default: 3 9 12 30 120 290 600; 12 s lands just after a look
# of the schedule's 17 % phase, close to its worst case, so the table shows that case rather than lucky ones)
#
# One publish per processing delay, all at once (each with its own sandbox and workspace): they spend nearly
# all their time asleep, and in parallel the whole set takes as long as the longest, 10 minutes, instead of
# the sum. These are single runs, not medians: the schedule is deterministic, the lateness of one wait is
# what it is; the spread of the delays is what shows the schedule's behaviour.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
BIN=$(aot_binary)
out="$BENCH_OUT/readiness"
rm -rf "$out" && mkdir -p "$out"
delays=("$@")
[ ${#delays[@]} -gt 0 ] || delays=(3 9 12 30 120 290 600)
make_workspace "$out/workspace"

pids=()
for d in "${delays[@]}"; do
  make_seed "$out/seed-$d.yml" "${d}s" 0s
  start_sandbox "$out/seed-$d.yml" "$out/sandbox-$d.log"
  echo "$SANDBOX_ADMIN" >"$out/admin-$d"
  cp -r "$out/workspace" "$out/ws-$d"
  # --timeout: room beyond the longest delay, so a slow look is a late notice rather than exit 5.
  (cd "$out/ws-$d" && MARKETPLACE_BASE_URL="$SANDBOX_URL" "$BIN" publish --timeout 15m --result "$out/result-$d.json" >"$out/publish-$d.log" 2>&1) &
  pids+=("$!")
done
log "readiness: ${#delays[@]} publishes waiting for processing delays of ${delays[*]} s"
for i in "${!pids[@]}"; do
  wait "${pids[$i]}" || { cat "$out/publish-${delays[$i]}.log" >&2; fail "publish with a ${delays[$i]} s delay"; }
done

for d in "${delays[@]}"; do
  admin=$(cat "$out/admin-$d")
  curl -sf "$admin/__sandbox/state" >"$out/state-$d.json"
  curl -sf "$admin/__sandbox/requests" >"$out/requests-$d.json"
done
stop_all_sandboxes

# One line per delay: delay, lateness (s), allowed = max(1 s, 10 %), looks. Then the rows of the results table.
python3 - "$out" "${delays[@]}" >"$out/readiness.tsv" <<'PY'
import json, sys
from datetime import datetime
out, delays = sys.argv[1], sys.argv[2:]
def when(text): return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").timestamp()
for d in delays:
    state = json.load(open(f"{out}/state-{d}.json"))
    requests = json.load(open(f"{out}/requests-{d}.json"))
    delay = state["settings"]["processingDelayMs"] / 1000
    uploaded = [a for a in state["artifacts"] if a.get("uploadedBy") != "seed" and a["versionCount"] > 0]
    assert len(uploaded) == 1, f"expected one uploaded artifact, got {len(uploaded)}"
    artifact = uploaded[0]["_links"]["self"]["href"].rsplit("/", 1)[1]
    processed = when(uploaded[0]["uploadedAt"]) + delay
    looks = [when(r["time"]) for r in requests if r["method"] == "GET" and r["path"].endswith(f"/rest/3/artifacts/{artifact}")]
    # The first look at or after the processed moment is the one that saw PROCESSED.
    noticed = min(t for t in looks if t >= processed)
    print(f"{d}\t{noticed - processed:.2f}\t{max(1.0, 0.1 * delay):.1f}\t{len(looks)}")
PY
printf '| processing delay | noticed late by | allowed: max(1 s, 10 %%) | GET /artifacts/{id} |\n|---|---|---|---|\n' >"$out/readiness.md"
while IFS=$'\t' read -r d late allowed n; do
  printf '| %s s | %s s | %s s | %s |\n' "$d" "$late" "$allowed" "$n" >>"$out/readiness.md"
done <"$out/readiness.tsv"
cat "$out/readiness.md" >&2

# The table's rows: the 10-minute wait (or the longest one measured), then the worst delay against the same 10 %.
read -r d late allowed n < <(sort -g "$out/readiness.tsv" | tail -n1)
ok=yes; le "$late" "$allowed" && [ "$n" -le 40 ] || ok="**no**"
row "artifact readiness, processing ${d} s" "noticed ${late} s late, ${n} GETs" "sandbox's processed timestamp" "$(ratio "$late" "$allowed") of allowed" "≤ max(1 s, 10 %) late; ≤ 40 GETs" "$ok"
read -r wd wlate wallowed wn < <(awk -F'\t' '{ r = $2 / $3; if (r >= w) { w = r; line = $0 } } END { print line }' "$out/readiness.tsv")
wok=yes; le "$wlate" "$wallowed" || wok="**no**: ≤ 17 % from 10 s to 10 min (PollSchedule)"
row "artifact readiness, worst of ${delays[*]} s" "${wd} s: noticed ${wlate} s late ($(awk -v a="$wlate" -v b="$wd" 'BEGIN { printf "%.0f", 100 * a / b }') %), ${wn} GETs" "sandbox's processed timestamp" "$(ratio "$wlate" "$wallowed") of allowed" "≤ max(1 s, 10 %) late" "$wok"
