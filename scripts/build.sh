#!/usr/bin/env bash
# Configures and builds clipft in ./build (Release, Ninja, ccache when present).
# Extra CMake options pass through, e.g. scripts/build.sh -DCLIPFT_BUILD_GUI=OFF
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /usr/lib/ccache ]; then export PATH="/usr/lib/ccache:$PATH"; fi
jobs="$(nproc)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
cmake --build build --parallel "$jobs"
