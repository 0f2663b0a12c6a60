#!/usr/bin/env bash
# The CUDA build's tests, run on the CPU: builds build-cuda/ with scripts/build-cuda.sh (LibTorch
# 2.x with CUDA), then runs every test it has (all but Studio's) with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-cuda.sh
cd build-cuda
ctest --output-on-failure --timeout 1200 "$@"
