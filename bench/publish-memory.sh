#!/usr/bin/env bash
# Peak memory of publishing a large artifact to the sandbox, with curl uploading the same file as the reference.
# Usage: bench/publish-memory.sh [SIZE_MB]   (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-200}
out=bench/out/publish-memory
rm -rf "$out" && mkdir -p "$out/workspace/target" "$out/workspace/docs/screens"
dotnet build action -c Release -v q -nologo >/dev/null
cli="dotnet $PWD/action/bin/Release/net10.0/marketplace-release.dll"
port=18${RANDOM:0:3}
$cli sandbox --port "$port" --quiet > "$out/sandbox.log" 2>&1 &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/__sandbox/state" >/dev/null && break; sleep 0.2; done

python3 bench/make-artifact.py "$out/workspace/target/timesheets-1.4.0.jar" "$size"
python3 bench/make-artifact.py "$out/reference.jar" "$size"
cp examples/marketplace-release.yml "$out/workspace/"
python3 - "$out/workspace/docs/screens/board.png" <<'PY'
import sys, zlib, struct
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(b"\x00\x00\x00\xc8")) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)
PY

export MARKETPLACE_BASE_URL=http://127.0.0.1:$port/marketplace MARKETPLACE_USER=sandbox@example.com MARKETPLACE_API_TOKEN=sandbox-token
# The reference first: curl streams the same multipart upload to the same endpoint.
/usr/bin/time -v curl -sf -u "$MARKETPLACE_USER:$MARKETPLACE_API_TOKEN" -F "file=@$out/reference.jar" \
  "$MARKETPLACE_BASE_URL/rest/3/artifacts" -o /dev/null 2> "$out/curl.time"
sleep 10   # the Marketplace's (and the sandbox's) spacing between two uploads
(cd "$out/workspace" && /usr/bin/time -v $cli publish --result result.json > ../publish.log 2> ../cli.time) || { cat "$out/publish.log"; exit 1; }

rss() { awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$1"; }
wall() { awk '/Elapsed \(wall clock\)/ {print $NF}' "$1"; }
curl_kb=$(rss "$out/curl.time"); cli_kb=$(rss "$out/cli.time")
echo "artifact: ${size} MB"
echo "curl upload:        peak RSS $((curl_kb / 1024)) MB, wall $(wall "$out/curl.time")"
echo "marketplace-release publish (whole pipeline, JIT): peak RSS $((cli_kb / 1024)) MB, wall $(wall "$out/cli.time")"
grep -E 'upload-artifact' "$out/publish.log" || true
