#!/usr/bin/env bash
# The Docker image: its compressed size (the layers as a registry stores them: `docker save`, gzip -6) and the
# median start of `docker run --rm IMAGE --version`, against `docker run --rm` of the base image alone (the same
# runtime-deps base with nothing but /usr/bin/true on it, so it measures what Docker itself costs).
# Usage: bench/image.sh        Needs dockerd; builds from the local base images of .ci/docker-setup.sh unless
# IMAGE_SDK / IMAGE_RUNTIME name others. RUNS×4 starts each, medians.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
out="$BENCH_OUT/image"
rm -rf "$out" && mkdir -p "$out"
sdk=${IMAGE_SDK:-marketplace-release/sdk:local}
runtime=${IMAGE_RUNTIME:-marketplace-release/runtime-deps:local}
image=marketplace-release:bench
base=marketplace-release:bench-base
docker info >/dev/null 2>&1 || fail "no Docker daemon (run .ci/docker-setup.sh as root)"
docker image inspect "$sdk" "$runtime" >/dev/null 2>&1 || fail "no $sdk / $runtime (run .ci/docker-setup.sh as root)"

log "docker build $image"
docker build --network host --build-arg SDK_IMAGE="$sdk" --build-arg RUNTIME_IMAGE="$runtime" \
  -t "$image" "$BENCH_ROOT" >"$out/build.log" 2>&1 || { tail -n 30 "$out/build.log" >&2; fail "docker build"; }
# The reference: the base with a do-nothing program, built from a context of just that program.
mkdir -p "$out/base-context"
cp /usr/bin/true "$out/base-context/true"
printf 'FROM %s\nCOPY true /usr/local/bin/true\nENTRYPOINT ["/usr/local/bin/true"]\n' "$runtime" >"$out/base-context/Dockerfile"
docker build --network host -t "$base" "$out/base-context" >"$out/base-build.log" 2>&1 || { cat "$out/base-build.log" >&2; fail "base build"; }

compressed() { docker save "$1" | gzip -6 | wc -c; }
mib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }
image_bytes=$(compressed "$image"); base_bytes=$(compressed "$runtime")
log "compressed: $image $(mib "$image_bytes") MiB, base $(mib "$base_bytes") MiB; uncompressed $(docker image inspect -f '{{.Size}}' "$image") bytes"

n=$((RUNS * 4))
docker run --rm --network none "$image" --version >"$out/version.txt"   # untimed: the first run sets up the layers
docker run --rm --network none "$base" >/dev/null
start=$(python3 "$BENCH_ROOT/bench/timeit.py" "$n" -- docker run --rm --network none "$image" --version)
ref=$(python3 "$BENCH_ROOT/bench/timeit.py" "$n" -- docker run --rm --network none "$base")
row "Docker image, compressed" "$(mib "$image_bytes") MiB" "base alone: $(mib "$base_bytes") MiB" "$(ratio "$image_bytes" "$base_bytes")" "≤ 25 MB" "$(met "$(mib "$image_bytes")" 25)"
row "container start, \`--version\`" "${start} ms" "base alone: ${ref} ms" "$(ratio "$start" "$ref")" "≤ 300 ms" "$(met "$start" 300)"
