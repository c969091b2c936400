#!/usr/bin/env bash
# What a release sends to a Marketplace that already holds it (docs/marketplace-api.md § Existing versions), counted by method from the sandbox's
# request log: a re-run of the same release with nothing to change (only GETs), a compatibility update of the
# released version (one PUT, nothing uploaded or created), and a re-run after that update (only GETs again).
# Request counts do not vary between runs, so each is measured once. Rows go to the README's performance table.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
BIN=$(aot_binary)
out="$BENCH_OUT/requests"
rm -rf "$out" && mkdir -p "$out"
make_seed "$out/seed.yml" 0s 0s
make_workspace "$out/workspace"
start_sandbox "$out/seed.yml" "$out/sandbox.log"
export MARKETPLACE_BASE_URL="$SANDBOX_URL"
manifest="$out/workspace/marketplace-release.yml"

logged() { curl -sf "$SANDBOX_ADMIN/__sandbox/requests"; }

# publish NAME STATUS: one `publish` of the workspace that must end with STATUS; its requests go to NAME.requests.json.
publish() {
  local name=$1 expected=$2 before
  before=$(logged | jq length)
  (cd "$out/workspace" && "$BIN" publish --result "$out/$name.json" >"$out/$name.log" 2>&1) || { cat "$out/$name.log" >&2; fail "$name"; }
  jq -e --arg s "$expected" '.status == $s' "$out/$name.json" >/dev/null \
    || fail "$name ended $(jq -r .status "$out/$name.json"), expected $expected (log: $out/$name.log)"
  logged | jq --argjson from "$before" '.[$from:]' >"$out/$name.requests.json"
}
by_method() { jq -r 'group_by(.method) | map("\(length) \(.[0].method)") | join(", ")' "$1"; }
total() { jq length "$1"; }
mutations() { jq '[.[] | select(.method != "GET")] | length' "$1"; }
puts() { jq '[.[] | select(.method == "PUT")] | length' "$1"; }

publish first published
publish rerun unchanged
# The released version follows a new host release: only the upper bound moves (jira 10.3.3 → 10.4.1).
sed -i 's/^\(      max:\) 10\.3\.3$/\1 10.4.1/' "$manifest"
grep -q '^      max: 10.4.1$' "$manifest" || fail "the example manifest's compatibility layout changed; fix bench/requests.sh"
publish update updated
publish rerun-after-update unchanged
jq -e '.changes | any(contains("compatibility jira 9.12.0–10.3.3 → 9.12.0–10.4.1"))' "$out/update.json" >/dev/null \
  || fail "the update did not list its change: $(jq -c .changes "$out/update.json")"

log "first publish: $(by_method "$out/first.requests.json")"
for name in rerun update rerun-after-update; do
  log "$name: $(by_method "$out/$name.requests.json")"
done
mutations_ok() { [ "$(mutations "$1")" = "$2" ] && echo yes || echo "**no**"; }
row "re-run with nothing to change (requests by method)" "$(total "$out/rerun.requests.json"): $(by_method "$out/rerun.requests.json")" \
  "first publish: $(total "$out/first.requests.json")" "$(ratio "$(total "$out/rerun.requests.json")" "$(total "$out/first.requests.json")")" \
  "only GETs" "$(mutations_ok "$out/rerun.requests.json" 0)"
update_met=$([ "$(mutations "$out/update.requests.json")" = 1 ] && [ "$(puts "$out/update.requests.json")" = 1 ] && echo yes || echo "**no**")
row "compatibility update of the released version (requests by method)" "$(total "$out/update.requests.json"): $(by_method "$out/update.requests.json")" \
  "first publish: $(total "$out/first.requests.json")" "$(ratio "$(total "$out/update.requests.json")" "$(total "$out/first.requests.json")")" \
  "one PUT, nothing else sent" "$update_met"
row "re-run after the update (requests by method)" "$(total "$out/rerun-after-update.requests.json"): $(by_method "$out/rerun-after-update.requests.json")" \
  "first publish: $(total "$out/first.requests.json")" "$(ratio "$(total "$out/rerun-after-update.requests.json")" "$(total "$out/first.requests.json")")" \
  "only GETs" "$(mutations_ok "$out/rerun-after-update.requests.json" 0)"
stop_sandbox "$SANDBOX_PID"
