#!/usr/bin/env bash
# A large artifact: peak RSS of a whole `publish` (resolve → verify) and the wall time of its upload, against
# curl uploading the same file to the same sandbox endpoint (`curl -F file=@…`), in the same run.
# Usage: bench/upload.sh [SIZE_MB]   (default 200; RUNS times each, medians)
#
# Each run gets a fresh sandbox (no processing delay, no upload spacing: the sandbox's own waits are not
# what is measured) and alternates which of the two goes first, so neither always meets a cold page cache.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
size=${1:-200}
BIN=$(aot_binary)
out="$BENCH_OUT/upload"
rm -rf "$out" && mkdir -p "$out"
make_seed "$out/seed.yml" 0s 0s
make_workspace "$out/workspace"
rm -f "$out/workspace"/target/*.jar
jar="$out/workspace/target/timesheets-1.4.0.jar"
python3 "$BENCH_ROOT/bench/make-artifact.py" "$jar" "$size"
log "upload: $(stat -c %s "$jar") bytes, $RUNS runs"

curl_upload() {
  /usr/bin/time -v -o "$out/curl-$1.time" curl -sS --fail-with-body -u "$MARKETPLACE_USER:$MARKETPLACE_API_TOKEN" \
    -F "file=@$jar" -o /dev/null -w '%{time_total}\n' "$SANDBOX_URL/rest/3/artifacts" >"$out/curl-$1.wall"
}
cli_publish() {
  # A fresh state folder: a remembered upload from the previous run would be re-verified, not re-sent.
  rm -rf "$out/workspace/.marketplace-release"
  (cd "$out/workspace" && MARKETPLACE_BASE_URL="$SANDBOX_URL" /usr/bin/time -v -o "$out/cli-$1.time" \
    "$BIN" publish --result "$out/cli-$1.json" >"$out/cli-$1.log" 2>&1) || { cat "$out/cli-$1.log" >&2; fail "publish run $1"; }
  # The upload step's own duration, from the result file: the same span curl's time_total covers.
  jq -r '.steps[] | select(.name == "upload-artifact") | .ms / 1000' "$out/cli-$1.json" >"$out/cli-$1.wall"
  jq -e '.status == "published"' "$out/cli-$1.json" >/dev/null || fail "run $1 did not publish"
}

for i in $(seq 1 "$RUNS"); do
  start_sandbox "$out/seed.yml" "$out/sandbox-$i.log"
  if [ $((i % 2)) -eq 1 ]; then curl_upload "$i"; cli_publish "$i"; else cli_publish "$i"; curl_upload "$i"; fi
  stop_sandbox "$SANDBOX_PID"
  log "run $i: curl $(cat "$out/curl-$i.wall") s, $(($(rss_kib "$out/curl-$i.time") / 1024)) MB;" \
      "publish: upload $(cat "$out/cli-$i.wall") s, peak RSS $(($(rss_kib "$out/cli-$i.time") / 1024)) MB"
done

mb() { awk '{ printf "%.1f\n", $1 / 1024 }'; }
curl_rss=$(for i in $(seq 1 "$RUNS"); do rss_kib "$out/curl-$i.time"; done | median | mb)
cli_rss=$(for i in $(seq 1 "$RUNS"); do rss_kib "$out/cli-$i.time"; done | median | mb)
curl_wall=$(cat "$out"/curl-*.wall | median)
cli_wall=$(cat "$out"/cli-*.wall | median)
row "peak RSS, publish of a ${size} MB artifact" "${cli_rss} MB" "curl upload: ${curl_rss} MB" "$(ratio "$cli_rss" "$curl_rss")" "≤ 80 MB" "$(met "$cli_rss" 80)"
row "upload wall time, ${size} MB" "$(printf '%.2f' "$cli_wall") s" "curl -F: $(printf '%.2f' "$curl_wall") s" "$(ratio "$cli_wall" "$curl_wall")" "≤ 1.2 × curl" "$(met "$(ratio "$cli_wall" "$curl_wall")" 1.2)"
