#!/usr/bin/env bash
# Container smoke test: local base images (.ci/docker-setup.sh), the image from ./Dockerfile, then
#   - `marketplace-release --version` in the container, also from a GitHub-like mounted workspace;
#   - the image's contract: root user, absolute ENTRYPOINT, no WORKDIR, OCI labels;
#   - its compressed size (`docker save | gzip | wc -c`) and the median of N cold starts.
# Every container and build uses --network host (the machine has no bridge network).
#
# Environment: IMAGE (default marketplace-release:test), COLD_STARTS (default 10),
#              SKIP_SETUP=1 (daemon and base images already there), SMOKE_RESULT (write a JSON summary).
set -euo pipefail
cd "$(dirname "$0")/../.."

IMAGE="${IMAGE:-marketplace-release:test}"
COLD_STARTS="${COLD_STARTS:-10}"
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
fail() { echo "smoke: FAIL: $*" >&2; exit 1; }

t=$(now)
if [ "${SKIP_SETUP:-0}" != 1 ]; then bash .ci/docker-setup.sh; fi
setup_ms=$(ms "$t" "$(now)")

t=$(now)
docker build --network host \
  --build-arg SDK_IMAGE=marketplace-release/sdk:local \
  --build-arg RUNTIME_IMAGE=marketplace-release/runtime-deps:local \
  -t "$IMAGE" . >/tmp/marketplace-release-smoke-build.log 2>&1 \
  || { tail -n 40 /tmp/marketplace-release-smoke-build.log >&2; fail "docker build (log: /tmp/marketplace-release-smoke-build.log)"; }
build_ms=$(ms "$t" "$(now)")
echo "smoke: image built in ${build_ms} ms"

# The contract GitHub and Bitbucket rely on.
user=$(docker image inspect -f '{{.Config.User}}' "$IMAGE")
entry=$(docker image inspect -f '{{json .Config.Entrypoint}}' "$IMAGE")
workdir=$(docker image inspect -f '{{.Config.WorkingDir}}' "$IMAGE")
[ "$user" = root ] || [ "$user" = 0 ] || fail "image user is '$user', expected root"
[ "$entry" = '["/usr/local/bin/marketplace-release"]' ] || fail "entrypoint is $entry"
[ -z "$workdir" ] || [ "$workdir" = / ] || fail "image sets WORKDIR $workdir"
for l in title description source licenses version; do
  v=$(docker image inspect -f "{{index .Config.Labels \"org.opencontainers.image.$l\"}}" "$IMAGE")
  [ -n "$v" ] || fail "label org.opencontainers.image.$l missing"
done

# --version, plainly and as a container action runs it (workspace mounted, -w set by the runner).
out=$(docker run --rm --network host "$IMAGE" --version) || fail "--version exited $?"
echo "smoke: --version -> ${out:-<no output>}"
ws=$(mktemp -d)
trap 'rm -rf "$ws"' EXIT
docker run --rm --network host -v "$ws:/github/workspace" -w /github/workspace \
  -e GITHUB_WORKSPACE=/github/workspace "$IMAGE" --version >/dev/null || fail "--version in a mounted workspace"

size=$(docker image inspect -f '{{.Size}}' "$IMAGE")
gz=$(docker save "$IMAGE" | gzip -c | wc -c)
cid=$(docker create "$IMAGE")
bin=$(docker cp "$cid:/usr/local/bin/marketplace-release" - | tar -xO | wc -c)
docker rm "$cid" >/dev/null

times=()
for _ in $(seq 1 "$COLD_STARTS"); do
  t=$(now)
  docker run --rm --network host "$IMAGE" --version >/dev/null
  times+=("$(ms "$t" "$(now)")")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}')

echo "smoke: setup ${setup_ms} ms, build ${build_ms} ms"
echo "smoke: binary ${bin} bytes, image ${size} bytes, image gzip ${gz} bytes"
echo "smoke: cold starts (ms): ${sorted}-> median ${median} ms"
if [ -n "${SMOKE_RESULT:-}" ]; then
  printf '{"setupMs":%s,"buildMs":%s,"binaryBytes":%s,"imageBytes":%s,"imageGzipBytes":%s,"coldStartMedianMs":%s}\n' \
    "$setup_ms" "$build_ms" "$bin" "$size" "$gz" "$median" >"$SMOKE_RESULT"
fi
echo "smoke: OK"
