# marketplace-release: the Native AOT CLI on a minimal runtime-deps base.
#
# Used three ways, from this one file:
#   * GitHub container action (action.yml `image: Dockerfile`, built by the runner on every job);
#   * prebuilt image pushed to ghcr.io by .github/workflows/release.yml (action.yml on release tags
#     says `image: docker://ghcr.io/OWNER/marketplace-release:vX`, see docs/prebuilt-image.md);
#   * Bitbucket pipe (pipe.yml `image:`).
#
# Base images are build arguments. The defaults are the public Microsoft images; a machine without
# registry access passes locally assembled ones (see .ci/docker-setup.sh):
#   docker build --network host \
#     --build-arg SDK_IMAGE=marketplace-release/sdk:local \
#     --build-arg RUNTIME_IMAGE=marketplace-release/runtime-deps:local \
#     -t marketplace-release:test .
# Works with the classic builder and with BuildKit; no `# syntax=` line, so no frontend image is pulled.

ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled

# ---- build: restore (cached while no project file changes), then publish Native AOT ----------------
FROM ${SDK_IMAGE} AS build
# Native AOT links with clang and needs zlib's headers. The official SDK image lacks both, so install
# them there; an image that already has them (the local one) skips the apt step.
RUN if ! command -v clang >/dev/null 2>&1 || [ ! -e /usr/include/zlib.h ]; then \
      apt-get update \
      && apt-get install -y --no-install-recommends clang zlib1g-dev \
      && rm -rf /var/lib/apt/lists/*; \
    fi
WORKDIR /build
# Only what restore reads: SDK pin, shared MSBuild props, central package versions, project files.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Marketplace.Release/Marketplace.Release.csproj src/Marketplace.Release/
COPY src/Marketplace.Sandbox/Marketplace.Sandbox.csproj src/Marketplace.Sandbox/
COPY action/Marketplace.Release.Cli.csproj action/
RUN dotnet restore action/Marketplace.Release.Cli.csproj -r linux-x64 -p:PublishAot=true
# Then the sources. The CLI is the only project published; tests are not part of the image. The schema and
# the example manifest are embedded resources (validation, `schema`, `demo`).
COPY schema/ schema/
COPY examples/marketplace-release.yml examples/
# The contract the sandbox embeds (docs/contract/README.md).
COPY docs/contract/marketplace-v3.openapi.json docs/contract/
COPY src/ src/
COPY action/ action/
ARG VERSION=
RUN dotnet publish action/Marketplace.Release.Cli.csproj --no-restore -c Release -r linux-x64 \
      -p:PublishAot=true ${VERSION:+-p:Version=$VERSION} -o /out \
    && test -x /out/marketplace-release

# ---- final: one static-ish binary on runtime-deps (glibc, libssl, zlib, CA certificates) ------------
FROM ${RUNTIME_IMAGE}
ARG VERSION=
LABEL org.opencontainers.image.title="marketplace-release" \
      org.opencontainers.image.description="Publish Atlassian Marketplace app versions from a YAML release manifest (GitHub Action, Bitbucket pipe, CLI)." \
      org.opencontainers.image.source="https://github.com/marketplace-release/marketplace-release" \
      org.opencontainers.image.url="https://github.com/marketplace-release/marketplace-release" \
      org.opencontainers.image.documentation="https://github.com/marketplace-release/marketplace-release#readme" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.version="${VERSION:-dev}"
COPY --from=build /out/marketplace-release /usr/local/bin/marketplace-release
# Root on purpose: GitHub runs container actions as root and mounts the workspace owned by the
# runner's user; the chiseled base would otherwise default to its non-root `app` user. Docker and
# GitHub set the working directory (GITHUB_WORKSPACE, BITBUCKET_CLONE_DIR) at run time, so the image
# sets no WORKDIR and the CLI resolves paths from those variables, never from the image.
USER root
ENTRYPOINT ["/usr/local/bin/marketplace-release"]
